package org.aftersales.casefile;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;

/**
 * A shop's time limits: for each {@link DeadlineKind}, its {@link SlaRule} (limit, reminders,
 * default action), optionally overridden per {@link CaseType}, and where "N working days" ends.
 * A kind without a rule has no deadline.
 *
 * <p>{@link #seedDefaults()} holds the limits of the seed platform rules. Construction checks every
 * default action against the {@linkplain Lifecycles lifecycle tables}: an action that the system may
 * not take in a state where its deadline runs is an {@link InvalidSlaPolicyException}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SlaPolicy {

  private final Map<DeadlineKind, SlaRule> rules;
  private final Map<CaseType, Map<DeadlineKind, Optional<SlaRule>>> overrides;
  private final DayConvention dayConvention;
  private final int automaticRefundAttempts;
  private final int maxInformationRequests;
  private final int maxPartialRefundOffers;
  private final int maxComplaints;

  private SlaPolicy(Builder builder) {
    this.rules = Map.copyOf(builder.rules);
    EnumMap<CaseType, Map<DeadlineKind, Optional<SlaRule>>> copy = new EnumMap<>(CaseType.class);
    builder.overrides.forEach((type, map) -> copy.put(type, Map.copyOf(map)));
    this.overrides = copy;
    this.dayConvention = builder.dayConvention;
    this.automaticRefundAttempts = builder.automaticRefundAttempts;
    this.maxInformationRequests = builder.maxInformationRequests;
    this.maxPartialRefundOffers = builder.maxPartialRefundOffers;
    this.maxComplaints = builder.maxComplaints;
    Lifecycles.checkDefaultActions(this);
  }

  /**
   * Returns the limits of the seed platform rules: merchant response 24 h then approve; return
   * address 24 h then the default address; buyer ships within 7 days or the case closes; receipt
   * deemed after 10 days in transit or 2 days after delivery; inspection 3 working days then deemed
   * passed; refused goods sent back within 72 h or an alert, deemed received after 10 days in
   * transit; replacement or repaired item deemed delivered after 10 days in transit and confirmed
   * within 3 working days of delivery; repair plan 48 h; refund
   * settled within 3 days or an alert; platform ruling 5 working days then deemed for the buyer; the
   * platform's first judgment within 48 h, or 3 working days of the escalation for a dispute it
   * classifies as complex, then deemed for the buyer; a buyer's complaint handled within 24 h, then an
   * alert that repeats every 24 h.
   */
  public static SlaPolicy seedDefaults() {
    return seedBuilder().build();
  }

  /** Returns a builder holding the seed defaults, to change a few rules of. */
  public static Builder seedBuilder() {
    Duration hours24 = Duration.ofHours(24);
    return new Builder()
        .rule(DeadlineKind.MERCHANT_RESPONSE,
            SlaRule.of(SlaLimit.hours(24), DefaultAction.APPROVE, Duration.ofHours(6)))
        .rule(DeadlineKind.BUYER_SUPPLIES_INFO,
            SlaRule.of(SlaLimit.hours(72), DefaultAction.CLOSE_ABANDONED, hours24))
        .rule(DeadlineKind.BUYER_ANSWERS_OFFER,
            SlaRule.of(SlaLimit.hours(48), DefaultAction.DECLINE_OFFER, hours24))
        .rule(DeadlineKind.BUYER_ANSWERS_REJECTION,
            SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.ACCEPT_DECISION, hours24))
        .rule(DeadlineKind.RETURN_ADDRESS,
            SlaRule.of(SlaLimit.hours(24), DefaultAction.USE_DEFAULT_RETURN_ADDRESS, Duration.ofHours(6)))
        .rule(DeadlineKind.BUYER_SHIPS_RETURN,
            SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.CLOSE_ABANDONED, hours24))
        .rule(DeadlineKind.RETURN_TRANSIT,
            SlaRule.of(SlaLimit.calendarDays(10), DefaultAction.CONFIRM_RECEIPT))
        .rule(DeadlineKind.MERCHANT_CONFIRMS_RECEIPT,
            SlaRule.of(SlaLimit.calendarDays(2), DefaultAction.CONFIRM_RECEIPT, hours24))
        .rule(DeadlineKind.INSPECTION,
            SlaRule.of(SlaLimit.workingDays(3), DefaultAction.PASS_INSPECTION, hours24))
        .rule(DeadlineKind.BUYER_ANSWERS_REFUSAL,
            SlaRule.of(SlaLimit.calendarDays(7), DefaultAction.ACCEPT_DECISION, hours24))
        .rule(DeadlineKind.SEND_BACK_DISPATCH,
            SlaRule.of(SlaLimit.hours(72), DefaultAction.RAISE_ALERT, hours24))
        .rule(DeadlineKind.SENT_BACK_TRANSIT,
            SlaRule.of(SlaLimit.calendarDays(10), DefaultAction.CONFIRM_DELIVERY))
        .rule(DeadlineKind.REFUND_SETTLEMENT,
            SlaRule.of(SlaLimit.calendarDays(3), DefaultAction.RAISE_ALERT))
        .rule(DeadlineKind.REFUND_RETRY,
            SlaRule.of(SlaLimit.hours(1), DefaultAction.RETRY_REFUND))
        .rule(DeadlineKind.REPLACEMENT_DISPATCH,
            SlaRule.of(SlaLimit.hours(24), DefaultAction.RAISE_ALERT, Duration.ofHours(6)))
        .rule(DeadlineKind.OUTBOUND_TRANSIT,
            SlaRule.of(SlaLimit.calendarDays(10), DefaultAction.DEEM_OUTBOUND_DELIVERED))
        .rule(DeadlineKind.BUYER_CONFIRMS_DELIVERY,
            SlaRule.of(SlaLimit.workingDays(3), DefaultAction.CONFIRM_DELIVERY, hours24))
        .rule(DeadlineKind.REPAIR_PLAN,
            SlaRule.of(SlaLimit.hours(48), DefaultAction.RAISE_ALERT, hours24))
        .rule(DeadlineKind.BUYER_ANSWERS_REPAIR_PLAN,
            SlaRule.of(SlaLimit.calendarDays(3), DefaultAction.DECLINE_REPAIR_PLAN, hours24))
        .rule(DeadlineKind.REPAIR_WORK,
            SlaRule.of(SlaLimit.calendarDays(15), DefaultAction.RAISE_ALERT, Duration.ofDays(3)))
        .rule(DeadlineKind.PLATFORM_RULING,
            SlaRule.of(SlaLimit.workingDays(5), DefaultAction.RULE_FOR_BUYER, hours24))
        .rule(DeadlineKind.PLATFORM_FIRST_JUDGMENT,
            SlaRule.of(SlaLimit.hours(48), DefaultAction.RULE_FOR_BUYER, Duration.ofHours(12)))
        .rule(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT,
            SlaRule.of(SlaLimit.workingDays(3), DefaultAction.RULE_FOR_BUYER, hours24))
        .rule(DeadlineKind.COMPLAINT_HANDLING,
            SlaRule.of(SlaLimit.hours(24), DefaultAction.RAISE_ALERT, Duration.ofHours(6)));
  }

  /** Returns an empty builder: no deadlines until rules are added. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rule for a kind of deadline in a type of case, or empty if that step has no limit.
   *
   * @throws NullPointerException if any argument is null
   */
  public Optional<SlaRule> rule(CaseType type, DeadlineKind kind) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Map<DeadlineKind, Optional<SlaRule>> forType = overrides.getOrDefault(type, Map.of());
    if (forType.containsKey(kind)) {
      return forType.get(kind);
    }
    return Optional.ofNullable(rules.get(kind));
  }

  /** Returns where "N working days" ends. */
  public DayConvention dayConvention() {
    return dayConvention;
  }

  /**
   * Returns how many refund attempts may be made before the system stops retrying on its own and
   * records {@code RefundRetriesExhausted} and leaves the case on the platform's to-do list instead of
   * starting {@link DeadlineKind#REFUND_RETRY} again.
   */
  public int automaticRefundAttempts() {
    return automaticRefundAttempts;
  }

  /**
   * Returns how many times a case may ask the buyer for more information. Each request pauses the
   * merchant's response clock, so without a cap a merchant could keep a request from ever being
   * approved by default.
   */
  public int maxInformationRequests() {
    return maxInformationRequests;
  }

  /**
   * Returns how many partial refunds the merchant may offer on a case; each offer pauses the
   * merchant's response clock while the buyer considers it.
   */
  public int maxPartialRefundOffers() {
    return maxPartialRefundOffers;
  }

  /**
   * Returns how many complaints the buyer may file on a case. Each one starts the platform's
   * {@link DeadlineKind#COMPLAINT_HANDLING} clock; the cap keeps one buyer from flooding the platform.
   */
  public int maxComplaints() {
    return maxComplaints;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaPolicy that
        && rules.equals(that.rules)
        && overrides.equals(that.overrides)
        && dayConvention == that.dayConvention
        && automaticRefundAttempts == that.automaticRefundAttempts
        && maxInformationRequests == that.maxInformationRequests
        && maxPartialRefundOffers == that.maxPartialRefundOffers
        && maxComplaints == that.maxComplaints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, overrides, dayConvention, automaticRefundAttempts, maxInformationRequests,
        maxPartialRefundOffers, maxComplaints);
  }

  @Override
  public String toString() {
    return "SlaPolicy{rules=" + rules + ", overrides=" + overrides + ", dayConvention=" + dayConvention
        + ", automaticRefundAttempts=" + automaticRefundAttempts + ", maxInformationRequests=" + maxInformationRequests
        + ", maxPartialRefundOffers=" + maxPartialRefundOffers + ", maxComplaints=" + maxComplaints + "}";
  }

  /** Builds an {@link SlaPolicy}. Not thread-safe. */
  public static final class Builder {
    private final Map<DeadlineKind, SlaRule> rules = new EnumMap<>(DeadlineKind.class);
    private final Map<CaseType, Map<DeadlineKind, Optional<SlaRule>>> overrides = new EnumMap<>(CaseType.class);
    private DayConvention dayConvention = DayConvention.END_OF_DAY;
    private int automaticRefundAttempts = 3;
    private int maxInformationRequests = 2;
    private int maxPartialRefundOffers = 2;
    private int maxComplaints = 2;

    private Builder() {}

    /** Sets the rule of a kind of deadline for every case type without an override. */
    public Builder rule(DeadlineKind kind, SlaRule rule) {
      rules.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Sets the rule of a kind of deadline for one case type. */
    public Builder rule(CaseType type, DeadlineKind kind, SlaRule rule) {
      overrides.computeIfAbsent(Objects.requireNonNull(type, "type"), t -> new EnumMap<>(DeadlineKind.class))
          .put(Objects.requireNonNull(kind, "kind"), Optional.of(Objects.requireNonNull(rule, "rule")));
      return this;
    }

    /** Removes the limit of a kind of deadline for every case type without an override. */
    public Builder noLimit(DeadlineKind kind) {
      rules.remove(Objects.requireNonNull(kind, "kind"));
      return this;
    }

    /** Removes the limit of a kind of deadline for one case type. */
    public Builder noLimit(CaseType type, DeadlineKind kind) {
      overrides.computeIfAbsent(Objects.requireNonNull(type, "type"), t -> new EnumMap<>(DeadlineKind.class))
          .put(Objects.requireNonNull(kind, "kind"), Optional.empty());
      return this;
    }

    /** Sets where "N working days" ends; {@link DayConvention#END_OF_DAY} unless set. */
    public Builder dayConvention(DayConvention convention) {
      this.dayConvention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Sets how many refund attempts are made before the platform must settle the refund; 3 unless set.
     *
     * @throws IllegalArgumentException if attempts is below 1
     */
    public Builder automaticRefundAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("automaticRefundAttempts must be at least 1, but was " + attempts);
      }
      this.automaticRefundAttempts = attempts;
      return this;
    }

    /**
     * Sets how many times a case may ask the buyer for more information; 2 unless set, 0 to forbid it.
     *
     * @throws IllegalArgumentException if requests is negative
     */
    public Builder maxInformationRequests(int requests) {
      this.maxInformationRequests = notNegative(requests, "maxInformationRequests");
      return this;
    }

    /**
     * Sets how many partial refunds the merchant may offer on a case; 2 unless set, 0 to forbid offers.
     *
     * @throws IllegalArgumentException if offers is negative
     */
    public Builder maxPartialRefundOffers(int offers) {
      this.maxPartialRefundOffers = notNegative(offers, "maxPartialRefundOffers");
      return this;
    }

    /**
     * Sets how many complaints the buyer may file on a case; 2 unless set, 0 to take complaints
     * through another channel.
     *
     * @throws IllegalArgumentException if complaints is negative
     */
    public Builder maxComplaints(int complaints) {
      this.maxComplaints = notNegative(complaints, "maxComplaints");
      return this;
    }

    private static int notNegative(int count, String field) {
      if (count < 0) {
        throw new IllegalArgumentException(field + " must not be negative, but was " + count);
      }
      return count;
    }

    /**
     * Returns the policy.
     *
     * @throws InvalidSlaPolicyException if a default action is not one the system may take in a
     *     state where its deadline runs
     */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}

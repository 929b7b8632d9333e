package org.aftersales.policy.sla;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.InvalidSlaPolicyException;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.policy.source.RuleRef;

/**
 * A shop's time limits per step, each with its source, and the core {@link SlaPolicy} they make.
 * A step without a limit has no deadline.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param steps the limits, at most one per step and case type (or per step for every type)
 * @param dayConvention where "N working days" ends
 * @param automaticRefundAttempts refund attempts before the platform must settle, at least 1
 * @param maxInformationRequests how often a case may ask the buyer for more, 0 or more
 * @param maxPartialRefundOffers how many partial refunds the merchant may offer, 0 or more
 * @param maxComplaints how many complaints about the handling the buyer may file on a case, 0 or more
 */
public record SlaTerms(
    List<StepLimit> steps,
    DayConvention dayConvention,
    int automaticRefundAttempts,
    int maxInformationRequests,
    int maxPartialRefundOffers,
    int maxComplaints) {

  /** The core's default cap on complaints per case, for terms that do not state one. */
  public static final int DEFAULT_MAX_COMPLAINTS = 2;

  /**
   * Validates the terms by building the core policy.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if a step is limited twice for the same case type, two rules
   *     share an id, or a count is out of range
   * @throws InvalidSlaPolicyException if a default action is one the lifecycle may not take where
   *     its deadline runs
   */
  public SlaTerms {
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    Objects.requireNonNull(dayConvention, "dayConvention");
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (StepLimit step : steps) {
      if (!keys.add(step.step() + "/" + step.caseType().map(CaseType::name).orElse("every type"))) {
        throw new IllegalArgumentException("step " + step.step() + " for "
            + step.caseType().map(CaseType::name).orElse("every case type") + " is limited twice");
      }
      if (!ids.add(step.ref().id())) {
        throw new IllegalArgumentException("step rule id " + step.ref().id() + " is used twice");
      }
    }
    toSlaPolicy(steps, dayConvention, automaticRefundAttempts, maxInformationRequests, maxPartialRefundOffers,
        maxComplaints);
  }

  /**
   * Returns terms with the default cap on complaints, {@link #DEFAULT_MAX_COMPLAINTS}.
   *
   * @throws IllegalArgumentException see the record's validation
   */
  public SlaTerms(List<StepLimit> steps, DayConvention dayConvention, int automaticRefundAttempts,
      int maxInformationRequests, int maxPartialRefundOffers) {
    this(steps, dayConvention, automaticRefundAttempts, maxInformationRequests, maxPartialRefundOffers,
        DEFAULT_MAX_COMPLAINTS);
  }

  /**
   * Returns terms with the core's default counts (3 refund attempts, 2 information requests, 2
   * offers, 2 complaints) and days ending at the end of the day.
   *
   * @throws IllegalArgumentException see the record's validation
   */
  public static SlaTerms of(List<StepLimit> steps) {
    return new SlaTerms(steps, DayConvention.END_OF_DAY, 3, 2, 2, DEFAULT_MAX_COMPLAINTS);
  }

  /** Returns the core policy these terms make. */
  public SlaPolicy toSlaPolicy() {
    return toSlaPolicy(steps, dayConvention, automaticRefundAttempts, maxInformationRequests, maxPartialRefundOffers,
        maxComplaints);
  }

  /**
   * Returns the rule that sets the limit of a step in a type of case, or empty if the step has no limit.
   *
   * @throws NullPointerException if any argument is null
   */
  public Optional<RuleRef> source(CaseType type, DeadlineKind step) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(step, "step");
    Optional<StepLimit> own = steps.stream()
        .filter(limit -> limit.step() == step && limit.caseType().equals(Optional.of(type))).findFirst();
    Optional<StepLimit> chosen = own.isPresent() ? own
        : steps.stream().filter(limit -> limit.step() == step && limit.caseType().isEmpty()).findFirst();
    return chosen.filter(limit -> limit.rule().isPresent()).map(StepLimit::ref);
  }

  /** Returns every rule reference. */
  public List<RuleRef> refs() {
    return steps.stream().map(StepLimit::ref).toList();
  }

  private static SlaPolicy toSlaPolicy(List<StepLimit> steps, DayConvention convention, int attempts,
      int informationRequests, int offers, int complaints) {
    SlaPolicy.Builder builder = SlaPolicy.builder()
        .dayConvention(convention)
        .automaticRefundAttempts(attempts)
        .maxInformationRequests(informationRequests)
        .maxPartialRefundOffers(offers)
        .maxComplaints(complaints);
    for (StepLimit step : steps) {
      if (step.caseType().isEmpty()) {
        step.rule().ifPresentOrElse(rule -> builder.rule(step.step(), rule), () -> builder.noLimit(step.step()));
      } else {
        CaseType type = step.caseType().get();
        step.rule().ifPresentOrElse(rule -> builder.rule(type, step.step(), rule),
            () -> builder.noLimit(type, step.step()));
      }
    }
    return builder.build();
  }
}

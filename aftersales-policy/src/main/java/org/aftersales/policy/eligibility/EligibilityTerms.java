package org.aftersales.policy.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.source.RuleRef;

/**
 * A shop's eligibility rules: windows that grant case types, and exclusions that take buyer-choice
 * remedies away from some categories of goods. Deciding is a pure function of the request and a calendar.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param windows the rules that grant case types, in the order they are stated
 * @param exclusions the categories excluded from buyer-choice reasons
 */
public record EligibilityTerms(List<WindowRule> windows, List<ExclusionRule> exclusions) {

  /**
   * Validates the terms and copies the lists.
   *
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if two rules share an id, or a window rule is excluded on every
   *     category and reason it covers, so it could never grant anything
   */
  public EligibilityTerms {
    windows = List.copyOf(Objects.requireNonNull(windows, "windows"));
    exclusions = List.copyOf(Objects.requireNonNull(exclusions, "exclusions"));
    Set<String> ids = new HashSet<>();
    for (RuleRef ref : refs(windows, exclusions)) {
      if (!ids.add(ref.id())) {
        throw new IllegalArgumentException("rule id " + ref.id() + " is used twice");
      }
    }
    for (WindowRule rule : windows) {
      if (neverApplies(rule, exclusions)) {
        throw new IllegalArgumentException("window rule " + rule.ref().id()
            + " contradicts the exclusions: every category and reason it covers is excluded");
      }
    }
  }

  /** Returns the terms; see the record's validation. */
  public static EligibilityTerms of(List<WindowRule> windows, List<ExclusionRule> exclusions) {
    return new EligibilityTerms(windows, exclusions);
  }

  /** Returns every rule reference, windows first. */
  public List<RuleRef> refs() {
    return refs(windows, exclusions);
  }

  private static List<RuleRef> refs(List<WindowRule> windows, List<ExclusionRule> exclusions) {
    List<RuleRef> refs = new ArrayList<>();
    windows.forEach(rule -> refs.add(rule.ref()));
    exclusions.forEach(rule -> refs.add(rule.ref()));
    return refs;
  }

  private static boolean neverApplies(WindowRule rule, List<ExclusionRule> exclusions) {
    Set<GoodsCategory> categories =
        rule.categories().isEmpty() ? Set.of(GoodsCategory.values()) : rule.categories();
    for (GoodsCategory category : categories) {
      for (Reason reason : rule.reasons()) {
        // An exclusion needing the buyer's confirmation leaves the rule for goods without it.
        if (exclusions.stream()
            .noneMatch(exclusion -> !exclusion.needsBuyerConfirmation() && exclusion.covers(category, reason))) {
          return false;
        }
      }
    }
    return true;
  }


  /**
   * Decides whether the request's case type is allowed at the moment of the request.
   *
   * <p>Every window rule covering the reason and category is tried; a rule grants its types when no
   * exclusion takes the reason away from the goods, the moment lies in its window, the damage is
   * not the buyer's (for a free remedy), enough repairs have failed, the goods keep the required
   * condition and the request brings the evidence the rule rests on. Where several rules grant a type,
   * the free one with the latest end wins. A refusal names the rule that came closest to granting
   * the requested type, checks in the order above;
   * among windows that closed, the one that closed last. When no window grants the requested type
   * for the goods at all, an exclusion of the reason on their category is named, and only without
   * one is the refusal {@link RefusalCode#NO_RULE}.
   *
   * @param request the request; its channel, standing, evidence and amount are not looked at here
   * @param calendar the shop's calendar, whose zone decides where days end
   * @return the decision, never null
   * @throws NullPointerException if any argument is null
   * @throws java.time.DateTimeException if the calendar has no data for a date a window needs
   */
  public EligibilityDecision decide(EligibilityRequest request, WorkingCalendar calendar) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(calendar, "calendar");
    // An exclusion depends on the goods and reason alone, so it blocks every window rule alike.
    Optional<Obstacle> excluded = excluded(request);
    if (excluded.isPresent()) {
      return refused(excluded.get(), List.of());
    }
    Map<CaseType, Grant> grants = new EnumMap<>(CaseType.class);
    Obstacle closest = null;
    GoodsFacts goods = request.goods();
    for (WindowRule rule : windows) {
      if (!rule.covers(request.reason(), goods.category())) {
        continue;
      }
      Optional<WindowSpan> span = rule.window().span(goods, calendar);
      Optional<Obstacle> obstacle = obstacle(rule, span, request, calendar);
      if (obstacle.isPresent()) {
        if (rule.types().contains(request.type()) && (closest == null || obstacle.get().closerThan(closest))) {
          closest = obstacle.get();
        }
        continue;
      }
      Optional<Instant> endsAt = span.orElseThrow().endsAt();
      for (CaseType type : rule.types()) {
        Grant grant = new Grant(type, endsAt, rule.ref(), rule.cost());
        grants.merge(type, grant, (kept, offered) -> offered.betterThan(kept) ? offered : kept);
      }
    }
    List<Grant> allowed = List.copyOf(grants.values());
    Grant granted = grants.get(request.type());
    if (granted != null) {
      return new EligibilityDecision.Allowed(granted, allowed, Optional.empty());
    }
    if (closest == null) {
      return new EligibilityDecision.Refused(RefusalCode.NO_RULE, Optional.empty(),
          "no rule grants " + request.type() + " for " + request.reason() + " on " + goods.category() + " goods",
          allowed);
    }
    return refused(closest, allowed);
  }

  private static EligibilityDecision refused(Obstacle obstacle, List<Grant> allowed) {
    return new EligibilityDecision.Refused(obstacle.code(), Optional.of(obstacle.rule()),
        obstacle.message() + " (rule " + obstacle.rule() + ")", allowed);
  }

  /** Returns what stops {@code rule}, whose window spans {@code span} for these goods, from granting. */
  private Optional<Obstacle> obstacle(WindowRule rule, Optional<WindowSpan> span, EligibilityRequest request,
      WorkingCalendar calendar) {
    GoodsFacts goods = request.goods();
    Instant at = request.requestedAt();
    if (span.isEmpty() || at.isBefore(span.get().opensAt())) {
      boolean deliveredInTime = span.isEmpty() && goods.promisedDeliveryBy().isPresent()
          && rule.window() instanceof Window.Period period && period.anchor() == Anchor.PROMISED_DELIVERY;
      return Optional.of(new Obstacle(RefusalCode.WINDOW_NOT_OPEN, rule.ref(), "the window of "
          + rule.window().describe() + (deliveredInTime ? " never opens: the goods were delivered in time"
          : " has not opened"), Optional.empty()));
    }
    if (!span.get().contains(at)) {
      Instant closedAt = span.get().endsAt().orElseThrow();
      return Optional.of(new Obstacle(RefusalCode.WINDOW_CLOSED, rule.ref(), "the window of "
          + rule.window().describe() + " closed at " + closedAt.atZone(calendar.zone()), Optional.of(closedAt)));
    }
    if (rule.cost() == RemedyCost.FREE && goods.buyerCausedDamage()) {
      return Optional.of(new Obstacle(RefusalCode.BUYER_CAUSED_DAMAGE, rule.ref(),
          "damage the buyer caused is not covered free of charge", Optional.empty()));
    }
    if (goods.failedRepairs() < rule.minFailedRepairs()) {
      return Optional.of(new Obstacle(RefusalCode.TOO_FEW_FAILED_REPAIRS, rule.ref(), "this remedy needs "
          + rule.minFailedRepairs() + " failed repairs first, but " + goods.failedRepairs() + " failed",
          Optional.empty()));
    }
    Set<ConditionFlag> missing = new HashSet<>(rule.requiredCondition());
    missing.removeAll(goods.condition());
    if (!missing.isEmpty()) {
      return Optional.of(new Obstacle(RefusalCode.GOODS_NOT_RESALEABLE, rule.ref(),
          "the goods must be resaleable, but these do not hold: " + ReasonSets.sorted(missing), Optional.empty()));
    }
    Set<EvidenceKind> unproven = EnumSet.noneOf(EvidenceKind.class);
    unproven.addAll(rule.requiredEvidence());
    unproven.removeAll(request.evidence());
    if (!unproven.isEmpty()) {
      return Optional.of(new Obstacle(RefusalCode.EVIDENCE_MISSING, rule.ref(),
          "this remedy needs evidence not given: " + unproven, Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * Returns the exclusion that takes the request's reason away from its goods, if any. It is also
   * asked when no window covers the goods at all, so that the refusal names the exclusion.
   */
  private Optional<Obstacle> excluded(EligibilityRequest request) {
    GoodsCategory category = request.goods().category();
    return exclusions.stream().filter(rule -> rule.excludes(request.goods(), request.reason())).findFirst()
        .map(exclusion -> new Obstacle(RefusalCode.EXCLUDED_GOODS, exclusion.ref(),
            category + " goods are excluded from " + request.reason() + " requests"
                + (exclusion.needsBuyerConfirmation() ? ", as the buyer confirmed at purchase" : ""),
            Optional.empty()));
  }

  /**
   * Why one rule did not grant, or why an exclusion refused the request; among rules' obstacles a
   * higher rank got further through the checks.
   */
  private record Obstacle(RefusalCode code, RuleRef rule, String message, Optional<Instant> closedAt) {

    private static final List<RefusalCode> CHECK_ORDER = Arrays.asList(
        RefusalCode.WINDOW_NOT_OPEN, RefusalCode.WINDOW_CLOSED, RefusalCode.BUYER_CAUSED_DAMAGE,
        RefusalCode.TOO_FEW_FAILED_REPAIRS, RefusalCode.GOODS_NOT_RESALEABLE, RefusalCode.EVIDENCE_MISSING);

    int rank() {
      return CHECK_ORDER.indexOf(code);
    }

    boolean closerThan(Obstacle other) {
      if (rank() != other.rank()) {
        return rank() > other.rank();
      }
      return closedAt.isPresent() && other.closedAt.isPresent() && closedAt.get().isAfter(other.closedAt.get());
    }
  }
}

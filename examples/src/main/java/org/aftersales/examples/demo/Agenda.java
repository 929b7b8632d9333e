package org.aftersales.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.PlatformReview;

/**
 * The next step planned on each case, and the situation it was planned for. A case is planned
 * again only when its situation changes (another state, a new limit, a complaint, a ruling under
 * way), not on every event: a reminder does not make a silent party think again, an alert does.
 */
final class Agenda {

  /** What a plan depends on; reminders sent change none of it. */
  private record Situation(CaseState state, boolean complaintOpen, Optional<PlatformReview> review, int refundAttempts,
      boolean rated, List<Object> limits) {

    static Situation of(AfterSalesCase c) {
      List<Object> limits = c.deadlines().stream().<Object>map(d -> List.of(d.id(), d.isPaused() ? "paused" : d.dueAt()))
          .toList();
      return new Situation(c.state(), c.complaintOpen(), c.review(), c.refundAttempts(), c.rating().isPresent(), limits);
    }
  }

  private record Plan(Situation situation, Optional<PlannedStep> step) {}

  private final Behaviour behaviour;
  private final Map<CaseId, Plan> plans = new HashMap<>();

  Agenda(Behaviour behaviour) {
    this.behaviour = behaviour;
  }

  /** Plans the case's next step unless the plan it has was made for the same situation. */
  void consider(AfterSalesCase c, Instant now) {
    Situation situation = Situation.of(c);
    Plan plan = plans.get(c.id());
    if (plan == null || !plan.situation().equals(situation)) {
      plans.put(c.id(), new Plan(situation, behaviour.next(c, now)));
    }
  }

  /** Returns the cases with a step due by {@code now}, earliest first, and takes those steps off the agenda. */
  List<Map.Entry<CaseId, PlannedStep>> takeDue(Instant now) {
    List<Map.Entry<CaseId, PlannedStep>> due = new ArrayList<>();
    for (Map.Entry<CaseId, Plan> entry : plans.entrySet()) {
      entry.getValue().step().filter(step -> !step.at().isAfter(now))
          .ifPresent(step -> due.add(Map.entry(entry.getKey(), step)));
    }
    due.sort(Comparator.comparing((Map.Entry<CaseId, PlannedStep> e) -> e.getValue().at())
        .thenComparing(e -> e.getKey().value()));
    for (Map.Entry<CaseId, PlannedStep> taken : due) {
      plans.computeIfPresent(taken.getKey(), (id, plan) -> new Plan(plan.situation(), Optional.empty()));
    }
    return due;
  }
}

package org.aftersales.examples.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.CaseEvent;

/**
 * Picks the case whose timeline the demo prints in full: one that ended after an escalation and at
 * least one default action, preferring one that refunded money, then the one where the sweeper took
 * the most kinds of default action; ties go to the case opened first.
 */
final class InterestingCase {

  private InterestingCase() {}

  static Optional<CaseRecord> among(List<CaseRecord> cases) {
    return cases.stream()
        .filter(c -> c.last().state().isTerminal() && escalated(c) && defaultActionKinds(c) > 0)
        .max(Comparator.comparing((CaseRecord c) -> !c.last().refunded().isZero())
            .thenComparingLong(InterestingCase::defaultActionKinds)
            .thenComparing(c -> -cases.indexOf(c)));
  }

  private static boolean escalated(CaseRecord c) {
    return c.history().stream().anyMatch(e -> e.event() instanceof CaseEvent.Escalated);
  }

  private static long defaultActionKinds(CaseRecord c) {
    return c.history().stream().filter(e -> e.event() instanceof CaseEvent.DeadlineExpired)
        .map(e -> ((CaseEvent.DeadlineExpired) e.event()).action()).distinct().count();
  }
}

package org.aftersales.examples.demo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TimelineEntry;
import org.aftersales.casefile.Actor;
import org.aftersales.policy.eligibility.RefusalCode;

/**
 * Everything a run produced, for the report and the tests.
 *
 * @param seed the seed the run drew from
 * @param window the simulated time
 * @param requests how many requests buyers made
 * @param cases the cases opened, in the order they were opened
 * @param refusals requests the policy refused, by why
 * @param accepted commands accepted per actor, the sweeper's excluded
 * @param refused commands refused per actor, the sweeper's excluded
 * @param sweeps what the sweeper did over the whole run
 * @param published outbox messages the relay published
 * @param timersLeft timers still scheduled at the end: limits that run on past the window
 * @param timersOverdue timers due at the end that no sweep had taken: none, if the sweeper kept up
 * @param showcase the full timeline of one case worth reading, and its id
 */
record SimulationResult(long seed, SimulationWindow window, int requests, List<CaseRecord> cases,
    Map<RefusalCode, Integer> refusals, Map<Actor, Integer> accepted, Map<Actor, Integer> refused, SweepResult sweeps,
    long published, long timersLeft, int timersOverdue, Showcase showcase) {

  SimulationResult {
    cases = List.copyOf(cases);
    // Sorted, so printing them is the same in every JVM (Map.copyOf iterates in a per-JVM order).
    refusals = Collections.unmodifiableMap(new TreeMap<>(refusals));
    accepted = Collections.unmodifiableMap(new TreeMap<>(accepted));
    refused = Collections.unmodifiableMap(new TreeMap<>(refused));
  }

  /** A case and its timeline as the service tells it to the buyer. */
  record Showcase(CaseRecord c, List<TimelineEntry> timeline) {

    Showcase {
      timeline = List.copyOf(timeline);
    }
  }
}

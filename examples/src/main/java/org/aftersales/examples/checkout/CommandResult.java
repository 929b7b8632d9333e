package org.aftersales.examples.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TimelineEntry;

/**
 * The body of an accepted write: the case as the write left it and the timeline entries it added.
 * Built from the core's outcomes alone, so a replay of the same idempotency key, which the core
 * answers with equal outcomes, gets the same body.
 *
 * @param caseFile the case after the write, written as {@code case}
 * @param events what the write recorded, in order: the opening's and, for a case approved as it
 *     opened, the approval's
 */
record CommandResult(@JsonProperty("case") CaseView caseFile, List<TimelineEntry> events) {

  /** Returns the body of commands accepted one after the other on one case, the last leaving it as shown. */
  static CommandResult of(List<CommandOutcome.Accepted> steps, ZoneId zone) {
    return new CommandResult(CaseView.of(steps.get(steps.size() - 1).after()), steps.stream()
        .flatMap(step -> step.events().stream())
        .map(event -> TimelineEntry.of(event, zone))
        .toList());
  }
}

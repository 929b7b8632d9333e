package org.aftersales.examples.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TimelineEntry;

/**
 * The body of an accepted write: the case as the command left it and the timeline entries the command
 * added. Built from the core's outcome alone, so a replay of the same idempotency key, which the core
 * answers with an equal outcome, gets the same body.
 *
 * @param caseFile the case after the command, written as {@code case}
 * @param events what the command recorded, in order
 */
record CommandResult(@JsonProperty("case") CaseView caseFile, List<TimelineEntry> events) {

  static CommandResult of(CommandOutcome.Accepted accepted, ZoneId zone) {
    return new CommandResult(CaseView.of(accepted.after()),
        accepted.events().stream().map(event -> TimelineEntry.of(event, zone)).toList());
  }
}

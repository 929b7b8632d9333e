package org.aftersales.examples.checkout;

import java.time.ZoneId;
import java.util.Map;
import org.aftersales.application.CommandOutcome;

/** Answers the core's outcome of a write: the case and its new events, or the rejection's status and reason. */
final class Outcomes {

  private final ZoneId zone;

  /** @param zone the zone the timeline's texts give local times in: the tenant calendar's */
  Outcomes(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns the reply to an outcome.
   *
   * @param acceptedStatus 201 for a case opened, 200 for a command to a case
   */
  Reply reply(CommandOutcome outcome, int acceptedStatus) {
    if (outcome instanceof CommandOutcome.Accepted accepted) {
      long version = accepted.after().version();
      Map<String, String> headers = acceptedStatus == 201
          ? Map.of("ETag", Caller.etag(version), "Location", "/cases/" + accepted.after().id().value())
          : Map.of("ETag", Caller.etag(version));
      return new Reply(acceptedStatus, headers, CommandResult.of(accepted, zone));
    }
    CommandOutcome.Rejected rejected = (CommandOutcome.Rejected) outcome;
    return Reply.of(RejectionStatus.of(rejected.rejection().code()), ErrorBody.rejected(rejected.rejection()));
  }
}

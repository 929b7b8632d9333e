package org.aftersales.examples.checkout;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.AfterSalesCase;

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
      return accepted(List.of(accepted), acceptedStatus);
    }
    CommandOutcome.Rejected rejected = (CommandOutcome.Rejected) outcome;
    return Reply.of(RejectionStatus.of(rejected.rejection().code()), ErrorBody.rejected(rejected.rejection()));
  }

  /**
   * Returns the reply to commands accepted one after the other on one case: the case as the last left
   * it, and the events of all.
   *
   * @param acceptedStatus 201 for a case opened, 200 for a command to a case
   */
  Reply accepted(List<CommandOutcome.Accepted> steps, int acceptedStatus) {
    AfterSalesCase after = steps.get(steps.size() - 1).after();
    Map<String, String> headers = acceptedStatus == 201
        ? Map.of("ETag", Caller.etag(after.version()), "Location", "/cases/" + after.id().value())
        : Map.of("ETag", Caller.etag(after.version()));
    return new Reply(acceptedStatus, headers, CommandResult.of(steps, zone));
  }
}

package org.aftersales.casefile;

import java.util.List;
import java.util.Objects;

/** What {@link CaseDecider} decided: the events to record, or a rejection. */
public sealed interface Decision {

  /**
   * The command was accepted.
   *
   * @param events the new events, all of one new version, in order
   * @param after the case with the events applied
   */
  record Accepted(List<RecordedEvent> events, AfterSalesCase after) implements Decision {
    /** Copies the list. */
    public Accepted {
      events = List.copyOf(events);
      Objects.requireNonNull(after, "after");
    }
  }

  /** The command was refused; nothing changes. */
  record Rejected(Rejection rejection) implements Decision {
    /** @throws NullPointerException if rejection is null */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}

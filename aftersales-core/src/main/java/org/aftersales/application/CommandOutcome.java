package org.aftersales.application;

import java.util.List;
import java.util.Objects;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Rejection;

/** What the service answers to a command. The same idempotency key again gets an equal outcome. */
public sealed interface CommandOutcome {

  /** Returns whether the command was accepted. */
  boolean isAccepted();

  /**
   * The command was accepted and its events stored.
   *
   * @param after the case as the command left it
   * @param events the events the command recorded, all of version {@code after.version()}
   */
  record Accepted(AfterSalesCase after, List<RecordedEvent> events) implements CommandOutcome {
    /** Copies the list. */
    public Accepted {
      Objects.requireNonNull(after, "after");
      events = List.copyOf(events);
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /** The command was refused; nothing was written. */
  record Rejected(Rejection rejection) implements CommandOutcome {
    /** @throws NullPointerException if rejection is null */
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }
  }
}

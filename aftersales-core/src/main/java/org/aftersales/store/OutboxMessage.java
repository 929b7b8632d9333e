package org.aftersales.store;

import java.util.Objects;
import org.aftersales.casefile.RecordedEvent;

/**
 * An event waiting to be handed to the host's publisher. Messages of one case are delivered in
 * the order of their events.
 *
 * @param event the event to publish; its {@link RecordedEvent#id()} identifies the message
 */
public record OutboxMessage(RecordedEvent event) {

  /** @throws NullPointerException if event is null */
  public OutboxMessage {
    Objects.requireNonNull(event, "event");
  }

  /** Returns the message id, the event's id. */
  public String id() {
    return event.id();
  }

  /** Returns the event's type name, such as {@code RefundRequested}. */
  public String type() {
    return event.event().getClass().getSimpleName();
  }
}

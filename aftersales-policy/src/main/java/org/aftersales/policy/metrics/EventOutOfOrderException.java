package org.aftersales.policy.metrics;

/**
 * An event arrived that does not follow the last event applied of its case (an event is missing
 * before it), or a case's first event is not its opening. The outbox delivers each case's events in
 * order, so this means events were lost or the projection started after the history: rebuild it
 * from the full history. Nothing was written.
 */
public final class EventOutOfOrderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message which event, and what was expected */
  public EventOutOfOrderException(String message) {
    super(message);
  }
}

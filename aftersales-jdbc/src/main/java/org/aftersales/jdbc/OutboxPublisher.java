package org.aftersales.jdbc;

import org.aftersales.store.OutboxMessage;

/**
 * The host's side of the outbox relay: hands one message to a broker, a webhook, an event bus.
 * Delivery is at least once, so a message may come again after a crash or a lost acknowledgement;
 * deduplicate by {@link OutboxMessage#id()}.
 */
@FunctionalInterface
public interface OutboxPublisher {

  /**
   * Publishes one message; returns only once the message is safely handed over.
   *
   * @param message the message
   * @throws Exception if it could not be published; the relay tries again later, and holds back the
   *     case's later messages until then
   */
  void publish(OutboxMessage message) throws Exception;
}

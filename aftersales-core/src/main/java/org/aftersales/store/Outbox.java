package org.aftersales.store;

import java.util.Collection;
import java.util.List;

/**
 * The events waiting for the host's publisher, oldest first. Delivery is at least once: a publisher
 * that crashes between publishing and {@link #markDelivered} publishes those messages again, so
 * consumers deduplicate by message id. This port has no claims: run one publisher per store at a
 * time; publishing from several nodes needs claims the port does not offer.
 */
public interface Outbox {

  /**
   * Returns up to {@code limit} undelivered messages, oldest first; messages of one case keep their order.
   *
   * @param limit the most messages to return, at least 1
   * @return the messages, which stay pending until marked delivered; empty if none is pending
   * @throws IllegalArgumentException if limit is below 1
   */
  List<OutboxMessage> pending(int limit);

  /**
   * Marks messages as delivered; unknown or already delivered ids are ignored.
   *
   * @param ids the {@link OutboxMessage#id()}s of the messages published
   * @throws NullPointerException if ids is null
   */
  void markDelivered(Collection<String> ids);
}

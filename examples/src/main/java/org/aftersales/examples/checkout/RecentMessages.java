package org.aftersales.examples.checkout;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.OutboxPublisher;
import org.aftersales.store.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example's outbox publisher: logs each message and keeps the latest {@link #CAPACITY} for
 * {@code GET /outbox/recent}, which shows the caller's tenant only. A real host hands them to its broker or webhooks instead, and
 * deduplicates by message id, since the relay delivers at least once. Thread-safe.
 */
final class RecentMessages implements OutboxPublisher {

  /** How many messages are kept; older ones are dropped. */
  static final int CAPACITY = 500;

  private static final Logger LOG = LoggerFactory.getLogger(RecentMessages.class);

  private final Deque<Published> recent = new ArrayDeque<>();

  /**
   * One message as published.
   *
   * @param id the message id, the event's id
   * @param tenant the case's tenant
   * @param caseId the case
   * @param version the case version the event belongs to
   * @param type the event's type, such as {@code RequestApproved}
   * @param actor who caused it
   * @param occurredAt when it happened
   */
  record Published(String id, TenantId tenant, CaseId caseId, long version, String type, Actor actor,
      Instant occurredAt) {}

  @Override
  public void publish(OutboxMessage message) {
    if (!(message instanceof OutboxMessage.CaseEventMessage caseEvent)) {
      // This service runs no projection, so no notice (alert) reaches its outbox; keep the list to cases.
      LOG.info("published notice {} ({})", message.type(), message.id());
      return;
    }
    RecordedEvent event = caseEvent.event();
    Published published = new Published(message.id(), event.tenant(), event.caseId(), event.version(),
        message.type(), event.actor(), event.occurredAt());
    LOG.debug("published {} of case {} v{} ({})", published.type(), published.caseId(), published.version(), published.id());
    synchronized (recent) {
      recent.addLast(published);
      if (recent.size() > CAPACITY) {
        recent.removeFirst();
      }
    }
  }

  /** Returns the messages kept, oldest first. */
  List<Published> recent() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }

  /** {@code GET /outbox/recent}: the messages kept of the caller's tenant, oldest first. */
  Reply reply(Call call) {
    TenantId tenant = Caller.tenant(call);
    return Reply.of(200, new Recent(recent().stream().filter(m -> m.tenant().equals(tenant)).toList()));
  }

  /** The body of {@code GET /outbox/recent}. */
  record Recent(List<Published> messages) {}
}

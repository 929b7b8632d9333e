package org.aftersales.store;

import java.util.Objects;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.TenantId;

/**
 * A message waiting to be handed to the host's publisher: a case's event, or a {@link Notice} that
 * is no case's event (an alert). Messages of one {@linkplain #key() key} are delivered in order.
 */
public sealed interface OutboxMessage {

  /** Returns the message id, unique among all messages; consumers deduplicate by it. */
  String id();

  /** Returns the message's type name, such as {@code RefundRequested} or {@code ReturnRateJumped}. */
  String type();

  /** Returns the tenant the message concerns. */
  TenantId tenant();

  /** Returns what orders delivery: messages of one key are delivered in the order they were written. */
  String key();

  /**
   * Returns the message of a case's event.
   *
   * @throws NullPointerException if event is null
   */
  static CaseEventMessage of(RecordedEvent event) {
    return new CaseEventMessage(event);
  }

  /**
   * Returns the message of a notice.
   *
   * @throws NullPointerException if notice is null
   */
  static NoticeMessage of(Notice notice) {
    return new NoticeMessage(notice);
  }

  /**
   * A case's event; messages of one case are delivered in the order of their events.
   *
   * @param event the event to publish; its {@link RecordedEvent#id()} identifies the message
   */
  record CaseEventMessage(RecordedEvent event) implements OutboxMessage {

    /** @throws NullPointerException if event is null */
    public CaseEventMessage {
      Objects.requireNonNull(event, "event");
    }

    /** Returns the event's id. */
    @Override
    public String id() {
      return event.id();
    }

    /** Returns the event's type name, such as {@code RefundRequested}. */
    @Override
    public String type() {
      return event.event().getClass().getSimpleName();
    }

    @Override
    public TenantId tenant() {
      return event.tenant();
    }

    /** Returns the case id. */
    @Override
    public String key() {
      return event.caseId().value();
    }
  }

  /**
   * A notice that is no case's event.
   *
   * @param notice the notice to publish; its {@link Notice#id()} identifies the message
   */
  record NoticeMessage(Notice notice) implements OutboxMessage {

    /** @throws NullPointerException if notice is null */
    public NoticeMessage {
      Objects.requireNonNull(notice, "notice");
    }

    @Override
    public String id() {
      return notice.id();
    }

    @Override
    public String type() {
      return notice.type();
    }

    @Override
    public TenantId tenant() {
      return notice.tenant();
    }

    @Override
    public String key() {
      return notice.key();
    }
  }
}

package org.aftersales.examples.demo;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.aftersales.casefile.CaseId;
import org.aftersales.jdbc.OutboxPublisher;
import org.aftersales.store.OutboxMessage;

/**
 * The demo's outbox publisher. A host would hand each message to its broker; the simulation learns
 * from it which cases moved (the sweeper's default actions included), so their parties can react.
 */
final class OutboxWatcher implements OutboxPublisher {

  private static final Comparator<CaseId> BY_ID = Comparator.comparing(CaseId::value);

  private final Set<CaseId> moved = new TreeSet<>(BY_ID);
  private long published;

  @Override
  public void publish(OutboxMessage message) {
    if (message instanceof OutboxMessage.CaseEventMessage caseEvent) { // the demo raises no notices
      moved.add(caseEvent.event().caseId());
    }
    published++;
  }

  /** Returns the cases that moved since the last call, in id order, and forgets them. */
  Set<CaseId> drainMoved() {
    Set<CaseId> result = new TreeSet<>(BY_ID);
    result.addAll(moved);
    moved.clear();
    return result;
  }

  /** Returns how many messages were published in all. */
  long published() {
    return published;
  }
}

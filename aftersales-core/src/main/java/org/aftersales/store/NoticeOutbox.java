package org.aftersales.store;

import java.util.Collection;

/**
 * Puts notices (messages that are no case's event, such as alerts) into the same outbox as the
 * cases' events, for the same publisher.
 *
 * <p>The contract an implementation honours:
 * <ul>
 *   <li>An {@link #append} is all or nothing: a reader of the outbox sees all of its notices or none.
 *   <li>The notices are delivered after every message pending when they were appended, and in their
 *       order; messages of one {@linkplain Notice#key() key} are delivered in the order appended.
 *   <li>A notice whose id is still pending is ignored. Once delivered, appending the same notice again
 *       makes a new message with the same id: delivery is at least once, and consumers deduplicate by id.
 *   <li>A writer that must raise a notice exactly when it changes its own state (a projection raising an
 *       alert) needs the append in the same atomic change as its state. In memory that is the writer's own
 *       lock around both, with the append first (it cannot fail once its arguments are checked). A database
 *       adapter must write the notices in the transaction that writes the writer's state, on the same
 *       connection, never in a transaction of its own: otherwise a crash between the two loses the alert or
 *       sends it for a state that was rolled back. Such an adapter states how a writer joins that transaction.
 * </ul>
 *
 * <p>The port is separate from {@link AfterSalesStore}: a store that carries only case events need
 * not implement it.
 */
public interface NoticeOutbox {

  /**
   * Appends notices after every message already pending; a notice whose id is still pending is
   * ignored, so appending the same notice twice while it waits leaves one message.
   *
   * @param notices the notices, in the order they are to be delivered
   * @throws NullPointerException if notices or any of them is null; nothing is appended
   */
  void append(Collection<Notice> notices);
}

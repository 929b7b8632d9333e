package org.aftersales.store;

import java.util.Collection;

/**
 * Puts notices (messages that are no case's event, such as alerts) into the same outbox as the
 * cases' events, for the same publisher. A writer that must raise a notice exactly when it changes
 * its own state (a projection raising an alert) appends from inside that change: see the adapter's
 * documentation for which transaction that is.
 *
 * <p>The port is separate from {@link AfterSalesStore}: a store that carries only case events need
 * not implement it.
 */
public interface NoticeOutbox {

  /**
   * Appends notices after every message already pending; a notice whose id is still pending is
   * ignored, so appending the same notice twice leaves one message.
   *
   * @param notices the notices, in the order they are to be delivered
   * @throws NullPointerException if notices or any of them is null
   */
  void append(Collection<Notice> notices);
}

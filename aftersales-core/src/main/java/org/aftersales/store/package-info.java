/**
 * The ports the application service needs from persistence (cases and their events, due timers,
 * the outbox, idempotency records) and their thread-safe in-memory adapter.
 *
 * <p>One {@link org.aftersales.store.CaseCommit} carries everything a command changes; an adapter
 * writes all of it or none of it.
 */
package org.aftersales.store;

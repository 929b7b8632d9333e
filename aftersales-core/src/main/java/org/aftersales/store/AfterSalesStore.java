package org.aftersales.store;

/**
 * Every persistence port at once, as one adapter provides them: the application service needs
 * them to change together.
 */
public interface AfterSalesStore extends CaseStore, DeadlineQueue, Outbox, IdempotencyStore {}

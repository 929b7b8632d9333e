package org.aftersales.jdbc;

/**
 * What one round of the outbox relay did.
 *
 * @param claimed messages claimed
 * @param delivered messages published and marked delivered
 * @param failed messages whose publishing failed, to be retried after a backoff
 */
public record RelayResult(int claimed, int delivered, int failed) {}

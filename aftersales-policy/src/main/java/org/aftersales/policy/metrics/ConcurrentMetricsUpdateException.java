package org.aftersales.policy.metrics;

/**
 * An update was computed from a track or alert state that another writer changed meanwhile, such as
 * two consumers applying the same event at once; nothing was written. Applying the event again reads
 * the new state and finds it a duplicate, or counts it on top.
 */
public final class ConcurrentMetricsUpdateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** @param message what changed */
  public ConcurrentMetricsUpdateException(String message) {
    super(message);
  }
}

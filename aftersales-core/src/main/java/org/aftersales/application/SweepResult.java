package org.aftersales.application;

/**
 * What one sweep did.
 *
 * @param claimed timers claimed
 * @param applied default actions and reminders accepted (including replays of ones already applied)
 * @param stale timers whose deadline had stopped running by the time they were applied: nothing to do
 * @param refused timers whose command was refused or failed, given back for a later retry
 */
public record SweepResult(int claimed, int applied, int stale, int refused) {

  /** Returns the sum of two results. */
  public SweepResult plus(SweepResult other) {
    return new SweepResult(claimed + other.claimed, applied + other.applied, stale + other.stale,
        refused + other.refused);
  }
}

package org.aftersales.application;

/**
 * What one sweep did.
 *
 * @param claimed timers claimed
 * @param applied default actions and reminders accepted (including replays of ones already applied)
 * @param refused timers whose command was refused, given back for a later retry
 */
public record SweepResult(int claimed, int applied, int refused) {

  /** Returns the sum of two results. */
  public SweepResult plus(SweepResult other) {
    return new SweepResult(claimed + other.claimed, applied + other.applied, refused + other.refused);
  }
}

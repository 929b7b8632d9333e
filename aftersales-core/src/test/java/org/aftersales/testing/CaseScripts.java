package org.aftersales.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Random scripts for property tests: a case type to open and 1..60 steps, each step a handful of
 * small integers the test interprets against the case as it stands. Keeping the generated data
 * plain integers lets QuickTheories shrink a failing script towards zero in every field: fewer
 * steps, the first table row, the natural actor, the shortest clock advance.
 */
public final class CaseScripts {

  private CaseScripts() {}

  /** What a step does, read from {@link Step#kind()}. */
  public enum StepKind {
    /** A command taken from the lifecycle table row of the case's current state (likely accepted). */
    GUIDED_COMMAND,
    /** A command of any {@link org.aftersales.casefile.CommandType}, OPEN included. */
    ANY_COMMAND,
    /** Moves the clock by minutes, hours or days. */
    ADVANCE_CLOCK,
    /** Moves the clock, then runs the deadline sweeper. */
    ADVANCE_AND_SWEEP,
    /** Runs the deadline sweeper without moving the clock. */
    SWEEP,
    /** Sends an earlier envelope again, unchanged. */
    REPEAT_ENVELOPE,
    /** Sends a new guided command under an earlier envelope's idempotency key. */
    REUSE_KEY,
    /** Opens another case (any type, any actor, sometimes another tenant or buyer). */
    OPEN_ANOTHER;

    static StepKind of(int kind) {
      if (kind < 55) {
        return GUIDED_COMMAND;
      } else if (kind < 70) {
        return ANY_COMMAND;
      } else if (kind < 78) {
        return ADVANCE_CLOCK;
      } else if (kind < 86) {
        return ADVANCE_AND_SWEEP;
      } else if (kind < 89) {
        return SWEEP;
      } else if (kind < 94) {
        return REPEAT_ENVELOPE;
      } else if (kind < 98) {
        return REUSE_KEY;
      }
      return OPEN_ANOTHER;
    }
  }

  /**
   * One step of a script.
   *
   * @param kind 0..99, see {@link StepKind#of}
   * @param target which of the cases opened so far the step addresses
   * @param pick which table row, command type or earlier envelope
   * @param who 0..99: the natural actor mostly, sometimes any actor, a wrong buyer or a wrong tenant
   * @param variant shapes the payload: evidence count, cited deadline, currency, stars
   * @param amount money amounts and clock advances
   */
  public record Step(int kind, int target, int pick, int who, int variant, int amount) {

    public StepKind stepKind() {
      return StepKind.of(kind);
    }

    /** The clock advance of this step: 1..180 minutes, 1..72 hours or 1..10 days. */
    public Duration advance() {
      int scaled = amount / 3;
      return switch (amount % 3) {
        case 0 -> Duration.ofMinutes(1 + scaled % 180);
        case 1 -> Duration.ofHours(1 + scaled % 72);
        default -> Duration.ofDays(1 + scaled % 10);
      };
    }
  }

  /**
   * A script: the first case to open and the steps that follow.
   *
   * @param type the type of the first case
   * @param openVariant shapes the first case's request and, for some tests, the tenant policy
   * @param steps 1..60 steps
   */
  public record Script(CaseType type, int openVariant, List<Step> steps) {}

  /** Returns generated steps. */
  public static Gen<Step> steps() {
    return in -> new Step(
        (int) in.next(Constraint.between(0, 99)),
        (int) in.next(Constraint.between(0, 7)),
        (int) in.next(Constraint.between(0, 1_000)),
        (int) in.next(Constraint.between(0, 99)),
        (int) in.next(Constraint.between(0, 1_000)),
        (int) in.next(Constraint.between(0, 100_000)));
  }

  /** Returns scripts over all four case types with {@code minSteps..maxSteps} steps. */
  public static Gen<Script> scripts(int minSteps, int maxSteps) {
    Gen<CaseType> types = in -> CaseType.values()[(int) in.next(Constraint.between(0, CaseType.values().length - 1))];
    Gen<Integer> variants = in -> (int) in.next(Constraint.between(0, 1_000));
    return types.zip(variants, lists().of(steps()).ofSizeBetween(minSteps, maxSteps), Script::new);
  }
}

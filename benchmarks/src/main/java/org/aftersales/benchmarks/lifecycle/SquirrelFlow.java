package org.aftersales.benchmarks.lifecycle;

import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.Transition;
import org.squirrelframework.foundation.fsm.Action;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The return-and-refund flow fired through squirrel-foundation 0.3.10, built once from our
 * lifecycle table: every state-changing row of the RETURN_AND_REFUND table becomes an external
 * transition whose condition checks the actor and whose action records the event. The builder is
 * shared; each case gets its own machine from {@code newStateMachine}, as squirrel intends.
 */
public final class SquirrelFlow {

  /** Squirrel instantiates the machine class by reflection, so it must be public with a public constructor. */
  public static final class CaseMachine extends AbstractStateMachine<CaseMachine, CaseState, CommandType, AnchorCase> {
    /** For squirrel's reflection. */
    public CaseMachine() {}
  }

  private final StateMachineBuilder<CaseMachine, CaseState, CommandType, AnchorCase> builder =
      StateMachineBuilderFactory.create(CaseMachine.class, CaseState.class, CommandType.class, AnchorCase.class);

  /** Builds the transitions from {@link Lifecycles#of(CaseType)}. */
  public SquirrelFlow() {
    for (Transition row : Lifecycles.of(CaseType.RETURN_AND_REFUND).transitions()) {
      if (row.changesState()) {
        builder.externalTransition().from(row.from()).to(row.to().orElseThrow()).on(row.command())
            .when(actorAllowed(row)).perform(recording(row));
      }
    }
  }

  private static Condition<AnchorCase> actorAllowed(Transition row) {
    return new Condition<>() {
      @Override
      public boolean isSatisfied(AnchorCase c) {
        return row.actors().contains(c.actor());
      }

      @Override
      public String name() {
        return "actors " + row.actors();
      }
    };
  }

  private static Action<CaseMachine, CaseState, CommandType, AnchorCase> recording(Transition row) {
    return new Action<>() {
      @Override
      public void execute(CaseState from, CaseState to, CommandType command, AnchorCase c, CaseMachine machine) {
        c.record(from, command, to);
        c.state(to);
      }

      @Override
      public String name() {
        return "record " + row.command();
      }

      @Override
      public int weight() {
        return 0;
      }

      @Override
      public boolean isAsync() {
        return false;
      }

      @Override
      public long timeout() {
        return -1;
      }
    };
  }

  /**
   * Opens a case and fires the flow's seven commands.
   *
   * @return the case at the end; a command squirrel declines leaves it where it was
   */
  public AnchorCase run() {
    AnchorCase c = new AnchorCase();
    CaseMachine machine = builder.newStateMachine(CaseState.REQUESTED);
    for (FlowCommand command : FlowCommand.AFTER_OPENING) {
      c.actor(command.actor());
      machine.fire(command.type(), c);
    }
    return c;
  }
}

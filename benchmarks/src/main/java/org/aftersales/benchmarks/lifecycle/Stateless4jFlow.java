package org.aftersales.benchmarks.lifecycle;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Lifecycles;
import org.aftersales.casefile.Transition;

/**
 * The return-and-refund flow fired through stateless4j 2.6.0, configured once from our lifecycle
 * table: every state-changing row of the RETURN_AND_REFUND table becomes a {@code permitIf} whose
 * guard checks the actor and whose action records the event. One machine per case, as the library
 * is meant to be used.
 */
public final class Stateless4jFlow {

  private final StateMachineConfig<CaseState, CommandType> config = new StateMachineConfig<>();
  /** The case the machine being fired works on; the config's guards and actions read it. */
  private AnchorCase current;

  /** Configures the machine from {@link Lifecycles#of(CaseType)}. */
  public Stateless4jFlow() {
    for (Transition row : Lifecycles.of(CaseType.RETURN_AND_REFUND).transitions()) {
      if (row.changesState()) {
        CaseState to = row.to().orElseThrow();
        config.configure(row.from()).permitIf(row.command(), to,
            () -> row.actors().contains(current.actor()),
            () -> current.record(row.from(), row.command(), to));
      }
    }
  }

  /**
   * Opens a case and fires the flow's seven commands.
   *
   * @return the case at the end
   * @throws IllegalStateException if a trigger is not permitted, as stateless4j throws
   */
  public AnchorCase run() {
    AnchorCase c = new AnchorCase();
    current = c;
    StateMachine<CaseState, CommandType> machine = new StateMachine<>(CaseState.REQUESTED, c::state, c::state, config);
    for (FlowCommand command : FlowCommand.AFTER_OPENING) {
      c.actor(command.actor());
      machine.fire(command.type());
    }
    return c;
  }
}

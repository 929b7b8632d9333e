package org.aftersales.benchmarks.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CommandType;

/**
 * What a general-purpose state machine holds for one case when it runs our lifecycle table: the
 * state, the actor of the command being fired (its guards read it) and the events recorded so far.
 * The anchors do the least a fair rival must: refuse a wrong actor, move the state, record an event.
 */
public final class AnchorCase {

  /** One recorded transition. */
  public record Event(CaseState from, CommandType command, CaseState to, Actor actor, Instant at) {}

  private CaseState state = CaseState.REQUESTED;
  private Actor actor;
  private final List<Event> events = new ArrayList<>();

  /** Returns the current state. */
  public CaseState state() {
    return state;
  }

  void state(CaseState state) {
    this.state = state;
  }

  /** Returns the actor of the command being fired. */
  Actor actor() {
    return actor;
  }

  void actor(Actor actor) {
    this.actor = actor;
  }

  void record(CaseState from, CommandType command, CaseState to) {
    events.add(new Event(from, command, to, actor, ReturnAndRefundFlow.NOW));
  }

  /** Returns the events recorded, oldest first. */
  public List<Event> events() {
    return events;
  }
}

package org.aftersales.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.deadline.DeadlineKind;

/**
 * The lifecycle of one {@link CaseType} as data: its states (whom each waits on, which deadlines
 * it starts) and its transitions (state, command, actors) to (next state, outcome, guards). The
 * decider, the tests, the documentation and the Mermaid diagrams all read this one table.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LifecycleTable {

  private final CaseType type;
  private final Map<CaseState, StateSpec> states;
  private final List<Transition> transitions;
  private final Map<CaseState, Map<CommandType, Transition>> index;
  private final Map<DeadlineKind, Actor> sideClocks;
  private final Map<DeadlineKind, Set<CaseState>> sideClockStates;

  private LifecycleTable(CaseType type, Map<CaseState, StateSpec> states, List<Transition> transitions,
      Map<DeadlineKind, Actor> sideClocks, Map<DeadlineKind, Set<CaseState>> sideClockStates) {
    this.type = type;
    this.sideClocks = Collections.unmodifiableMap(new EnumMap<>(sideClocks));
    this.sideClockStates = Collections.unmodifiableMap(new EnumMap<>(sideClockStates));
    this.states = Collections.unmodifiableMap(new EnumMap<>(states));
    this.transitions = List.copyOf(transitions);
    Map<CaseState, Map<CommandType, Transition>> byState = new EnumMap<>(CaseState.class);
    for (Transition t : transitions) {
      Transition previous = byState.computeIfAbsent(t.from(), s -> new EnumMap<>(CommandType.class)).put(t.command(), t);
      if (previous != null) {
        throw new IllegalStateException(type + " has two rows for " + t.from() + " --" + t.command() + "-->");
      }
    }
    this.index = byState;
  }

  /** Returns a builder for the table of a case type. */
  static Builder builder(CaseType type) {
    return new Builder(type);
  }

  /** Returns the case type this table is for. */
  public CaseType type() {
    return type;
  }

  /** Returns the states of the table in declaration order of {@link CaseState}. */
  public Collection<StateSpec> states() {
    return states.values();
  }

  /**
   * Returns the spec of a state.
   *
   * @throws IllegalArgumentException if the state is not part of this table
   */
  public StateSpec spec(CaseState state) {
    StateSpec spec = states.get(state);
    if (spec == null) {
      throw new IllegalArgumentException(state + " is not a state of the " + type + " lifecycle");
    }
    return spec;
  }

  /** Returns every row, in the order the table declares them. */
  public List<Transition> transitions() {
    return transitions;
  }

  /** Returns the row for a command in a state, or empty if the command is not possible there. */
  public Optional<Transition> find(CaseState state, CommandType command) {
    return Optional.ofNullable(index.getOrDefault(state, Map.of()).get(command));
  }

  /**
   * Returns the deadlines that run beside the states' own, with whom each waits on: a command
   * starts one, a change of state neither pauses nor stops it, and the case ending stops it.
   */
  public Map<DeadlineKind, Actor> sideClocks() {
    return sideClocks;
  }

  /**
   * Returns the open states a side clock runs beside: every open state for a clock such as the
   * complaint's, or only some (an instant refund's settlement runs beside the goods coming back).
   * Empty for a kind that is no side clock.
   */
  public Set<CaseState> sideClockStates(DeadlineKind kind) {
    if (!sideClocks.containsKey(kind)) {
      return Set.of();
    }
    return states.keySet().stream().filter(state -> runsBeside(kind, state))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Returns whether a deadline of this kind runs beside the state's own in {@code state}, a side clock there. */
  public boolean runsBeside(DeadlineKind kind, CaseState state) {
    return !state.isTerminal() && sideClocks.containsKey(kind)
        && sideClockStates.getOrDefault(kind, Set.of(state)).contains(state);
  }

  /**
   * Returns who a deadline of this kind waits on while the case is in a state: the side clock's
   * party where it runs beside the state's, else the state's.
   *
   * @throws IllegalArgumentException if the state is not part of this table
   * @throws java.util.NoSuchElementException if the kind is no side clock there and the state has ended
   */
  public Actor awaiting(CaseState state, DeadlineKind kind) {
    Actor side = sideClocks.get(kind);
    boolean beside = side != null && sideClockStates.getOrDefault(kind, Set.of(state)).contains(state);
    return beside ? side : spec(state).awaiting().orElseThrow();
  }

  /** Returns whether any state of this table accepts the command. */
  public boolean uses(CommandType command) {
    return transitions.stream().anyMatch(t -> t.command() == command);
  }

  /** Builds a table and checks it is consistent. */
  static final class Builder {
    private final CaseType type;
    private final Map<CaseState, StateSpec> states = new EnumMap<>(CaseState.class);
    private final List<Transition> rows = new ArrayList<>();
    private final Map<DeadlineKind, Actor> sideClocks = new EnumMap<>(DeadlineKind.class);
    private final Map<DeadlineKind, Set<CaseState>> sideClockStates = new EnumMap<>(DeadlineKind.class);

    private Builder(CaseType type) {
      this.type = type;
    }

    Builder state(CaseState state, Actor awaiting, DeadlineKind... deadlines) {
      return add(new StateSpec(state, Optional.of(awaiting), List.of(deadlines), Optional.empty()));
    }

    Builder waitState(CaseState state, Actor awaiting, CaseState pausesClockOf, DeadlineKind... deadlines) {
      return add(new StateSpec(state, Optional.of(awaiting), List.of(deadlines), Optional.of(pausesClockOf)));
    }

    Builder terminal(CaseState state) {
      return add(new StateSpec(state, Optional.empty(), List.of(), Optional.empty()));
    }

    private Builder add(StateSpec spec) {
      if (states.put(spec.state(), spec) != null) {
        throw new IllegalStateException(type + " declares " + spec.state() + " twice");
      }
      return this;
    }

    Builder move(CaseState from, CommandType command, CaseState to, Actor... actors) {
      return row(from, command, Optional.of(to), Optional.empty(), actors);
    }

    Builder end(CaseState from, CommandType command, CaseState to, CaseOutcome outcome, Actor... actors) {
      return row(from, command, Optional.of(to), Optional.of(outcome), actors);
    }

    Builder stay(CaseState from, CommandType command, Actor... actors) {
      return row(from, command, Optional.empty(), Optional.empty(), actors);
    }

    /** Adds a row that keeps the case where it is, in every non-terminal state declared so far. */
    Builder stayInEveryOpenState(CommandType command, Actor... actors) {
      states.keySet().stream().filter(s -> !s.isTerminal()).forEach(s -> stay(s, command, actors));
      return this;
    }

    /** Adds a row that keeps the case where it is, in every state declared so far that starts {@code kind}. */
    Builder stayWhereDeadlineRuns(DeadlineKind kind, CommandType command, Actor... actors) {
      states.values().stream().filter(spec -> spec.deadlines().contains(kind))
          .forEach(spec -> stay(spec.state(), command, actors));
      return this;
    }

    /** Declares a deadline that runs beside the states' own, waiting on {@code awaiting}. */
    Builder sideClock(DeadlineKind kind, Actor awaiting) {
      sideClocks.put(kind, awaiting);
      return this;
    }

    /**
     * Declares a deadline that runs beside the own of some open states only, waiting on {@code
     * awaiting}; a change of state to any other state stops it.
     */
    Builder sideClock(DeadlineKind kind, Actor awaiting, CaseState... only) {
      sideClocks.put(kind, awaiting);
      sideClockStates.put(kind, Set.copyOf(Arrays.asList(only)));
      return this;
    }

    /** Makes the row of {@code command} in {@code from} complete the case if its refund already reached the buyer. */
    Builder completingIfRefunded(CaseState from, CommandType command) {
      return change(from, command, t -> new Transition(t.from(), t.command(), t.actors(), t.to(), t.outcome(),
          t.guards(), t.stops(), t.starts(), true));
    }

    /** Adds guards to the row of {@code command} in {@code from}, after those it has. */
    Builder alsoGuarded(CaseState from, CommandType command, Guard... more) {
      return change(from, command, t -> {
        List<Guard> guards = new ArrayList<>(t.guards());
        guards.addAll(List.of(more));
        return new Transition(t.from(), t.command(), t.actors(), t.to(), t.outcome(), guards, t.stops(), t.starts(),
            t.completesIfRefunded());
      });
    }

    private Builder change(CaseState from, CommandType command, java.util.function.UnaryOperator<Transition> change) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).from() == from && rows.get(i).command() == command) {
          rows.set(i, change.apply(rows.get(i)));
          return this;
        }
      }
      throw new IllegalStateException(type + " has no row for " + from + " --" + command + "-->");
    }

    /** Adds guards to the last row added. */
    Builder guarded(Guard... guards) {
      Transition last = rows.remove(rows.size() - 1);
      rows.add(new Transition(last.from(), last.command(), last.actors(), last.to(), last.outcome(), List.of(guards),
          last.stops(), last.starts(), last.completesIfRefunded()));
      return this;
    }

    /** Makes the last row added stop deadlines besides those a change of state stops. */
    Builder stopping(DeadlineKind... kinds) {
      Transition last = rows.remove(rows.size() - 1);
      rows.add(new Transition(last.from(), last.command(), last.actors(), last.to(), last.outcome(), last.guards(),
          List.of(kinds), last.starts(), last.completesIfRefunded()));
      return this;
    }

    /** Makes the last row added start deadlines besides those of the state it leads to. */
    Builder starting(DeadlineKind... kinds) {
      Transition last = rows.remove(rows.size() - 1);
      rows.add(new Transition(last.from(), last.command(), last.actors(), last.to(), last.outcome(), last.guards(),
          last.stops(), List.of(kinds), last.completesIfRefunded()));
      return this;
    }

    /** Gives every row of a command, in every state, the same guards, stops and starts. */
    Builder everyRow(CommandType command, List<Guard> guards, List<DeadlineKind> stops, List<DeadlineKind> starts) {
      rows.replaceAll(t -> t.command() != command ? t
          : new Transition(t.from(), t.command(), t.actors(), t.to(), t.outcome(), guards, stops, starts,
              t.completesIfRefunded()));
      return this;
    }

    private Builder row(CaseState from, CommandType command, Optional<CaseState> to, Optional<CaseOutcome> outcome,
        Actor... actors) {
      rows.add(new Transition(from, command, Set.copyOf(Arrays.asList(actors)), to, outcome, List.of(), List.of(),
          List.of()));
      return this;
    }

    LifecycleTable build() {
      for (Transition t : rows) {
        requireDeclared(t.from(), t);
        t.to().ifPresent(to -> requireDeclared(to, t));
      }
      for (StateSpec spec : states.values()) {
        spec.pausesClockOf().ifPresent(paused -> requireDeclared(paused, null));
      }
      return new LifecycleTable(type, states, rows, sideClocks, sideClockStates);
    }

    private void requireDeclared(CaseState state, Transition row) {
      if (!states.containsKey(state)) {
        throw new IllegalStateException(type + " uses undeclared state " + state + (row == null ? "" : " in " + row));
      }
    }
  }

  @Override
  public String toString() {
    return "LifecycleTable{" + type + ", " + states.size() + " states, " + transitions.size() + " transitions}";
  }
}

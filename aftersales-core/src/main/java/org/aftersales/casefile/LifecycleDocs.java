package org.aftersales.casefile;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.SlaRule;

/**
 * Renders the {@linkplain Lifecycles lifecycle tables} as documentation: for each {@link CaseType} a
 * Markdown page with a Mermaid {@code stateDiagram-v2}, its states, its transitions and its deadline
 * rules, plus an index. The committed pages live in {@code docs/lifecycle/}; {@code LifecycleDocsTest}
 * fails when they differ from what the tables render now.
 *
 * <p>The diagram draws one arrow per row that moves the case, labelled {@code COMMAND (ACTORS)
 * [GUARDS]}; rows that leave the case where it is (evidence, reminders, alerts, rating) are listed
 * under it and in the transitions table instead. Everything is ordered by state, then by the order the
 * table declares its rows, so the output only changes when a table or a rule does.
 *
 * <p>Hosts may render their own policy's pages with {@link #page}; each committed page says at its top
 * how to regenerate it with Maven.
 */
public final class LifecycleDocs {

  /** The command that rewrites the committed pages. */
  static final String REGENERATE =
      "mvn -pl aftersales-core test -Dtest=LifecycleDocsTest -Daftersales.docs.write=true";

  private static final String NONE = "—";

  /** How a page names the condition of a row that completes a case whose refund already reached the buyer. */
  private static final String ALREADY_REFUNDED = "refund already confirmed";

  /** How a page names the condition of a row that leads a case to where its failed instant refund stands. */
  private static final String INSTANT_REFUND_FAILED = "instant refund failed";

  private LifecycleDocs() {}

  /**
   * Returns the index and one page per case type, rendered with {@link SlaPolicy#seedDefaults()}, keyed
   * by their file name in {@code docs/lifecycle}. Writing them is the caller's business: the core does no I/O.
   */
  public static Map<String, String> allPages() {
    SlaPolicy seed = SlaPolicy.seedDefaults();
    Map<String, String> pages = new LinkedHashMap<>();
    StringBuilder index = new StringBuilder(generatedNotice())
        .append("# Case lifecycles\n\n")
        .append("One page per case type, generated from its lifecycle table in `Lifecycles`, with the deadline ")
        .append("rules of `SlaPolicy.seedDefaults()`. Do not edit the pages; regenerate them with\n\n")
        .append("    ").append(REGENERATE).append("\n\n");
    for (CaseType type : CaseType.values()) {
      String file = type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".md";
      pages.put(file, page(Lifecycles.of(type), seed));
      index.append("- [").append(title(type)).append("](").append(file).append(") (`").append(type).append("`): ")
          .append(summary(type)).append('\n');
    }
    pages.put("README.md", index.toString());
    return pages;
  }

  /**
   * Returns the Mermaid {@code stateDiagram-v2} of a table: the start in {@code REQUESTED}, one arrow
   * per row that moves the case, and an end arrow from each terminal state.
   */
  public static String mermaid(LifecycleTable table) {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n")
        .append("    [*] --> ").append(CaseState.REQUESTED).append('\n');
    for (Transition t : rows(table)) {
      if (t.changesState()) {
        out.append("    ").append(t.from()).append(" --> ").append(t.to().orElseThrow())
            .append(" : ").append(t.command()).append(" (").append(names(t.actors())).append(')')
            .append(t.guards().isEmpty() ? "" : " [" + names(t.guards()) + "]")
            .append('\n');
        if (t.completesIfRefunded()) {
          out.append("    ").append(t.from()).append(" --> ").append(CaseState.COMPLETED)
              .append(" : ").append(t.command()).append(" (").append(names(t.actors())).append(") [")
              .append(ALREADY_REFUNDED).append("]\n");
          out.append("    ").append(t.from()).append(" --> ").append(CaseState.REFUND_FAILED)
              .append(" : ").append(t.command()).append(" (").append(names(t.actors())).append(") [")
              .append(INSTANT_REFUND_FAILED).append("]\n");
        }
      }
    }
    for (StateSpec spec : table.states()) {
      if (spec.state().isTerminal()) {
        out.append("    ").append(spec.state()).append(" --> [*]\n");
      }
    }
    return out.toString();
  }

  /**
   * Returns the Markdown page of a table: what the case type is, its diagram, its states, all its
   * transitions and the rule {@code policy} gives each deadline its states start.
   */
  public static String page(LifecycleTable table, SlaPolicy policy) {
    CaseType type = table.type();
    StringBuilder out = new StringBuilder(generatedNotice())
        .append("# ").append(title(type)).append(" lifecycle\n\n")
        .append("`").append(type).append("`: ").append(summary(type)).append("\n\n")
        .append("```mermaid\n").append(mermaid(table)).append("```\n\n")
        .append("Rows that leave the case where it is are not drawn, to keep the diagram readable; the transitions ")
        .append("table lists them: ").append(stays(table)).append(".\n\n");

    out.append("## States\n\n")
        .append("| State | Awaiting | Deadlines started | Pauses clock of |\n")
        .append("|---|---|---|---|\n");
    for (StateSpec spec : table.states()) {
      row(out, spec.state(), spec.awaiting().map(Actor::name).orElse(NONE + " (ended)"), names(spec.deadlines()),
          spec.pausesClockOf().map(CaseState::name).orElse(NONE));
    }

    out.append("\n## Transitions\n\n")
        .append("| From | Command | Actors | To | Outcome | Guards | Clocks stopped / started besides the states' |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Transition t : rows(table)) {
      String to = !t.changesState() ? "stays"
          : t.to().orElseThrow() + (t.completesIfRefunded()
              ? "; COMPLETED if " + ALREADY_REFUNDED + "; REFUND_FAILED if " + INSTANT_REFUND_FAILED : "");
      row(out, t.from(), t.command(), names(t.actors()), to,
          t.outcome().map(LifecycleDocs::outcome).orElse(NONE), names(t.guards()), clocks(t));
    }

    out.append("\n## Deadlines\n\n")
        .append("Each deadline a state starts, with its rule in the SLA policy (the committed pages show the seed ")
        .append("rules of `SlaPolicy.seedDefaults()`; a shop's policy may change them per case type). Leaving the ")
        .append("state cancels its deadlines, unless the next state pauses its clock: then they pause, and resume ")
        .append("when the case comes back. A deadline a command starts runs in the state it was started in; a ")
        .append("side clock runs beside every open state's own, whoever it waits on, until answered or the case ends.\n\n")
        .append("| Deadline | Runs in | Limit | Reminders before due | When it passes, the system sends |\n")
        .append("|---|---|---|---|---|\n");
    Map<DeadlineKind, List<CaseState>> deadlines = java.util.stream.Stream.concat(
            table.states().stream().flatMap(spec -> spec.deadlines().stream().map(kind -> Map.entry(kind, spec.state()))),
            table.transitions().stream().filter(t -> !t.changesState())
                .flatMap(t -> t.starts().stream().filter(kind -> !table.sideClocks().containsKey(kind))
                    .map(kind -> Map.entry(kind, t.from()))))
        .distinct()
        .collect(groupingBy(Map.Entry::getKey, () -> new EnumMap<>(DeadlineKind.class),
            mapping(Map.Entry::getValue, toList())));
    table.sideClocks().keySet().forEach(kind -> deadlines.putIfAbsent(kind, List.of()));
    List<CaseState> open = table.states().stream().map(StateSpec::state).filter(s -> !s.isTerminal()).toList();
    deadlines.forEach((kind, states) -> {
      Optional<SlaRule> rule = policy.rule(type, kind);
      String beside = table.sideClockStates(kind).containsAll(open) ? "every open state"
          : names(table.sideClockStates(kind)) + " (after an instant refund)";
      String runsIn = !table.sideClocks().containsKey(kind) ? names(states)
          : (states.isEmpty() ? "" : names(states) + "; ") + "beside " + beside + ", awaiting "
              + table.sideClocks().get(kind);
      row(out, kind, runsIn, rule.map(r -> r.limit().toString()).orElse("no limit"),
          rule.map(r -> r.remindBefore().stream().map(Wording::duration).collect(joining(", "))).orElse(NONE),
          rule.map(r -> r.defaultAction().name()).orElse(NONE));
    });
    return out.toString();
  }

  /** Describes the clocks a row stops and starts besides its states', such as "stops COMPLAINT_HANDLING". */
  private static String clocks(Transition t) {
    String stops = t.stops().isEmpty() ? "" : "stops " + names(t.stops());
    String starts = t.starts().isEmpty() ? "" : "starts " + names(t.starts());
    return stops.isEmpty() || starts.isEmpty() ? stops + starts : stops + "; " + starts;
  }

  /** Returns the rows of a table ordered by state, keeping the table's order within a state. */
  private static List<Transition> rows(LifecycleTable table) {
    return table.transitions().stream().sorted(Comparator.comparing(Transition::from)).toList();
  }

  /** The decider ends a refund below the amount paid as partially refunded; the page says so. */
  private static String outcome(CaseOutcome outcome) {
    return outcome == CaseOutcome.REFUNDED ? "REFUNDED (PARTIALLY_REFUNDED if less than paid)" : outcome.name();
  }

  /** Describes the rows that do not move the case, such as "ADD_EVIDENCE (every open state)". */
  private static String stays(LifecycleTable table) {
    List<CaseState> open = table.states().stream().map(StateSpec::state).filter(s -> !s.isTerminal()).toList();
    Map<CommandType, List<CaseState>> stays = rows(table).stream()
        .filter(t -> !t.changesState())
        .collect(groupingBy(Transition::command, LinkedHashMap::new, mapping(Transition::from, toList())));
    return stays.entrySet().stream()
        .map(e -> e.getKey() + " (" + (e.getValue().equals(open) ? "every open state" : names(e.getValue())) + ")")
        .collect(joining(", "));
  }

  private static void row(StringBuilder out, Object... cells) {
    out.append(Arrays.stream(cells).map(String::valueOf).map(c -> c.isEmpty() ? NONE : c)
        .collect(joining(" | ", "| ", " |\n")));
  }

  /** Returns the names of enum constants in declaration order, comma-separated, or "" if there are none. */
  private static String names(Collection<? extends Enum<?>> constants) {
    return constants.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).collect(joining(", "));
  }


  private static String title(CaseType type) {
    String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String summary(CaseType type) {
    return switch (type) {
      case REFUND_ONLY -> "the buyer gets money back without sending goods back, because they were not shipped, "
          + "not received or lost (仅退款).";
      case RETURN_AND_REFUND -> "the buyer sends the goods back to the merchant, then gets the money back (退货退款).";
      case EXCHANGE -> "the buyer sends the goods back and the merchant ships a replacement (换货).";
      case REPAIR -> "the buyer sends the goods back, the merchant repairs them and ships them out again (维修).";
    };
  }

  private static String generatedNotice() {
    return "<!-- Generated by org.aftersales.casefile.LifecycleDocs from the lifecycle tables; do not edit. "
        + "Regenerate: " + REGENERATE + " -->\n\n";
  }
}

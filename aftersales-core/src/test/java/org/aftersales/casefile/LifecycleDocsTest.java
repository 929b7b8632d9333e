package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps {@code docs/lifecycle/} in step with the lifecycle tables. With
 * {@code -Daftersales.docs.write=true} it rewrites the pages instead of comparing them.
 */
class LifecycleDocsTest {

  /** Maven runs the tests in the module directory, so the repository's docs are one level up. */
  private static final Path DOCS = Paths.get("..", "docs", "lifecycle");

  @Test
  void committedPagesMatchTheTables() throws IOException {
    if (Boolean.getBoolean("aftersales.docs.write")) {
      Files.createDirectories(DOCS);
      for (Map.Entry<String, String> page : LifecycleDocs.allPages().entrySet()) {
        Files.writeString(DOCS.resolve(page.getKey()), page.getValue());
      }
    }
    for (Map.Entry<String, String> page : LifecycleDocs.allPages().entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      String stale = file.normalize() + " is not what the lifecycle tables render now; regenerate the pages with\n  "
          + LifecycleDocs.REGENERATE + "\nand commit them.";
      assertThat(file).as(stale).exists();
      assertThat(Files.readString(file)).as(stale).isEqualTo(page.getValue());
    }
  }

  @ParameterizedTest
  @EnumSource(CaseType.class)
  void diagramShowsEveryStateAndEveryMove(CaseType type) {
    LifecycleTable table = Lifecycles.of(type);
    String mermaid = LifecycleDocs.mermaid(table);

    assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> REQUESTED\n");
    for (StateSpec spec : table.states()) {
      assertThat(mermaid).containsPattern("\\b" + spec.state() + "\\b");
    }
    long moves = 0;
    for (Transition t : table.transitions()) {
      if (t.changesState()) {
        moves++;
        assertThat(mermaid).contains("    " + t.from() + " --> " + t.to().orElseThrow() + " : " + t.command() + " (");
      }
      if (t.completesIfRefunded()) {
        moves += 2;
        assertThat(mermaid).contains("    " + t.from() + " --> COMPLETED : " + t.command() + " (")
            .contains("[refund already confirmed]")
            .contains("    " + t.from() + " --> REFUND_FAILED : " + t.command() + " (")
            .contains("[instant refund failed]");
      }
    }
    long ends = table.states().stream().filter(s -> s.state().isTerminal()).count();
    assertThat(mermaid.lines().filter(line -> line.contains("-->")).count())
        .as("one arrow for the start, each move (and where an instant refund leads it instead) and each end;"
            + " rows that stay are not drawn")
        .isEqualTo(1 + moves + ends);
  }

  @Test
  void guardsAndActorsLabelTheArrows() {
    assertThat(LifecycleDocs.mermaid(Lifecycles.of(CaseType.REFUND_ONLY)))
        .contains("    REJECTED --> ARBITRATING_REJECTION : ESCALATE (BUYER, MERCHANT) [EVIDENCE_REQUIRED]\n")
        .contains("    COMPLETED --> [*]\n")
        .doesNotContain("ADD_EVIDENCE", "SEND_REMINDER", "RATE ");
  }
}

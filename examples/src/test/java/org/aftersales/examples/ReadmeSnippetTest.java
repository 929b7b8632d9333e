package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.TenantId;
import org.aftersales.money.Money;
import org.junit.jupiter.api.Test;

class ReadmeSnippetTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SNIPPET = Path.of("src", "main", "java", "org", "aftersales", "examples", "EmbeddingSnippet.java");

  @Test
  void readmeShowsTheCompiledSnippetVerbatim() throws IOException {
    List<String> lines = Files.readAllLines(SNIPPET);
    int begin = lines.indexOf("    // README:begin");
    int end = lines.indexOf("    // README:end");
    String snippet = String.join("\n", lines.subList(begin + 1, end).stream().map(l -> l.replaceFirst("^    ", "")).toList());
    assertThat(Files.readString(README))
        .as("README.md's embedding snippet must be the lines between the markers of %s", SNIPPET)
        .contains(snippet);
  }

  @Test
  void snippetOpensACase() {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      CommandOutcome outcome = EmbeddingSnippet.openCase(scheduler,
          new ReturnAddress("Returns", "+86 21 0000 0000", "1 Road, Shanghai"), TenantId.of("shop"),
          PartyId.of("buyer"), "request-1", OrderId.of("order-1"),
          List.of(OrderLine.of("l1", "sku-1", 1, Money.of(9_900, "CNY"))),
          List.of(EvidenceRef.of(EvidenceKind.PHOTO, "https://files.example/1.jpg", "image/jpeg", "0".repeat(64))));
      assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class,
          accepted -> assertThat(accepted.after().state()).isEqualTo(CaseState.REQUESTED));
    } finally {
      scheduler.shutdownNow();
    }
  }
}

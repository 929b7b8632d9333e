package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.LifecycleDocs;
import org.aftersales.casefile.Lifecycles;
import org.junit.jupiter.api.Test;

/** README.md shows the return-and-refund state diagram exactly as {@link LifecycleDocs} generates it today. */
class ReadmeDiagramTest {

  @Test
  void theReadmesReturnAndRefundDiagramIsTheGeneratedOne() throws IOException {
    String generated = "```mermaid\n" + LifecycleDocs.mermaid(Lifecycles.of(CaseType.RETURN_AND_REFUND)) + "```\n";
    assertThat(Files.readString(Path.of("..", "README.md")))
        .as("README.md's diagram; copy it from docs/lifecycle/return-and-refund.md after regenerating the docs")
        .contains("Return and refund (退货退款):\n\n" + generated);
  }
}

package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's first command runs this demo: it must run through, end every case, and print the same each time. */
class LifecycleDemoTest {

  private static final Pattern CASE_HEADER = Pattern.compile("(?m)^AS-\\d{4}  (\\w+)  \\w+  ->  (\\w+)");

  private static String runDemo() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      LifecycleDemo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyStoryEnds_noTimerIsLeft_andTheOutputIsTheSameEachRun() {
    String first = runDemo();

    Matcher header = CASE_HEADER.matcher(first);
    int cases = 0;
    while (header.find()) {
      cases++;
      assertThat(header.group(2)).as("end state of a %s case", header.group(1)).isIn("COMPLETED", "CLOSED");
    }
    assertThat(cases).isEqualTo(12);
    assertThat(first).contains("0 timers still open.");
    assertThat(runDemo()).isEqualTo(first);
  }
}

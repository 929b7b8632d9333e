package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The identifier check is a loop for speed; the regex it replaced stays here as its specification. */
class IdentifiersPropertyTest {

  /** The rule as first written: printable, no whitespace at the ends. */
  private static final Pattern SPEC = Pattern.compile("[\\p{Graph}]([\\p{Graph} ]*[\\p{Graph}])?");

  /** Characters around the edges of the rule: controls, space, ASCII graphics, DEL, Latin-1, CJK, a surrogate. */
  private static final List<Character> ALPHABET = List.of('\0', '\t', '\n', '\u001f', ' ', '!', '/', '0', 'A', 'z',
      '~', '\u007f', '\u00a0', '\u00e9', '\u3000', '\u552e', '\ud83d', '\ufeff');

  private static final Gen<String> VALUES = lists().of(integers().between(0, ALPHABET.size() - 1))
      .ofSizeBetween(0, 8)
      .map(picks -> picks.stream().map(i -> String.valueOf(ALPHABET.get(i))).collect(Collectors.joining()));

  @Test
  void theLoopAcceptsExactlyWhatTheRegexAccepts() {
    qt().withExamples(5_000).forAll(VALUES)
        .checkAssert(value -> assertThat(Identifiers.isPrintable(value)).as("'%s'", value)
            .isEqualTo(SPEC.matcher(value).matches()));
  }

  @Test
  void everyPrintableAsciiCharacterAloneIsAnIdAndEveryOtherCharacterIsNot() {
    for (char c = 0; c < 0x3000; c++) {
      String value = String.valueOf(c);
      assertThat(Identifiers.isPrintable(value)).as("U+%04X", (int) c).isEqualTo(SPEC.matcher(value).matches());
    }
  }

  @Test
  void aCaseIdWithASurroundingSpaceOrAControlCharacterIsRefused() {
    assertThatThrownBy(() -> CaseId.of(" AS-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("AS-1 ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("AS\t1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CaseId.of("AS 1").value()).isEqualTo("AS 1");
  }
}

package org.aftersales.jdbc;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.aftersales.store.CasePage;

/** A position in opening order, as {@link CasePage#cursorAfter} writes it: the opening instant, a tilde, the case id. */
record Cursor(Instant openedAt, String caseId) {

  /** @throws IllegalArgumentException if the text was not made by {@link CasePage#cursorAfter} */
  static Cursor parse(String text) {
    int split = text.indexOf('~');
    if (split < 1 || split == text.length() - 1) {
      throw malformed(text, null);
    }
    try {
      return new Cursor(Instant.parse(text.substring(0, split)), text.substring(split + 1));
    } catch (DateTimeParseException e) {
      throw malformed(text, e);
    }
  }

  private static IllegalArgumentException malformed(String text, Exception cause) {
    return new IllegalArgumentException("cursor '" + text + "' was not made by CasePage.cursorAfter", cause);
  }
}

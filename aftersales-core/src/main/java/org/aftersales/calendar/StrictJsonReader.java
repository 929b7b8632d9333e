package org.aftersales.calendar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for calendar data, so that the core needs no JSON library.
 *
 * <p>Strict means: one value and nothing after it, no comments, no trailing commas, no duplicate
 * keys, no leading zeros, no raw control characters in strings, nesting at most {@value
 * #MAX_DEPTH} deep, numbers at most {@value #MAX_NUMBER_LENGTH} characters long. A byte order
 * mark at the start is ignored. Every error is an {@link InvalidCalendarDataException} naming the
 * line (ended by LF, CRLF or a lone CR) and the JSON path where reading stopped.
 */
final class StrictJsonReader {

  static final int MAX_DEPTH = 32;

  static final int MAX_NUMBER_LENGTH = 100;

  private final String text;
  private int position;
  private int line = 1;

  private StrictJsonReader(String text) {
    this.text = text;
  }

  /** Reads {@code text} as one JSON value; a byte order mark before it is ignored, as RFC 8259 allows. */
  static JsonValue read(String text) {
    StrictJsonReader reader = new StrictJsonReader(text);
    if (text.startsWith("\uFEFF")) {
      reader.position = 1; // editors on Windows save UTF-8 with a BOM
    }
    reader.skipWhitespace();
    JsonValue value = reader.value("$", 0);
    reader.skipWhitespace();
    if (reader.position < text.length()) {
      throw reader.error("$", "unexpected " + reader.describeNext() + " after the end of the document");
    }
    return value;
  }

  private JsonValue value(String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw error(path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (position >= text.length()) {
      throw error(path, "unexpected end of the document, a value was expected");
    }
    int startLine = line;
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return new JsonValue(object(path, depth), startLine, path);
      case '[':
        return new JsonValue(array(path, depth), startLine, path);
      case '"':
        return new JsonValue(string(path), startLine, path);
      case 't':
        literal("true", path);
        return new JsonValue(Boolean.TRUE, startLine, path);
      case 'f':
        literal("false", path);
        return new JsonValue(Boolean.FALSE, startLine, path);
      case 'n':
        literal("null", path);
        return new JsonValue(null, startLine, path);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return new JsonValue(number(path), startLine, path);
        }
        throw error(path, "unexpected " + describeNext() + ", a value was expected");
    }
  }

  private Map<String, JsonValue> object(String path, int depth) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    position++; // {
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error(path, "unexpected " + describeNext() + ", a member name in double quotes was expected");
      }
      String key = string(path);
      String memberPath = path + "." + key;
      skipWhitespace();
      expect(':', memberPath);
      skipWhitespace();
      JsonValue member = value(memberPath, depth + 1);
      if (members.putIfAbsent(key, member) != null) {
        throw new InvalidCalendarDataException(member.line(), memberPath,
            "duplicate member \"" + key + "\", first on line " + members.get(key).line());
      }
      skipWhitespace();
      if (peek() == ',') {
        position++;
        continue;
      }
      expect('}', path);
      return Collections.unmodifiableMap(members);
    }
  }

  private List<JsonValue> array(String path, int depth) {
    List<JsonValue> elements = new ArrayList<>();
    position++; // [
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return List.copyOf(elements);
    }
    while (true) {
      skipWhitespace();
      elements.add(value(path + "[" + elements.size() + "]", depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        position++;
        continue;
      }
      expect(']', path);
      return Collections.unmodifiableList(elements);
    }
  }

  private String string(String path) {
    StringBuilder out = new StringBuilder();
    position++; // opening quote
    while (true) {
      if (position >= text.length()) {
        throw error(path, "unterminated string");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error(path, "raw control character U+" + String.format("%04X", (int) c)
            + " in a string; write it as an escape");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        throw error(path, "unterminated string");
      }
      char escape = text.charAt(position++);
      switch (escape) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': out.append(unicodeEscape(path)); break;
        default: throw error(path, "invalid escape \\" + escape + " in a string");
      }
    }
  }

  private char unicodeEscape(String path) {
    if (position + 4 > text.length()) {
      throw error(path, "incomplete \\u escape");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexDigit(text.charAt(position++));
      if (digit < 0) {
        throw error(path, "invalid hex digit in a \\u escape");
      }
      code = code * 16 + digit;
    }
    return (char) code;
  }

  /** The value of an ASCII hex digit, or -1; Character.digit would also take full-width and other digits. */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private BigDecimal number(String path) {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    if (peek() == '0') {
      position++;
      if (isDigit(peek())) {
        throw error(path, "number with a leading zero");
      }
    } else if (!digits()) {
      throw error(path, "a digit was expected in a number");
    }
    if (peek() == '.') {
      position++;
      if (!digits()) {
        throw error(path, "a digit was expected after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      position++;
      if (peek() == '+' || peek() == '-') {
        position++;
      }
      if (!digits()) {
        throw error(path, "a digit was expected in the exponent");
      }
    }
    if (position - start > MAX_NUMBER_LENGTH) {
      // BigDecimal converts digits in quadratic time; no calendar value needs more than a few.
      throw error(path, "number longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(text.substring(start, position));
    } catch (NumberFormatException e) {
      throw error(path, "number out of range: " + text.substring(start, position));
    }
  }

  private boolean digits() {
    int start = position;
    while (isDigit(peek())) {
      position++;
    }
    return position > start;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word, String path) {
    if (!text.startsWith(word, position)) {
      throw error(path, "unexpected " + describeNext() + ", a value was expected");
    }
    position += word.length();
  }

  private void expect(char c, String path) {
    if (peek() != c) {
      throw error(path, "unexpected " + describeNext() + ", '" + c + "' was expected");
    }
    position++;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipWhitespace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '\n' || c == '\r' && (position + 1 == text.length() || text.charAt(position + 1) != '\n')) {
        line++; // LF, CRLF (counted at its LF) and a lone CR each end a line
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private String describeNext() {
    return position >= text.length() ? "end of the document" : "character '" + text.charAt(position) + "'";
  }

  private InvalidCalendarDataException error(String path, String problem) {
    return new InvalidCalendarDataException(line, path, problem);
  }
}

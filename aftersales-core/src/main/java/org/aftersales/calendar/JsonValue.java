package org.aftersales.calendar;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value of a JSON document with where it was written, so that every complaint about calendar
 * data names its line and JSON path. {@code value} is a {@code Map<String, JsonValue>} (keys in
 * document order), a {@code List<JsonValue>}, a {@code String}, a {@code BigDecimal}, a {@code
 * Boolean} or null.
 */
record JsonValue(Object value, int line, String path) {

  InvalidCalendarDataException error(String problem) {
    return new InvalidCalendarDataException(line, path, problem);
  }

  DataOrigin origin() {
    return new DataOrigin(line, path);
  }

  @SuppressWarnings("unchecked")
  Map<String, JsonValue> object() {
    return (Map<String, JsonValue>) as(Map.class, "an object");
  }

  @SuppressWarnings("unchecked")
  List<JsonValue> array() {
    return (List<JsonValue>) as(List.class, "an array");
  }

  String string() {
    return (String) as(String.class, "a string");
  }

  int integer() {
    BigDecimal number = (BigDecimal) as(BigDecimal.class, "a number");
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw error("must be a whole number that fits an int, but was " + number);
    }
  }

  /** The member {@code key} of this object. */
  JsonValue member(String key) {
    JsonValue member = object().get(key);
    if (member == null) {
      throw error("missing required member \"" + key + "\"");
    }
    return member;
  }

  /** The member {@code key} of this object, or null if it is absent. */
  JsonValue optionalMember(String key) {
    return object().get(key);
  }

  /** Refuses members other than {@code allowed}: a misspelt key must not be silently ignored. */
  void allowOnly(Set<String> allowed) {
    for (Map.Entry<String, JsonValue> member : object().entrySet()) {
      if (!allowed.contains(member.getKey())) {
        throw member.getValue().error("unknown member \"" + member.getKey() + "\"; allowed are " + allowed);
      }
    }
  }

  private Object as(Class<?> type, String description) {
    if (!type.isInstance(value)) {
      throw error("must be " + description + ", but was " + describe());
    }
    return value;
  }

  private String describe() {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    return value instanceof String ? "the string \"" + value + "\"" : value.toString();
  }
}

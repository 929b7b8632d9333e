package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aftersales.casefile.EnumValues;

/**
 * Reads the fields of one JSON object strictly, knowing its path: every value is checked for type
 * and range, and {@link #build} refuses fields nobody read. Each failure is an {@link
 * InvalidPolicyJsonException} naming the path and what was expected.
 */
final class FieldReader {

  private static final int SHOWN = 60;

  private final JsonNode node;
  private final String path;
  private final Set<String> read = new LinkedHashSet<>();

  private FieldReader(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new InvalidPolicyJsonException(path, "an object", describe(node), null);
    }
    this.node = node;
    this.path = path;
  }

  /** Returns a reader of the document's root object. */
  static FieldReader root(JsonNode node) {
    return new FieldReader(node, "$");
  }

  /** Returns the path of this object. */
  String path() {
    return path;
  }

  /** Returns the path of one of its fields. */
  String path(String field) {
    return path + "." + field;
  }

  /** Returns whether the field is present (and marks it read). */
  boolean has(String field) {
    read.add(field);
    return node.has(field);
  }

  /** Reads a required string that is not blank. */
  String text(String field) {
    JsonNode value = required(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw fail(field, "a non-blank string", value);
    }
    return value.asText();
  }

  /** Reads a required field that must be the literal {@code true}, a flag that only says yes. */
  void trueFlag(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean() || !value.asBoolean()) {
      throw fail(field, "true", value);
    }
  }

  /** Reads a required boolean, {@code true} or {@code false}. */
  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw fail(field, "true or false", value);
    }
    return value.asBoolean();
  }

  /** Reads a required enum constant by its exact name, refusing those not {@code allowed} as if unknown. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type, Set<E> allowed) {
    JsonNode value = required(field);
    E constant = enumAt(value, path(field), type);
    if (!allowed.contains(constant)) {
      throw fail(field, "one of " + names(allowed), value);
    }
    return constant;
  }

  /** Reads a required integer within bounds. */
  int integer(String field, int min, int max) {
    return integerOf(required(field), path(field), min, max);
  }

  /** Reads a required number, with or without decimals, within bounds. */
  double decimal(String field, double min, double max) {
    JsonNode value = required(field);
    if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < min || value.asDouble() > max) {
      throw fail(field, "a number from " + min + " to " + max, value);
    }
    return value.asDouble();
  }

  /** Reads an optional integer within bounds, or the default. */
  int integer(String field, int min, int max, int absent) {
    return has(field) ? integer(field, min, max) : absent;
  }

  /** Reads a required enum constant by its exact name. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return enumAt(required(field), path(field), type);
  }

  /** Reads an optional enum constant, or the default. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type, E absent) {
    return has(field) ? enumValue(field, type) : absent;
  }

  /** Reads an optional enum constant. */
  <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
    return has(field) ? Optional.of(enumValue(field, type)) : Optional.empty();
  }

  /** Reads a required non-empty array of distinct enum names. */
  <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
    return enumSetAt(required(field), path(field), type);
  }

  /** Reads an optional non-empty array of distinct enum names; an absent field is the empty set. */
  <E extends Enum<E>> Set<E> optionalEnumSet(String field, Class<E> type) {
    return has(field) ? enumSet(field, type) : EnumSet.noneOf(type);
  }

  /** Reads a required string and converts it, a conversion's IllegalArgumentException naming what was expected. */
  <T> T converted(String field, String expected, Function<String, T> conversion) {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw fail(field, expected, value);
    }
    try {
      return conversion.apply(value.asText());
    } catch (RuntimeException e) {
      throw new InvalidPolicyJsonException(path(field), expected, describe(value), e);
    }
  }

  /** Reads a required nested object. */
  FieldReader object(String field) {
    return new FieldReader(required(field), path(field));
  }

  /** Reads an optional nested object. */
  Optional<FieldReader> optionalObject(String field) {
    return has(field) ? Optional.of(object(field)) : Optional.empty();
  }

  /** Reads a required array of objects, possibly empty. */
  List<FieldReader> objects(String field) {
    List<FieldReader> readers = new ArrayList<>();
    List<JsonNode> elements = array(field);
    for (int i = 0; i < elements.size(); i++) {
      readers.add(new FieldReader(elements.get(i), path(field) + "[" + i + "]"));
    }
    return readers;
  }

  /** Reads a required array, possibly empty. */
  List<JsonNode> array(String field) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw fail(field, "an array", value);
    }
    List<JsonNode> elements = new ArrayList<>();
    value.elements().forEachRemaining(elements::add);
    return elements;
  }

  /**
   * Builds the value this object describes, after refusing any field that was not read; a
   * constructor's IllegalArgumentException becomes a contradiction at this object's path.
   */
  <T> T build(Supplier<T> constructor) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!read.contains(name)) {
        throw new InvalidPolicyJsonException(path(name), "one of the fields " + read, "an unknown field", null);
      }
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new InvalidPolicyJsonException(path, "a consistent " + ("$".equals(path) ? "policy" : "value"),
          e.getMessage(), e);
    }
  }

  /** Reads an integer node within bounds. */
  static int integerOf(JsonNode value, String at, int min, int max) {
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
      throw new InvalidPolicyJsonException(at, "an integer from " + min + " to " + max, describe(value), null);
    }
    return value.asInt();
  }

  /** Reads an enum name node. */
  static <E extends Enum<E>> E enumAt(JsonNode value, String at, Class<E> type) {
    String expected = "one of " + Arrays.toString(type.getEnumConstants());
    if (!value.isTextual()) {
      throw new InvalidPolicyJsonException(at, expected, describe(value), null);
    }
    try {
      return EnumValues.parse(type, value.asText(), at);
    } catch (IllegalArgumentException e) {
      throw new InvalidPolicyJsonException(at, expected, describe(value), null);
    }
  }

  /** Reads a non-empty array node of distinct enum names. */
  static <E extends Enum<E>> Set<E> enumSetAt(JsonNode value, String at, Class<E> type) {
    if (!value.isArray() || value.isEmpty()) {
      throw new InvalidPolicyJsonException(at, "a non-empty array of " + Arrays.toString(type.getEnumConstants()),
          describe(value), null);
    }
    Set<E> set = EnumSet.noneOf(type);
    for (int i = 0; i < value.size(); i++) {
      if (!set.add(enumAt(value.get(i), at + "[" + i + "]", type))) {
        throw new InvalidPolicyJsonException(at + "[" + i + "]", "each name at most once", describe(value.get(i)), null);
      }
    }
    return set;
  }

  /** Names enum constants in declaration order, for writing. */
  static <E extends Enum<E>> List<String> names(Collection<E> values) {
    return values.stream().sorted().map(Enum::name).toList();
  }

  private JsonNode required(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new InvalidPolicyJsonException(path(field), "a value for the required field '" + field + "'",
          value == null ? "nothing" : "null", null);
    }
    return value;
  }

  private InvalidPolicyJsonException fail(String field, String expected, JsonNode value) {
    return new InvalidPolicyJsonException(path(field), expected, describe(value), null);
  }

  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    String text = value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
  }
}

package org.aftersales.casefile;

import java.util.Arrays;
import java.util.Objects;

/** Parses enum names from outside input (JSON, SQL, HTTP) with a message that names the field. */
public final class EnumValues {

  private EnumValues() {}

  /**
   * Returns the constant of {@code type} named exactly {@code name}.
   *
   * @param type the enum class
   * @param name the constant's name, case-sensitive
   * @param field the field the name came from, used in the message
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if no constant has that name; the message lists the allowed names
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(name, field);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        field + " was '" + name + "', expected one of " + Arrays.toString(type.getEnumConstants()));
  }
}

package org.aftersales.policy.refund;

import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.money.Money;

/** Field validation shared by the refund records; every failure names the field. */
final class Check {

  private Check() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidRefundInputException(field, "must not be null");
    }
    return value;
  }

  static String id(String value, String field) {
    present(value, field);
    if (value.isBlank() || value.length() > 128 || !value.strip().equals(value)) {
      throw new InvalidRefundInputException(field, "must be 1 to 128 characters without surrounding spaces, but was '" + value + "'");
    }
    return value;
  }

  static String text(String value, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw new InvalidRefundInputException(field, "must not be blank");
    }
    return value;
  }

  static Money money(Money value, Currency currency, String field) {
    present(value, field);
    if (!value.currency().equals(currency)) {
      throw new InvalidRefundInputException(field, "is in " + value.currency() + " but the order is in " + currency);
    }
    return value;
  }

  static int positive(int value, String field) {
    if (value < 1) {
      throw new InvalidRefundInputException(field, "must be at least 1, but was " + value);
    }
    return value;
  }

  static int basisPoints(int value, String field) {
    if (value < 0 || value > 10_000) {
      throw new InvalidRefundInputException(field, "must be 0 to 10000 basis points, but was " + value);
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String field) {
    present(values, field);
    for (int i = 0; i < values.size(); i++) {
      present(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  static <T> Set<T> set(Set<T> values, String field) {
    present(values, field);
    for (T value : values) {
      present(value, field + "[]");
    }
    return Set.copyOf(values);
  }

  static void unique(Collection<String> ids, String field) {
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new InvalidRefundInputException(field + "[" + i + "]", "repeats the id '" + id + "'");
      }
      i++;
    }
  }
}

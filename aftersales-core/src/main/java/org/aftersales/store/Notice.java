package org.aftersales.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aftersales.casefile.TenantId;

/**
 * A message for the host that is not a case's event, such as an alert that a product's return rate
 * jumped. The core knows no JSON library, so a notice carries its figures as named strings: a flat
 * object that any adapter can store and any consumer can read back without the class that raised it.
 *
 * @param id identifies the notice across redeliveries; the raiser derives it from what triggered it,
 *     so raising the same notice twice gives the same id and consumers deduplicate by it
 * @param tenant the tenant the notice concerns
 * @param type what kind of notice it is, such as {@code ReturnRateJumped}
 * @param key groups notices that must be delivered in order, as a case id groups its events
 * @param raisedAt when it was raised (the time of the event that triggered it)
 * @param fields its figures, by name, sorted by name
 */
public record Notice(String id, TenantId tenant, String type, String key, Instant raisedAt, SortedMap<String, String> fields) {

  /**
   * Validates the notice and copies its fields.
   *
   * @throws NullPointerException if any argument, field name or field value is null
   * @throws IllegalArgumentException if id, type or key is blank
   */
  public Notice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(fields, "fields");
    if (id.isBlank() || type.isBlank() || key.isBlank()) {
      throw new IllegalArgumentException("id, type and key must not be blank, but were '" + id + "', '" + type + "', '"
          + key + "'");
    }
    fields.forEach((name, value) -> {
      Objects.requireNonNull(name, "field name");
      Objects.requireNonNull(value, () -> "value of field " + name);
    });
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /**
   * Returns a notice; see the canonical constructor for the rules.
   *
   * @throws NullPointerException if any argument, field name or field value is null
   * @throws IllegalArgumentException if id, type or key is blank
   */
  public static Notice of(String id, TenantId tenant, String type, String key, Instant raisedAt, Map<String, String> fields) {
    return new Notice(id, tenant, type, key, raisedAt, new TreeMap<>(fields));
  }
}

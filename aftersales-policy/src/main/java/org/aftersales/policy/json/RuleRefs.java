package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aftersales.policy.source.RuleRef;

/** Reads and writes the {@code "id"} and {@code "source"} fields every rule object starts with. */
final class RuleRefs {

  private RuleRefs() {}

  static RuleRef read(FieldReader rule) {
    String id = rule.text("id");
    String source = rule.text("source");
    try {
      return RuleRef.of(id, source);
    } catch (IllegalArgumentException e) {
      throw new InvalidPolicyJsonException(rule.path("id"), "an id of lower-case letters, digits, dots and hyphens",
          '"' + id + '"', e);
    }
  }

  static ObjectNode write(RuleRef ref, ObjectNode rule) {
    return rule.put("id", ref.id()).put("source", ref.source());
  }
}

package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One top-level section of the policy document, such as {@code "eligibility"}: reads its object into
 * the terms of one concern and writes them back. A new concern is a new section class and one line
 * each in {@link PolicyJson#read} and {@link PolicyJson#write}.
 *
 * @param <T> the terms the section holds
 */
interface PolicySection<T> {

  /** Returns the section's field name in the document. */
  String name();

  /**
   * Reads the terms from the section's object.
   *
   * @throws InvalidPolicyJsonException if the object is not valid terms
   */
  T read(FieldReader section);

  /** Writes the terms as the section's object. */
  ObjectNode write(T terms, JsonNodeFactory json);
}

package org.aftersales.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.testing.Documents;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Any one value of a valid document replaced by junk, or any one field removed, either still reads
 * as a policy or is refused with an {@link InvalidPolicyJsonException} whose path is that value's,
 * one of its ancestors' (a contradiction) or inside the junk: never another exception, never a path
 * elsewhere.
 */
class CorruptedDocumentPropertyTest {

  private static final String DOCUMENT = PolicyJson.write(Presets.chinaMarketplace());
  private static final List<String> POINTERS = pointers(DOCUMENT);
  private static final List<String> JUNK = List.of("null", "0", "-1", "1.5", "\"\"", "\"x\"", "\"APPROVE\"", "true",
      "[]", "[\"CHANGED_MIND\"]", "[[]]", "{}", "{\"id\": \"a\"}", "99999999999", "\"PT-6H\"", "\"CNY -1\"");

  @Test
  void aValueReplacedByJunkIsReadOrRefusedAtItsOwnPathAnAncestorsOrInsideIt() {
    qt().withExamples(2_000).forAll(Generate.pick(POINTERS), Generate.pick(JUNK)).checkAssert((pointer, junk) ->
        readsOrIsRefusedAlong(Documents.with(DOCUMENT, pointer, junk), pointer));
  }

  @Test
  void aFieldRemovedIsReadOrRefusedAtItsOwnPathOrAnAncestorsOrInsideIt() {
    List<String> fields = POINTERS.stream().filter(pointer -> !pointer.matches(".*/\\d+$")).toList();
    qt().withExamples(500).forAll(Generate.pick(fields)).checkAssert(pointer ->
        readsOrIsRefusedAlong(Documents.without(DOCUMENT, pointer), pointer));
  }

  private static void readsOrIsRefusedAlong(String json, String pointer) {
    String path = "$" + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    try {
      PolicyJson.read(json);
    } catch (InvalidPolicyJsonException e) {
      assertThat(path).as("refused at %s for a change at %s: %s", e.path(), path, e.getMessage())
          .satisfiesAnyOf(p -> assertThat(p).isEqualTo(e.path()), p -> assertThat(p).startsWith(e.path() + "."),
              p -> assertThat(p).startsWith(e.path() + "["), p -> assertThat(e.path()).startsWith(p + "."),
              p -> assertThat(e.path()).startsWith(p + "["));
    }
  }

  private static List<String> pointers(String json) {
    try {
      List<String> pointers = new ArrayList<>();
      collect(new ObjectMapper().readTree(json), "", pointers);
      return List.copyOf(pointers);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode node, String at, List<String> pointers) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        pointers.add(at + "/" + field.getKey());
        collect(field.getValue(), at + "/" + field.getKey(), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.add(at + "/" + i);
        collect(node.get(i), at + "/" + i, pointers);
      }
    }
  }
}

package org.aftersales.policy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.refund.RefundTerms;
import org.aftersales.policy.risk.RiskTerms;
import org.aftersales.policy.score.ScoringTerms;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.Cited;

/**
 * Reads and writes the versioned JSON policy format.
 *
 * <p>A document is an object with {@code "formatVersion"} ({@value #FORMAT_VERSION}), {@code
 * "name"}, and one object per concern, each read by its own {@link PolicySection}: {@code
 * "eligibility"}, {@code "evidence"}, {@code "sla"}, {@code "channels"}, {@code "shipping"}, {@code
 * "refund"}; every section is required but the optional {@code "risk"}, which a shop without
 * buyer-risk rules leaves out, and the optional {@code "scoring"}. Reading is strict: a
 * malformed document, duplicate keys, another format version, an unknown field, a value of the wrong
 * type or out of range, an unknown enum name and rules that contradict each other are all an {@link
 * InvalidPolicyJsonException} naming the JSON path and what was expected. Reading either returns a
 * whole policy or throws; nothing is built in part. {@code read(write(p))} equals {@code p}.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class PolicyJson {

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private PolicyJson() {}

  /**
   * Reads a policy document.
   *
   * @param json the document
   * @return the policy it states
   * @throws NullPointerException if json is null
   * @throws InvalidPolicyJsonException if the document is malformed or does not state a valid policy;
   *     its path names the offending value
   */
  public static AfterSalesPolicy read(String json) {
    Objects.requireNonNull(json, "json");
    FieldReader root = FieldReader.root(parse(json));
    int version = root.integer("formatVersion", 0, Integer.MAX_VALUE);
    if (version != FORMAT_VERSION) {
      throw new InvalidPolicyJsonException(root.path("formatVersion"), "format version " + FORMAT_VERSION,
          Integer.toString(version), null);
    }
    String name = root.text("name");
    EligibilityTerms eligibility = section(root, EligibilitySection.INSTANCE);
    EvidenceTerms evidence = section(root, EvidenceSection.INSTANCE);
    SlaTerms sla = section(root, SlaSection.INSTANCE);
    ChannelTerms channels = section(root, ChannelsSection.INSTANCE);
    Cited<LiabilityTerms> shipping = section(root, ShippingSection.INSTANCE);
    Cited<RefundTerms> refund = section(root, RefundSection.INSTANCE);
    Optional<RiskTerms> risk = root.optionalObject(RiskSection.INSTANCE.name()).map(RiskSection.INSTANCE::read);
    Optional<ScoringTerms> scoring = root.optionalObject(ScoringSection.INSTANCE.name()).map(ScoringSection.INSTANCE::read);
    return root.build(() -> new AfterSalesPolicy(name, eligibility, evidence, sla, channels, shipping, refund, risk, scoring));
  }

  /**
   * Writes a policy as a document of the current format version, indented, enum sets in
   * declaration order.
   *
   * @throws NullPointerException if policy is null
   */
  public static String write(AfterSalesPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    JsonNodeFactory json = MAPPER.getNodeFactory();
    ObjectNode root = json.objectNode().put("formatVersion", FORMAT_VERSION).put("name", policy.name());
    root.set(EligibilitySection.INSTANCE.name(), EligibilitySection.INSTANCE.write(policy.eligibility(), json));
    root.set(EvidenceSection.INSTANCE.name(), EvidenceSection.INSTANCE.write(policy.evidence(), json));
    root.set(SlaSection.INSTANCE.name(), SlaSection.INSTANCE.write(policy.sla(), json));
    root.set(ChannelsSection.INSTANCE.name(), ChannelsSection.INSTANCE.write(policy.channels(), json));
    root.set(ShippingSection.INSTANCE.name(), ShippingSection.INSTANCE.write(policy.shipping(), json));
    root.set(RefundSection.INSTANCE.name(), RefundSection.INSTANCE.write(policy.refund(), json));
    policy.risk().ifPresent(risk -> root.set(RiskSection.INSTANCE.name(), RiskSection.INSTANCE.write(risk, json)));
    policy.scoring().ifPresent(terms -> root.set(ScoringSection.INSTANCE.name(), ScoringSection.INSTANCE.write(terms, json)));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  private static <T> T section(FieldReader root, PolicySection<T> section) {
    return section.read(root.object(section.name()));
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidPolicyJsonException("$", "a JSON object", "an empty document", null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidPolicyJsonException("$", "well-formed JSON", e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr()), e);
    }
  }
}

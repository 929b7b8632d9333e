package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.risk.InstantRefundRule;
import org.aftersales.policy.risk.RiskMeasure;
import org.aftersales.policy.risk.RiskRule;
import org.aftersales.policy.risk.RiskTerms;
import org.aftersales.policy.source.RuleRef;

/**
 * The optional {@code "risk"} section: the rolling {@code "window"} (an ISO-8601 duration such as
 * {@code "P90D"}), an optional {@code "trustedAfterCompletedOrders"}, the {@code "flags"} rules (each
 * {@code "id"}, {@code "source"}, {@code "measure"}, {@code "atLeast"}, {@code "flagFor"}, and for
 * {@code RETURN_RATIO} a {@code "minSample"}) and an optional {@code "instantRefund"} rule ({@code
 * "reasons"}, {@code "upTo"} as {@code "CNY 200.00"}, {@code "minCompletedOrders"}).
 */
final class RiskSection implements PolicySection<RiskTerms> {

  static final RiskSection INSTANCE = new RiskSection();

  private static final String DURATION = "an ISO-8601 duration such as \"P30D\"";

  private RiskSection() {}

  @Override
  public String name() {
    return "risk";
  }

  @Override
  public RiskTerms read(FieldReader section) {
    Duration window = section.converted("window", DURATION, Duration::parse);
    OptionalInt trusted = section.has("trustedAfterCompletedOrders")
        ? OptionalInt.of(section.integer("trustedAfterCompletedOrders", 1, Integer.MAX_VALUE))
        : OptionalInt.empty();
    List<RiskRule> rules = section.objects("flags").stream().map(RiskSection::rule).toList();
    Optional<InstantRefundRule> instant = section.optionalObject("instantRefund").map(RiskSection::instantRefund);
    return section.build(() -> new RiskTerms(window, rules, trusted, instant));
  }

  private static RiskRule rule(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    RiskMeasure measure = rule.enumValue("measure", RiskMeasure.class);
    int atLeast = rule.integer("atLeast", 1, Integer.MAX_VALUE);
    int minSample = rule.integer("minSample", 0, Integer.MAX_VALUE, 0);
    Duration flagFor = rule.converted("flagFor", DURATION, Duration::parse);
    return rule.build(() -> new RiskRule(ref, measure, atLeast, minSample, flagFor));
  }

  private static InstantRefundRule instantRefund(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    var reasons = rule.enumSet("reasons", Reason.class);
    Money upTo = rule.converted("upTo", "money such as \"CNY 200.00\"", Money::parse);
    int minCompletedOrders = rule.integer("minCompletedOrders", 0, Integer.MAX_VALUE);
    return rule.build(() -> new InstantRefundRule(ref, reasons, upTo, minCompletedOrders));
  }

  @Override
  public ObjectNode write(RiskTerms terms, JsonNodeFactory json) {
    ObjectNode section = json.objectNode().put("window", terms.window().toString());
    terms.trustedAfterCompletedOrders().ifPresent(n -> section.put("trustedAfterCompletedOrders", n));
    ArrayNode flags = section.putArray("flags");
    for (RiskRule rule : terms.rules()) {
      ObjectNode node = RuleRefs.write(rule.ref(), flags.addObject())
          .put("measure", rule.measure().name()).put("atLeast", rule.atLeast());
      if (!rule.measure().isCount()) {
        node.put("minSample", rule.minSample());
      }
      node.put("flagFor", rule.flagFor().toString());
    }
    terms.instantRefund().ifPresent(rule -> {
      ObjectNode node = RuleRefs.write(rule.ref(), section.putObject("instantRefund"));
      EligibilitySection.names(node, "reasons", rule.reasons());
      node.put("upTo", rule.upTo().toString()).put("minCompletedOrders", rule.minCompletedOrders());
    });
    return section;
  }
}

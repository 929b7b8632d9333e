package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.channel.AutoRefundRule;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "channels"} section: the rule's {@code "id"} and {@code "source"}, the {@code
 * "accepted"} channels, and an optional {@code "autoRefund"} rule with {@code "reasons"} and {@code
 * "upTo"} (money as {@code "CNY 50.00"}).
 */
final class ChannelsSection implements PolicySection<ChannelTerms> {

  static final ChannelsSection INSTANCE = new ChannelsSection();

  private ChannelsSection() {}

  @Override
  public String name() {
    return "channels";
  }

  @Override
  public ChannelTerms read(FieldReader section) {
    RuleRef ref = RuleRefs.read(section);
    var accepted = section.enumSet("accepted", Channel.class);
    Optional<AutoRefundRule> autoRefund = section.optionalObject("autoRefund").map(ChannelsSection::autoRefund);
    return section.build(() -> new ChannelTerms(ref, accepted, autoRefund));
  }

  private static AutoRefundRule autoRefund(FieldReader rule) {
    RuleRef ref = RuleRefs.read(rule);
    var reasons = rule.enumSet("reasons", Reason.class);
    Money upTo = rule.converted("upTo", "money such as \"CNY 50.00\"", Money::parse);
    return rule.build(() -> new AutoRefundRule(ref, reasons, upTo));
  }

  @Override
  public ObjectNode write(ChannelTerms terms, JsonNodeFactory json) {
    ObjectNode section = RuleRefs.write(terms.ref(), json.objectNode());
    EligibilitySection.names(section, "accepted", terms.accepted());
    terms.autoRefund().ifPresent(rule -> {
      ObjectNode node = RuleRefs.write(rule.ref(), section.putObject("autoRefund"));
      EligibilitySection.names(node, "reasons", rule.reasons());
      node.put("upTo", rule.upTo().toString());
    });
    return section;
  }
}

package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ReturnCover;
import org.aftersales.policy.source.Cited;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "shipping"} section: the rule's {@code "id"} and {@code "source"}, then who pays the
 * legs of a case nobody is at fault for: {@code "changeOfMindReturn"} (a {@link ReturnCover}), {@code
 * "changeOfMindOriginalDelivery"} and {@code "changeOfMindReplacementOut"} ({@code "BUYER"} or {@code
 * "MERCHANT"}: the platform pays only for its own fault). Every field is required.
 */
final class ShippingSection implements PolicySection<Cited<LiabilityTerms>> {

  static final ShippingSection INSTANCE = new ShippingSection();

  /** The payers a shop's terms may name; PLATFORM is refused where it is read, not later. */
  private static final Set<Payer> SHOP_PARTIES = EnumSet.of(Payer.BUYER, Payer.MERCHANT);

  private ShippingSection() {}

  @Override
  public String name() {
    return "shipping";
  }

  @Override
  public Cited<LiabilityTerms> read(FieldReader section) {
    RuleRef ref = RuleRefs.read(section);
    ReturnCover cover = section.enumValue("changeOfMindReturn", ReturnCover.class);
    Payer originalDelivery = section.enumValue("changeOfMindOriginalDelivery", Payer.class, SHOP_PARTIES);
    Payer replacementOut = section.enumValue("changeOfMindReplacementOut", Payer.class, SHOP_PARTIES);
    return section.build(() -> Cited.of(ref, new LiabilityTerms(cover, originalDelivery, replacementOut)));
  }

  @Override
  public ObjectNode write(Cited<LiabilityTerms> cited, JsonNodeFactory json) {
    LiabilityTerms terms = cited.terms();
    return RuleRefs.write(cited.ref(), json.objectNode())
        .put("changeOfMindReturn", terms.changeOfMindReturn().name())
        .put("changeOfMindOriginalDelivery", terms.changeOfMindOriginalDelivery().name())
        .put("changeOfMindReplacementOut", terms.changeOfMindReplacementOut().name());
  }
}

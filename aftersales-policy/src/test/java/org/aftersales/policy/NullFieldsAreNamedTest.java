package org.aftersales.policy;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.channel.AutoRefundRule;
import org.aftersales.policy.channel.ChannelTerms;
import org.aftersales.policy.eligibility.EligibilityTerms;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceRule;
import org.aftersales.policy.evidence.EvidenceSituation;
import org.aftersales.policy.evidence.EvidenceTerms;
import org.aftersales.policy.evidence.MissingEvidence;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/** A null collection in a rule is refused naming the field and the rule, not with a bare NullPointerException. */
class NullFieldsAreNamedTest {

  private static final RuleRef REF = RuleRef.of("r", "test");
  private static final List<Set<EvidenceKind>> PHOTO = List.of(Set.of(EvidenceKind.PHOTO));

  @Test
  void evidenceRuleNamesEachNullFilterAndTheRule() {
    assertThatNullPointerException().isThrownBy(() -> new EvidenceRule(REF, EvidenceOccasion.BUYER_REQUEST, null,
        Set.of(), Set.of(), Set.of(), PHOTO)).withMessage("reasons of evidence rule r");
    assertThatNullPointerException().isThrownBy(() -> new EvidenceRule(REF, EvidenceOccasion.BUYER_REQUEST, Set.of(),
        null, Set.of(), Set.of(), PHOTO)).withMessage("types of evidence rule r");
    assertThatNullPointerException().isThrownBy(() -> new EvidenceRule(REF, EvidenceOccasion.BUYER_REQUEST, Set.of(),
        Set.of(), null, Set.of(), PHOTO)).withMessage("categories of evidence rule r");
    assertThatNullPointerException().isThrownBy(() -> new EvidenceRule(REF, EvidenceOccasion.BUYER_REQUEST, Set.of(),
        Set.of(), Set.of(), null, PHOTO)).withMessage("standings of evidence rule r");
    assertThatNullPointerException().isThrownBy(() -> EvidenceRule.of(REF, EvidenceOccasion.BUYER_REQUEST, null))
        .withMessage("required of evidence rule r");
    assertThatNullPointerException().isThrownBy(() -> EvidenceRule.of(REF, EvidenceOccasion.BUYER_REQUEST,
        java.util.Arrays.asList(Set.of(EvidenceKind.PHOTO), null))).withMessage("an entry of required of evidence rule r");
  }

  @Test
  void evidenceTermsNameTheirRulesAndTheSuppliedKinds() {
    assertThatNullPointerException().isThrownBy(() -> new EvidenceTerms(null)).withMessage("rules");
    EvidenceSituation situation = new EvidenceSituation(EvidenceOccasion.BUYER_REQUEST, Reason.QUALITY_DEFECT,
        CaseType.REPAIR, GoodsCategory.GENERAL, BuyerStanding.STANDARD);
    assertThatNullPointerException().isThrownBy(() -> EvidenceTerms.none().missing(situation, null))
        .withMessage("supplied");
    assertThatNullPointerException().isThrownBy(() -> new MissingEvidence(REF, null)).withMessage("anyOf");
  }

  @Test
  void channelEligibilityAndSlaTermsNameTheirCollections() {
    assertThatNullPointerException().isThrownBy(() -> ChannelTerms.of(REF, null))
        .withMessage("accepted channels of r");
    assertThatNullPointerException().isThrownBy(() -> new AutoRefundRule(REF, null, Money.parse("CNY 5.00")))
        .withMessage("reasons of auto-refund rule r");
    assertThatNullPointerException().isThrownBy(() -> EligibilityTerms.of(null, List.of())).withMessage("windows");
    assertThatNullPointerException().isThrownBy(() -> EligibilityTerms.of(List.of(), null)).withMessage("exclusions");
    assertThatNullPointerException().isThrownBy(() -> SlaTerms.of(null)).withMessage("steps");
  }
}

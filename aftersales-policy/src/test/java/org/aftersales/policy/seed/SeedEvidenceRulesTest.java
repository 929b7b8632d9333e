package org.aftersales.policy.seed;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.eligibility.BuyerStanding;
import org.aftersales.policy.eligibility.EligibilityDecision.Allowed;
import org.aftersales.policy.eligibility.EligibilityDecision.Refused;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.eligibility.RefusalCode;
import org.aftersales.policy.evidence.EvidenceOccasion;
import org.aftersales.policy.evidence.EvidenceSituation;
import org.aftersales.policy.evidence.MissingEvidence;
import org.aftersales.policy.testing.SeedDocument;
import org.junit.jupiter.api.Test;

/** The "Evidence" lines of seed-rules.md, each stated as a shop's JSON and shown deciding. */
class SeedEvidenceRulesTest {

  private static final String QUALITY_WINDOW = """
      {"windows": [{"id": "shop.quality-7d", "source": "seed: quality problems within 7 days of receipt",
                    "types": ["RETURN_AND_REFUND", "EXCHANGE"], "reasons": ["QUALITY_DEFECT"],
                    "window": {"type": "PERIOD", "anchor": "SIGNED", "length": 7, "unit": "CALENDAR_DAYS"}}],
       "exclusions": []}
      """;

  private final AfterSalesPolicy buyerEvidence = SeedDocument.shop().eligibility(QUALITY_WINDOW).evidence("""
      {"rules": [
        {"id": "buyer.proof-of-purchase", "source": "seed: proof of purchase (order, payment record, invoice)",
         "occasion": "BUYER_REQUEST", "required": [["PROOF_OF_PURCHASE", "INVOICE"]]},
        {"id": "buyer.fault-shown", "source": "seed: photos or short video showing the problem, whole item in view",
         "occasion": "BUYER_REQUEST", "reasons": ["QUALITY_DEFECT", "NOT_AS_DESCRIBED", "DAMAGED_IN_TRANSIT"],
         "required": [["PHOTO", "VIDEO"]]},
        {"id": "buyer.chat-records", "source": "seed: chat or mail records with the merchant",
         "occasion": "ESCALATION", "required": [["CHAT_LOG"]]},
        {"id": "buyer.appraisal", "source": "seed: third-party appraisal for valuable or technical goods",
         "occasion": "ESCALATION", "categories": ["ELECTRONICS", "LARGE_APPLIANCE"],
         "required": [["THIRD_PARTY_APPRAISAL"]]}]}
      """).read();

  private static EligibilityRequest cameraClaim(Set<EvidenceKind> evidence) {
    GoodsFacts camera = GoodsFacts.purchased(GoodsCategory.ELECTRONICS, shanghai("2026-03-01T10:00"))
        .deliveredAndSignedAt(shanghai("2026-03-02T10:00"));
    return EligibilityRequest.of(camera, Reason.QUALITY_DEFECT, CaseType.EXCHANGE, shanghai("2026-03-04T10:00"))
        .withEvidence(evidence);
  }

  @Test
  void seedBuyerBringsProofOfPurchaseAndPhotosOrVideoOfTheProblem() {
    assertThat(buyerEvidence.decide(cameraClaim(EnumSet.of(EvidenceKind.PHOTO)), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Refused.class, refused -> {
          assertThat(refused.code()).isEqualTo(RefusalCode.EVIDENCE_MISSING);
          assertThat(refused.rule().orElseThrow().id()).isEqualTo("buyer.proof-of-purchase");
          assertThat(refused.message()).contains("PROOF_OF_PURCHASE or INVOICE");
        });
    assertThat(buyerEvidence.decide(cameraClaim(EnumSet.noneOf(EvidenceKind.class)), SHANGHAI_WEEKDAYS))
        .isInstanceOfSatisfying(Refused.class,
            refused -> assertThat(refused.message()).contains("PHOTO or VIDEO (rule buyer.fault-shown)"));
    assertThat(buyerEvidence.decide(cameraClaim(EnumSet.of(EvidenceKind.INVOICE, EvidenceKind.VIDEO)), SHANGHAI_WEEKDAYS))
        .isInstanceOf(Allowed.class);
  }

  @Test
  void seedBuyerEscalatesWithChatRecordsAndATechnicalItemWithAThirdPartyAppraisal() {
    EvidenceSituation cameraEscalation = new EvidenceSituation(EvidenceOccasion.ESCALATION, Reason.QUALITY_DEFECT,
        CaseType.EXCHANGE, GoodsCategory.ELECTRONICS, BuyerStanding.STANDARD);
    EvidenceSituation shirtEscalation = new EvidenceSituation(EvidenceOccasion.ESCALATION, Reason.QUALITY_DEFECT,
        CaseType.EXCHANGE, GoodsCategory.GENERAL, BuyerStanding.STANDARD);

    assertThat(buyerEvidence.evidence().missing(cameraEscalation, EnumSet.of(EvidenceKind.CHAT_LOG)))
        .extracting(missing -> missing.rule().id()).containsExactly("buyer.appraisal");
    assertThat(buyerEvidence.evidence().missing(shirtEscalation, EnumSet.of(EvidenceKind.CHAT_LOG))).isEmpty();
    assertThat(buyerEvidence.evidence().missing(shirtEscalation, EnumSet.noneOf(EvidenceKind.class)))
        .extracting(missing -> missing.rule().id()).containsExactly("buyer.chat-records");
  }

  @Test
  void seedMerchantKeepsProcessingRecordsExplainsRefusalsInWritingAndProvesShipping() {
    AfterSalesPolicy policy = SeedDocument.shop().evidence("""
        {"rules": [
          {"id": "merchant.processing-records", "source": "seed: replaced parts list, test report, inspection record",
           "occasion": "MERCHANT_COMPLETES_REPAIR", "required": [["REPAIR_REPORT", "TEST_REPORT", "INSPECTION_REPORT"]]},
          {"id": "merchant.rejection-in-writing", "source": "seed: written explanation of a refusal",
           "occasion": "MERCHANT_REJECTION", "required": [["WRITTEN_STATEMENT"]]},
          {"id": "merchant.refused-goods-in-writing", "source": "seed: written explanation of a refusal",
           "occasion": "MERCHANT_REFUSES_GOODS", "required": [["WRITTEN_STATEMENT"], ["INSPECTION_REPORT"]]},
          {"id": "merchant.shipping-proof", "source": "seed: shipping proof, tracking numbers and delivery signatures",
           "occasion": "MERCHANT_SHIPS", "required": [["TRACKING_PROOF"]]}]}
        """).read();

    assertThat(missing(policy, EvidenceOccasion.MERCHANT_COMPLETES_REPAIR, EnumSet.of(EvidenceKind.PHOTO)))
        .extracting(m -> m.rule().id()).containsExactly("merchant.processing-records");
    assertThat(missing(policy, EvidenceOccasion.MERCHANT_COMPLETES_REPAIR, EnumSet.of(EvidenceKind.REPAIR_REPORT)))
        .isEmpty();
    assertThat(missing(policy, EvidenceOccasion.MERCHANT_REJECTION, EnumSet.noneOf(EvidenceKind.class)))
        .extracting(m -> m.rule().id()).containsExactly("merchant.rejection-in-writing");
    assertThat(missing(policy, EvidenceOccasion.MERCHANT_REFUSES_GOODS, EnumSet.of(EvidenceKind.WRITTEN_STATEMENT)))
        .singleElement().satisfies(m -> assertThat(m.anyOf()).containsExactly(EvidenceKind.INSPECTION_REPORT));
    assertThat(missing(policy, EvidenceOccasion.MERCHANT_SHIPS, EnumSet.of(EvidenceKind.TRACKING_PROOF))).isEmpty();
    assertThat(missing(policy, EvidenceOccasion.MERCHANT_SHIPS, EnumSet.of(EvidenceKind.PHOTO))).hasSize(1);
  }

  private static java.util.List<MissingEvidence> missing(AfterSalesPolicy policy, EvidenceOccasion occasion,
      Set<EvidenceKind> supplied) {
    return policy.evidence().missing(new EvidenceSituation(occasion, Reason.QUALITY_DEFECT, CaseType.REPAIR,
        GoodsCategory.GENERAL, BuyerStanding.STANDARD), supplied);
  }
}

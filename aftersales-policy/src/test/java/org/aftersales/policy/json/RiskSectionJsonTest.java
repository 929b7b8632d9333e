package org.aftersales.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.risk.RiskMeasure;
import org.aftersales.policy.testing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional {@code "risk"} section: read, written back equal, and refused strictly at its path. */
class RiskSectionJsonTest {

  private static final String RISK = """
      {"window": "P30D", "trustedAfterCompletedOrders": 10,
       "flags": [{"id": "shop.risk.no-reason", "source": "seed: abusive returners are flagged",
                  "measure": "NO_REASON_RETURNS", "atLeast": 3, "flagFor": "P14D"},
                 {"id": "shop.risk.ratio", "source": "seed: abusive returners are flagged",
                  "measure": "RETURN_RATIO", "atLeast": 5000, "minSample": 2, "flagFor": "P7D"}],
       "instantRefund": {"id": "shop.instant-refund", "source": "seed: small no-reason returns refunded automatically",
                         "reasons": ["CHANGED_MIND"], "upTo": "CNY 200.00", "minCompletedOrders": 3}}
      """;

  private static String document() {
    return Documents.with(Documents.SMALL, "/risk", RISK);
  }

  @Test
  void aDocumentWithoutTheRiskSection_readsAsBefore_withNoRiskTerms() {
    assertThat(PolicyJson.read(Documents.SMALL).risk()).isEmpty();
    assertThat(PolicyJson.write(PolicyJson.read(Documents.SMALL))).doesNotContain("\"risk\"");
  }

  @Test
  void theRiskSectionReadsIntoTerms_andWritesBackEqual() {
    AfterSalesPolicy policy = PolicyJson.read(document());
    var risk = policy.risk().orElseThrow();
    assertThat(risk.window()).isEqualTo(Duration.ofDays(30));
    assertThat(risk.trustedAfterCompletedOrders()).hasValue(10);
    assertThat(risk.rules()).extracting(r -> r.measure())
        .containsExactly(RiskMeasure.NO_REASON_RETURNS, RiskMeasure.RETURN_RATIO);
    assertThat(risk.rules().get(1).minSample()).isEqualTo(2);
    assertThat(risk.instantRefund().orElseThrow().covers(Reason.CHANGED_MIND, Money.parse("CNY 200.00"))).isTrue();
    assertThat(policy.rules()).extracting(r -> r.id()).contains("shop.risk.no-reason", "shop.instant-refund");
    assertThat(PolicyJson.read(PolicyJson.write(policy))).isEqualTo(policy);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/risk/window|\"thirty days\"|$.risk.window|an ISO-8601 duration such as \"P30D\"",
      "/risk/window|\"-P1D\"|$.risk|a consistent value",
      "/risk/flags/0/measure|\"LOUD_BUYERS\"|$.risk.flags[0].measure|one of [NO_REASON_RETURNS",
      "/risk/flags/0/atLeast|0|$.risk.flags[0].atLeast|an integer from 1",
      "/risk/flags/1/minSample|0|$.risk.flags[1]|a consistent value",
      "/risk/flags/0/minSample|2|$.risk.flags[0]|a consistent value",
      "/risk/flags/0/colour|\"red\"|$.risk.flags[0].colour|one of the fields",
      "/risk/instantRefund/upTo|\"200\"|$.risk.instantRefund.upTo|money such as",
      "/risk/instantRefund/minCompletedOrders|-1|$.risk.instantRefund.minCompletedOrders|an integer from 0",
      "/risk/trustedAfterCompletedOrders|0|$.risk.trustedAfterCompletedOrders|an integer from 1",
      "/risk/flags/1/id|\"shop.risk.no-reason\"|$.risk|a consistent value",
  })
  void aBadRiskValueIsRefusedAtItsPathSayingWhatWasExpected(String pointer, String value, String path, String expected) {
    assertThatThrownBy(() -> PolicyJson.read(Documents.with(document(), pointer, value)))
        .isInstanceOfSatisfying(InvalidPolicyJsonException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.expected()).startsWith(expected);
        });
  }

  @Test
  void aRiskRuleIdThatAnotherSectionUsesIsRefused() {
    String clash = Documents.with(document(), "/risk/flags/0/id", "\"" + PolicyJson.read(Documents.SMALL).rules().get(0).id()
        + "\"");
    assertThatThrownBy(() -> PolicyJson.read(clash)).isInstanceOf(InvalidPolicyJsonException.class)
        .hasMessageContaining("is used twice");
  }

  @Test
  void missingRequiredRiskFieldsAreNamed() {
    assertThatThrownBy(() -> PolicyJson.read(Documents.without(document(), "/risk/flags")))
        .isInstanceOfSatisfying(InvalidPolicyJsonException.class, e -> assertThat(e.path()).isEqualTo("$.risk.flags"));
    assertThatThrownBy(() -> PolicyJson.read(Documents.without(document(), "/risk/instantRefund/reasons")))
        .isInstanceOfSatisfying(InvalidPolicyJsonException.class,
            e -> assertThat(e.path()).isEqualTo("$.risk.instantRefund.reasons"));
  }
}

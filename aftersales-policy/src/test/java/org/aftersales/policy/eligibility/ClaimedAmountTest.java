package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.junit.jupiter.api.Test;

class ClaimedAmountTest {

  private static final EligibilityRequest RETURN = EligibilityRequest.of(
      GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T09:00")), Reason.CHANGED_MIND,
      CaseType.RETURN_AND_REFUND, shanghai("2026-03-04T09:00")).by(BuyerStanding.TRUSTED);

  @Test
  void aClaimOfZeroIsRefusedRatherThanPassingEveryAutomaticRefundLimit() {
    assertThatIllegalArgumentException().isThrownBy(() -> RETURN.claiming(Money.parse("CNY 0.00")))
        .withMessageContaining("claimedAmount must be more than zero");
  }

  @Test
  void anExchangeOrRepairClaimsNoMoney() {
    EligibilityRequest claiming = RETURN.claiming(Money.parse("CNY 20.00"));

    assertThatIllegalArgumentException().isThrownBy(() -> claiming.asking(CaseType.REPAIR))
        .withMessageContaining("claimedAmount must be empty for a REPAIR request");
    assertThatIllegalArgumentException().isThrownBy(() -> claiming.asking(CaseType.EXCHANGE))
        .withMessageContaining("EXCHANGE");
    assertThat(claiming.asking(CaseType.REFUND_ONLY).claimedAmount()).contains(Money.parse("CNY 20.00"));
  }
}

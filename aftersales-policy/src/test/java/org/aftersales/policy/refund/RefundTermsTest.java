package org.aftersales.policy.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefundTermsTest {

  @Test
  void theDefaultsAreTheChinaBaseline_merchantBearsDepreciation_noRestockingFee_originalRoute() {
    RefundTerms terms = RefundTerms.defaults();

    assertThat(terms.depreciationCapBasisPoints()).isZero();
    assertThat(terms.restockingFeeBasisPoints()).isZero();
    assertThat(terms.route()).isEqualTo(RefundRoute.ORIGINAL_PAYMENT);
    assertThat(terms.deductReturnShipping()).isTrue();
    assertThat(terms.keepPremiumDeliverySurplus()).isTrue();
    assertThat(terms.pointsInKind()).isTrue();
    assertThat(terms.couponsInKind()).isFalse();
  }

  @Test
  void basisPointsOutsideZeroToTenThousand_areRefusedNamingTheField() {
    assertThatThrownBy(() -> RefundTerms.defaults().withRestockingFeeBasisPoints(-1))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("restockingFeeBasisPoints"));
    assertThatThrownBy(() -> RefundTerms.defaults().withDepreciationCapBasisPoints(10_001))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("depreciationCapBasisPoints"))
        .hasMessage("depreciationCapBasisPoints: must be 0 to 10000 basis points, but was 10001");
  }

  @Test
  void moneyIsNeverRefundedAsPoints_andARouteIsRequired() {
    assertThatThrownBy(() -> RefundTerms.defaults().withRoute(RefundRoute.POINTS))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("route"));
    assertThatThrownBy(() -> RefundTerms.defaults().withRoute(null))
        .isInstanceOfSatisfying(InvalidRefundInputException.class, e -> assertThat(e.field()).isEqualTo("route"));
  }

  @Test
  void withersChangeOneFieldAndKeepTheRest() {
    RefundTerms terms = RefundTerms.defaults().withCouponsInKind(true).withRestockingFeeBasisPoints(500);

    assertThat(terms).isEqualTo(new RefundTerms(true, true, true, true, 500, 0, true, true, true, RefundRoute.ORIGINAL_PAYMENT));
  }
}

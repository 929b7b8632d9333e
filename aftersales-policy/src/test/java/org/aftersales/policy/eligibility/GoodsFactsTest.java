package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoodsFactsTest {

  private static final GoodsFacts BOUGHT = GoodsFacts.purchased(GoodsCategory.GENERAL, shanghai("2026-03-02T09:00"));

  @Test
  void goodsCannotBeSignedForBeforeTheyAreDelivered() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BOUGHT.deliveredAt(shanghai("2026-03-04T10:00"), shanghai("2026-03-04T09:59")))
        .withMessageContaining("signedAt").withMessageContaining("must not be before deliveredAt");
    assertThat(BOUGHT.deliveredAt(shanghai("2026-03-04T10:00"), shanghai("2026-03-05T18:00")).signedAt())
        .contains(shanghai("2026-03-05T18:00"));
  }

  @Test
  void goodsSignedForAreDelivered() {
    assertThatIllegalArgumentException().isThrownBy(() -> new GoodsFacts(GoodsCategory.GENERAL,
            EnumSet.allOf(ConditionFlag.class), shanghai("2026-03-02T09:00"), Optional.empty(),
            Optional.of(shanghai("2026-03-04T10:00")), Optional.empty(), Optional.empty(), 0, false,
            Optional.empty(), false))
        .withMessageContaining("deliveredAt must be present when signedAt");
  }

  @Test
  void goodsCannotBeInstalledBeforeTheyAreDeliveredOrWithoutADelivery() {
    GoodsFacts delivered = BOUGHT.deliveredAndSignedAt(shanghai("2026-03-04T10:00"));

    assertThatIllegalArgumentException().isThrownBy(() -> delivered.installedAt(shanghai("2026-03-04T09:59")))
        .withMessageContaining("installedAt").withMessageContaining("must not be before deliveredAt");
    assertThatIllegalArgumentException().isThrownBy(() -> BOUGHT.installedAt(shanghai("2026-03-04T10:00")))
        .withMessageContaining("(not delivered)");
    assertThat(delivered.installedAt(shanghai("2026-03-04T10:00")).installedAt())
        .contains(shanghai("2026-03-04T10:00"));
  }
}

package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which reasons put the fault on the seller. Seed rule: quality problems, wrong or damaged goods mean
 * the merchant pays the shipping both ways; a change of mind means the buyer pays the return.
 */
class ReasonFaultTest {

  @ParameterizedTest
  @EnumSource(value = Reason.class, names = {"QUALITY_DEFECT", "NOT_AS_DESCRIBED", "WRONG_ITEM", "MISSING_PARTS",
      "DAMAGED_IN_TRANSIT", "NOT_RECEIVED", "DELIVERY_DELAY"})
  void seedRule_qualityWrongOrDamagedGoods_areTheSellersFault(Reason reason) {
    assertThat(reason.isSellerFault()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Reason.class, names = {"SIZE_OR_FIT", "CHANGED_MIND"})
  void seedRule_changeOfMind_isTheBuyersChoice(Reason reason) {
    assertThat(reason.isSellerFault()).isFalse();
  }
}

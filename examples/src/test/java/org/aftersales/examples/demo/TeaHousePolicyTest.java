package org.aftersales.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.source.RuleRef;
import org.junit.jupiter.api.Test;

/** The demo shop's policy file: the China marketplace preset and one commitment of the shop's own. */
class TeaHousePolicyTest {

  @Test
  void thePolicyFileParses_asTheChinaMarketplacePresetPlusTheShopsNotReceivedWindow() {
    AfterSalesPolicy shop = TeaHouse.readPolicy();
    AfterSalesPolicy preset = Presets.chinaMarketplace();

    assertThat(shop.name()).isEqualTo("Tea House (China marketplace rules)");
    assertThat(shop.slaPolicy()).isEqualTo(preset.slaPolicy());
    List<String> expected = new ArrayList<>(preset.rules().stream().map(RuleRef::id).toList());
    expected.add("tea-house.not-received-15d");
    assertThat(shop.rules()).extracting(RuleRef::id).containsExactlyInAnyOrderElementsOf(expected);
  }
}

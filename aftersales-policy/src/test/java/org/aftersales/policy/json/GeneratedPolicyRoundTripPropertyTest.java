package org.aftersales.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.aftersales.policy.testing.PolicyGen;
import org.junit.jupiter.api.Test;

class GeneratedPolicyRoundTripPropertyTest {

  @Test
  void anyValidPolicyReadsBackEqualFromItsJson() {
    qt().withExamples(300).forAll(PolicyGen.policies()).checkAssert(policy -> {
      String json = PolicyJson.write(policy);

      assertThat(PolicyJson.read(json)).isEqualTo(policy);
      assertThat(PolicyJson.read(json).slaPolicy()).isEqualTo(policy.slaPolicy());
    });
  }
}

package org.aftersales.policy.eligibility;

import static org.aftersales.policy.testing.Clocks.SHANGHAI_WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.policy.testing.PolicyGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class RefusalRulePropertyTest {

  @Test
  void aRefusalNamesAWindowThatOffersTheTypeOrAnExclusionThatAppliesAndIsNoRuleOnlyWhenNeitherExists() {
    qt().forAll(PolicyGen.policies(), PolicyGen.goods(), Generate.enumValues(Reason.class),
        Generate.longRange(0, 900L * 24 * 3600)).checkAssert((policy, goods, reason, offset) -> {
          EligibilityTerms terms = policy.eligibility();
          GoodsCategory category = goods.category();
          boolean excluded = terms.exclusions().stream().anyMatch(rule -> rule.excludes(goods, reason));
          for (CaseType type : CaseType.values()) {
            boolean offered = terms.windows().stream()
                .anyMatch(rule -> rule.covers(reason, category) && rule.types().contains(type));
            EligibilityDecision decision = terms.decide(
                EligibilityRequest.of(goods, reason, type, goods.purchasedAt().plusSeconds(offset)), SHANGHAI_WEEKDAYS);
            if (!(decision instanceof EligibilityDecision.Refused refused)) {
              continue;
            }
            if (refused.code() == RefusalCode.NO_RULE) {
              assertThat(offered || excluded).as("NO_RULE although a rule speaks of %s %s on %s", type, reason, category)
                  .isFalse();
            } else if (refused.code() == RefusalCode.EXCLUDED_GOODS) {
              String id = refused.rule().orElseThrow().id();
              assertThat(terms.exclusions()).anySatisfy(rule -> {
                assertThat(rule.ref().id()).isEqualTo(id);
                assertThat(rule.excludes(goods, reason)).isTrue();
              });
            } else {
              String id = refused.rule().orElseThrow().id();
              assertThat(excluded).isFalse();
              assertThat(terms.windows()).anySatisfy(rule -> {
                assertThat(rule.ref().id()).isEqualTo(id);
                assertThat(rule.covers(reason, category) && rule.types().contains(type)).isTrue();
              });
            }
          }
        });
  }
}

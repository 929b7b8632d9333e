package org.aftersales.policy.json;

import static org.aftersales.policy.testing.Documents.SMALL;
import static org.aftersales.policy.testing.Documents.with;
import static org.aftersales.policy.testing.Documents.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.liability.ReturnCover;
import org.aftersales.policy.refund.RefundRoute;
import org.aftersales.policy.refund.RefundTerms;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidPolicyJsonTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> reading(String json) {
    return assertThatThrownBy(() -> PolicyJson.read(json)).isInstanceOf(InvalidPolicyJsonException.class);
  }

  private static void refusedAt(String json, String path, String expected) {
    reading(json).satisfies(thrown -> {
      InvalidPolicyJsonException e = (InvalidPolicyJsonException) thrown;
      assertThat(e.path()).isEqualTo(path);
      assertThat(e.expected()).contains(expected);
      assertThat(e.getMessage()).startsWith(path + ": expected ");
    });
  }

  @Test
  void theSmallDocumentIsValid() {
    AfterSalesPolicy policy = PolicyJson.read(SMALL);

    assertThat(policy.name()).isEqualTo("Small shop");
    assertThat(policy.rules()).extracting(rule -> rule.id()).containsExactly("shop.no-reason-7d",
        "shop.fresh-excluded", "shop.photos", "shop.response", "shop.channels", "shop.shipping", "shop.refund");
  }

  @ParameterizedTest(name = "malformed: {0}")
  @CsvSource(delimiter = '|', value = {
      "''",
      "'{'",
      "'{\"formatVersion\": 1,}'",
      "'[1, 2]'",
      "'{\"formatVersion\": 1} trailing'",
      "'{\"formatVersion\": 1, \"formatVersion\": 1}'",
  })
  void malformedJsonIsRefusedAtTheRoot(String json) {
    reading(json).satisfies(thrown -> assertThat(((InvalidPolicyJsonException) thrown).path()).isEqualTo("$"));
  }

  @Test
  void anotherFormatVersionIsRefused() {
    refusedAt(with(SMALL, "/formatVersion", "2"), "$.formatVersion", "format version 1");
  }

  @Test
  void aMissingFormatVersionIsRefused() {
    refusedAt(without(SMALL, "/formatVersion"), "$.formatVersion", "required field 'formatVersion'");
  }

  @Test
  void aMissingSectionIsRefused() {
    refusedAt(without(SMALL, "/evidence"), "$.evidence", "required field 'evidence'");
  }

  @ParameterizedTest(name = "missing {0}")
  @CsvSource({
      "/shipping, $.shipping, 'shipping'",
      "/refund, $.refund, 'refund'",
      "/shipping/source, $.shipping.source, 'source'",
      "/shipping/changeOfMindReplacementOut, $.shipping.changeOfMindReplacementOut, 'changeOfMindReplacementOut'",
      "/refund/id, $.refund.id, 'id'",
      "/refund/route, $.refund.route, 'route'",
      "/refund/couponsInKind, $.refund.couponsInKind, 'couponsInKind'",
      "/refund/depreciationCapBasisPoints, $.refund.depreciationCapBasisPoints, 'depreciationCapBasisPoints'",
  })
  void theMoneySectionsAndEachOfTheirFieldsAreRequired(String pointer, String path, String field) {
    refusedAt(without(SMALL, pointer), path, "required field '" + field + "'");
  }

  @ParameterizedTest(name = "unknown field at {0}")
  @CsvSource({
      "/colour, $.colour",
      "/eligibility/windows/0/colour, $.eligibility.windows[0].colour",
      "/eligibility/windows/0/window/colour, $.eligibility.windows[0].window.colour",
      "/sla/steps/0/limit/colour, $.sla.steps[0].limit.colour",
      "/channels/colour, $.channels.colour",
      "/shipping/changeOfMindDelivery, $.shipping.changeOfMindDelivery",
      "/refund/restockingFee, $.refund.restockingFee",
  })
  void anUnknownFieldIsRefusedNamingItsPath(String pointer, String path) {
    refusedAt(with(SMALL, pointer, "\"red\""), path, "one of the fields");
  }

  @ParameterizedTest(name = "bad value {1} at {0}")
  @CsvSource(delimiter = '|', value = {
      "/eligibility/windows/0/window/length|0|$.eligibility.windows[0].window.length|an integer from 1 to 10000",
      "/eligibility/windows/0/window/length|-7|$.eligibility.windows[0].window.length|an integer from 1 to 10000",
      "/eligibility/windows/0/window/length|7.5|$.eligibility.windows[0].window.length|an integer from 1 to 10000",
      "/eligibility/windows/0/window/length|\"7\"|$.eligibility.windows[0].window.length|an integer from 1 to 10000",
      "/eligibility/windows/0/window/length|99999999999|$.eligibility.windows[0].window.length|an integer from 1 to 10000",
      "/eligibility/windows/0/window/length|null|$.eligibility.windows[0].window.length|required field 'length'",
      "/eligibility/windows/0/minFailedRepairs|101|$.eligibility.windows[0].minFailedRepairs|an integer from 0 to 100",
      "/eligibility/windows/0/requiredEvidence|[]|$.eligibility.windows[0].requiredEvidence|a non-empty array",
      "/eligibility/windows/0/requiredEvidence|\"REPAIR_REPORT\"|$.eligibility.windows[0].requiredEvidence|a non-empty array",
      "/eligibility/windows/0/requiredEvidence|[\"REPAIR_RECORD\"]|$.eligibility.windows[0].requiredEvidence[0]|one of [PROOF_OF_PURCHASE",
      "/eligibility/exclusions/0/needsBuyerConfirmation|\"yes\"|$.eligibility.exclusions[0].needsBuyerConfirmation|true or false",
      "/eligibility/exclusions/0/needsBuyerConfirmation|1|$.eligibility.exclusions[0].needsBuyerConfirmation|true or false",
      "/eligibility/windows/0/window/anchor|\"INSTALLED\"|$.eligibility.windows[0].window.anchor|one of [PURCHASED",
      "/eligibility/windows/0/types|[]|$.eligibility.windows[0].types|a non-empty array",
      "/eligibility/windows/0/types|\"EXCHANGE\"|$.eligibility.windows[0].types|a non-empty array",
      "/eligibility/windows/0/id|\"Not An Id\"|$.eligibility.windows[0].id|lower-case letters",
      "/eligibility/windows/0/source|\" \"|$.eligibility.windows[0].source|a non-blank string",
      "/sla/steps/0/remindBefore/0|\"six hours\"|$.sla.steps[0].remindBefore[0]|ISO-8601 duration",
      "/sla/steps/0/remindBefore/0|6|$.sla.steps[0].remindBefore[0]|ISO-8601 duration",
      "/sla/automaticRefundAttempts|0|$.sla.automaticRefundAttempts|an integer from 1 to 100",
      "/evidence/rules/0/required|[]|$.evidence.rules[0].required|at least one set of alternatives",
      "/evidence/rules/0/required/0|[]|$.evidence.rules[0].required[0]|a non-empty array",
      "/eligibility/windows/0/reasons|[\"CHANGED_MIND\", \"CHANGED_MIND\"]|$.eligibility.windows[0].reasons[1]|each name at most once",
      "/shipping/id|\"Shipping Rule\"|$.shipping.id|lower-case letters",
      "/shipping/changeOfMindOriginalDelivery|\"PLATFORM\"|$.shipping.changeOfMindOriginalDelivery|one of [MERCHANT, BUYER]",
      "/shipping/changeOfMindReplacementOut|\"PLATFORM\"|$.shipping.changeOfMindReplacementOut|one of [MERCHANT, BUYER]",
      "/refund/route|\"POINTS\"|$.refund.route|one of [ORIGINAL_PAYMENT, STORE_BALANCE, BANK_CARD]",
      "/refund/restockingFeeBasisPoints|10001|$.refund.restockingFeeBasisPoints|an integer from 0 to 10000",
      "/refund/restockingFeeBasisPoints|-1|$.refund.restockingFeeBasisPoints|an integer from 0 to 10000",
      "/refund/restockingFeeBasisPoints|2.5|$.refund.restockingFeeBasisPoints|an integer from 0 to 10000",
      "/refund/depreciationCapBasisPoints|\"100%\"|$.refund.depreciationCapBasisPoints|an integer from 0 to 10000",
      "/refund/depreciationCapBasisPoints|20000|$.refund.depreciationCapBasisPoints|an integer from 0 to 10000",
      "/refund/deductReturnShipping|\"yes\"|$.refund.deductReturnShipping|true or false",
      "/refund/pointsInKind|1|$.refund.pointsInKind|true or false",
      "/refund/keepPremiumDeliverySurplus|null|$.refund.keepPremiumDeliverySurplus|required field 'keepPremiumDeliverySurplus'",
  })
  void aBadValueIsRefusedNamingItsPathAndWhatWasExpected(String pointer, String value, String path, String expected) {
    refusedAt(with(SMALL, pointer, value), path, expected);
  }

  @ParameterizedTest(name = "unknown enum {1} at {0}")
  @CsvSource(delimiter = '|', value = {
      "/eligibility/windows/0/types/0|\"REFUND\"|$.eligibility.windows[0].types[0]",
      "/eligibility/windows/0/window/anchor|\"SHIPPED\"|$.eligibility.windows[0].window.anchor",
      "/eligibility/windows/0/window/unit|\"calendar_days\"|$.eligibility.windows[0].window.unit",
      "/eligibility/windows/0/window/type|\"FOREVER\"|$.eligibility.windows[0].window.type",
      "/eligibility/exclusions/0/categories/0|\"FOOD\"|$.eligibility.exclusions[0].categories[0]",
      "/evidence/rules/0/required/0/1|\"SELFIE\"|$.evidence.rules[0].required[0][1]",
      "/sla/steps/0/step|\"MERCHANT_NAPS\"|$.sla.steps[0].step",
      "/sla/steps/0/whenMissed|\"PANIC\"|$.sla.steps[0].whenMissed",
      "/channels/accepted/1|\"FAX\"|$.channels.accepted[1]",
      "/shipping/changeOfMindReturn|\"FREE\"|$.shipping.changeOfMindReturn",
      "/shipping/changeOfMindOriginalDelivery|\"SELLER\"|$.shipping.changeOfMindOriginalDelivery",
      "/refund/route|\"BANK_TRANSFER\"|$.refund.route",
      "/refund/route|\"original_payment\"|$.refund.route",
  })
  void anUnknownEnumNameIsRefusedListingTheNamesExpected(String pointer, String value, String path) {
    refusedAt(with(SMALL, pointer, value), path, "one of [");
  }

  @Test
  void moneyThatCannotBeReadIsRefused() {
    String json = with(SMALL, "/channels/autoRefund",
        "{\"id\": \"shop.auto\", \"source\": \"shop\", \"reasons\": [\"CHANGED_MIND\"], \"upTo\": \"CNY 5.001\"}");

    refusedAt(json, "$.channels.autoRefund.upTo", "money such as \"CNY 50.00\"");
  }

  @Test
  void contradictionExcludingAQualityReasonIsRefused() {
    refusedAt(with(SMALL, "/eligibility/exclusions/0/reasons", "[\"QUALITY_DEFECT\"]"),
        "$.eligibility.exclusions[0]", "consistent");
    reading(with(SMALL, "/eligibility/exclusions/0/reasons", "[\"QUALITY_DEFECT\"]"))
        .hasMessageContaining("excluded goods keep their quality remedies");
  }

  @Test
  void contradictionAWindowEveryCategoryOfWhichIsExcludedIsRefused() {
    String json = with(SMALL, "/eligibility/windows/0/categories", "[\"FRESH\"]");

    refusedAt(json, "$.eligibility", "consistent");
    reading(json).hasMessageContaining("window rule shop.no-reason-7d contradicts the exclusions");
  }

  @Test
  void contradictionAnHourWindowWhoseLastDayMovesIsRefused() {
    String json = with(SMALL, "/eligibility/windows/0/window",
        "{\"type\": \"PERIOD\", \"anchor\": \"SIGNED\", \"length\": 2, \"unit\": \"HOURS\", \"lastDay\": \"NEXT_WORKING_DAY\"}");

    refusedAt(json, "$.eligibility.windows[0].window", "consistent");
  }

  @Test
  void contradictionTwoRulesWithOneIdIsRefused() {
    refusedAt(with(SMALL, "/channels/id", "\"shop.photos\""), "$", "consistent policy");
  }

  @Test
  void contradictionTheRefundCitingTheShippingRulesIdIsRefused() {
    String json = with(SMALL, "/refund/id", "\"shop.shipping\"");

    refusedAt(json, "$", "consistent policy");
    reading(json).hasMessageContaining("rule id shop.shipping is used twice");
  }

  @Test
  void theMoneySectionsReadIntoThePolicysTerms() {
    String json = with(with(with(SMALL, "/shipping/changeOfMindReturn", "\"SHIPPING_INSURANCE\""),
        "/refund/route", "\"STORE_BALANCE\""), "/refund/restockingFeeBasisPoints", "1500");

    AfterSalesPolicy policy = PolicyJson.read(json);

    assertThat(policy.shipping().ref().id()).isEqualTo("shop.shipping");
    assertThat(policy.shipping().terms().changeOfMindReturn()).isEqualTo(ReturnCover.SHIPPING_INSURANCE);
    assertThat(policy.refund().terms().route()).isEqualTo(RefundRoute.STORE_BALANCE);
    assertThat(policy.refund().terms().restockingFeeBasisPoints()).isEqualTo(1500);
    assertThat(policy.refund().terms().withRoute(RefundRoute.ORIGINAL_PAYMENT).withRestockingFeeBasisPoints(0))
        .isEqualTo(RefundTerms.defaults());
  }

  @Test
  void contradictionTheSameStepLimitedTwiceIsRefused() {
    String step = "{\"id\": \"shop.response-2\", \"source\": \"shop\", \"step\": \"MERCHANT_RESPONSE\","
        + " \"limit\": {\"amount\": 1, \"unit\": \"WORKING_DAYS\"}, \"whenMissed\": \"APPROVE\"}";

    String json = with(SMALL, "/sla/steps/1", step);

    refusedAt(json, "$.sla", "consistent");
    reading(json).hasMessageContaining("limited twice");
  }

  @Test
  void contradictionADefaultActionTheLifecycleCannotTakeIsRefused() {
    String json = with(SMALL, "/sla/steps/0/whenMissed", "\"PASS_INSPECTION\"");

    refusedAt(json, "$.sla", "consistent");
  }

  @Test
  void contradictionRemindersNotLongestFirstAreRefused() {
    refusedAt(with(SMALL, "/sla/steps/0/remindBefore", "[\"PT1H\", \"PT6H\"]"), "$.sla.steps[0]", "consistent");
  }

  @Test
  void contradictionAStepWithBothALimitAndNoLimitIsRefused() {
    refusedAt(with(SMALL, "/sla/steps/0/noLimit", "true"), "$.sla.steps[0]", "exactly one of 'limit' and 'noLimit'");
  }

  @Test
  void noLimitMustSayTrue() {
    String json = with(without(without(without(SMALL, "/sla/steps/0/limit"), "/sla/steps/0/whenMissed"),
        "/sla/steps/0/remindBefore"), "/sla/steps/0/noLimit", "false");

    refusedAt(json, "$.sla.steps[0].noLimit", "true");
  }

  @Test
  void aStepWithoutALimitReadsAsNoDeadline() {
    String json = with(without(without(without(SMALL, "/sla/steps/0/limit"), "/sla/steps/0/whenMissed"),
        "/sla/steps/0/remindBefore"), "/sla/steps/0/noLimit", "true");

    assertThat(PolicyJson.read(json).sla().steps().get(0).rule()).isEmpty();
  }
}

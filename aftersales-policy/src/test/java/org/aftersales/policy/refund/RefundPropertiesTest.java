package org.aftersales.policy.refund;

import static org.aftersales.policy.refund.RandomOrders.CNY;
import static org.aftersales.policy.refund.RandomOrders.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Reason;
import org.aftersales.money.Money;
import org.aftersales.policy.liability.Liability;
import org.aftersales.policy.liability.LiabilityDecider;
import org.aftersales.policy.liability.LiabilityQuestion;
import org.aftersales.policy.liability.LiabilityTerms;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ReturnCover;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of refunds over generated orders (see {@link RandomOrders}); a failure names its seeds. */
class RefundPropertiesTest {

  private static final Gen<Long> SEEDS = longs().all();

  /**
   * The liabilities a return may come with: seller and platform fault, buyer choice under China and
   * EU terms, and refund only before dispatch on the buyer's choice and on the merchant's delay.
   */
  private static final List<Liability> LIABILITIES = List.of(
      decide(Reason.QUALITY_DEFECT, LiabilityTerms.defaults()),
      LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, Reason.WRONG_ITEM).withPlatformAtFault(),
          LiabilityTerms.defaults()),
      decide(Reason.CHANGED_MIND, LiabilityTerms.defaults()),
      decide(Reason.SIZE_OR_FIT, LiabilityTerms.defaults().withChangeOfMindOriginalDelivery(Payer.MERCHANT)),
      decide(Reason.CHANGED_MIND, LiabilityTerms.defaults().withChangeOfMindReturn(ReturnCover.FREE_RETURNS)),
      beforeDispatch(Reason.CHANGED_MIND),
      beforeDispatch(Reason.DELIVERY_DELAY));

  private static Liability decide(Reason reason, LiabilityTerms terms) {
    return LiabilityDecider.decide(LiabilityQuestion.of(CaseType.RETURN_AND_REFUND, reason), terms);
  }

  private static Liability beforeDispatch(Reason reason) {
    return LiabilityDecider.decide(LiabilityQuestion.of(CaseType.REFUND_ONLY, reason).beforeDispatch(), LiabilityTerms.defaults());
  }

  /**
   * Returns {@code request} without the gifts earlier refunds already took back: before dispatch the
   * merchant keeps a gift whose condition goes, so a later step may no longer name it.
   */
  private static RefundRequest withoutGiftsAlreadyBack(RefundRequest request, List<Refund> earlier) {
    Set<String> back = Set.copyOf(earlier.stream().flatMap(r -> r.giftsReturned().stream()).toList());
    return request.returningGifts(request.giftsReturned().stream().filter(g -> !back.contains(g)).toArray(String[]::new));
  }

  @Test
  void allocationPartsSumToTheWhole_linesUnitsAndTenders() {
    qt().forAll(SEEDS).checkAssert(seed -> {
      OrderSnapshot order = RandomOrders.order(seed);
      long net = order.lines().stream().mapToLong(l -> l.net().minorUnits()).sum();
      long discounts = order.discounts().stream().mapToLong(d -> d.amount().minorUnits()).sum();
      assertThat(Money.sum(order.linePaid(), CNY)).isEqualTo(money(net - discounts));

      Refund all = RefundCalculator.calculate(order, RandomOrders.everyUnitAtOnce(order), LIABILITIES.get(0), List.of(),
          RefundTerms.defaults());
      for (int i = 0; i < order.lines().size(); i++) {
        LineRefund line = all.lines().get(i);
        assertThat(Money.sum(line.unitAmounts(), CNY)).isEqualTo(order.linePaid().get(i));
        // Every unit carries the floor or the ceiling of its exact share.
        long paid = order.linePaid().get(i).minorUnits();
        int quantity = line.quantity();
        assertThat(line.unitAmounts()).allSatisfy(unit -> assertThat(unit.minorUnits()).isBetween(paid / quantity,
            (paid + quantity - 1) / quantity));
      }
      assertThat(Money.sum(all.tenders().stream().map(TenderRefund::amount).toList(), CNY)).isEqualTo(all.total());
    });
  }

  @Test
  void aFullReturnForASellerFault_refundsExactlyWhatWasPaid_perLinePerTenderAndInPoints() {
    qt().forAll(SEEDS).checkAssert(seed -> {
      OrderSnapshot order = RandomOrders.order(seed);

      Refund all = RefundCalculator.calculate(order, RandomOrders.everyUnitAtOnce(order), LIABILITIES.get(0), List.of(),
          RefundTerms.defaults());

      assertThat(all.total()).isEqualTo(order.totalPaid());
      assertThat(all.lines()).extracting(LineRefund::goods).containsExactlyElementsOf(order.linePaid());
      for (int t = 0; t < order.payments().size(); t++) {
        TenderPayment paid = order.payments().get(t);
        assertThat(all.amountTo(paid.tenderId())).isEqualTo(paid.amount());
        assertThat(all.tenders().get(t).points()).isEqualTo(paid.points());
      }
    });
  }

  @Test
  void aFullCancellationBeforeDispatch_refundsEverythingPaidPerTenderAndInPoints_premiumDeliveryIncluded_giftsNamedOrNot() {
    qt().forAll(SEEDS, SEEDS, longs().between(LIABILITIES.size() - 2, LIABILITIES.size() - 1)).checkAssert((orderSeed, termsSeed, which) -> {
      OrderSnapshot order = RandomOrders.order(orderSeed);
      Random random = new Random(termsSeed);
      RefundTerms terms = RefundTerms.defaults()
          .withRestockingFeeBasisPoints(random.nextInt(10_001))
          .withKeepPremiumDeliverySurplus(random.nextBoolean());
      RefundRequest everything = RandomOrders.everyUnitAtOnce(order);
      Map<String, Integer> units = new LinkedHashMap<>();
      order.lines().forEach(l -> units.put(l.lineId(), l.quantity()));
      RefundRequest giftsUnnamed = RandomOrders.request(units, Set.of());

      for (RefundRequest request : List.of(everything, giftsUnnamed)) {
        Refund all = RefundCalculator.calculate(order, request, LIABILITIES.get(which.intValue()), List.of(), terms);

        assertThat(all.deductions()).isEmpty();
        assertThat(all.shippingRefund()).isEqualTo(order.shipping().fee());
        assertThat(all.total()).isEqualTo(order.totalPaid());
        for (int t = 0; t < order.payments().size(); t++) {
          TenderPayment paid = order.payments().get(t);
          assertThat(all.amountTo(paid.tenderId())).isEqualTo(paid.amount());
          assertThat(all.tenders().get(t).points()).isEqualTo(paid.points());
        }
      }
    });
  }

  @Test
  void anySequenceOfPartialReturns_refundsInTotalExactlyWhatOneFullReturnWould() {
    qt().forAll(SEEDS, SEEDS, longs().between(0, LIABILITIES.size() - 1)).checkAssert((orderSeed, stepSeed, which) -> {
      OrderSnapshot order = RandomOrders.order(orderSeed);
      Liability liability = LIABILITIES.get(which.intValue());
      Refund once = RefundCalculator.calculate(order, RandomOrders.everyUnitAtOnce(order), liability, List.of(), RefundTerms.defaults());

      List<Refund> steps = new ArrayList<>();
      for (RefundRequest request : RandomOrders.everyUnitInSteps(order, stepSeed)) {
        steps.add(RefundCalculator.calculate(order, withoutGiftsAlreadyBack(request, steps), liability, steps, RefundTerms.defaults()));
      }

      assertThat(Money.sum(steps.stream().map(Refund::total).toList(), CNY)).isEqualTo(once.total());
      for (int i = 0; i < order.lines().size(); i++) {
        String lineId = order.lines().get(i).lineId();
        Money goods = Money.sum(steps.stream().flatMap(r -> r.lines().stream()).filter(l -> l.lineId().equals(lineId))
            .map(LineRefund::goods).toList(), CNY);
        assertThat(goods).isEqualTo(order.linePaid().get(i));
      }
      if (once.total().equals(order.totalPaid())) {
        for (TenderPayment paid : order.payments()) {
          assertThat(Money.sum(steps.stream().map(r -> r.amountTo(paid.tenderId())).toList(), CNY)).isEqualTo(paid.amount());
        }
      }
    });
  }

  @Test
  void moneyIsNeverCreatedOrLost_andNoRefundExceedsWhatWasPaid_whateverTheDeductions() {
    qt().forAll(SEEDS, SEEDS).checkAssert((orderSeed, stepSeed) -> {
      OrderSnapshot order = RandomOrders.order(orderSeed);
      Random random = new Random(stepSeed);
      RefundTerms terms = RefundTerms.defaults()
          .withRestockingFeeBasisPoints(random.nextInt(3) == 0 ? random.nextInt(10_001) : 0)
          .withDepreciationCapBasisPoints(random.nextInt(10_001))
          .withPointsInKind(random.nextBoolean());
      List<Refund> refunds = new ArrayList<>();
      for (RefundRequest request : RandomOrders.everyUnitInSteps(order, stepSeed)) {
        if (random.nextInt(4) == 0) {
          break; // the buyer keeps the rest
        }
        Liability liability = LIABILITIES.get(random.nextInt(LIABILITIES.size()));
        // Before dispatch there is no return leg and no wear: the request carries no such costs.
        long returnShipping = random.nextInt(3) == 0 && liability.dispatched() ? random.nextInt(5_000) : 0;
        long depreciation = random.nextInt(3) == 0 && liability.dispatched() ? random.nextInt(50_000) : 0;
        RefundRequest withCosts = withoutGiftsAlreadyBack(new RefundRequest(request.lines(), keepSome(request.giftsReturned(), random),
            money(returnShipping), money(depreciation)), refunds);
        refunds.add(RefundCalculator.calculate(order, withCosts, liability, refunds, terms));
        assertConserved(order, refunds);
      }
    });
  }

  @Test
  void goodsKeptNeverCostMoreThanTheirPriceAfterItemDiscounts_howeverManyUnitsComeBackAndWhateverIsClawedBack() {
    Liability changedMind = LIABILITIES.get(2);
    qt().forAll(SEEDS, SEEDS).checkAssert((orderSeed, stepSeed) -> {
      OrderSnapshot order = RandomOrders.order(orderSeed);
      Random random = new Random(stepSeed);
      List<Refund> refunds = new ArrayList<>();
      for (RefundRequest request : RandomOrders.everyUnitInSteps(order, stepSeed)) {
        if (random.nextInt(3) == 0) {
          break; // the buyer keeps the rest
        }
        refunds.add(RefundCalculator.calculate(order, request, changedMind, refunds, RefundTerms.defaults()));
        assertKeptGoodsCostAtMostTheirPrice(order, refunds);
      }
    });
  }

  /**
   * What the buyer is out of pocket for the goods kept (what was paid for them plus the discount
   * clawed back) is at most their price after item discounts, pro rata per unit rounded up.
   */
  private static void assertKeptGoodsCostAtMostTheirPrice(OrderSnapshot order, List<Refund> refunds) {
    long cost = 0;
    long price = 0;
    for (int i = 0; i < order.lines().size(); i++) {
      PurchasedLine line = order.lines().get(i);
      int returned = refunds.stream().mapToInt(r -> r.quantityOf(line.lineId())).sum();
      long goodsBack = refunds.stream().flatMap(r -> r.lines().stream()).filter(l -> l.lineId().equals(line.lineId()))
          .mapToLong(l -> l.goods().minorUnits()).sum();
      cost += order.linePaid().get(i).minorUnits() - goodsBack;
      long keptNet = line.net().minorUnits() * (line.quantity() - returned);
      price += (keptNet + line.quantity() - 1) / line.quantity();
    }
    cost += refunds.stream().flatMap(r -> r.deductions().stream()).filter(d -> d.kind() == DeductionKind.DISCOUNT_THRESHOLD_BROKEN)
        .mapToLong(d -> d.amount().minorUnits()).sum();
    cost -= refunds.stream().flatMap(r -> r.released().stream()).filter(d -> d.kind() == DeductionKind.DISCOUNT_THRESHOLD_BROKEN)
        .mapToLong(d -> d.amount().minorUnits()).sum();
    assertThat(cost).as("kept goods cost vs their price after item discounts").isLessThanOrEqualTo(price);
  }

  private static Set<String> keepSome(Set<String> gifts, Random random) {
    return Set.copyOf(gifts.stream().filter(g -> random.nextBoolean()).toList());
  }

  /**
   * Nothing comes back beyond what was paid per tender, in points, per line, for shipping or in all;
   * and no deduction is released beyond what was deducted under its key.
   */
  private static void assertConserved(OrderSnapshot order, List<Refund> refunds) {
    long refunded = refunds.stream().mapToLong(r -> r.total().minorUnits()).sum();
    long tendered = 0;
    for (TenderPayment paid : order.payments()) {
      long back = refunds.stream().mapToLong(r -> r.amountTo(paid.tenderId()).minorUnits()).sum();
      long points = refunds.stream().flatMap(r -> r.tenders().stream()).filter(t -> t.tenderId().equals(paid.tenderId()))
          .mapToLong(TenderRefund::points).sum();
      assertThat(back).as("refunded through %s", paid.tenderId()).isBetween(0L, paid.amount().minorUnits());
      assertThat(points).as("points back to %s", paid.tenderId()).isBetween(0L, paid.points());
      tendered += back;
    }
    assertThat(tendered).isEqualTo(refunded);
    assertThat(refunded).isLessThanOrEqualTo(order.totalPaid().minorUnits());

    Map<String, Long> goodsBack = new LinkedHashMap<>();
    refunds.forEach(r -> r.lines().forEach(l -> goodsBack.merge(l.lineId(), l.goods().minorUnits(), Long::sum)));
    long goodsKept = 0;
    for (int i = 0; i < order.lines().size(); i++) {
      long paid = order.linePaid().get(i).minorUnits();
      long back = goodsBack.getOrDefault(order.lines().get(i).lineId(), 0L);
      assertThat(back).as("goods refunded on line %s", order.lines().get(i).lineId()).isBetween(0L, paid);
      goodsKept += paid - back;
    }
    long shippingBack = refunds.stream().mapToLong(r -> r.shippingRefund().minorUnits()).sum();
    assertThat(shippingBack).isBetween(0L, order.shipping().fee().minorUnits());
    Map<String, Long> heldByKey = new LinkedHashMap<>();
    refunds.forEach(r -> r.deductions().forEach(d -> heldByKey.merge(d.key(), d.amount().minorUnits(), Long::sum)));
    refunds.forEach(r -> r.released().forEach(d -> heldByKey.merge(d.key(), -d.amount().minorUnits(), Long::sum)));
    assertThat(heldByKey).allSatisfy((key, held) -> assertThat(held).as("held under %s", key).isNotNegative());
    // Whatever was held back, the buyer is out of pocket at least the goods kept and the shipping not refunded.
    assertThat(order.totalPaid().minorUnits() - refunded).isGreaterThanOrEqualTo(goodsKept + order.shipping().fee().minorUnits() - shippingBack);
  }
}

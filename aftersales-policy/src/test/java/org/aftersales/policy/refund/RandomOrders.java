package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.aftersales.money.Money;

/**
 * Orders and return sequences built from a seed, so a property failure names a reproducible seed:
 * random lines, item discounts, coupons and threshold promotions, shipping (none, standard,
 * premium, free from a threshold), gifts with a line or a spend, and payments split over up to three
 * tenders of shuffled kinds, points among them.
 */
final class RandomOrders {

  static final Currency CNY = Currency.getInstance("CNY");

  private RandomOrders() {}

  static OrderSnapshot order(long seed) {
    Random random = new Random(seed);
    List<PurchasedLine> lines = new ArrayList<>();
    int lineCount = 1 + random.nextInt(4);
    for (int i = 0; i < lineCount; i++) {
      int quantity = 1 + random.nextInt(5);
      long unit = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(50_000);
      long itemDiscount = random.nextBoolean() ? 0 : (long) (random.nextDouble() * unit * quantity);
      lines.add(new PurchasedLine("L" + i, "sku-" + i, quantity, money(unit), money(itemDiscount)));
    }
    List<OrderDiscount> discounts = discounts(random, lines);
    OrderLedger ledger = OrderLedger.of(lines, discounts, CNY);
    long goodsPaid = ledger.goodsPaid().minorUnits();
    Shipping shipping = shipping(random, goodsPaid);
    List<Gift> gifts = new ArrayList<>();
    long allNet = lines.stream().mapToLong(l -> l.net().minorUnits()).sum();
    for (int g = random.nextInt(3); g > 0; g--) {
      Money marked = money(random.nextInt(20_000));
      gifts.add(random.nextBoolean()
          ? Gift.withLine("G" + g, "gift-" + g, marked, "L" + random.nextInt(lineCount))
          : Gift.fromSpend("G" + g, "gift-" + g, marked, money(below(random, allNet))));
    }
    List<TenderPayment> payments = payments(random, goodsPaid + shipping.fee().minorUnits());
    return new OrderSnapshot("order-" + seed, CNY, lines, discounts, shipping, gifts, payments);
  }

  private static List<OrderDiscount> discounts(Random random, List<PurchasedLine> lines) {
    List<OrderDiscount> discounts = new ArrayList<>();
    for (int d = random.nextInt(3); d > 0; d--) {
      List<String> eligible = new ArrayList<>();
      for (PurchasedLine line : lines) {
        if (random.nextInt(3) > 0) {
          eligible.add(line.lineId());
        }
      }
      if (eligible.isEmpty() || eligible.size() == lines.size()) {
        eligible = List.of();
      }
      OrderDiscount probe = new OrderDiscount("D" + d, DiscountKind.COUPON, money(1), Optional.empty(), eligible);
      OrderLedger ledger = OrderLedger.of(lines, discounts, CNY);
      long left = 0;
      long eligibleNet = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (probe.appliesTo(lines.get(i).lineId())) {
          left += ledger.paid(i).minorUnits();
          eligibleNet += lines.get(i).net().minorUnits();
        }
      }
      if (left < 2) {
        continue;
      }
      long amount = 1 + below(random, left / 2);
      boolean promotion = random.nextBoolean();
      Optional<Money> threshold = promotion || random.nextBoolean() ? Optional.of(money(below(random, eligibleNet))) : Optional.empty();
      discounts.add(new OrderDiscount("D" + d, promotion ? DiscountKind.THRESHOLD_PROMOTION : DiscountKind.COUPON, money(amount),
          threshold, eligible));
    }
    return discounts;
  }

  private static Shipping shipping(Random random, long goodsPaid) {
    switch (random.nextInt(4)) {
      case 0:
        return Shipping.none(CNY);
      case 1:
        return Shipping.standard(money(random.nextInt(2_000)));
      case 2:
        long fee = random.nextInt(3_000);
        return Shipping.premium(money(fee), money(below(random, fee)));
      default:
        return Shipping.freeFrom(money(below(random, goodsPaid)), money(random.nextInt(2_000)));
    }
  }

  private static List<TenderPayment> payments(Random random, long total) {
    int count = 1 + random.nextInt(3);
    List<Long> cuts = new ArrayList<>();
    for (int c = 1; c < count; c++) {
      cuts.add(below(random, total));
    }
    Collections.sort(cuts);
    cuts.add(total);
    List<TenderPayment> payments = new ArrayList<>();
    long previous = 0;
    List<TenderKind> kinds = new ArrayList<>(List.of(TenderKind.values()));
    Collections.shuffle(kinds, random);
    for (int t = 0; t < count; t++) {
      long amount = cuts.get(t) - previous;
      previous = cuts.get(t);
      payments.add(kinds.get(t) == TenderKind.POINTS && amount > 0
          ? TenderPayment.points("T" + t, amount * (1 + random.nextInt(100)) / (1 + random.nextInt(7)) + 1, money(amount))
          : TenderPayment.of("T" + t, kinds.get(t), money(amount)));
    }
    return payments;
  }

  /**
   * Splits every unit of {@code order} into a random sequence of requests; each gift comes back
   * with one of them, so nothing is owed once the sequence ends.
   */
  static List<RefundRequest> everyUnitInSteps(OrderSnapshot order, long seed) {
    Random random = new Random(seed);
    List<String> units = new ArrayList<>();
    for (PurchasedLine line : order.lines()) {
      for (int u = 0; u < line.quantity(); u++) {
        units.add(line.lineId());
      }
    }
    Collections.shuffle(units, random);
    List<Map<String, Integer>> steps = new ArrayList<>();
    Map<String, Integer> step = new LinkedHashMap<>();
    for (String unit : units) {
      step.merge(unit, 1, Integer::sum);
      if (random.nextInt(3) == 0) {
        steps.add(step);
        step = new LinkedHashMap<>();
      }
    }
    if (!step.isEmpty()) {
      steps.add(step);
    }
    List<List<String>> giftsPerStep = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      giftsPerStep.add(new ArrayList<>());
    }
    for (Gift gift : order.gifts()) {
      giftsPerStep.get(random.nextInt(steps.size())).add(gift.giftId());
    }
    List<RefundRequest> requests = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      requests.add(request(steps.get(s), Set.copyOf(giftsPerStep.get(s))));
    }
    return requests;
  }

  /** Returns a request for every unit of the order at once, every gift with it. */
  static RefundRequest everyUnitAtOnce(OrderSnapshot order) {
    Map<String, Integer> all = new LinkedHashMap<>();
    order.lines().forEach(l -> all.put(l.lineId(), l.quantity()));
    Set<String> gifts = Set.copyOf(order.gifts().stream().map(Gift::giftId).toList());
    return request(all, gifts);
  }

  static RefundRequest request(Map<String, Integer> units, Set<String> gifts) {
    List<RequestedLine> lines = new ArrayList<>();
    units.forEach((lineId, quantity) -> lines.add(RequestedLine.of(lineId, quantity)));
    return new RefundRequest(lines, gifts, Money.zero(CNY), Money.zero(CNY));
  }

  static Money money(long minorUnits) {
    return Money.of(minorUnits, CNY);
  }

  /** Returns a random number from 0 to {@code bound} inclusive. */
  static long below(Random random, long bound) {
    return bound <= 0 ? 0 : (long) (random.nextDouble() * (bound + 1)) % (bound + 1);
  }
}

package org.aftersales.policy.refund;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.money.Money;

/** What earlier refunds of an order already gave back and held back, checked against the order. */
final class RefundHistory {

  private final int[] unitsReturned;
  /** Per line, the unit runs earlier refunds returned, to find a refund listed twice or left out. */
  private final List<List<UnitRun>> runs = new ArrayList<>();
  private final Map<String, Long> refundedByTender = new HashMap<>();
  private final Map<String, Long> collectedByKey = new HashMap<>();
  private final Set<String> giftsReturned = new HashSet<>();
  private final Set<String> couponsReissued = new HashSet<>();
  private long shippingRefunded;

  /** Units {@code first} to {@code first + quantity - 1} of a line, from the refund line at {@code field}. */
  private record UnitRun(int first, int quantity, String field) {}

  private RefundHistory(int lines) {
    unitsReturned = new int[lines];
    for (int i = 0; i < lines; i++) {
      runs.add(new ArrayList<>());
    }
  }

  /**
   * Reads {@code earlier} against {@code order}.
   *
   * @throws InvalidRefundInputException naming {@code earlier[k]...} if an earlier refund is of
   *     another order ({@code earlier[k].orderId}), in another currency, names an unknown line, tender
   *     or gift, the refunds together return more units of a line or more money through a tender
   *     than the order had, a line gave back other than its units carry ({@code
   *     earlier[k].lines[j].goods}: computed on another snapshot), more shipping came back than the
   *     fee, releases exceed the deductions under a key ({@code earlier}), or a line's units are in
   *     two refunds or skipped ({@code
   *     earlier[k].lines[j].firstUnit}: a refund listed twice or left out)
   */
  static RefundHistory of(OrderSnapshot order, OrderLedger ledger, List<Refund> earlier) {
    RefundHistory history = new RefundHistory(ledger.size());
    Check.list(earlier, "earlier");
    for (int k = 0; k < earlier.size(); k++) {
      history.add(order, ledger, earlier.get(k), "earlier[" + k + "]");
    }
    history.checkUnitRuns(ledger);
    history.checkNothingReleasedBeyondWhatWasHeld(order);
    return history;
  }

  private void add(OrderSnapshot order, OrderLedger ledger, Refund refund, String field) {
    // Line and tender ids repeat across orders, so only the order id tells a stray refund apart.
    if (!refund.orderId().equals(order.orderId())) {
      throw new InvalidRefundInputException(field + ".orderId", "is a refund of order '" + refund.orderId()
          + "', not of order '" + order.orderId() + "'");
    }
    Check.money(refund.total(), order.currency(), field + ".total");
    for (int j = 0; j < refund.lines().size(); j++) {
      LineRefund line = refund.lines().get(j);
      int i = ledger.indexOf(line.lineId());
      if (i < 0) {
        throw new InvalidRefundInputException(field + ".lines[" + j + "].lineId", "names no line of the order: '" + line.lineId() + "'");
      }
      unitsReturned[i] += line.quantity();
      runs.get(i).add(new UnitRun(line.firstUnit(), line.quantity(), field + ".lines[" + j + "].firstUnit"));
      checkGoods(ledger, i, line, field + ".lines[" + j + "]");
      if (unitsReturned[i] > ledger.line(i).quantity()) {
        throw new InvalidRefundInputException(field + ".lines[" + j + "].quantity", "earlier refunds return " + unitsReturned[i]
            + " units of line " + line.lineId() + ", which has " + ledger.line(i).quantity());
      }
    }
    for (int j = 0; j < refund.tenders().size(); j++) {
      TenderRefund tender = refund.tenders().get(j);
      TenderPayment paid = order.payments().stream().filter(p -> p.tenderId().equals(tender.tenderId())).findFirst()
          .orElse(null);
      if (paid == null) {
        throw new InvalidRefundInputException(field + ".tenders[" + j + "].tenderId", "names no tender of the order: '" + tender.tenderId() + "'");
      }
      long sum = refundedByTender.merge(tender.tenderId(), tender.amount().minorUnits(), Long::sum);
      if (sum > paid.amount().minorUnits()) {
        throw new InvalidRefundInputException(field + ".tenders[" + j + "].amount", "earlier refunds return "
            + Money.of(sum, order.currency()) + " through " + tender.tenderId() + ", which paid " + paid.amount());
      }
    }
    for (String giftId : refund.giftsReturned()) {
      if (order.gift(giftId).isEmpty() || !giftsReturned.add(giftId)) {
        throw new InvalidRefundInputException(field + ".giftsReturned", "names an unknown or already returned gift '" + giftId + "'");
      }
    }
    for (Deduction deduction : refund.deductions()) {
      collectedByKey.merge(deduction.key(), deduction.amount().minorUnits(), Long::sum);
    }
    for (Deduction release : refund.released()) {
      collectedByKey.merge(release.key(), -release.amount().minorUnits(), Long::sum);
    }
    couponsReissued.addAll(refund.couponsReissued());
    shippingRefunded += refund.shippingRefund().minorUnits();
    if (shippingRefunded > order.shipping().fee().minorUnits()) {
      throw new InvalidRefundInputException(field + ".shippingRefund", "earlier refunds give back "
          + Money.of(shippingRefunded, order.currency()) + " of shipping, but the fee was " + order.shipping().fee());
    }
  }

  /**
   * Checks that an earlier refund line gave back what this order's units carry: a refund computed
   * on a snapshot with other prices or discounts would throw the tender and deduction sums off.
   */
  private static void checkGoods(OrderLedger ledger, int i, LineRefund line, String field) {
    int quantity = ledger.line(i).quantity();
    int last = line.firstUnit() + line.quantity() - 1;
    if (last > quantity) {
      throw new InvalidRefundInputException(field + ".firstUnit", "units " + line.firstUnit() + " to " + last + " run past the "
          + quantity + " units of line " + line.lineId());
    }
    Money carried = UnitSplit.units(ledger.paid(i), quantity, line.firstUnit() - 1, last);
    if (!carried.equals(line.goods())) {
      throw new InvalidRefundInputException(field + ".goods", "gave back " + line.goods() + " for units " + line.firstUnit() + " to "
          + last + " of line " + line.lineId() + ", which carry " + carried + " of this order; was it computed on another snapshot?");
    }
  }

  /**
   * Checks that each line's earlier runs follow on from unit 1 without overlap: units go back in
   * order, so an overlap is a refund listed twice and a gap a refund left out; either would let
   * deductions count twice or units come back twice.
   */
  private void checkUnitRuns(OrderLedger ledger) {
    for (int i = 0; i < runs.size(); i++) {
      String lineId = ledger.line(i).lineId();
      int next = 1;
      List<UnitRun> sorted = new ArrayList<>(runs.get(i));
      sorted.sort(Comparator.comparingInt(UnitRun::first));
      for (UnitRun run : sorted) {
        if (run.first() < next) {
          throw new InvalidRefundInputException(run.field(), "unit " + run.first() + " of line " + lineId
              + " is in two earlier refunds; is a refund listed twice?");
        }
        if (run.first() > next) {
          throw new InvalidRefundInputException(run.field(), "no earlier refund covers unit " + next + " of line " + lineId
              + ", but one starts at unit " + run.first() + "; is an earlier refund left out?");
        }
        next += run.quantity();
      }
    }
  }

  /** Checked once all refunds are read, since they come in any order and a release follows its deduction. */
  private void checkNothingReleasedBeyondWhatWasHeld(OrderSnapshot order) {
    collectedByKey.forEach((key, held) -> {
      if (held < 0) {
        throw new InvalidRefundInputException("earlier", "the earlier refunds release " + Money.of(-held, order.currency())
            + " more than they deducted under " + key);
      }
    });
  }

  /** Returns the units of line {@code i} earlier refunds returned. */
  int unitsReturned(int i) {
    return unitsReturned[i];
  }

  /** Returns the minor units earlier refunds gave back through {@code tenderId}. */
  long refundedThrough(String tenderId) {
    return refundedByTender.getOrDefault(tenderId, 0L);
  }

  /** Returns the minor units earlier refunds deducted, less what they released, under {@code key}. */
  long collected(String key) {
    return collectedByKey.getOrDefault(key, 0L);
  }

  boolean giftReturned(String giftId) {
    return giftsReturned.contains(giftId);
  }

  boolean couponReissued(String discountId) {
    return couponsReissued.contains(discountId);
  }

  /** Returns the minor units of original shipping earlier refunds gave back. */
  long shippingRefunded() {
    return shippingRefunded;
  }
}

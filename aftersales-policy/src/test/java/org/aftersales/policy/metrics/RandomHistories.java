package org.aftersales.policy.metrics;

import static org.aftersales.policy.metrics.CaseScript.ended;
import static org.aftersales.policy.metrics.CaseScript.line;
import static org.aftersales.policy.metrics.CaseScript.moved;
import static org.aftersales.policy.metrics.CaseScript.started;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseOutcome;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.DeadlineId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.Shipment;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.money.Money;

/**
 * Random case histories from a seed: cases of every type and reason on three products, each a random
 * run of merchant answers, silences, escalations, rulings, returns, refunds, an end and a rating; and
 * a ledger of their receipts and other deliveries.
 */
final class RandomHistories {

  static final Instant START = HandWorkedHistory.at("2026-03-02T08:00:00");
  private static final String[] SKUS = {"MUG", "LAMP", "CUP"};

  final InMemoryDeliveryLedger ledger = new InMemoryDeliveryLedger();
  final List<List<RecordedEvent>> cases = new ArrayList<>();

  RandomHistories(long seed, int caseCount) {
    Random random = new Random(seed);
    for (String sku : SKUS) {
      for (int day = -10; day < 30; day++) {
        ledger.deliveredOn(HandWorkedHistory.SHOP, sku, LocalDate.parse("2026-03-02").plusDays(day), random.nextInt(20));
      }
    }
    for (int c = 0; c < caseCount; c++) {
      cases.add(oneCase(random, "c" + c));
    }
  }

  private List<RecordedEvent> oneCase(Random random, String id) {
    Instant t = START.plusSeconds(random.nextInt(20 * 86_400));
    CaseType type = CaseType.values()[random.nextInt(CaseType.values().length)];
    Reason reason = Reason.values()[random.nextInt(Reason.values().length)];
    List<OrderLine> lines = new ArrayList<>();
    for (int l = 0; l <= random.nextInt(2); l++) {
      lines.add(line(id + "-l" + l, SKUS[random.nextInt(SKUS.length)], 1 + random.nextInt(3), "CNY 10.00"));
    }
    CaseScript script = CaseScript.open(HandWorkedHistory.SHOP, id, type, reason, t, lines.toArray(OrderLine[]::new));
    for (OrderLine line : lines) {
      if (random.nextInt(4) > 0) {
        ledger.received(HandWorkedHistory.SHOP, script.orderId(), line.lineId(), line.sku(), line.quantity(),
            t.minusSeconds(random.nextInt(12 * 86_400)), HandWorkedHistory.SHANGHAI);
      }
    }
    int steps = random.nextInt(9);
    for (int s = 0; s < steps; s++) {
      t = t.plusSeconds(60 + random.nextInt(3 * 86_400));
      step(random, script, id + "-" + s, t);
    }
    if (random.nextBoolean()) {
      t = t.plusSeconds(60 + random.nextInt(86_400));
      CaseOutcome outcome = CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)];
      script.step(t, Actor.SYSTEM, ended(random.nextBoolean() ? CaseState.COMPLETED : CaseState.CLOSED, outcome));
      if (random.nextBoolean()) {
        script.step(t.plusSeconds(3_600), Actor.BUYER, new CaseEvent.Rated(new Rating(1 + random.nextInt(5), "")));
      }
    }
    return script.events();
  }

  private static void step(Random random, CaseScript script, String deadline, Instant t) {
    switch (random.nextInt(11)) {
      case 0 -> script.step(t, Actor.MERCHANT, new CaseEvent.RequestApproved(false), moved(CaseState.AWAITING_RETURN_SHIPMENT));
      case 1 -> script.step(t, Actor.MERCHANT, new CaseEvent.RequestRejected("no", List.of()), moved(CaseState.REJECTED));
      case 2 -> script.step(t, random.nextBoolean() ? Actor.MERCHANT : Actor.PLATFORM, new CaseEvent.InfoRequested("?"));
      case 3 -> script.step(t, Actor.BUYER, new CaseEvent.Escalated(Actor.BUYER, "unfair", List.of()));
      case 4 -> script.step(t, Actor.PLATFORM, new CaseEvent.Ruled(Ruling.values()[random.nextInt(3)],
          Optional.of(Money.parse("CNY 5.00")), "", random.nextBoolean()));
      case 5 -> script.step(t, Actor.BUYER, new CaseEvent.ReturnShipped(new Shipment("SF", deadline)));
      case 6 -> script.step(t, Actor.SYSTEM, new CaseEvent.RefundConfirmed(Money.of(random.nextInt(5_000), "CNY"), 1, "p"));
      case 7 -> script.step(t, Actor.SYSTEM, started(deadline, DeadlineKind.INSPECTION,
          random.nextBoolean() ? Actor.MERCHANT : Actor.BUYER, t));
      case 8 -> script.step(t, Actor.SYSTEM, new CaseEvent.DeadlineExpired(DeadlineId.of(random.nextBoolean()
          ? script.events().get(0).caseId().value() + "-respond" : deadline), DeadlineKind.MERCHANT_RESPONSE,
          DefaultAction.APPROVE));
      case 9 -> script.step(t, Actor.MERCHANT, new CaseEvent.PartialRefundOffered(Money.parse("CNY 3.00"), ""),
          new CaseEvent.DeadlineCancelled(DeadlineId.of(script.events().get(0).caseId().value() + "-respond"),
              DeadlineKind.MERCHANT_RESPONSE));
      default -> script.step(t, Actor.BUYER, new CaseEvent.ComplaintFiled("slow", List.of()));
    }
  }

  /** Returns every event, case after case: the order of a rebuild that reads case by case. */
  List<RecordedEvent> caseByCase() {
    return cases.stream().flatMap(List::stream).toList();
  }

  /** Returns every event in the order they occurred, ties broken by case. */
  List<RecordedEvent> inTimeOrder() {
    List<RecordedEvent> all = new ArrayList<>(caseByCase());
    all.sort(java.util.Comparator.comparing(RecordedEvent::occurredAt));
    return all;
  }

  /**
   * Returns the events as an at-least-once delivery might: cases interleaved at random, each case in
   * order, and now and then a few of a case's delivered events delivered again.
   */
  List<RecordedEvent> deliveredAtLeastOnce(long seed, List<RecordedEvent> order) {
    Random random = new Random(seed);
    List<RecordedEvent> delivered = new ArrayList<>();
    List<List<RecordedEvent>> queues = new ArrayList<>();
    if (order == null) {
      cases.forEach(c -> queues.add(new ArrayList<>(c)));
    } else {
      queues.add(new ArrayList<>(order));
    }
    List<List<RecordedEvent>> sent = new ArrayList<>();
    queues.forEach(q -> sent.add(new ArrayList<>()));
    while (queues.stream().anyMatch(q -> !q.isEmpty())) {
      int pick = random.nextInt(queues.size());
      List<RecordedEvent> queue = queues.get(pick);
      if (queue.isEmpty()) {
        continue;
      }
      RecordedEvent next = queue.remove(0);
      delivered.add(next);
      sent.get(pick).add(next);
      if (random.nextInt(6) == 0) {
        List<RecordedEvent> done = sent.get(pick);
        delivered.addAll(done.subList(Math.max(0, done.size() - 1 - random.nextInt(4)), done.size()));
      }
    }
    return delivered;
  }
}

package org.aftersales.policy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.Ruling;
import org.aftersales.casefile.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The projection under random histories of many cases, two tenants and three buyers, delivered in a
 * random interleaving that keeps each case's order and with random redeliveries: it ends in the state
 * a rebuild from the plain history reaches, assessed alike at every moment, with counts never
 * negative and flags always within their rule's window and expiry.
 */
class BuyerRiskProjectionPropertyTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<TenantId> TENANTS = List.of(Histories.SHOP, TenantId.of("shop-2"));
  private static final List<PartyId> BUYERS = List.of(Histories.ALICE, Histories.BOB, PartyId.of("carol"));
  private static final CaseType[] TYPES = CaseType.values();
  private static final Reason[] REASONS = Reason.values();

  @Test
  void incrementalWithRedeliveriesEqualsRebuild_countsNeverNegative_flagsWithinTheirRules() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 120))
        .checkAssert(choices -> {
          Script script = new Script(choices);
          List<List<RecordedEvent>> cases = script.cases();
          InMemoryBuyerRiskStore incremental = new InMemoryBuyerRiskStore();
          BuyerRiskProjection live = new BuyerRiskProjection(incremental);
          for (RecordedEvent e : script.delivery(cases)) {
            live.apply(e);
          }
          InMemoryBuyerRiskStore rebuilt = new InMemoryBuyerRiskStore();
          BuyerRiskProjection replay = new BuyerRiskProjection(rebuilt);
          cases.forEach(replay::applyAll);

          InMemoryCompletedOrders orders = new InMemoryCompletedOrders();
          for (int i = 0; i < script.next(12); i++) {
            orders.completed(TENANTS.get(0), BUYERS.get(i % BUYERS.size()), OrderId.of("o" + i));
          }
          for (int day = 0; day <= 120; day += 7) {
            Instant at = START.plus(Duration.ofDays(day));
            Clock clock = Clock.fixed(at, ZoneOffset.UTC);
            BuyerRisk fromLive = new BuyerRisk(BuyerRiskExamplesTest.TERMS, incremental, orders, clock);
            BuyerRisk fromRebuild = new BuyerRisk(BuyerRiskExamplesTest.TERMS, rebuilt, orders, clock);
            for (TenantId tenant : TENANTS) {
              for (PartyId buyer : BUYERS) {
                BuyerAssessment a = fromLive.assess(tenant, buyer);
                assertThat(a).as("%s of %s at %s", buyer, tenant, at).isEqualTo(fromRebuild.assess(tenant, buyer));
                assertThat(a.counts().values()).allMatch(n -> n >= 0);
                for (RiskFlag flag : a.flags()) {
                  assertThat(flag.raisedAt()).isBeforeOrEqualTo(at);
                  assertThat(flag.expiresAt()).isAfter(at);
                  assertThat(flag.figure()).isGreaterThanOrEqualTo(flag.threshold());
                }
                for (RiskMeasure m : RiskMeasure.values()) {
                  if (m.isCount()) {
                    assertThat(incremental.incidents(tenant, buyer, m)).as("incidents of %s", m)
                        .containsExactlyInAnyOrderElementsOf(rebuilt.incidents(tenant, buyer, m));
                  }
                }
              }
            }
          }
        });
  }

  @Test
  void aStoreThatDropsIncidentsBeyondTheRetention_assessesAsOneThatKeepsThemAll_fromTheNewestEventOn() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 120))
        .checkAssert(choices -> {
          Script script = new Script(choices);
          List<List<RecordedEvent>> cases = script.cases();
          InMemoryBuyerRiskStore all = new InMemoryBuyerRiskStore();
          InMemoryBuyerRiskStore pruned = new InMemoryBuyerRiskStore(BuyerRiskExamplesTest.TERMS.retention());
          List<RecordedEvent> delivered = script.delivery(cases);
          delivered.forEach(new BuyerRiskProjection(all)::apply);
          delivered.forEach(new BuyerRiskProjection(pruned)::apply);
          Instant newest = delivered.stream().map(RecordedEvent::occurredAt).max(Instant::compareTo).orElseThrow();
          InMemoryCompletedOrders orders = new InMemoryCompletedOrders();
          for (int i = 0; i < script.next(12); i++) {
            orders.completed(TENANTS.get(0), BUYERS.get(i % BUYERS.size()), OrderId.of("o" + i));
          }
          for (int day = 0; day <= 120; day += 5) {
            Instant at = newest.plus(Duration.ofDays(day));
            Clock clock = Clock.fixed(at, ZoneOffset.UTC);
            for (TenantId tenant : TENANTS) {
              for (PartyId buyer : BUYERS) {
                assertThat(new BuyerRisk(BuyerRiskExamplesTest.TERMS, pruned, orders, clock).assess(tenant, buyer))
                    .as("%s of %s at %s", buyer, tenant, at)
                    .isEqualTo(new BuyerRisk(BuyerRiskExamplesTest.TERMS, all, orders, clock).assess(tenant, buyer));
              }
            }
          }
        });
  }

  /** Reads the random choices in order, wrapping around. */
  private static final class Script {
    private final List<Integer> choices;
    private int at;

    Script(List<Integer> choices) {
      this.choices = choices;
    }

    int next(int bound) {
      return choices.get(at++ % choices.size()) % bound;
    }

    List<List<RecordedEvent>> cases() {
      List<List<RecordedEvent>> cases = new ArrayList<>();
      int count = 1 + next(8);
      for (int c = 0; c < count; c++) {
        Instant t = START.plus(Duration.ofHours(next(24 * 100)));
        Histories h = Histories.opened("case-" + c, TENANTS.get(next(2)), BUYERS.get(next(3)), TYPES[next(TYPES.length)],
            REASONS[next(REASONS.length)], t);
        int events = next(6);
        for (int e = 0; e < events; e++) {
          t = t.plus(Duration.ofHours(1 + next(72)));
          h.add(t, event(next(8)));
        }
        cases.add(h.events());
      }
      return cases;
    }

    private CaseEvent event(int kind) {
      return switch (kind) {
        case 0 -> new CaseEvent.RequestModified(REASONS[next(REASONS.length)], Histories.PAID, "", List.of());
        case 1 -> new CaseEvent.ReturnShipped(new org.aftersales.casefile.Shipment("SF", "T" + next(100)));
        case 2 -> new CaseEvent.InstantRefundGranted("shop.instant", Histories.PAID);
        case 3 -> new CaseEvent.RefundConfirmed(Histories.PAID, 1, "pay");
        case 4 -> new CaseEvent.InspectionFailed("used", List.of());
        case 5 -> new CaseEvent.Ruled(Ruling.FOR_MERCHANT, Optional.empty(), "", false);
        case 6 -> new CaseEvent.Escalated(org.aftersales.casefile.Actor.BUYER, "no", List.of());
        default -> new CaseEvent.Ruled(Ruling.FOR_BUYER, Optional.empty(), "", false);
      };
    }

    /** Interleaves the cases keeping each one's order, and redelivers some events already sent. */
    List<RecordedEvent> delivery(List<List<RecordedEvent>> cases) {
      List<RecordedEvent> out = new ArrayList<>();
      int[] sent = new int[cases.size()];
      int left = cases.stream().mapToInt(List::size).sum();
      while (left > 0) {
        int c = next(cases.size());
        while (sent[c] == cases.get(c).size()) {
          c = (c + 1) % cases.size();
        }
        out.add(cases.get(c).get(sent[c]++));
        left--;
        if (next(4) == 0) {
          out.add(out.get(next(out.size())));
        }
      }
      return out;
    }
  }
}

package org.aftersales.policy.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link DeliveryLedger} the host feeds: receipts per order line, recorded once, and
 * units per product and day (and for all products) summed over half-open ranges. Each adapter's test
 * extends it and says how to make an empty ledger and how the host feeds it.
 */
public abstract class DeliveryLedgerContract {

  private static final TenantId SHOP = TenantId.of("shop-1");
  private static final TenantId OTHER_SHOP = TenantId.of("shop-2");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final OrderId ORDER = OrderId.of("o-1");
  /** 17:30 UTC on Monday is 01:30 on Tuesday in Shanghai: the zone decides the day. */
  private static final Instant MON_17_30_UTC = Instant.parse("2026-03-02T17:30:00Z");
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final LocalDate TUE = MON.plusDays(1);

  /** Returns an empty ledger. */
  protected abstract FedDeliveryLedger newLedger();

  private FedDeliveryLedger ledger;

  @BeforeEach
  final void startWithAnEmptyLedger() {
    ledger = newLedger();
  }

  @Test
  void aReceiptIsKnownByItsLineAndCountsItsUnitsOnTheDayOfTheTenantsZone() {
    ledger.received(SHOP, ORDER, "l1", "MUG", 3, MON_17_30_UTC, SHANGHAI);
    assertThat(ledger.receivedAt(SHOP, ORDER, "l1")).contains(MON_17_30_UTC);
    assertThat(ledger.receivedAt(SHOP, ORDER, "l2")).isEmpty();
    assertThat(ledger.receivedAt(OTHER_SHOP, ORDER, "l1")).isEmpty();
    assertThat(ledger.deliveredUnits(SHOP, "MUG", TUE, TUE.plusDays(1))).isEqualTo(3);
    assertThat(ledger.deliveredUnits(SHOP, "MUG", MON, TUE)).isZero();
    assertThat(ledger.deliveredUnits(SHOP, MetricKey.ALL_PRODUCTS, TUE, TUE.plusDays(1))).isEqualTo(3);
  }

  @Test
  void aLineReceivedTwiceIsRefusedAndCountsOnce() {
    ledger.received(SHOP, ORDER, "l1", "MUG", 3, MON_17_30_UTC, SHANGHAI);
    assertThatThrownBy(() -> ledger.received(SHOP, ORDER, "l1", "MUG", 5, MON_17_30_UTC.plusSeconds(60), SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recorded already");
    assertThat(ledger.receivedAt(SHOP, ORDER, "l1")).contains(MON_17_30_UTC);
    assertThat(ledger.deliveredUnits(SHOP, "MUG", MON, MON.plusDays(7))).isEqualTo(3);
  }

  @Test
  void unitsAddUpPerProductAndDayAndARangeSumsItsDaysFromInclusiveToExclusive() {
    ledger.deliveredOn(SHOP, "MUG", MON, 10);
    ledger.deliveredOn(SHOP, "MUG", MON, 5);
    ledger.deliveredOn(SHOP, "MUG", TUE, 7);
    ledger.deliveredOn(SHOP, "LAMP", MON, 2);
    ledger.deliveredOn(OTHER_SHOP, "MUG", MON, 100);
    assertThat(ledger.deliveredUnits(SHOP, "MUG", MON, TUE)).isEqualTo(15);
    assertThat(ledger.deliveredUnits(SHOP, "MUG", MON, TUE.plusDays(1))).isEqualTo(22);
    assertThat(ledger.deliveredUnits(SHOP, MetricKey.ALL_PRODUCTS, MON, TUE)).isEqualTo(17);
    assertThat(ledger.deliveredUnits(SHOP, "CUP", MON, TUE)).isZero();
  }

  @Test
  void anEmptyRangeIsZeroAndAReversedOneIsRefused() {
    ledger.deliveredOn(SHOP, "MUG", MON, 10);
    assertThat(ledger.deliveredUnits(SHOP, "MUG", MON, MON)).isZero();
    assertThatThrownBy(() -> ledger.deliveredUnits(SHOP, "MUG", TUE, MON)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before fromInclusive");
  }

  @Test
  void badInputIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> ledger.received(SHOP, ORDER, "l1", "MUG", 0, MON_17_30_UTC, SHANGHAI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units");
    assertThatThrownBy(() -> ledger.deliveredOn(SHOP, "MUG", MON, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> ledger.received(SHOP, ORDER, "l1", "MUG", 1, MON_17_30_UTC, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ledger.receivedAt(SHOP, null, "l1")).isInstanceOf(NullPointerException.class);
    assertThat(ledger.receivedAt(SHOP, ORDER, "l1")).isEmpty();
    assertThat(ledger.deliveredUnits(SHOP, MetricKey.ALL_PRODUCTS, MON.minusDays(7), MON.plusDays(7))).isZero();
  }
}

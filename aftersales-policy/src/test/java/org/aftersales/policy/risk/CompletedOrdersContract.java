package org.aftersales.policy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CompletedOrders} the host feeds order by order: counted per tenant and buyer,
 * an order once however often reported. Each adapter's test extends it.
 */
public abstract class CompletedOrdersContract {

  private static final TenantId SHOP = TenantId.of("shop-1");
  private static final TenantId OTHER_SHOP = TenantId.of("shop-2");
  private static final PartyId BUYER = PartyId.of("buyer-1");
  private static final PartyId OTHER_BUYER = PartyId.of("buyer-2");

  /** Returns an adapter with no orders recorded. */
  protected abstract FedCompletedOrders newOrders();

  private FedCompletedOrders orders;

  @BeforeEach
  final void startEmpty() {
    orders = newOrders();
  }

  @Test
  void aBuyerWithNoOrdersHasCompletedNone() {
    assertThat(orders.count(SHOP, BUYER)).isZero();
  }

  @Test
  void ordersCountOncePerTenantAndBuyer() {
    orders.completed(SHOP, BUYER, OrderId.of("o-1"));
    orders.completed(SHOP, BUYER, OrderId.of("o-2"));
    orders.completed(SHOP, BUYER, OrderId.of("o-1"));
    orders.completed(SHOP, OTHER_BUYER, OrderId.of("o-3"));
    orders.completed(OTHER_SHOP, BUYER, OrderId.of("o-4"));
    assertThat(orders.count(SHOP, BUYER)).isEqualTo(2);
    assertThat(orders.count(SHOP, OTHER_BUYER)).isEqualTo(1);
    assertThat(orders.count(OTHER_SHOP, BUYER)).isEqualTo(1);
  }

  @Test
  void nullsAreRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> orders.completed(SHOP, BUYER, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> orders.count(null, BUYER)).isInstanceOf(NullPointerException.class);
    assertThat(orders.count(SHOP, BUYER)).isZero();
  }
}

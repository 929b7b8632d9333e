package org.aftersales.policy.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link BuyerRiskStore} keeps: an event id is seen once, a case's note is replaced
 * whole, and a buyer's incidents are kept per tenant, buyer and measure, repeats included. Each
 * adapter's test extends it and says how to make an empty store.
 */
public abstract class BuyerRiskStoreContract {

  private static final TenantId SHOP = TenantId.of("shop-1");
  private static final TenantId OTHER_SHOP = TenantId.of("shop-2");
  private static final PartyId BUYER = PartyId.of("buyer-1");
  private static final PartyId OTHER_BUYER = PartyId.of("buyer-2");
  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00.123456789Z");

  /** Returns an empty store. */
  protected abstract BuyerRiskStore newStore();

  private BuyerRiskStore store;

  @BeforeEach
  final void startWithAnEmptyStore() {
    store = newStore();
  }

  @Test
  void anEventIdIsSeenForTheFirstTimeOnlyOnce() {
    assertThat(store.firstSight("c-1:1:0")).isTrue();
    assertThat(store.firstSight("c-1:1:0")).isFalse();
    assertThat(store.firstSight("c-1:1:1")).isTrue();
  }

  @Test
  void aCaseNoteIsAbsentUntilPutAndThenReplacedWhole() {
    CaseId id = CaseId.of("c-1");
    assertThat(store.note(id)).isEmpty();
    CaseNote opened = new CaseNote(SHOP, BUYER, CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND, false, false, false, false);
    store.putNote(id, opened);
    assertThat(store.note(id)).contains(opened);
    CaseNote returned = opened.withReturn().withInstantRefund().withDisputeOpen(true);
    store.putNote(id, returned);
    assertThat(store.note(id)).contains(returned);
    assertThat(store.note(CaseId.of("c-2"))).isEmpty();
  }

  @Test
  void incidentsAreKeptPerTenantBuyerAndMeasureRepeatsIncluded() {
    store.addIncident(SHOP, BUYER, RiskMeasure.RETURNS, T0);
    store.addIncident(SHOP, BUYER, RiskMeasure.RETURNS, T0);
    store.addIncident(SHOP, BUYER, RiskMeasure.RETURNS, T0.plusSeconds(3600));
    store.addIncident(SHOP, BUYER, RiskMeasure.DISPUTES_LOST, T0);
    store.addIncident(SHOP, OTHER_BUYER, RiskMeasure.RETURNS, T0);
    store.addIncident(OTHER_SHOP, BUYER, RiskMeasure.RETURNS, T0);
    assertThat(store.incidents(SHOP, BUYER, RiskMeasure.RETURNS))
        .containsExactlyInAnyOrder(T0, T0, T0.plusSeconds(3600));
    assertThat(store.incidents(SHOP, BUYER, RiskMeasure.DISPUTES_LOST)).containsExactly(T0);
    assertThat(store.incidents(SHOP, BUYER, RiskMeasure.NO_REASON_RETURNS)).isEmpty();
    assertThat(store.incidents(OTHER_SHOP, OTHER_BUYER, RiskMeasure.RETURNS)).isEmpty();
  }

  @Test
  void aNullEventIdIsRefused() {
    assertThatThrownBy(() -> store.firstSight(null)).isInstanceOf(NullPointerException.class);
  }
}

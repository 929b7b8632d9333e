package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RejectionCode;
import org.aftersales.casefile.TenantId;
import org.aftersales.store.CasePage;
import org.aftersales.store.CaseQuery;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.SeedCaseDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The buyer's timeline and the merchant's lists: keyset paging, filters and tenant isolation. */
class CaseQueryExamplesTest {

  private static final Instant T0 = Fixtures.WED_2025_03_05_10_00;

  private Harness h;
  /** SHOP's cases in opening order. */
  private final List<AfterSalesCase> shop = new ArrayList<>();
  private final List<AfterSalesCase> otherShop = new ArrayList<>();

  private AfterSalesCase openFor(TenantId tenant, PartyId buyer, CaseType type) {
    CaseCommand.Open open = CaseCommand.Open.of(OrderId.of("order-" + (shop.size() + otherShop.size())), buyer, type, Reason.QUALITY_DEFECT,
        Channel.WEB, List.of(Fixtures.line("l1", 9_900)), "", List.of());
    CommandOutcome outcome = h.service.handle(CommandEnvelope.open(tenant, Actor.BUYER, buyer, h.nextKey(), open));
    return ((CommandOutcome.Accepted) outcome).after();
  }

  private void send(AfterSalesCase c, Actor actor, CaseCommand command) {
    PartyId who = actor == Actor.BUYER ? c.buyerId() : Fixtures.MERCHANT_STAFF;
    assertThat(h.service.handle(CommandEnvelope.to(c.tenant(), c.id(), actor, who, h.nextKey(), command)).isAccepted())
        .isTrue();
  }

  private static final CaseCommand REJECT = new CaseCommand.Reject("Worn", List.of());

  /**
   * SHOP, one minute apart unless noted:
   * <pre>
   *  #0 buyer-1 R&R       REQUESTED               (awaits MERCHANT)
   *  #1 buyer-2 R&R       REJECTED                (awaits BUYER)
   *  #2 buyer-1 REFUND    REFUND_PENDING          (awaits SYSTEM)
   *  #3 buyer-1 R&R       REJECTED
   *  #4 buyer-2 EXCHANGE  REQUESTED
   *  #5 buyer-1 R&R       REQUESTED
   *  #6 buyer-2 REFUND    CLOSED (withdrawn)      (awaits nobody)
   *  #7 buyer-1 REPAIR    REJECTED
   *  #8 buyer-1 R&R       REQUESTED
   *  #9, #10 buyer-1 R&R  REQUESTED, opened in the same millisecond
   * </pre>
   * OTHER_SHOP has three REQUESTED cases of buyer-1, opened in between.
   */
  @BeforeEach
  void elevenCasesInOneShopThreeInAnother() {
    h = new Harness();
    PartyId b1 = Fixtures.BUYER;
    PartyId b2 = Fixtures.OTHER_BUYER;
    Object[][] plan = {
        {b1, CaseType.RETURN_AND_REFUND}, {b2, CaseType.RETURN_AND_REFUND}, {b1, CaseType.REFUND_ONLY},
        {b1, CaseType.RETURN_AND_REFUND}, {b2, CaseType.EXCHANGE}, {b1, CaseType.RETURN_AND_REFUND},
        {b2, CaseType.REFUND_ONLY}, {b1, CaseType.REPAIR}, {b1, CaseType.RETURN_AND_REFUND},
        {b1, CaseType.RETURN_AND_REFUND}, {b1, CaseType.RETURN_AND_REFUND}};
    for (int i = 0; i < plan.length; i++) {
      if (i < 10) {
        h.clock.set(T0.plus(Duration.ofMinutes(i)).plusNanos(i * 1_000L)); // sub-millisecond noise
      }
      shop.add(openFor(Fixtures.SHOP, (PartyId) plan[i][0], (CaseType) plan[i][1]));
      if (i % 4 == 0) {
        otherShop.add(openFor(Fixtures.OTHER_SHOP, b1, CaseType.RETURN_AND_REFUND));
      }
    }
    send(shop.get(1), Actor.MERCHANT, REJECT);
    send(shop.get(2), Actor.MERCHANT, new CaseCommand.Approve());
    send(shop.get(3), Actor.MERCHANT, REJECT);
    send(shop.get(6), Actor.BUYER, new CaseCommand.Withdraw(""));
    send(shop.get(7), Actor.MERCHANT, REJECT);
    assertThat(shop.get(9).openedAt()).isEqualTo(shop.get(10).openedAt());
  }

  private List<CaseId> ids(int... indexes) {
    List<CaseId> ids = new ArrayList<>();
    for (int i : indexes) {
      ids.add(shop.get(i).id());
    }
    return ids;
  }

  /** Pages through a query to its end, checking each page's size and cursor; returns the ids in order. */
  private List<CaseId> pageThrough(CaseQuery first, int expectedPages) {
    List<CaseId> seen = new ArrayList<>();
    CaseQuery query = first;
    int pages = 0;
    while (true) {
      CasePage page = h.service.cases(query);
      pages++;
      assertThat(page.cases()).hasSizeLessThanOrEqualTo(first.limit());
      page.cases().forEach(c -> seen.add(c.id()));
      if (page.nextCursor().isEmpty()) {
        break;
      }
      assertThat(page.cases()).as("a page with a cursor is full").hasSize(first.limit());
      assertThat(page.nextCursor()).contains(CasePage.cursorAfter(page.cases().get(page.cases().size() - 1)));
      assertThat(pages).as("runaway paging").isLessThan(100);
      query = query.continuingAfter(page.nextCursor().get());
    }
    assertThat(pages).as("pages").isEqualTo(expectedPages);
    return seen;
  }

  // ------------------------------------------------------------------ paging and filters

  @Test
  void allCases_pagedByTwo_comeInOpeningOrderAcrossSixPages() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 2), 6)).containsExactlyElementsOf(ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  }

  @Test
  void pageSizeEqualToTheNumberOfCases_isOnePageWithoutCursor() {
    CasePage page = h.service.cases(CaseQuery.all(Fixtures.SHOP, 11));
    assertThat(page.cases()).hasSize(11);
    assertThat(page.nextCursor()).isEmpty();
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 10), 2)).hasSize(11);
  }

  @Test
  void casesOpenedInTheSameMillisecond_areOrderedByIdAndNeitherIsSkipped() {
    // #9 and #10 share their opening millisecond: the id breaks the tie, and a cursor after #9 still finds #10.
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 1), 11)).containsExactlyElementsOf(
        ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    CasePage upToNine = h.service.cases(CaseQuery.all(Fixtures.SHOP, 10));
    assertThat(upToNine.cases()).last().extracting(AfterSalesCase::id).isEqualTo(shop.get(9).id());
    CasePage rest = h.service.cases(CaseQuery.all(Fixtures.SHOP, 10).continuingAfter(upToNine.nextCursor().orElseThrow()));
    assertThat(rest.cases()).extracting(AfterSalesCase::id).containsExactly(shop.get(10).id());
  }

  @Test
  void stateFilter_pagesOnlyThatState() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 2).inState(CaseState.REQUESTED), 3))
        .containsExactlyElementsOf(ids(0, 4, 5, 8, 9, 10));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 2).inState(CaseState.REJECTED), 2))
        .containsExactlyElementsOf(ids(1, 3, 7));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 2).inState(CaseState.COMPLETED), 1)).isEmpty();
  }

  @Test
  void buyerFilter_pagesOnlyThatBuyersCases() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 2).ofBuyer(Fixtures.OTHER_BUYER), 2))
        .containsExactlyElementsOf(ids(1, 4, 6));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 3).ofBuyer(Fixtures.BUYER), 3))
        .containsExactlyElementsOf(ids(0, 2, 3, 5, 7, 8, 9, 10));
  }

  @Test
  void awaitingFilter_isEachPartysToDoList() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 4).waitingOn(Actor.MERCHANT), 2))
        .containsExactlyElementsOf(ids(0, 4, 5, 8, 9, 10));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 4).waitingOn(Actor.BUYER), 1))
        .containsExactlyElementsOf(ids(1, 3, 7));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 4).waitingOn(Actor.SYSTEM), 1))
        .containsExactlyElementsOf(ids(2));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 4).waitingOn(Actor.PLATFORM), 1)).isEmpty();
  }

  @Test
  void refundFailingBeyondTheAutomaticAttempts_isOnThePlatformsToDoList() {
    // #2 is REFUND_PENDING; its refund fails three times, after which the system stops retrying and
    // alerts the platform ("waiting for PLATFORM"), which alone may now settle it.
    AfterSalesCase refund = shop.get(2);
    for (int attempt = 1; attempt <= 3; attempt++) {
      send(refund, Actor.SYSTEM, new CaseCommand.ReportRefundFailure(attempt, "account closed"));
      if (attempt < 3) {
        send(refund, Actor.PLATFORM, new CaseCommand.RetryRefund());
      }
    }
    AfterSalesCase stuck = h.service.find(Fixtures.SHOP, refund.id()).orElseThrow();
    assertThat(stuck.state()).isEqualTo(CaseState.REFUND_FAILED);
    assertThat(stuck.deadlines()).isEmpty();
    assertThat(h.service.timeline(Fixtures.SHOP, refund.id())).last().extracting(TimelineEntry::text)
        .isEqualTo("Refund failed 3 times; automatic retries stopped and the platform must settle it");

    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 10).waitingOn(Actor.PLATFORM), 1))
        .as("cases waiting on the platform").containsExactlyElementsOf(ids(2));
  }

  @Test
  void combinedFilters() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 1).inState(CaseState.REJECTED).ofBuyer(Fixtures.BUYER), 2))
        .containsExactlyElementsOf(ids(3, 7));
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 5).waitingOn(Actor.MERCHANT).ofBuyer(Fixtures.OTHER_BUYER), 1))
        .containsExactlyElementsOf(ids(4));
  }

  @Test
  void keysetPaging_isStableWhileCasesAreAddedAndChange() {
    CaseQuery requested = CaseQuery.all(Fixtures.SHOP, 2).inState(CaseState.REQUESTED);
    CasePage first = h.service.cases(requested);
    assertThat(first.cases()).extracting(AfterSalesCase::id).containsExactlyElementsOf(ids(0, 4));

    // Meanwhile: the merchant approves #5 (it leaves the filter), and a new case is opened.
    send(shop.get(5), Actor.MERCHANT, new CaseCommand.Approve());
    h.clock.set(T0.plus(Duration.ofHours(1)));
    AfterSalesCase late = openFor(Fixtures.SHOP, Fixtures.BUYER, CaseType.RETURN_AND_REFUND);

    List<CaseId> rest = pageThrough(requested.continuingAfter(first.nextCursor().orElseThrow()), 2);
    List<CaseId> expected = new ArrayList<>(ids(8, 9, 10));
    expected.add(late.id());
    assertThat(rest).containsExactlyElementsOf(expected);
  }

  @Test
  void badQueries_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CaseQuery.all(Fixtures.SHOP, 0)).withMessageContaining("limit");
    assertThatIllegalArgumentException().isThrownBy(() -> CaseQuery.all(Fixtures.SHOP, 1001)).withMessageContaining("limit");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h.service.cases(CaseQuery.all(Fixtures.SHOP, 5).continuingAfter("not-a-cursor")))
        .withMessageContaining("cursor");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> h.service.cases(CaseQuery.all(Fixtures.SHOP, 5).continuingAfter("abc~case-1")))
        .withMessageContaining("cursor");
  }

  // ------------------------------------------------------------------ tenants

  @Test
  void otherTenant_seesNothingOfThisShop() {
    assertThat(pageThrough(CaseQuery.all(Fixtures.OTHER_SHOP, 2), 2))
        .containsExactlyElementsOf(otherShop.stream().map(AfterSalesCase::id).toList());
    assertThat(pageThrough(CaseQuery.all(Fixtures.SHOP, 100), 1))
        .doesNotContainAnyElementsOf(otherShop.stream().map(AfterSalesCase::id).toList());

    for (AfterSalesCase c : shop) {
      assertThat(h.service.find(Fixtures.OTHER_SHOP, c.id())).isEmpty();
      assertThat(h.service.timeline(Fixtures.OTHER_SHOP, c.id())).isEmpty();
      assertThat(h.store.history(Fixtures.OTHER_SHOP, c.id())).isEmpty();
    }
    // A cursor taken from one shop's list does not open the other's.
    String cursor = CasePage.cursorAfter(shop.get(0));
    assertThat(h.service.cases(CaseQuery.all(Fixtures.OTHER_SHOP, 100).continuingAfter(cursor)).cases())
        .allSatisfy(c -> assertThat(c.tenant()).isEqualTo(Fixtures.OTHER_SHOP));
    // Filters do not leak either.
    assertThat(h.service.cases(CaseQuery.all(Fixtures.OTHER_SHOP, 100).inState(CaseState.REJECTED)).cases()).isEmpty();
    assertThat(h.service.cases(CaseQuery.all(Fixtures.OTHER_SHOP, 100).ofBuyer(Fixtures.OTHER_BUYER)).cases()).isEmpty();
    assertThat(h.service.cases(CaseQuery.all(TenantId.of("shop-without-cases"), 100)).cases()).isEmpty();
  }

  @Test
  void otherTenant_cannotActOnThisShopsCase() {
    AfterSalesCase c = shop.get(0);
    CommandOutcome outcome = h.service.handle(CommandEnvelope.to(Fixtures.OTHER_SHOP, c.id(), Actor.MERCHANT,
        Fixtures.MERCHANT_STAFF, h.nextKey(), new CaseCommand.Approve()));
    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo(RejectionCode.CASE_NOT_FOUND));
    assertThat(h.service.find(Fixtures.SHOP, c.id()).orElseThrow()).isEqualTo(c);
  }

  // ------------------------------------------------------------------ timeline

  @Test
  void timeline_tellsTheCaseInWordsOldestFirst() {
    Harness fresh = new Harness();
    SeedCaseDriver d = SeedCaseDriver.open(fresh, CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT);
    d.at(T0.plus(Duration.ofHours(1))).by(Actor.MERCHANT, new CaseCommand.RequestInfo("Which size?"));
    d.at(T0.plus(Duration.ofHours(3))).by(Actor.BUYER, new CaseCommand.SupplyInfo("Size M", List.of()));
    d.at(T0.plus(Duration.ofHours(4))).reject();
    d.at(T0.plus(Duration.ofHours(5))).by(Actor.BUYER, new CaseCommand.AcceptDecision());
    d.by(Actor.BUYER, new CaseCommand.Rate(new Rating(5, "")));

    assertThat(d.timelineTexts()).containsExactly(
        "Case opened: RETURN_AND_REFUND for QUALITY_DEFECT on 2 line(s) of order harness-order-1 via APP, asking CNY 160.00",
        "Waiting for the merchant to respond until 2025-03-06 10:00 (24 hours); then the request is approved",
        "More information requested: Which size?",
        "Clock paused with 23 h left for the merchant to respond",
        "Now INFO_REQUESTED",
        "Waiting for the buyer to supply the information asked for until 2025-03-08 11:00 (72 hours);"
            + " then the case closes",
        "Buyer supplied information: Size M",
        "No longer waiting for the buyer to supply the information asked for",
        "Now REQUESTED",
        "Clock resumed: waiting for the merchant to respond until 2025-03-06 12:00",
        "Merchant rejected the request: Item shows signs of use",
        "No longer waiting for the merchant to respond",
        "Now REJECTED",
        "Waiting for the buyer to accept the rejection or escalate until 2025-03-12 14:00 (7 calendar days);"
            + " then the merchant's decision stands and the case closes",
        "Buyer accepted the merchant's decision",
        "No longer waiting for the buyer to accept the rejection or escalate",
        "Now CLOSED (REJECTION_ACCEPTED)",
        "Buyer rated the handling 5/5");

    assertThat(d.timeline()).extracting(TimelineEntry::at, TimelineEntry::actor, TimelineEntry::type)
        .startsWith(
            tuple(T0, Actor.BUYER, "CaseOpened"),
            tuple(T0, Actor.BUYER, "DeadlineStarted"),
            tuple(T0.plus(Duration.ofHours(1)), Actor.MERCHANT, "InfoRequested"))
        .endsWith(tuple(T0.plus(Duration.ofHours(5)), Actor.BUYER, "Rated"));
    assertThat(d.timeline()).extracting(TimelineEntry::at).isSorted();
    assertThat(d.timeline().get(0).toString())
        .isEqualTo("2025-03-05T02:00:00Z  BUYER  Case opened: RETURN_AND_REFUND for QUALITY_DEFECT on 2 line(s)"
            + " of order harness-order-1 via APP, asking CNY 160.00");
    assertThat(fresh.service.timeline(Fixtures.SHOP, CaseId.of("no-such-case"))).isEmpty();
    assertThat(fresh.service.timeline(Fixtures.OTHER_SHOP, d.c().id())).isEmpty();
  }

  @Test
  void timeline_showsWhoActed_includingTheSystem() {
    Harness fresh = new Harness();
    SeedCaseDriver d = SeedCaseDriver.open(fresh, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED);
    d.sweepAt(T0.plus(Duration.ofHours(18)));
    d.sweepAt(T0.plus(Duration.ofHours(24)));
    assertThat(d.timeline()).filteredOn(e -> e.actor() == Actor.SYSTEM).extracting(TimelineEntry::text).containsExactly(
        "Reminder to the merchant: 6 h left for the merchant to respond",
        "Limit reached while waiting for the merchant to respond",
        "Request approved automatically: the merchant did not respond in time",
        "Now REFUND_PENDING",
        "Refund of CNY 160.00 requested by the original payment route (attempt 1)",
        "Waiting for the refund to reach the buyer until 2025-03-09 10:00 (3 calendar days); then the platform is alerted");
    assertThat(d.state()).isEqualTo(CaseState.REFUND_PENDING);
  }
}

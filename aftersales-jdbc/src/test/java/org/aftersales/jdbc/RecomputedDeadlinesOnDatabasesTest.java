package org.aftersales.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.FallbackCalendar;
import org.aftersales.calendar.ImmutableWorkingCalendar;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.calendar.WorkingCalendarBuilder;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Deadline;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.jdbc.testing.TestDatabase;
import org.aftersales.jdbc.testing.TinyPool;
import org.aftersales.store.DueTimer;
import org.aftersales.store.OutboxMessage;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The calendar work's estimated deadlines on every database: a deadline's fallback basis, the
 * {@code RecomputeDeadlines} command and the {@code DeadlineRecomputed} event are stored and read back
 * exactly, and the recount moves the timer. The JVM runs in a zone far from UTC meanwhile, since stored
 * instants must not depend on it.
 *
 * <p>The buyer escalates on Monday 2026-12-28 10:00 in Shanghai; the platform has 5 working days (seed
 * rule). Without 2027 data the end is estimated as Monday 4 January; with New Year's Day, Tuesday 5 January.
 */
class RecomputedDeadlinesOnDatabasesTest {

  private static final Tables TABLES = TestDatabase.tables("recount");
  private static final Instant MON_2026_12_28_10_00 = Instant.parse("2026-12-28T02:00:00Z");
  private static final Instant END_OF_MON_2027_01_04 = Instant.parse("2027-01-04T16:00:00Z");
  private static final Instant END_OF_TUE_2027_01_05 = Instant.parse("2027-01-05T16:00:00Z");

  private final MutableClock clock = new MutableClock(MON_2026_12_28_10_00);
  private final AtomicReference<TenantPolicy> policy =
      new AtomicReference<>(policyOn(FallbackCalendar.weekendsOnlyBeyond(ChinaCalendars.mainland())));
  private final TimeZone jvmZone = TimeZone.getDefault();
  private TinyPool pool;
  private int keys;

  @AfterEach
  void restore() throws SQLException {
    TimeZone.setDefault(jvmZone);
    if (pool != null) {
      TestDatabase.drop(pool, TABLES);
      pool.close();
    }
  }

  private static TenantPolicy policyOn(WorkingCalendar calendar) {
    return TenantPolicy.of(SlaPolicy.seedDefaults(), calendar, Fixtures.WAREHOUSE);
  }

  /** The bundled data with 2027 added, New Year's Day as its only holiday (test data, not a published notice). */
  private static ImmutableWorkingCalendar mainlandWithNewYearsDay2027() {
    ImmutableWorkingCalendar cn = ChinaCalendars.mainland();
    WorkingCalendarBuilder builder = ImmutableWorkingCalendar.builder().name("CN mainland + 2027")
        .zone(cn.zone()).supportedRange(cn.firstSupported(), LocalDate.of(2027, 12, 31))
        .holiday(LocalDate.of(2027, 1, 1));
    cn.holidays().forEach(builder::holiday);
    cn.makeUpWorkingDays().forEach(builder::makeUpWorkingDay);
    return builder.build();
  }

  private CommandOutcome send(AfterSalesService service, AfterSalesCase c, Actor actor, PartyId who,
      CaseCommand command) {
    return service.handle(CommandEnvelope.to(Fixtures.SHOP, c.id(), actor, who, IdempotencyKey.of("k" + ++keys),
        command));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  void anEstimatedDeadlineItsRecountAndTheRecountCommandRoundTripExactly(TestDatabase database) throws SQLException {
    // Kiritimati is UTC+14: a timestamp read or written in the JVM's zone would be off by 14 hours.
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    pool = database.newPool(2);
    TestDatabase.installFresh(pool, TABLES);
    JdbcAfterSalesStore store = JdbcAfterSalesStore.open(ConnectionProvider.of(pool), TABLES, clock);
    AfterSalesService service =
        new AfterSalesService(store, tenant -> policy.get(), Fixtures.sequentialIds(), clock);

    CommandOutcome opened = service.handle(CommandEnvelope.open(Fixtures.SHOP, Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("k" + ++keys),
        Fixtures.openRequest(OrderId.of("order-1"), CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT)));
    AfterSalesCase c = ((CommandOutcome.Accepted) opened).after();
    send(service, c, Actor.MERCHANT, Fixtures.MERCHANT_STAFF, new CaseCommand.Reject("used", List.of(Fixtures.photo())));
    send(service, c, Actor.BUYER, Fixtures.BUYER, new CaseCommand.Escalate("no", List.of(Fixtures.photo())));
    // A first judgment in time leaves only the final ruling's clock, the one whose estimate this is about.
    AfterSalesCase escalated = ((CommandOutcome.Accepted) send(service, c, Actor.PLATFORM, Fixtures.PLATFORM_AGENT,
        new CaseCommand.GiveFirstJudgment("looking into it"))).after();

    Deadline estimated = store.load(Fixtures.SHOP, c.id()).orElseThrow().deadline(DeadlineKind.PLATFORM_RULING)
        .orElseThrow();
    assertThat(estimated.dueAt()).isEqualTo(END_OF_MON_2027_01_04);
    assertThat(estimated.fallbackBasis()).as("the fallback basis is stored")
        .isEqualTo(escalated.deadline(DeadlineKind.PLATFORM_RULING).orElseThrow().fallbackBasis())
        .hasValueSatisfying(basis -> assertThat(basis.countedFrom()).isEqualTo(MON_2026_12_28_10_00));
    assertThat(store.load(Fixtures.SHOP, c.id())).contains(escalated);

    policy.set(policyOn(FallbackCalendar.weekendsOnlyBeyond(mainlandWithNewYearsDay2027())));
    CommandOutcome recounted = service.recomputeEstimatedDeadlines(Fixtures.SHOP, c.id());

    AfterSalesCase after = ((CommandOutcome.Accepted) recounted).after();
    assertThat(store.load(Fixtures.SHOP, c.id())).as("the recounted case").contains(after);
    Deadline ruling = after.deadline(DeadlineKind.PLATFORM_RULING).orElseThrow();
    assertThat(ruling.dueAt()).isEqualTo(END_OF_TUE_2027_01_05);
    assertThat(ruling.fallbackBasis()).isEmpty();
    List<RecordedEvent> history = store.history(Fixtures.SHOP, c.id());
    assertThat(history.get(history.size() - 1).event()).isEqualTo(new CaseEvent.DeadlineRecomputed(ruling.id(),
        DeadlineKind.PLATFORM_RULING, END_OF_TUE_2027_01_05, ruling.pendingReminders(), java.util.Optional.empty()));
    assertThat(store.pending(1_000)).as("the recount's event goes to the outbox and reads back")
        .anySatisfy(m -> assertThat(((OutboxMessage.CaseEventMessage) m).event()).isEqualTo(history.get(history.size() - 1)));
    IdempotencyKey recountKey = IdempotencyKey.of("recompute-deadlines:" + c.id().value() + "@" + escalated.version());
    assertThat(store.recorded(Fixtures.SHOP, recountKey)).as("the RecomputeDeadlines request is stored")
        .hasValueSatisfying(r -> assertThat(r.request().command()).isEqualTo(new CaseCommand.RecomputeDeadlines()));

    List<DueTimer> due = store.claimDue(END_OF_MON_2027_01_04.plus(Duration.ofHours(23)), 10, "sweeper",
        Duration.ofMinutes(5));
    assertThat(due).as("at the old estimate only a reminder of the recounted deadline is due, not its end")
        .isNotEmpty().allSatisfy(t -> assertThat(t.isReminder()).isTrue());
    assertThat(store.claimDue(END_OF_TUE_2027_01_05, 10, "sweeper", Duration.ofMinutes(5)))
        .filteredOn(t -> !t.isReminder()).as("its end is due at the recounted instant, exactly")
        .extracting(DueTimer::dueAt)
        .containsExactly(END_OF_TUE_2027_01_05);
  }
}

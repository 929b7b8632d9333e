package org.aftersales.examples.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.aftersales.application.SweepResult;
import org.aftersales.application.TimelineEntry;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseType;
import org.aftersales.money.Money;
import org.aftersales.policy.liability.Payer;
import org.aftersales.policy.liability.ShippingLeg;
import org.aftersales.policy.refund.DeductionKind;

/** Prints a run's summary tables and the timeline of its most interesting case. */
final class Report {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm").withZone(TeaHouse.SHANGHAI);

  private final SimulationResult result;
  private final TeaHouse shop;
  private final Figures figures;
  private final PrintStream out;

  Report(SimulationResult result, TeaHouse shop, PrintStream out) {
    this.result = result;
    this.shop = shop;
    this.figures = new Figures(result.cases(), shop.serviceHours());
    this.out = out;
  }

  void print() {
    heading();
    outcomes();
    defaultActions();
    disputes();
    handlingTimes();
    money();
    shipping();
    machinery();
    timeline();
  }

  private void heading() {
    SimulationWindow window = result.window();
    out.printf("aftersales demo: %d requests to \"%s\" (%s), seed %d%n", result.requests(), shop.policy().name(),
        TeaHouse.POLICY_RESOURCE.substring(TeaHouse.POLICY_RESOURCE.lastIndexOf('/') + 1), result.seed());
    out.printf("H2 in memory; deadlines on ChinaCalendars.mainland(); clock stepped every %d minutes from %s to %s,"
        + " the sweeper at every step, then the outbox relay%n%n", window.step().toMinutes(), window.first(), window.last());
    CalendarStrip.print(shop.calendar(), window.first(), window.last().plusDays(1), out);
  }

  private void outcomes() {
    section("Cases by outcome and type (" + result.cases().size() + " opened; the policy refused "
        + result.refusals().values().stream().mapToInt(Integer::intValue).sum() + " requests: " + result.refusals() + ")");
    TextTable table = new TextTable(header("outcome"));
    Map<String, Map<CaseType, Integer>> outcomes = figures.outcomes();
    for (Map.Entry<String, Map<CaseType, Integer>> row : outcomes.entrySet()) {
      table.row(countsRow(row.getKey(), row.getValue()));
    }
    table.print(out);
  }

  private void defaultActions() {
    section("Default actions the sweeper took (step: action)");
    TextTable table = new TextTable("deadline: default action", "fired", "on rest days");
    figures.defaultActions().forEach((kind, fired) -> table.row(kind, fired.total(), fired.onRestDays()));
    table.print(out);
    Map<String, Integer> events = figures.eventCounts();
    out.printf("  reminders sent: %d; alerts raised: %d%n", events.getOrDefault("ReminderSent", 0),
        events.getOrDefault("AlertRaised", 0));
  }

  private void disputes() {
    section("Disputes");
    Map<String, Integer> events = figures.eventCounts();
    out.printf("  escalations: %d; first judgments: %d; classified complex: %d; complaints: %d filed, %d answered%n",
        events.getOrDefault("Escalated", 0), events.getOrDefault("FirstJudgmentGiven", 0),
        events.getOrDefault("DisputeClassifiedComplex", 0), events.getOrDefault("ComplaintFiled", 0),
        events.getOrDefault("ComplaintAnswered", 0));
    TextTable table = new TextTable("ruling", "cases");
    figures.rulings().forEach(table::row);
    table.print(out);
  }

  private void handlingTimes() {
    section("Mean handling time of the cases that ended (working hours: 09:00-18:00 on mainland working days)");
    TextTable table = new TextTable("type", "ended", "working hours", "wall clock");
    figures.handlingTimes().forEach((type, time) -> table.row(type, time.ended(),
        hours(time.workingHours().dividedBy(time.ended())), days(time.wallClock().dividedBy(time.ended()))));
    table.print(out);
  }

  private void money() {
    section("Money");
    long refundedCases = result.cases().stream().filter(c -> !c.last().refunded().isZero()).count();
    out.printf("  refunded: %s to %d cases (the RefundConfirmed events add up to %s)%n", figures.refunded(),
        refundedCases, figures.refundEvents());
    TextTable table = new TextTable("policy deduction in those cases' refunds", "total");
    for (Map.Entry<DeductionKind, Money> d : figures.deductions().entrySet()) {
      table.row(d.getKey(), d.getValue());
    }
    table.print(out);
  }

  private void shipping() {
    section("Who paid which shipping leg (carrier fees of the parcels the cases moved)");
    TextTable table = new TextTable("leg", "buyer", "merchant", "platform");
    Money zero = Money.zero(PurchaseFactory.CNY);
    for (Map.Entry<ShippingLeg, Map<Payer, Money>> leg : figures.shipping().entrySet()) {
      Map<Payer, Money> paid = leg.getValue();
      table.row(leg.getKey(), paid.getOrDefault(Payer.BUYER, zero), paid.getOrDefault(Payer.MERCHANT, zero),
          paid.getOrDefault(Payer.PLATFORM, zero));
    }
    table.print(out);
  }

  private void machinery() {
    section("Machinery");
    SweepResult swept = result.sweeps();
    out.printf("  commands accepted by actor: %s; refused: %s%n", result.accepted(), result.refused());
    out.printf("  sweeper: %d timers claimed, %d applied, %d stale, %d refused%n", swept.claimed(), swept.applied(),
        swept.stale(), swept.refused());
    out.printf("  outbox: %d messages published; timers left running past the window: %d, overdue: %d%n",
        result.published(), result.timersLeft(), result.timersOverdue());
  }

  private void timeline() {
    if (result.showcase() == null) {
      section("No case ended after an escalation and a default action in this run");
      return;
    }
    AfterSalesCase c = result.showcase().c().last();
    section("Timeline of " + c.id() + ": " + c.type() + ", " + c.reason() + ", " + c.state()
        + c.outcome().map(o -> " (" + o + ")").orElse("") + ", refunded " + c.refunded());
    for (TimelineEntry entry : result.showcase().timeline()) {
      if (!entry.type().equals("DeadlineCancelled")) {
        out.printf("  %s  %-8s %s%n", TIME.format(entry.at()), entry.actor(), entry.text());
      }
    }
  }

  private void section(String title) {
    out.printf("%n%s%n", title);
  }

  private static String[] header(String first) {
    String[] cells = new String[CaseType.values().length + 2];
    cells[0] = first;
    for (CaseType type : CaseType.values()) {
      cells[type.ordinal() + 1] = type.name();
    }
    cells[cells.length - 1] = "total";
    return cells;
  }

  private static Object[] countsRow(String first, Map<CaseType, Integer> counts) {
    Object[] cells = new Object[CaseType.values().length + 2];
    cells[0] = first;
    for (CaseType type : CaseType.values()) {
      cells[type.ordinal() + 1] = counts.getOrDefault(type, 0);
    }
    cells[cells.length - 1] = counts.values().stream().mapToInt(Integer::intValue).sum();
    return cells;
  }

  private static String hours(Duration d) {
    return String.format("%.1f h", d.toMinutes() / 60.0);
  }

  private static String days(Duration d) {
    return String.format("%.1f days", d.toMinutes() / 1440.0);
  }
}

package org.aftersales.benchmarks.calendar;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.ImmutableWorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code plusWorkingDays(start, n)} and {@code workingDaysBetween(start, end)} over n working days, for
 * n = 1, 10 and 250, on {@link ChinaCalendars#mainland()} (bitmask months and prefix counts), against a
 * day-by-day loop and ObjectLab datecalc on the same holidays and make-up days. Each operation takes
 * the next of 64 working-day starts; every range spans exactly n working days.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@State(Scope.Thread)
public class CalendarBenchmark {

  @Param({"1", "10", "250"})
  public int n;

  private ImmutableWorkingCalendar ours;
  private DayByDayCalendar loop;
  private DatecalcCalendar datecalc;
  private LocalDate[] starts;
  private LocalDate[] ends;
  private int next;

  @Setup
  public void load() {
    ours = ChinaCalendars.mainland();
    loop = new DayByDayCalendar(ours);
    datecalc = new DatecalcCalendar(ours);
    starts = CalendarInputs.starts(ours);
    ends = CalendarInputs.ends(ours, starts, n);
  }

  private int nextInput() {
    next = (next + 1) & (CalendarInputs.COUNT - 1);
    return next;
  }

  @Benchmark
  public LocalDate plusOurs() {
    return ours.plusWorkingDays(starts[nextInput()], n);
  }

  @Benchmark
  public LocalDate plusLoop() {
    return loop.plusWorkingDays(starts[nextInput()], n);
  }

  @Benchmark
  public LocalDate plusDatecalc() {
    return datecalc.plusWorkingDays(starts[nextInput()], n);
  }

  @Benchmark
  public int betweenOurs() {
    int i = nextInput();
    return ours.workingDaysBetween(starts[i], ends[i]);
  }

  @Benchmark
  public int betweenLoop() {
    int i = nextInput();
    return loop.workingDaysBetween(starts[i], ends[i]);
  }

  @Benchmark
  public int betweenDatecalc() {
    int i = nextInput();
    return datecalc.workingDaysBetween(starts[i], ends[i]);
  }
}

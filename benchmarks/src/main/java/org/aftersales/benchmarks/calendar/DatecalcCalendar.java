package org.aftersales.benchmarks.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.Jdk8WorkingWeek;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
import org.aftersales.calendar.ImmutableWorkingCalendar;

/**
 * ObjectLab datecalc-jdk8 1.4.8 fed the same data as our calendar. Datecalc knows weekends and
 * holidays but not make-up working days (a Saturday that works): a holiday calendar can only take
 * days away. So the working week is a subclass of {@link Jdk8WorkingWeek} that also answers true for
 * the make-up days; {@link LocalDateCalculator} asks it through {@code isWeekend} for every date, and
 * the holidays go in a {@link DefaultHolidayCalendar} bounded by the data's range, as datecalc intends.
 *
 * <p>A calculator is mutable (it holds a current date): one per thread.
 */
public final class DatecalcCalendar {

  /** Mon to Fri, plus the make-up working days. */
  static final class MakeUpWorkingWeek extends Jdk8WorkingWeek {
    private final Set<LocalDate> makeUpWorkingDays;

    MakeUpWorkingWeek(Set<LocalDate> makeUpWorkingDays) {
      this.makeUpWorkingDays = makeUpWorkingDays;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return makeUpWorkingDays.contains(date) || super.isWorkingDay(date);
    }
  }

  private final LocalDateCalculator calculator;

  /** Registers the holidays of {@code data} and sets the working week with its make-up days. */
  public DatecalcCalendar(ImmutableWorkingCalendar data) {
    LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
    factory.registerHolidays(data.name(),
        new DefaultHolidayCalendar<>(new HashSet<>(data.holidays()), data.firstSupported(), data.lastSupported()));
    calculator = factory.getDateCalculator(data.name(), HolidayHandlerType.FORWARD);
    calculator.setWorkingWeek(new MakeUpWorkingWeek(new HashSet<>(data.makeUpWorkingDays())));
  }

  /** Returns the {@code amount}-th working day after {@code date}; {@code date} must be a working day. */
  public LocalDate plusWorkingDays(LocalDate date, int amount) {
    calculator.setStartDate(date);
    return calculator.moveByBusinessDays(amount).getCurrentBusinessDate();
  }

  /** Counts the working days from {@code startInclusive} to {@code endExclusive}. */
  public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    return calculator.getNumberOfBusinessDaysBetween(startInclusive, endExclusive);
  }
}

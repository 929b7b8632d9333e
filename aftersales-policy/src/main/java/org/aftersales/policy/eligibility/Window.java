package org.aftersales.policy.eligibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.calendar.WorkingCalendar;

/**
 * How long a remedy stays available: a {@link Period} counted from an {@link Anchor}, the goods'
 * {@link Warranty}, or {@link Unlimited} for service commitments such as lifetime repair.
 */
public sealed interface Window permits Window.Period, Window.Warranty, Window.Unlimited {

  /**
   * Returns when the window is open for these goods, or empty if it has not started because its
   * anchor has not happened (goods not yet signed for, no warranty).
   *
   * @throws NullPointerException if any argument is null
   * @throws java.time.DateTimeException if the calendar has no data for the dates involved
   */
  Optional<WindowSpan> span(GoodsFacts goods, WorkingCalendar calendar);

  /** Returns the window in words, such as "7 calendar days from the day after signing for the goods". */
  String describe();

  /**
   * A length counted from an anchor. Day-based units count from the day after the anchor's local
   * date and end at the end of the last day: signing on day D at any time, 7 calendar days, ends at
   * the end of D+7 in the calendar's zone.
   *
   * @param anchor the event the window counts from
   * @param length at least 1 and at most 10,000
   * @param unit the unit of the length
   * @param lastDay whether a last day that is a rest day moves to the next working day; always
   *     {@link LastDayRule#AS_COUNTED} for hours
   */
  record Period(Anchor anchor, int length, WindowUnit unit, LastDayRule lastDay) implements Window {

    /**
     * Validates the period.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if length is below 1 or above 10,000, or an hour-counted
     *     window asks to move its last day
     */
    public Period {
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(lastDay, "lastDay");
      if (length < 1 || length > 10_000) {
        throw new IllegalArgumentException("length must be 1 to 10000, but was " + length);
      }
      if (unit == WindowUnit.HOURS && lastDay != LastDayRule.AS_COUNTED) {
        throw new IllegalArgumentException("a window of hours has no last day to move, but lastDay was " + lastDay);
      }
    }

    @Override
    public Optional<WindowSpan> span(GoodsFacts goods, WorkingCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      return anchor.instantOf(goods).map(start -> new WindowSpan(start, Optional.of(endFrom(start, calendar))));
    }

    private Instant endFrom(Instant start, WorkingCalendar calendar) {
      if (unit == WindowUnit.HOURS) {
        return start.plus(Duration.ofHours(length));
      }
      ZoneId zone = calendar.zone();
      LocalDate day = LocalDate.ofInstant(start, zone);
      LocalDate counted = switch (unit) {
        case CALENDAR_DAYS -> day.plusDays(length);
        case WORKING_DAYS -> calendar.plusWorkingDays(day, length);
        case MONTHS -> day.plusMonths(length);
        case HOURS -> throw new IllegalStateException("hours are counted above");
      };
      LocalDate last = lastDay == LastDayRule.NEXT_WORKING_DAY ? calendar.nextOrSameWorkingDay(counted) : counted;
      return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String describe() {
      String unitName = unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return length + " " + unitName + (unit == WindowUnit.HOURS ? " from " : " from the day after ") + anchor.describe()
          + (lastDay == LastDayRule.NEXT_WORKING_DAY ? ", a rest day at the end moving it to the next working day" : "");
    }
  }

  /** From purchase to the end of the last day of the goods' warranty, which the goods facts carry. */
  record Warranty() implements Window {

    @Override
    public Optional<WindowSpan> span(GoodsFacts goods, WorkingCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      return goods.warrantyEndsOn()
          .map(lastDay -> lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant())
          .filter(end -> end.isAfter(goods.purchasedAt()))
          .map(end -> new WindowSpan(goods.purchasedAt(), Optional.of(end)));
    }

    @Override
    public String describe() {
      return "the goods' warranty";
    }
  }

  /** From purchase, never ending: lifetime repair, authenticity guarantee. */
  record Unlimited() implements Window {

    @Override
    public Optional<WindowSpan> span(GoodsFacts goods, WorkingCalendar calendar) {
      Objects.requireNonNull(calendar, "calendar");
      return Optional.of(new WindowSpan(goods.purchasedAt(), Optional.empty()));
    }

    @Override
    public String describe() {
      return "no time limit";
    }
  }

  /** Returns a period ending on the day counted; see {@link Period}. */
  static Window period(Anchor anchor, int length, WindowUnit unit) {
    return new Period(anchor, length, unit, LastDayRule.AS_COUNTED);
  }

  /** Returns a period whose last day moves off a rest day, as statutory periods do; see {@link Period}. */
  static Window statutoryPeriod(Anchor anchor, int length, WindowUnit unit) {
    return new Period(anchor, length, unit, LastDayRule.NEXT_WORKING_DAY);
  }

  /** Returns the warranty window. */
  static Window warranty() {
    return new Warranty();
  }

  /** Returns the window that never closes. */
  static Window unlimited() {
    return new Unlimited();
  }
}

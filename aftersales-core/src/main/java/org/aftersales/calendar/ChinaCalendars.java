package org.aftersales.calendar;

import java.util.Objects;

/**
 * The bundled working calendar of mainland China: public holidays and make-up working days (调休)
 * as published each year by the General Office of the State Council (国务院办公厅关于20XX年部分节假日安排的通知).
 *
 * <p>The data covers 2024 to 2026 in {@code Asia/Shanghai}; each year in the resource {@value
 * #RESOURCE} cites its notice. Asked about 2027 or later, or 2023 or earlier, the calendar throws
 * {@link CalendarDataMissingException} until data is supplied; wrap it in {@link
 * FallbackCalendar#weekendsOnlyBeyond(ImmutableWorkingCalendar)} to estimate instead.
 *
 * <p>Business hours are all day on working days, as for {@link WeekendsOnlyCalendar#of}; a shop
 * with opening hours uses {@link #mainland(BusinessHours)}, and one with its own closing days
 * {@link ImmutableWorkingCalendar#withClosures}.
 */
public final class ChinaCalendars {

  /** The class-path resource holding the data, in the {@link WorkingCalendarJson} format. */
  public static final String RESOURCE = "org/aftersales/calendar/cn-mainland.json";

  private ChinaCalendars() {}

  /** Loads the resource once, on first use; a broken bundle fails the first caller loudly. */
  private static final class Bundled {
    static final ImmutableWorkingCalendar MAINLAND =
        WorkingCalendarJson.readResource(ChinaCalendars.class.getClassLoader(), RESOURCE);
  }

  /**
   * Returns the mainland China calendar, 2024 to 2026, with business hours all day on working days.
   *
   * @return the calendar, the same instance on every call
   */
  public static ImmutableWorkingCalendar mainland() {
    return Bundled.MAINLAND;
  }

  /**
   * Returns the mainland China calendar, 2024 to 2026, with {@code hours} on every working day,
   * make-up working days included.
   *
   * @param hours the business hours, with at least one window
   * @return the calendar
   * @throws NullPointerException if {@code hours} is null
   * @throws IllegalArgumentException if {@code hours} has no window
   */
  public static ImmutableWorkingCalendar mainland(BusinessHours hours) {
    return Bundled.MAINLAND.withHours(Objects.requireNonNull(hours, "hours"));
  }
}

package org.aftersales.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The business hours of one day: sorted, non-overlapping {@linkplain TimeWindow time windows}.
 *
 * <p>Windows may touch (one ending at 12:00, the next starting at 12:00) but not overlap. A day
 * without business hours has no windows, see {@link #NONE}.
 *
 * @param windows the windows in ascending order; never null, never containing null
 */
public record BusinessHours(List<TimeWindow> windows) {

  /** No business hours at all, the hours of every non-working day. */
  public static final BusinessHours NONE = new BusinessHours(List.of());

  /** Business hours all day long, from 00:00 to 24:00. */
  public static final BusinessHours ALL_DAY =
      of(TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));

  /**
   * Creates business hours made of {@code windows}, copying the list.
   *
   * @param windows the windows in ascending order
   * @throws NullPointerException if {@code windows} or any of its elements is null
   * @throws IllegalArgumentException if a window starts before the previous window ends; the
   *     message names both windows
   */
  public BusinessHours {
    Objects.requireNonNull(windows, "windows");
    for (int i = 0; i < windows.size(); i++) {
      TimeWindow window = Objects.requireNonNull(windows.get(i), "windows[" + i + "]");
      if (i > 0 && windows.get(i - 1).endNanoOfDay() > window.start().toNanoOfDay()) {
        throw new IllegalArgumentException(
            "time window "
                + window
                + " must start at or after the end of the previous window "
                + windows.get(i - 1));
      }
    }
    windows = List.copyOf(windows);
  }

  /**
   * Returns business hours made of {@code windows}.
   *
   * @param windows the windows in ascending order
   * @return the business hours; equal to {@link #NONE} if no window is given
   * @throws NullPointerException if {@code windows} or any of its elements is null
   * @throws IllegalArgumentException if a window starts before the previous window ends; the
   *     message names both windows
   */
  public static BusinessHours of(TimeWindow... windows) {
    return new BusinessHours(Arrays.asList(Objects.requireNonNull(windows, "windows")));
  }

  /**
   * Returns the total nominal length of the windows, as read on a wall clock.
   *
   * @return the sum of the {@linkplain TimeWindow#length() window lengths}; zero for {@link #NONE}
   */
  public Duration length() {
    return windows.stream().map(TimeWindow::length).reduce(Duration.ZERO, Duration::plus);
  }

  /** Returns the windows as {@code BusinessHours[09:00-12:00, 13:30-18:00]}. */
  @Override
  public String toString() {
    return "BusinessHours" + windows;
  }
}

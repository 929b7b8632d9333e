package org.aftersales.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads an {@link ImmutableWorkingCalendar} from the calendar JSON format, version 1.
 *
 * <pre>{@code
 * {
 *   "format": "aftersales-working-calendar",
 *   "version": 1,
 *   "name": "CN mainland",
 *   "zone": "Asia/Shanghai",
 *   "restDays": ["SATURDAY", "SUNDAY"],
 *   "hours": ["09:00-12:00", "13:30-18:00"],
 *   "weekdayHours": {"FRIDAY": ["09:00-12:00", "13:30-17:00"]},
 *   "makeUpDaysWorkAs": "MONDAY",
 *   "years": [
 *     {
 *       "year": 2025,
 *       "source": "国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号)",
 *       "holidays": ["2025-01-01", "2025-01-28/2025-02-04"],
 *       "makeUpWorkingDays": ["2025-01-26", "2025-02-08"]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Required: {@code format}, {@code version}, {@code name}, {@code zone} and {@code years};
 * every year needs {@code year}, {@code source} (where the dates were published), {@code holidays}
 * and {@code makeUpWorkingDays}. Optional: {@code restDays} (default Saturday and Sunday), {@code
 * hours} (default all day), {@code weekdayHours}, and either {@code makeUpDaysWorkAs} or {@code
 * makeUpDayHours} (see {@link WorkingCalendarBuilder}). Hours are {@code HH:mm-HH:mm}
 * windows, {@code 24:00} ending the day. A date list holds ISO dates and inclusive ranges {@code
 * first/last}. At most 200 years of data fit one calendar.
 *
 * <p>The supported range runs from 1 January of the first year to 31 December of the last. Years
 * are consecutive and ascending; each date lies in its year; each list is in ascending order
 * without repeats. Unknown members are refused, so that a misspelt key is never ignored. Every
 * fault is an {@link InvalidCalendarDataException} naming the line and JSON path.
 */
public final class WorkingCalendarJson {

  /** The value of the {@code format} member. */
  public static final String FORMAT = "aftersales-working-calendar";

  /** The only version this reader understands. */
  public static final int VERSION = 1;

  private static final Set<String> TOP_MEMBERS = Set.of("format", "version", "name", "zone", "restDays",
      "hours", "weekdayHours", "makeUpDaysWorkAs", "makeUpDayHours", "years");
  private static final Set<String> YEAR_MEMBERS = Set.of("year", "source", "holidays", "makeUpWorkingDays");

  /** Exactly {@code HH:mm}: seconds would claim a precision the published hours never have. */
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private WorkingCalendarJson() {}

  /**
   * Reads a calendar from a JSON document.
   *
   * @param json the document
   * @return the calendar
   * @throws NullPointerException if {@code json} is null
   * @throws InvalidCalendarDataException if the document is not valid JSON, not the calendar
   *     format version 1, has a blank name, or its data contradicts itself; the message names line
   *     and path
   */
  public static ImmutableWorkingCalendar parse(String json) {
    return calendar(StrictJsonReader.read(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a calendar from a UTF-8 stream, which is read to its end but not closed. A byte order mark
   * at the start is ignored; bytes that are not UTF-8 are refused, naming their line. The core opens
   * no files itself; a host with a file passes {@code Files.newInputStream(path)}.
   *
   * @param in the stream of the document
   * @return the calendar
   * @throws NullPointerException if {@code in} is null
   * @throws UncheckedIOException if reading fails
   * @throws InvalidCalendarDataException as {@link #parse(String)} does
   */
  public static ImmutableWorkingCalendar read(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar data: " + e.getMessage(), e);
    }
    return parse(utf8(bytes));
  }

  /** Decodes strictly: a replacement character in place of bad bytes would silently corrupt the data. */
  private static String utf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new InvalidCalendarDataException(line, "$", "byte " + in.position()
          + " is not UTF-8; calendar data must be encoded in UTF-8");
    }
    return out.flip().toString();
  }

  /**
   * Reads a calendar from a class-path resource.
   *
   * @param loader the class loader to look the resource up with
   * @param resource the resource name, such as {@code org/aftersales/calendar/cn-mainland.json}
   * @return the calendar
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no such resource
   * @throws UncheckedIOException if the resource cannot be read
   * @throws InvalidCalendarDataException as {@link #parse(String)} does
   */
  public static ImmutableWorkingCalendar readResource(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(resource, "resource");
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no calendar resource " + resource + " on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar resource " + resource + ": " + e.getMessage(), e);
    }
  }

  private static ImmutableWorkingCalendar calendar(JsonValue root) {
    root.allowOnly(TOP_MEMBERS);
    JsonValue format = root.member("format");
    if (!FORMAT.equals(format.string())) {
      throw format.error("format must be \"" + FORMAT + "\", but was \"" + format.string() + "\"");
    }
    JsonValue version = root.member("version");
    if (version.integer() != VERSION) {
      throw version.error("unsupported version " + version.integer() + "; this library reads version " + VERSION);
    }
    JsonValue name = root.member("name");
    if (name.string().isBlank()) {
      throw name.error("must not be blank; every error about the calendar names it");
    }
    WorkingCalendarBuilder builder = ImmutableWorkingCalendar.builder()
        .name(name.string())
        .zone(zone(root.member("zone")));
    Set<DayOfWeek> rest = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    JsonValue restDays = root.optionalMember("restDays");
    if (restDays != null) {
      rest = weekdays(restDays);
      try {
        builder.restDays(rest.toArray(DayOfWeek[]::new));
      } catch (IllegalArgumentException e) {
        throw restDays.error(e.getMessage());
      }
    }
    JsonValue hours = root.optionalMember("hours");
    if (hours != null) {
      builder.hours(hours(hours));
    }
    JsonValue weekdayHours = root.optionalMember("weekdayHours");
    if (weekdayHours != null) {
      for (Map.Entry<String, JsonValue> day : weekdayHours.object().entrySet()) {
        DayOfWeek weekday = weekday(day.getKey(), day.getValue());
        if (rest.contains(weekday)) {
          throw day.getValue().error(weekday + " is a rest day; it has no hours of its own");
        }
        builder.hours(weekday, hours(day.getValue()));
      }
    }
    JsonValue workAs = root.optionalMember("makeUpDaysWorkAs");
    JsonValue makeUpHours = root.optionalMember("makeUpDayHours");
    if (workAs != null && makeUpHours != null) {
      throw makeUpHours.error("give either makeUpDaysWorkAs or makeUpDayHours, not both");
    }
    if (workAs != null) {
      DayOfWeek weekday = weekday(workAs);
      if (rest.contains(weekday)) {
        throw workAs.error("make-up days cannot work as " + weekday + ", a rest day");
      }
      builder.makeUpDaysWorkAs(weekday);
    }
    if (makeUpHours != null) {
      builder.makeUpDayHours(hours(makeUpHours));
    }
    List<JsonValue> years = root.member("years").array();
    if (years.isEmpty()) {
      throw root.member("years").error("must list at least one year");
    }
    int first = year(years.get(0), builder);
    int previous = first;
    for (JsonValue year : years.subList(1, years.size())) {
      int number = year(year, builder);
      if (number != previous + 1) {
        throw year.member("year").error("year " + number + " follows " + previous
            + "; years must be consecutive and ascending, a calendar has no gaps in its data");
      }
      previous = number;
    }
    try {
      builder.supportedRange(LocalDate.of(first, 1, 1), LocalDate.of(previous, 12, 31));
    } catch (IllegalArgumentException e) {
      throw root.member("years").error(e.getMessage());
    }
    return builder.build();
  }

  private static Set<DayOfWeek> weekdays(JsonValue list) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (JsonValue element : list.array()) {
      if (!days.add(weekday(element))) {
        throw element.error(element.string() + " is listed twice");
      }
    }
    return days;
  }

  private static int year(JsonValue year, WorkingCalendarBuilder builder) {
    year.allowOnly(YEAR_MEMBERS);
    JsonValue number = year.member("year");
    int value = number.integer();
    if (value < 1900 || value > 2999) {
      throw number.error("year must be 1900 to 2999, but was " + value);
    }
    if (year.member("source").string().isBlank()) {
      throw year.member("source").error("must name where the dates were published");
    }
    for (DatedEntry entry : dates(year.member("holidays"), value)) {
      entry.first().datesUntil(entry.last().plusDays(1))
          .forEach(date -> builder.holiday(date, entry.origin().origin()));
    }
    for (DatedEntry entry : dates(year.member("makeUpWorkingDays"), value)) {
      if (!entry.first().equals(entry.last())) {
        throw entry.origin().error("make-up working days are listed one by one, not as a range");
      }
      builder.makeUpWorkingDay(entry.first(), entry.origin().origin());
    }
    return value;
  }

  private record DatedEntry(LocalDate first, LocalDate last, JsonValue origin) {}

  /** The entries of a date list, checked to lie in {@code year} and to ascend. */
  private static List<DatedEntry> dates(JsonValue list, int year) {
    List<DatedEntry> entries = new ArrayList<>();
    DatedEntry previous = null;
    for (JsonValue element : list.array()) {
      String text = element.string();
      int slash = text.indexOf('/');
      LocalDate first = date(slash < 0 ? text : text.substring(0, slash), element);
      LocalDate last = slash < 0 ? first : date(text.substring(slash + 1), element);
      if (!last.isAfter(first) && slash >= 0) {
        throw element.error("range " + text + " must end after it starts; write a single day as one date");
      }
      if (first.getYear() != year || last.getYear() != year) {
        throw element.error(text + " is not in the year " + year + " it is listed under");
      }
      if (previous != null && first.isBefore(previous.first())) {
        throw element.error(text + " comes after " + previous.origin().string() + " (line "
            + previous.origin().line() + "); list dates in ascending order");
      }
      DatedEntry entry = new DatedEntry(first, last, element);
      entries.add(entry);
      previous = entry;
    }
    return entries;
  }

  private static LocalDate date(String text, JsonValue origin) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw origin.error("\"" + text + "\" is not an ISO date such as 2025-10-01");
    }
  }

  private static ZoneId zone(JsonValue zone) {
    try {
      return ZoneId.of(zone.string());
    } catch (DateTimeException e) {
      throw zone.error("unknown zone \"" + zone.string() + "\"; use a region id such as Asia/Shanghai");
    }
  }

  private static DayOfWeek weekday(JsonValue day) {
    return weekday(day.string(), day);
  }

  private static DayOfWeek weekday(String name, JsonValue origin) {
    try {
      return DayOfWeek.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw origin.error("unknown weekday \"" + name + "\"; use MONDAY to SUNDAY");
    }
  }

  private static BusinessHours hours(JsonValue windows) {
    List<TimeWindow> parsed = new ArrayList<>();
    for (JsonValue window : windows.array()) {
      String text = window.string();
      String[] times = text.split("-", -1);
      try {
        if (times.length != 2) {
          throw new IllegalArgumentException("must be a window HH:mm-HH:mm");
        }
        LocalTime end = times[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(times[1], HOURS_MINUTES);
        parsed.add(TimeWindow.of(LocalTime.parse(times[0], HOURS_MINUTES), end));
      } catch (DateTimeException | IllegalArgumentException e) {
        throw window.error("\"" + text + "\" is not a window HH:mm-HH:mm such as 09:00-18:00: " + e.getMessage());
      }
    }
    BusinessHours hours;
    try {
      hours = new BusinessHours(parsed);
    } catch (IllegalArgumentException e) {
      throw windows.error(e.getMessage());
    }
    if (hours.windows().isEmpty()) {
      throw windows.error("must have at least one window; a weekday without hours is a rest day");
    }
    return hours;
  }
}

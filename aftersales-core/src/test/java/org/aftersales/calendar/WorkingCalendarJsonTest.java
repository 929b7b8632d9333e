package org.aftersales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the calendar JSON format: good data loads, bad data is refused naming its line and path. */
class WorkingCalendarJsonTest {

  /** A valid document; tests break one line of it. Line numbers below count from the first line. */
  private static final String VALID = """
      {
        "format": "aftersales-working-calendar",
        "version": 1,
        "name": "test",
        "zone": "Asia/Shanghai",
        "hours": ["09:00-12:00", "13:30-18:00"],
        "years": [
          {
            "year": 2025,
            "source": "国办发明电〔2024〕12号",
            "holidays": [
              "2025-01-01",
              "2025-01-28/2025-02-04",
              "2025-10-01/2025-10-08"
            ],
            "makeUpWorkingDays": [
              "2025-01-26",
              "2025-02-08",
              "2025-10-11"
            ]
          }
        ]
      }
      """;

  private static ThrowingCallable parsing(String json) {
    return () -> WorkingCalendarJson.parse(json);
  }

  private static Consumer<Throwable> atLine(int line, String path) {
    return e -> {
      InvalidCalendarDataException invalid = (InvalidCalendarDataException) e;
      assertThat(invalid.line()).isEqualTo(line);
      assertThat(invalid.path()).contains(path);
      assertThat(invalid.getMessage()).startsWith("line " + line + " (" + path + "): ");
    };
  }

  @Test
  void aValidDocumentLoadsWithItsRangeHoursAndDates() {
    ImmutableWorkingCalendar calendar = WorkingCalendarJson.parse(VALID);
    assertThat(calendar.name()).isEqualTo("test");
    assertThat(calendar.firstSupported()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(calendar.lastSupported()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(calendar.holidays()).hasSize(1 + 8 + 8).contains(LocalDate.of(2025, 2, 1));
    assertThat(calendar.hoursOf(DayOfWeek.MONDAY)).isEqualTo(TestCalendars.hours("09:00-12:00", "13:30-18:00"));
    assertThat(calendar.makeUpDayHours()).isEqualTo(calendar.hoursOf(DayOfWeek.MONDAY));
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
  }

  @Test
  void filesStreamsAndResourcesReadTheSameCalendar(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("calendar.json");
    Files.writeString(file, VALID);
    ImmutableWorkingCalendar parsed = WorkingCalendarJson.parse(VALID);
    try (var in = Files.newInputStream(file)) {
      assertThat(WorkingCalendarJson.read(in)).isEqualTo(parsed);
    }
    assertThat(WorkingCalendarJson.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(parsed);
    assertThat(WorkingCalendarJson.readResource(getClass().getClassLoader(), ChinaCalendars.RESOURCE))
        .isEqualTo(ChinaCalendars.mainland());
    assertThatThrownBy(() -> WorkingCalendarJson.readResource(getClass().getClassLoader(), "no/such.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such.json");
  }

  @Test
  void aDateBothHolidayAndMakeUpWorkingDayIsRefusedNamingBothLines() {
    String json = VALID.replace("\"2025-02-08\"", "\"2025-02-01\"");
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(18, "$.years[0].makeUpWorkingDays[1]"))
        .hasMessageContaining("2025-02-01 is both a holiday at line 13 ($.years[0].holidays[1])");
  }

  @Test
  void aMakeUpWorkingDayOnAWeekdayIsRefused() {
    String json = VALID.replace("\"2025-10-11\"", "\"2025-10-09\"");
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(19, "$.years[0].makeUpWorkingDays[2]"))
        .hasMessageContaining("2025-10-09 falls on a THURSDAY, already a working day");
  }

  @Test
  void aDuplicateHolidayIsRefusedNamingTheFirstLine() {
    String json = VALID.replace("\"2025-10-01/2025-10-08\"", "\"2025-02-04/2025-02-05\"");
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(14, "$.years[0].holidays[2]"))
        .hasMessageContaining("2025-02-04 is listed twice as a holiday; first at line 13");
  }

  @Test
  void aDuplicateMakeUpWorkingDayIsRefused() {
    String json = VALID.replace("\"2025-02-08\"", "\"2025-01-26\"");
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(18, "$.years[0].makeUpWorkingDays[1]"))
        .hasMessageContaining("listed twice");
  }

  @Test
  void unsortedDatesAreRefusedNamingTheLine() {
    String json = VALID.replace("\"2025-01-28/2025-02-04\"", "\"2025-10-09\"")
        .replace("\"2025-10-01/2025-10-08\"", "\"2025-05-01\"");
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(14, "$.years[0].holidays[2]"))
        .hasMessageContaining("2025-05-01 comes after 2025-10-09 (line 13); list dates in ascending order");
  }

  @Test
  void aDateOutsideItsYearIsRefused() {
    assertThatThrownBy(parsing(VALID.replace("\"2025-01-01\"", "\"2024-12-31\"")))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(12, "$.years[0].holidays[0]"))
        .hasMessageContaining("not in the year 2025");
  }

  @Test
  void aBackwardRangeAndAnUnreadableDateAreRefused() {
    assertThatThrownBy(parsing(VALID.replace("2025-01-28/2025-02-04", "2025-02-04/2025-01-28")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(13, "$.years[0].holidays[1]"));
    assertThatThrownBy(parsing(VALID.replace("\"2025-01-01\"", "\"2025-02-30\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(12, "$.years[0].holidays[0]"))
        .hasMessageContaining("not an ISO date");
  }

  @Test
  void yearsWithAGapAreRefused() {
    String twoYears = VALID.replace("\n    }\n  ]\n}", """

            },
            {
              "year": 2027,
              "source": "made up",
              "holidays": [],
              "makeUpWorkingDays": []
            }
          ]
        }""");
    assertThatThrownBy(parsing(twoYears))
        .isInstanceOf(InvalidCalendarDataException.class)
        .satisfies(atLine(23, "$.years[1].year"))
        .hasMessageContaining("year 2027 follows 2025");
  }

  @Test
  void formatErrorsNameTheirLineAndPath() {
    assertThatThrownBy(parsing(VALID.replace("\"version\": 1", "\"version\": 2")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(3, "$.version"))
        .hasMessageContaining("unsupported version 2");
    assertThatThrownBy(parsing(VALID.replace("\"hours\"", "\"hour\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.hour"))
        .hasMessageContaining("unknown member \"hour\"");
    assertThatThrownBy(parsing(VALID.replace("\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Mars/Olympus\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(5, "$.zone"));
    assertThatThrownBy(parsing(VALID.replace("\"09:00-12:00\"", "\"12:00-09:00\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.hours[0]"));
    assertThatThrownBy(parsing(VALID.replace("\"source\": \"国办发明电〔2024〕12号\",\n", "")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(8, "$.years[0]"))
        .hasMessageContaining("missing required member \"source\"");
    assertThatThrownBy(parsing(VALID.replace("\"name\": \"test\"", "\"name\": 7")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(4, "$.name"))
        .hasMessageContaining("must be a string, but was 7");
  }

  @Test
  void contradictoryWeeklySettingsAreRefusedNamingTheLine() {
    String withRestDays = VALID.replace("  \"hours\"", "  \"restDays\": [\"SUNDAY\", \"SUNDAY\"],\n  \"hours\"");
    assertThatThrownBy(parsing(withRestDays))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.restDays[1]"))
        .hasMessageContaining("SUNDAY is listed twice");
    String sundayHours = VALID.replace("  \"hours\"", "  \"weekdayHours\": {\"SUNDAY\": [\"10:00-12:00\"]},\n  \"hours\"");
    assertThatThrownBy(parsing(sundayHours))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.weekdayHours.SUNDAY"))
        .hasMessageContaining("SUNDAY is a rest day");
    String workAsSaturday = VALID.replace("  \"hours\"", "  \"makeUpDaysWorkAs\": \"SATURDAY\",\n  \"hours\"");
    assertThatThrownBy(parsing(workAsSaturday))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.makeUpDaysWorkAs"))
        .hasMessageContaining("cannot work as SATURDAY");
    String fridayHours = VALID.replace("  \"hours\"", "  \"weekdayHours\": {\"FRIDAY\": [\"09:00-15:00\"]},\n  \"hours\"");
    assertThat(WorkingCalendarJson.parse(fridayHours).businessHours(LocalDate.of(2025, 10, 10)))
        .isEqualTo(TestCalendars.hours("09:00-15:00"));
  }

  @Test
  void malformedJsonIsRefusedNamingTheLine() {
    assertThatThrownBy(parsing(VALID.replace("\"2025-10-11\"\n", "\"2025-10-11\",\n")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(20, "$.years[0].makeUpWorkingDays[3]"))
        .hasMessageContaining("a value was expected");
    assertThatThrownBy(parsing(VALID.replace("\"name\": \"test\",", "\"name\": \"test\",\n  \"name\": \"again\",")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(5, "$.name"))
        .hasMessageContaining("duplicate member \"name\", first on line 4");
    assertThatThrownBy(parsing(VALID + "{}"))
        .isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("after the end of the document");
    assertThatThrownBy(parsing("{\"version\": 01}"))
        .isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("leading zero");
    assertThatThrownBy(parsing("{\"name\": \"a\tb\"}"))
        .isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("raw control character");
    assertThatThrownBy(parsing("[".repeat(StrictJsonReader.MAX_DEPTH + 2)))
        .isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("nested deeper");
    assertThatThrownBy(parsing("{\"format\": tru}"))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(1, "$.format"));
  }

  @Test
  void theReaderUnderstandsEscapesNumbersAndLiterals() {
    JsonValue value = StrictJsonReader.read(
        "{\"s\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\", \"n\": -1.5e2, \"t\": true, \"f\": false, \"z\": null, \"a\": []}");
    assertThat(value.member("s").string()).isEqualTo("a\"\\/\b\f\n\r\té");
    assertThat(value.member("n").value()).isEqualTo(new java.math.BigDecimal("-1.5e2"));
    assertThat(value.member("t").value()).isEqualTo(Boolean.TRUE);
    assertThat(value.member("f").value()).isEqualTo(Boolean.FALSE);
    assertThat(value.member("z").value()).isNull();
    assertThat(value.member("a").array()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkippedAsRfc8259AllowsAndBytesThatAreNotUtf8AreRefusedNamingTheLine() {
    byte[] marked = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
    assertThat(WorkingCalendarJson.read(new ByteArrayInputStream(marked))).isEqualTo(WorkingCalendarJson.parse(VALID));
    assertThat(WorkingCalendarJson.parse("\uFEFF" + VALID)).isEqualTo(WorkingCalendarJson.parse(VALID));

    // A Latin-1 "é" (0xE9) in the source of line 10: replacing it silently would corrupt the citation.
    byte[] latin1 = VALID.replace("国办发明电", "d\u00e9cret").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> WorkingCalendarJson.read(new ByteArrayInputStream(latin1)))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(10, "$"))
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void aBlankNameIsRefusedNamingItsLine() {
    assertThatThrownBy(parsing(VALID.replace("\"name\": \"test\"", "\"name\": \" \"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(4, "$.name"))
        .hasMessageContaining("must not be blank");
  }

  @Test
  void aUnicodeEscapeTakesOnlyAsciiHexDigits() {
    // Character.digit would read the full-width digits U+FF10 and U+FF14 as 0 and 4.
    assertThatThrownBy(parsing("{\"name\": \"\\u\uFF10\uFF10\uFF14\uFF11\"}"))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(1, "$.name"))
        .hasMessageContaining("invalid hex digit");
  }

  @Test
  void windowsAreWrittenAsHoursAndMinutesOnly() {
    assertThatThrownBy(parsing(VALID.replace("\"09:00-12:00\"", "\"09:00:30-12:00\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.hours[0]"))
        .hasMessageContaining("HH:mm");
    assertThatThrownBy(parsing(VALID.replace("\"09:00-12:00\"", "\"09:00-12:00:00.5\"")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(6, "$.hours[0]"));
  }

  @Test
  void moreThanTwoHundredYearsOfDataAreRefusedNamingTheYearsLine() {
    StringBuilder years = new StringBuilder();
    for (int year = 1900; year <= 2100; year++) {
      years.append(year == 1900 ? "" : ",\n").append("{\"year\": ").append(year)
          .append(", \"source\": \"s\", \"holidays\": [], \"makeUpWorkingDays\": []}");
    }
    String json = "{\"format\": \"aftersales-working-calendar\", \"version\": 1, \"name\": \"long\",\n"
        + "\"zone\": \"UTC\", \"years\": [\n" + years + "]}";
    assertThatThrownBy(parsing(json))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(2, "$.years"))
        .hasMessageContaining("200 years");
  }

  @Test
  void oldMacLineEndingsCountLinesToo() {
    assertThatThrownBy(parsing(VALID.replace("\"version\": 1", "\"version\": 2").replace("\n", "\r")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(3, "$.version"));
    assertThatThrownBy(parsing(VALID.replace("\"version\": 1", "\"version\": 2").replace("\n", "\r\n")))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(3, "$.version"));
  }

  @Test
  void aNumberOfAThousandDigitsIsRefusedBeforeItIsConverted() {
    // BigDecimal converts digit strings in quadratic time: a megabyte of digits would stall the loader.
    assertThatThrownBy(parsing("{\"version\": " + "9".repeat(1000) + "}"))
        .isInstanceOf(InvalidCalendarDataException.class).satisfies(atLine(1, "$.version"))
        .hasMessageContaining("longer than");
  }
}

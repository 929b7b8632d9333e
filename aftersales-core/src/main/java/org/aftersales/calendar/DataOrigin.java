package org.aftersales.calendar;

/**
 * Where a date of calendar data was written: a line and JSON path of a data file, so that a
 * contradiction found later in the builder still names the line.
 */
record DataOrigin(int line, String path) {

  InvalidCalendarDataException error(String problem) {
    return new InvalidCalendarDataException(line, path, problem);
  }

  @Override
  public String toString() {
    return "line " + line + " (" + path + ")";
  }
}

package org.aftersales.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.RecordedEvent;

/**
 * One line of a case's timeline, as the buyer's tracking page shows it.
 *
 * @param at when it happened
 * @param actor who caused it
 * @param type the event's type name, such as {@code RefundRequested}
 * @param text what happened, in words
 */
public record TimelineEntry(Instant at, Actor actor, String type, String text) {

  /** @throws NullPointerException if any argument is null */
  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the entry of an event, its text giving times as local times in {@code zone}.
   *
   * @throws NullPointerException if any argument is null
   */
  public static TimelineEntry of(RecordedEvent event, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new TimelineEntry(event.occurredAt(), event.actor(), event.event().getClass().getSimpleName(),
        event.event().describe(zone));
  }

  @Override
  public String toString() {
    return at + "  " + actor + "  " + text;
  }
}

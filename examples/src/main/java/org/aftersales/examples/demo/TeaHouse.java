package org.aftersales.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.calendar.TimeWindow;
import org.aftersales.calendar.WorkingCalendar;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.TenantId;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.json.PolicyJson;

/**
 * The demo's shop: its tenant id, its policy (read from the JSON file shipped beside this class,
 * the China marketplace preset plus one commitment of the shop's own), the mainland China calendar
 * its deadlines count on, the hours its staff answer in, and its warehouse.
 */
final class TeaHouse {

  /** The class-path resource holding the shop's policy. */
  static final String POLICY_RESOURCE = "org/aftersales/examples/demo/tea-house-policy.json";
  static final TenantId TENANT = TenantId.of("tea-house");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ReturnAddress WAREHOUSE =
      new ReturnAddress("Tea House returns", "+86 21 5555 0100", "88 Longhua Road, Xuhui, Shanghai");

  private final AfterSalesPolicy policy = readPolicy();

  /** Returns the shop's policy, read from {@link #POLICY_RESOURCE}. */
  AfterSalesPolicy policy() {
    return policy;
  }

  /** Returns the calendar the shop's deadlines count on: mainland China, working days all day long. */
  WorkingCalendar calendar() {
    return ChinaCalendars.mainland();
  }

  /**
   * Returns the hours the shop's staff answer in: 09:00 to 18:00 on mainland working days, make-up
   * working days (调休) included. Handling time "in working hours" is measured on it too.
   */
  WorkingCalendar serviceHours() {
    return ChinaCalendars.mainland(BusinessHours.of(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0))));
  }

  /** Returns what the core needs of the shop: its time limits, its calendar and its default return address. */
  TenantPolicy tenantPolicy() {
    return TenantPolicy.of(policy.slaPolicy(), calendar(), WAREHOUSE);
  }

  /**
   * Reads the policy file, as a host reads its shops' policies at start-up.
   *
   * @throws org.aftersales.policy.json.InvalidPolicyJsonException naming the JSON path if the file is malformed
   */
  static AfterSalesPolicy readPolicy() {
    try (InputStream in = TeaHouse.class.getClassLoader().getResourceAsStream(POLICY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(POLICY_RESOURCE + " is not on the class path");
      }
      return PolicyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + POLICY_RESOURCE, e);
    }
  }
}

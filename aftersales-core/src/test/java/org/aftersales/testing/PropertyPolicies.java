package org.aftersales.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.BusinessHours;
import org.aftersales.calendar.TimeWindow;
import org.aftersales.calendar.WeekendsOnlyCalendar;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.InstantRefunds;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;

/**
 * The tenant policies random scripts run under, so that the invariants hold for more than the
 * seed: limits in hours, calendar days, working days and business hours (paused and resumed too),
 * reminders longer than their limit, per-type overrides and missing limits, one or two automatic
 * refund attempts, a zone with daylight saving, with and without a default return address, with and
 * without instant refunds.
 */
public final class PropertyPolicies {

  /**
   * Grants an instant refund to every return shipped for a reason other than a quality defect, so
   * that the policies that use it run both tracks: money beside the goods, and after inspection.
   */
  public static final InstantRefunds INSTANT_UNLESS_DEFECT = (shipped, now) ->
      shipped.reason() == Reason.QUALITY_DEFECT ? Optional.empty() : Optional.of("prop.instant");

  /** How many policies there are; {@link #policy(int)} takes any int. */
  public static final int COUNT = 4;

  private PropertyPolicies() {}

  public static TenantPolicy policy(int variant) {
    return switch (Math.floorMod(variant, COUNT)) {
      case 0 -> Fixtures.seedPolicy();
      case 1 -> new TenantPolicy(
          SlaPolicy.seedBuilder()
              .noLimit(DeadlineKind.RETURN_ADDRESS)
              .dayConvention(DayConvention.SAME_TIME_OF_DAY)
              .build(),
          WeekendsOnlyCalendar.of(Fixtures.SHANGHAI), Optional.empty());
      case 2 -> TenantPolicy.of(
          SlaPolicy.seedBuilder()
              .rule(DeadlineKind.MERCHANT_RESPONSE,
                  SlaRule.of(SlaLimit.businessHours(8), DefaultAction.APPROVE, Duration.ofHours(2), Duration.ofHours(1)))
              .rule(DeadlineKind.BUYER_SUPPLIES_INFO,
                  SlaRule.of(SlaLimit.workingDays(2), DefaultAction.CLOSE_ABANDONED, Duration.ofHours(12)))
              .rule(DeadlineKind.RETURN_ADDRESS,
                  SlaRule.of(SlaLimit.businessHours(4), DefaultAction.USE_DEFAULT_RETURN_ADDRESS))
              .rule(DeadlineKind.REFUND_RETRY,
                  SlaRule.of(SlaLimit.hours(2), DefaultAction.RETRY_REFUND, Duration.ofMinutes(30)))
              .automaticRefundAttempts(1)
              .maxInformationRequests(0)
              .maxPartialRefundOffers(1)
              .build(),
          WeekendsOnlyCalendar.of(Fixtures.SHANGHAI, officeHours()), Fixtures.WAREHOUSE)
          .withInstantRefunds(INSTANT_UNLESS_DEFECT);
      default -> TenantPolicy.of(
          SlaPolicy.seedBuilder()
              .rule(DeadlineKind.MERCHANT_RESPONSE,
                  SlaRule.of(SlaLimit.workingDays(1), DefaultAction.APPROVE, Duration.ofHours(36), Duration.ofHours(2)))
              .rule(CaseType.RETURN_AND_REFUND, DeadlineKind.RETURN_ADDRESS,
                  SlaRule.of(SlaLimit.hours(12), DefaultAction.REFUND_WITHOUT_RETURN, Duration.ofHours(1)))
              .noLimit(CaseType.REPAIR, DeadlineKind.REPAIR_PLAN)
              .rule(CaseType.EXCHANGE, DeadlineKind.REPLACEMENT_DISPATCH,
                  SlaRule.of(SlaLimit.hours(1), DefaultAction.RAISE_ALERT))
              .rule(DeadlineKind.BUYER_CONFIRMS_DELIVERY,
                  SlaRule.of(SlaLimit.calendarDays(1), DefaultAction.CONFIRM_DELIVERY, Duration.ofHours(20)))
              .automaticRefundAttempts(2)
              .maxInformationRequests(5)
              .build(),
          // New York moves its clocks on 9 March 2025, days after the harness clock starts.
          WeekendsOnlyCalendar.of(ZoneId.of("America/New_York")), Fixtures.WAREHOUSE)
          .withInstantRefunds(INSTANT_UNLESS_DEFECT);
    };
  }

  /** 09:00-12:00 and 13:30-18:00. */
  private static BusinessHours officeHours() {
    return BusinessHours.of(
        TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)),
        TimeWindow.of(LocalTime.of(13, 30), LocalTime.of(18, 0)));
  }
}

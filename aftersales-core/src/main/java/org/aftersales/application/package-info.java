/**
 * The entry points a host calls: {@link org.aftersales.application.AfterSalesService} for commands
 * and queries, {@link org.aftersales.application.DeadlineSweeper} for default actions and reminders.
 *
 * <p>Each tenant's {@link org.aftersales.application.TenantPolicy} names the working calendar its
 * working-day and business-hour limits are counted on, such as {@code ChinaCalendars.mainland()}.
 * A deadline a fallback calendar estimated is recounted by {@code
 * AfterSalesService.recomputeEstimatedDeadlines} once the calendar has the data.
 */
package org.aftersales.application;

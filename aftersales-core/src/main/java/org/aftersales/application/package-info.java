/**
 * The entry points a host calls: {@link org.aftersales.application.AfterSalesService} for commands
 * and queries, {@link org.aftersales.application.DeadlineSweeper} for default actions and reminders.
 */
package org.aftersales.application;

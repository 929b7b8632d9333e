/**
 * Service-level agreements: which limit each step of a case has, in which unit, with which
 * reminders and which default action when it is missed, and how a due instant is computed on a
 * {@link org.aftersales.calendar.WorkingCalendar}.
 */
package org.aftersales.deadline;

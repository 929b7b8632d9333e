package org.aftersales.examples.demo;

import java.util.List;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.RecordedEvent;

/**
 * One case at the end of the simulation: what the host kept when it opened it, the case as the store
 * has it, and its whole history.
 */
record CaseRecord(OpenedCase opened, AfterSalesCase last, List<RecordedEvent> history) {

  CaseRecord {
    history = List.copyOf(history);
  }
}

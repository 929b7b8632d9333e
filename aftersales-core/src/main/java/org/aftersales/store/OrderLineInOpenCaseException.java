package org.aftersales.store;

import org.aftersales.casefile.CaseId;

/**
 * A new case covers an order line that another open case already covers. Nothing was written; the
 * buyer may act on the open case, or open a new one once it has ended.
 */
public final class OrderLineInOpenCaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The line; transient because ids are not serializable. */
  private final transient OrderLineKey line;
  /** The open case that covers it; transient for the same reason. */
  private final transient CaseId openCase;

  /** Creates the exception for the contested line and the open case that holds it. */
  public OrderLineInOpenCaseException(OrderLineKey line, CaseId openCase) {
    super(line + " is already covered by open case " + openCase);
    this.line = line;
    this.openCase = openCase;
  }

  /** Returns the contested line. */
  public OrderLineKey line() {
    return line;
  }

  /** Returns the open case that covers it. */
  public CaseId openCase() {
    return openCase;
  }
}

package org.aftersales.casefile;

/** An {@link SlaPolicy} that the lifecycle cannot carry out, such as a default action the system may not take. */
public final class InvalidSlaPolicyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the case type, state, deadline and action. */
  public InvalidSlaPolicyException(String message) {
    super(message);
  }
}

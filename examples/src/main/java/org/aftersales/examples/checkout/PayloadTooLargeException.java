package org.aftersales.examples.checkout;

/** A request body above {@link Call#MAX_BODY_BYTES}; answered with 413 before any of it is parsed. */
final class PayloadTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  PayloadTooLargeException(long limit) {
    super("the request body must be at most " + limit + " bytes");
  }
}

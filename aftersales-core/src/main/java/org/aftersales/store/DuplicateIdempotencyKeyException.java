package org.aftersales.store;

import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;

/**
 * A commit carried an idempotency key that another commit stored first. Nothing was written; read
 * the stored record and return its outcome.
 */
public final class DuplicateIdempotencyKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for a tenant's key. */
  public DuplicateIdempotencyKeyException(TenantId tenant, IdempotencyKey key) {
    super("idempotency key " + key + " of tenant " + tenant + " is already stored");
  }
}

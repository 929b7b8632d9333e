package org.aftersales.store;

import java.util.Optional;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;

/** Looks up what an accepted command left under its idempotency key. Records are written by {@link CaseStore#commit}. */
public interface IdempotencyStore {

  /**
   * Returns the record under a tenant's key, or empty if no accepted command used it.
   *
   * @throws NullPointerException if any argument is null
   */
  Optional<IdempotencyRecord> find(TenantId tenant, IdempotencyKey key);
}

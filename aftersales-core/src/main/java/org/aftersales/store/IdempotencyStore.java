package org.aftersales.store;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.TenantId;

/**
 * Looks up what an accepted command left under its idempotency key. Records are written by
 * {@link CaseStore#commit}, with the commit's time, and kept until purged: a host keeps them as long
 * as its callers may retry (a week is common), then purges what is older.
 */
public interface IdempotencyStore {

  /**
   * Returns the record under a tenant's key, or empty if no accepted command used it.
   *
   * @param tenant the tenant the key belongs to
   * @param key the command's idempotency key
   * @return what the accepted command left, or empty if none used the key or its record was purged
   * @throws NullPointerException if any argument is null
   */
  Optional<IdempotencyRecord> recorded(TenantId tenant, IdempotencyKey key);

  /**
   * Removes the records of commands committed before {@code cutoff}. A retry that comes after its
   * record was purged is decided afresh. Purging the sweeper's records is safe at any age: a default
   * action or reminder cites its deadline, which is gone once applied.
   *
   * @param cutoff the commit time before which records are removed
   * @return how many records were removed
   * @throws NullPointerException if cutoff is null
   */
  int purgeRecordedBefore(Instant cutoff);
}

package org.aftersales.application;

import java.util.Objects;
import org.aftersales.casefile.TenantId;

/** Finds each tenant's {@link TenantPolicy}. Implementations must be thread-safe. */
@FunctionalInterface
public interface TenantPolicies {

  /**
   * Returns the policy of a tenant.
   *
   * @throws UnknownTenantException if the tenant is not known
   */
  TenantPolicy policyOf(TenantId tenant);

  /** Returns the same policy for every tenant. */
  static TenantPolicies same(TenantPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return tenant -> policy;
  }
}

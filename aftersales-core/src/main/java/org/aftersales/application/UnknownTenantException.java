package org.aftersales.application;

import org.aftersales.casefile.TenantId;

/** A command or query named a tenant the host did not configure. Nothing was written. */
public final class UnknownTenantException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for a tenant. */
  public UnknownTenantException(TenantId tenant) {
    super("tenant " + tenant + " has no after-sales policy; configure it in TenantPolicies");
  }
}

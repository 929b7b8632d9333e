package org.aftersales.policy.metrics;

import java.time.LocalDate;
import java.util.Objects;
import org.aftersales.casefile.TenantId;

/**
 * Where a counter belongs: a tenant (the merchant: the core's tenant is the shop that sold the goods),
 * a product or all of the tenant's products, and a day in the tenant calendar's zone. A range of days
 * is the sum of its days.
 *
 * @param tenant the merchant
 * @param product a sku, or {@link #ALL_PRODUCTS} for the merchant as a whole (a sku is never blank)
 * @param day the day the figures belong to: the day the case was opened, or for returned units the day
 *     the buyer received the goods
 */
public record MetricKey(TenantId tenant, String product, LocalDate day) {

  /** The product of a key that counts all of a merchant's products. */
  public static final String ALL_PRODUCTS = "";

  /** @throws NullPointerException if any argument is null */
  public MetricKey {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(day, "day");
  }
}

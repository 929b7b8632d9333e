package org.aftersales.policy.preset;

import java.util.List;
import org.aftersales.policy.AfterSalesPolicy;

/**
 * Ready-made policies, every rule citing its source. A shop starts from one and states what it does
 * differently, in code or as JSON. Steps the statutes set no limit for keep the core's seed limits,
 * cited as the library default.
 */
public final class Presets {

  private Presets() {}

  /**
   * Returns the Chinese statutory baseline: 7-day no-reason return from the day after signing
   * (消费者权益保护法 art. 25, SAMR 2017 measures) with the art. 6 exclusions and the art. 7 ones the
   * buyer confirmed at purchase, quality return within 7 days and exchange or repair for 2 years or
   * the warranty if longer (art. 24, 民法典 art. 621), 三包
   * return, exchange and repair for appliances and electronics, statutory periods moving off rest days;
   * the seller pays the shipping of a quality case (art. 24), the consumer the return shipping of a
   * no-reason return (art. 25), deducted from a refund that goes back the way it was paid.
   */
  public static AfterSalesPolicy chinaStatutory() {
    return ChinaStatutory.policy();
  }

  /**
   * Returns a Chinese marketplace: the statute plus the seed platform rules: resaleable condition,
   * intimate apparel and consumables excluded once the buyer confirmed it at purchase, fresh produce
   * refunded without return within 2 hours on top of the statutory quality remedies, paid repair of
   * buyer damage, evidence for both parties, 24 h merchant response approving on silence, 5
   * working-day arbitration, every channel, small automatic refunds for trusted buyers; refunds by the
   * original route, change-of-mind return shipping deducted, the merchant bearing depreciation.
   */
  public static AfterSalesPolicy chinaMarketplace() {
    return ChinaMarketplace.policy();
  }

  /**
   * Returns the EU baseline: 14-day withdrawal from possession of the last item (Directive
   * 2011/83/EU art. 9), its exclusions (art. 16), two-year conformity remedies (Directive 2019/771);
   * a withdrawal refunds the standard delivery but not a premium surplus (art. 13), the consumer bears
   * the return cost and diminished value (art. 14).
   */
  public static AfterSalesPolicy euConsumerRightsDirective() {
    return EuConsumerRights.policy();
  }

  /**
   * Returns the UK baseline: the 30-day short-term right to reject from delivery or the installation
   * notice, shorter for perishables (Consumer Rights Act 2015 s.22),
   * repair or replacement (s.23), and 14-day cancellation of distance contracts (CCR 2013); a
   * rejection is refunded without deduction at the trader's shipping cost (s.20), a cancellation
   * refunds the standard delivery less return cost and diminished value (CCR reg. 34, 35).
   */
  public static AfterSalesPolicy ukConsumerRightsAct() {
    return UkConsumerRights.policy();
  }

  /** Returns every preset. */
  public static List<AfterSalesPolicy> all() {
    return List.of(chinaStatutory(), chinaMarketplace(), euConsumerRightsDirective(), ukConsumerRightsAct());
  }
}

package org.aftersales.examples;

import static org.aftersales.examples.DemoShop.WAREHOUSE;
import static org.aftersales.examples.DemoShop.evidence;
import static org.aftersales.examples.DemoShop.item;
import static org.aftersales.examples.DemoShop.photo;
import static org.aftersales.examples.DemoShop.video;

import java.time.Duration;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.Rating;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.RepairPlan;
import org.aftersales.casefile.Shipment;
import org.aftersales.money.Money;

/**
 * Takes three cases of each type through their lives on a fixed clock, in memory, one after the
 * other, and prints each timeline. Among them: merchants, buyers and the platform that stay silent
 * so the sweeper's default action fires, a failed refund retried, a partial-refund offer accepted, a
 * refused return the platform settles after a complaint and a first judgment, a buyer who withdraws and a
 * repair plan declined.
 *
 * <p>{@link DemoShop} holds the wiring, the clock and the printing; this class holds the stories.
 */
public final class LifecycleDemo {

  private final DemoShop shop = new DemoShop();

  private LifecycleDemo() {}

  /** Runs the demo and prints the timelines. */
  public static void main(String[] args) {
    new LifecycleDemo().run();
  }

  private void run() {
    refundRetried();
    partialOfferAccepted();
    rejectionSettledByPlatform();

    silentMerchant();
    refusedReturnRuledForBuyer();
    withdrawnAfterApproval();

    exchangeDeemedConfirmed();
    exchangeOutOfStock();
    replacementDisputedPlatformSilent();

    repairWithFee();
    repairPlanDeclined();
    beyondRepair();

    System.out.printf("aftersales demo: %d cases on a fixed clock (Asia/Shanghai), seed SLA limits, in memory%n",
        shop.cases());
    System.out.println("=".repeat(100));
    shop.printTimelines();
  }

  // Refund only (仅退款) -----------------------------------------------------------------------

  private void refundRetried() {
    CaseId c = shop.open("The goods never arrived; the first refund attempt fails and the system retries it.",
        "SO-7100001", CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, item("green-tea-gift-box", 1, 16_800),
        "Parcel shows delivered but never arrived");
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.pass(Duration.ofMinutes(10));
    shop.refundFailed(c, "bank gateway timed out");
    shop.pass(Duration.ofHours(2));
    shop.refundConfirmed(c, "unionpay-rf-20931");
  }

  private void partialOfferAccepted() {
    CaseId c = shop.open("Parts missing: the merchant offers part of the money back, the buyer accepts and keeps the rest.",
        "SO-7100002", CaseType.REFUND_ONLY, Reason.MISSING_PARTS, item("green-tea-sampler-12", 1, 32_800),
        "Sampler box holds 8 of its 12 sachets");
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.OfferPartialRefund(Money.of(11_000, "CNY"),
        "CNY 110 back for the four missing sachets; please keep the rest"));
    shop.pass(Duration.ofHours(5));
    shop.act(c, Actor.BUYER, new CaseCommand.AcceptOffer());
    shop.pass(Duration.ofMinutes(30));
    shop.refundConfirmed(c, "alipay-rf-88310");
    shop.act(c, Actor.BUYER, new CaseCommand.Rate(new Rating(4, "Fair offer, quickly paid")));
  }

  private void rejectionSettledByPlatform() {
    CaseId c = shop.open("The merchant rejects, the buyer escalates with evidence, the platform classifies the dispute"
            + " as complex and rules a partial refund.",
        "SO-7100003", CaseType.REFUND_ONLY, Reason.NOT_AS_DESCRIBED, item("aged-puer-cake", 1, 88_000),
        "Listed as 2009 harvest, wrapper says 2019");
    shop.pass(Duration.ofHours(6));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Reject("Wrapper date is the packing date, not the harvest",
        List.of(photo("batch-record"))));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.BUYER, new CaseCommand.Escalate("The listing promised a 2009 harvest", List.of(photo("listing"))));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.PLATFORM, new CaseCommand.ClassifyComplex("The harvest year needs a tea appraiser's opinion"));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.PLATFORM, new CaseCommand.RulePartialRefund(Money.of(26_400, "CNY"),
        "Listing was ambiguous; 30% refunded and the listing corrected"));
    shop.pass(Duration.ofHours(1));
    shop.refundConfirmed(c, "wechat-rf-55120");
  }

  // Return and refund (退货退款) ---------------------------------------------------------------

  private void silentMerchant() {
    CaseId c = shop.open("The merchant stays silent: the system approves, gives the default return address and deems"
            + " the inspection passed.",
        "SO-7200001", CaseType.RETURN_AND_REFUND, Reason.CHANGED_MIND, item("oolong-250g", 2, 25_800),
        "Ordered two by mistake");
    shop.pass(Duration.ofHours(49));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("SF", "SF1402277311")));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.waitFor(c, CaseState.REFUND_PENDING, Duration.ofDays(7));
    shop.pass(Duration.ofHours(10));
    shop.refundConfirmed(c, "alipay-rf-88123");
  }

  private void refusedReturnRuledForBuyer() {
    CaseId c = shop.open("The merchant refuses the returned parcel with a photo, the buyer escalates with a video,"
            + " complains that nobody answers, the platform answers, judges first and rules for the buyer.",
        "SO-7200002", CaseType.RETURN_AND_REFUND, Reason.QUALITY_DEFECT, item("celadon-tea-set-6", 1, 59_900),
        "Two of the six cups have hairline cracks");
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("JD", "JD0081234567")));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.RefuseReceipt("The parcel held four cups, not six",
        List.of(photo("parcel-contents"))));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.BUYER, new CaseCommand.Escalate("All six cups went into the parcel; the video shows it sealed",
        List.of(video("packing"))));
    shop.pass(Duration.ofHours(20));
    shop.act(c, Actor.BUYER, new CaseCommand.FileComplaint("Nobody has looked at my video yet", List.of()));
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.PLATFORM, new CaseCommand.AnswerComplaint("An agent has the case and will judge today"));
    shop.act(c, Actor.PLATFORM, new CaseCommand.GiveFirstJudgment("The video shows six cups packed; waiting for"
        + " the carrier's pickup weight"));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.PLATFORM, new CaseCommand.RuleForBuyer(
        "The packing video and the carrier's pickup weight show a full set was sent; refund in full"));
    shop.pass(Duration.ofHours(1));
    shop.refundConfirmed(c, "jdpay-rf-61007");
  }

  private void withdrawnAfterApproval() {
    CaseId c = shop.open("Approved with a return address, then the buyer keeps the goods and withdraws.",
        "SO-7200003", CaseType.RETURN_AND_REFUND, Reason.SIZE_OR_FIT, item("bamboo-tea-tray-large", 1, 21_800),
        "Too long for our tea table");
    shop.pass(Duration.ofHours(4));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.BUYER, new CaseCommand.Withdraw("It fits on the sideboard; keeping it"));
  }

  // Exchange (换货) ---------------------------------------------------------------------------

  private void exchangeDeemedConfirmed() {
    CaseId c = shop.open("The merchant's clock pauses for a photo; the buyer stays silent after delivery, so the system"
            + " deems it confirmed.",
        "SO-7300001", CaseType.EXCHANGE, Reason.DAMAGED_IN_TRANSIT, item("porcelain-teapot", 1, 39_900),
        "Lid arrived cracked");
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.RequestInfo("Please send a photo of the parcel's outer box"));
    shop.pass(Duration.ofHours(20));
    shop.act(c, Actor.BUYER, new CaseCommand.SupplyInfo("Photo attached", List.of(photo("box"))));
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofHours(5));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("YTO", "YT7788123")));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    shop.pass(Duration.ofHours(4));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.act(c, Actor.MERCHANT, new CaseCommand.PassInspection(List.of()));
    shop.pass(Duration.ofHours(6));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF1402299900")));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
    shop.waitFor(c, CaseState.COMPLETED, Duration.ofDays(7));
  }

  private void exchangeOutOfStock() {
    CaseId c = shop.open("The replacement is out of stock: the dispatch limit passes, the platform is alerted, the"
            + " merchant refunds instead.",
        "SO-7300002", CaseType.EXCHANGE, Reason.WRONG_ITEM, item("longjing-tin-100g", 2, 23_600),
        "Received Tieguanyin tins instead of Longjing");
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofHours(6));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("STO", "ST3300918")));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.PassInspection(
        List.of(evidence(EvidenceKind.INSPECTION_REPORT, "inspection-7300002.pdf", "application/pdf"))));
    shop.pass(Duration.ofHours(26));
    shop.act(c, Actor.MERCHANT, new CaseCommand.RefundInstead());
    shop.pass(Duration.ofHours(1));
    shop.refundConfirmed(c, "alipay-rf-90412");
  }

  private void replacementDisputedPlatformSilent() {
    CaseId c = shop.open("The buyer disputes the replacement; the platform gives no first judgment within 48 hours,"
            + " so the system rules for the buyer: a refund.",
        "SO-7300003", CaseType.EXCHANGE, Reason.QUALITY_DEFECT, item("cast-iron-kettle", 1, 45_800),
        "Enamel inside is chipped and flaking");
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofHours(4));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("EMS", "EM120034455CN")));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.PassInspection(List.of()));
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ShipReplacement(new Shipment("SF", "SF1402311188")));
    shop.pass(Duration.ofDays(1));
    shop.act(c, Actor.SYSTEM, new CaseCommand.ReportOutboundDelivered());
    shop.pass(Duration.ofHours(5));
    shop.act(c, Actor.BUYER, new CaseCommand.Escalate("The replacement is chipped in the same place",
        List.of(photo("replacement-chip"))));
    shop.waitFor(c, CaseState.REFUND_PENDING, Duration.ofDays(8));
    shop.pass(Duration.ofHours(2));
    shop.refundConfirmed(c, "wechat-rf-57733");
  }

  // Repair (维修) -----------------------------------------------------------------------------

  private void repairWithFee() {
    CaseId c = shop.open("A plan with a fee, accepted, repaired, confirmed by the buyer and rated.",
        "SO-7400001", CaseType.REPAIR, Reason.QUALITY_DEFECT, item("electric-kettle", 1, 29_900),
        "Stops heating after a minute");
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.pass(Duration.ofHours(20));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProposeRepairPlan(
        new RepairPlan("Replace thermostat; outside warranty after drop damage", Money.of(4_500, "CNY"))));
    shop.pass(Duration.ofHours(8));
    shop.act(c, Actor.BUYER, new CaseCommand.AcceptRepairPlan());
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProvideReturnAddress(WAREHOUSE));
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("ZTO", "ZT5512009")));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.pass(Duration.ofDays(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ShipRepairedItem(new Shipment("ZTO", "ZT5512777"),
        List.of(evidence(EvidenceKind.REPAIR_REPORT, "repair-811.pdf", "application/pdf"))));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.BUYER, new CaseCommand.ConfirmDelivery());
    shop.act(c, Actor.BUYER, new CaseCommand.Rate(new Rating(5, "Fixed quickly")));
  }

  private void repairPlanDeclined() {
    CaseId c = shop.open("The merchant is silent, so the system approves; the buyer declines the paid plan and the"
            + " case closes.",
        "SO-7400002", CaseType.REPAIR, Reason.QUALITY_DEFECT, item("electric-tea-grinder", 1, 19_900),
        "Motor hums but the blades do not turn");
    shop.waitFor(c, CaseState.AWAITING_REPAIR_PLAN, Duration.ofDays(2));
    shop.pass(Duration.ofHours(3));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProposeRepairPlan(
        new RepairPlan("Replace the motor; the dented housing voids the warranty", Money.of(12_000, "CNY"))));
    shop.pass(Duration.ofHours(6));
    shop.act(c, Actor.BUYER, new CaseCommand.DeclineRepairPlan());
    shop.act(c, Actor.BUYER, new CaseCommand.Rate(new Rating(2, "The repair costs more than half a new grinder")));
  }

  private void beyondRepair() {
    CaseId c = shop.open("A free warranty repair; the system gives the default return address, the item is beyond"
            + " repair, a refund instead.",
        "SO-7400003", CaseType.REPAIR, Reason.QUALITY_DEFECT, item("electric-tea-stove", 1, 68_000),
        "Display shows E3 and the plate stays cold");
    shop.pass(Duration.ofHours(1));
    shop.act(c, Actor.MERCHANT, new CaseCommand.Approve());
    shop.pass(Duration.ofHours(5));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ProposeRepairPlan(
        new RepairPlan("Diagnose and replace the control board; under warranty", Money.of(0, "CNY"))));
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.BUYER, new CaseCommand.AcceptRepairPlan());
    shop.waitFor(c, CaseState.AWAITING_RETURN_SHIPMENT, Duration.ofDays(2));
    shop.pass(Duration.ofHours(2));
    shop.act(c, Actor.BUYER, new CaseCommand.ShipReturn(new Shipment("YTO", "YT7790456")));
    shop.pass(Duration.ofDays(2));
    shop.act(c, Actor.SYSTEM, new CaseCommand.ReportReturnDelivered());
    shop.pass(Duration.ofHours(4));
    shop.act(c, Actor.MERCHANT, new CaseCommand.ConfirmReceipt());
    shop.pass(Duration.ofDays(4));
    shop.act(c, Actor.MERCHANT, new CaseCommand.RefundInstead());
    shop.pass(Duration.ofMinutes(30));
    shop.refundConfirmed(c, "alipay-rf-91876");
  }
}

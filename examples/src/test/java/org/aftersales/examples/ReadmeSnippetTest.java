package org.aftersales.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.application.AfterSalesService;
import org.aftersales.application.CommandOutcome;
import org.aftersales.application.TenantPolicies;
import org.aftersales.application.TenantPolicy;
import org.aftersales.calendar.ChinaCalendars;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Channel;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.OrderId;
import org.aftersales.casefile.OrderLine;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.Reason;
import org.aftersales.casefile.ReturnAddress;
import org.aftersales.casefile.SlaPolicy;
import org.aftersales.casefile.TenantId;
import org.aftersales.jdbc.JdbcAfterSalesStore;
import org.aftersales.money.Money;
import org.aftersales.policy.eligibility.EligibilityRequest;
import org.aftersales.policy.eligibility.GoodsCategory;
import org.aftersales.policy.eligibility.GoodsFacts;
import org.aftersales.policy.json.PolicyJson;
import org.aftersales.policy.preset.Presets;
import org.aftersales.policy.refund.OrderSnapshot;
import org.aftersales.policy.refund.PurchasedLine;
import org.aftersales.policy.refund.Refund;
import org.aftersales.policy.refund.RefundRequest;
import org.aftersales.policy.refund.RequestedLine;
import org.aftersales.policy.refund.TenderKind;
import org.aftersales.policy.refund.TenderPayment;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in README.md is compiled code: each ```java block opens with a line
 * {@code // compiled: <path from the repository root>#<region>} and must equal, line for line, what
 * that file holds between {@code // README:begin <region>} and {@code // README:end}, less the
 * region's indentation. The snippets also run here.
 */
class ReadmeSnippetTest {

  /** Maven runs the tests in the module directory, so the repository root is one level up. */
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```$");
  private static final Pattern SOURCE = Pattern.compile("// compiled: (\\S+)#(\\S+)");

  @Test
  void everyJavaBlockOfTheReadmeIsARegionOfACompiledSourceFile() throws IOException {
    Matcher block = JAVA_BLOCK.matcher(Files.readString(ROOT.resolve("README.md")));
    List<String> regions = new ArrayList<>();
    while (block.find()) {
      List<String> lines = block.group(1).lines().toList();
      Matcher source = SOURCE.matcher(lines.get(0));
      assertThat(source.matches()).as("first line of a README java block names its source: %s", lines.get(0)).isTrue();
      Path file = ROOT.resolve(source.group(1));
      assertThat(file.toString()).as("snippets come from compiled sources").contains("/src/main/java/");
      assertThat(String.join("\n", lines.subList(1, lines.size())))
          .as("README block %s#%s", source.group(1), source.group(2))
          .isEqualTo(region(file, source.group(2)));
      regions.add(source.group(2));
    }
    assertThat(regions).containsExactlyInAnyOrder("in-memory", "jdbc", "policy", "joining");
  }

  /** The lines between a region's markers, less the indentation of its begin marker. */
  private static String region(Path file, String region) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int begin = -1;
    for (int i = 0; i < lines.size() && begin < 0; i++) {
      if (lines.get(i).strip().equals("// README:begin " + region)) {
        begin = i;
      }
    }
    assertThat(begin).as("region %s in %s", region, file).isNotNegative();
    String indent = lines.get(begin).substring(0, lines.get(begin).indexOf("//"));
    List<String> body = new ArrayList<>();
    for (int i = begin + 1; !lines.get(i).strip().equals("// README:end"); i++) {
      String line = lines.get(i);
      body.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
    }
    return String.join("\n", body);
  }

  @Test
  void theInMemorySnippetOpensACase() {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      CommandOutcome outcome = EmbeddingSnippet.openCase(scheduler, warehouse(), TenantId.of("shop"),
          PartyId.of("buyer"), "request-1", OrderId.of("order-1"), lines(), evidence());
      assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Accepted.class,
          accepted -> assertThat(accepted.after().state()).isEqualTo(CaseState.REQUESTED));
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void theDatabaseSnippetInstallsTheSchemaAndTheServiceOpensACaseOnH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:readme-snippet;DB_CLOSE_DELAY=-1");
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      TenantPolicies policies = TenantPolicies.same(
          TenantPolicy.of(SlaPolicy.seedDefaults(), ChinaCalendars.mainland(), warehouse()));
      AfterSalesService service = JdbcSnippet.onDatabase(h2, policies, Clock.systemUTC(), scheduler, message -> { },
          "node-1");
      TenantId shop = TenantId.of("shop");
      PartyId buyer = PartyId.of("buyer");
      CommandOutcome outcome = service.handle(CommandEnvelope.open(shop, Actor.BUYER, buyer, IdempotencyKey.of("r-1"),
          CaseCommand.Open.of(OrderId.of("order-1"), buyer, CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, Channel.APP,
              lines(), "", List.of())));
      assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();

      try (Connection host = h2.getConnection()) {
        host.setAutoCommit(false);
        JdbcAfterSalesStore joined = JdbcSnippet.inHostTransactions(() -> host, Clock.systemUTC());
        assertThat(joined.scheduledTimers()).as("the open case's merchant-response timers, read in the host's transaction")
            .isPositive();
        host.rollback();
      }
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void thePolicySnippetRefundsAChangeOfMindReturnOfOneOfTwoUnits() {
    Currency cny = Currency.getInstance("CNY");
    Instant signed = Instant.parse("2025-09-27T02:00:00Z");
    OrderSnapshot order = OrderSnapshot.of("SO-1", List.of(PurchasedLine.of("L1", "teapot", 2, Money.of(10_000, cny))),
        List.of(TenderPayment.of("P1", TenderKind.WALLET, Money.of(20_000, cny))));
    EligibilityRequest request = EligibilityRequest.of(
        GoodsFacts.purchased(GoodsCategory.GENERAL, signed.minusSeconds(86_400)).deliveredAndSignedAt(signed),
        Reason.CHANGED_MIND, CaseType.RETURN_AND_REFUND, signed.plusSeconds(3 * 86_400));

    Refund refund = PolicySnippet.ask(PolicyJson.write(Presets.chinaMarketplace()), request, order,
        RefundRequest.of(cny, RequestedLine.of("L1", 1)));

    assertThat(refund).isNotNull();
    assertThat(refund.total()).isEqualTo(Money.of(10_000, cny));
    assertThat(PolicySnippet.ask(PolicyJson.write(Presets.chinaMarketplace()),
        request.at(signed.plusSeconds(30 * 86_400)), order, RefundRequest.of(cny, RequestedLine.of("L1", 1))))
        .as("a month after signing the 7-day window is closed").isNull();
  }

  private static ReturnAddress warehouse() {
    return new ReturnAddress("Returns", "+86 21 0000 0000", "1 Road, Shanghai");
  }

  private static List<OrderLine> lines() {
    return List.of(OrderLine.of("l1", "sku-1", 1, Money.of(9_900, "CNY")));
  }

  private static List<EvidenceRef> evidence() {
    return List.of(EvidenceRef.of(EvidenceKind.PHOTO, "https://files.example/1.jpg", "image/jpeg", "0".repeat(64)));
  }
}

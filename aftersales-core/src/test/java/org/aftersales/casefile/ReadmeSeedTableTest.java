package org.aftersales.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaRule;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's table of seed time limits in step with {@link SlaPolicy#seedDefaults()}: one row
 * per limited step, its limit, its reminders and what happens when it is missed. The generated
 * lifecycle pages are {@link LifecycleDocsTest}'s; this table is written by hand, so it drifts unless
 * a test reads it.
 */
class ReadmeSeedTableTest {

  /** Maven runs the tests in the module directory, so the README is one level up. */
  private static final Path README = Paths.get("..", "README.md");

  /** The README's row of each step, by its first cell. */
  private static final Map<DeadlineKind, String> ROWS = new EnumMap<>(Map.ofEntries(
      Map.entry(DeadlineKind.MERCHANT_RESPONSE, "merchant responds to a request"),
      Map.entry(DeadlineKind.BUYER_SUPPLIES_INFO, "buyer supplies requested information (merchant clock paused)"),
      Map.entry(DeadlineKind.BUYER_ANSWERS_OFFER,
          "buyer answers the merchant's partial-refund offer (merchant clock paused)"),
      Map.entry(DeadlineKind.RETURN_ADDRESS, "merchant gives the return address"),
      Map.entry(DeadlineKind.BUYER_SHIPS_RETURN, "buyer ships the return"),
      Map.entry(DeadlineKind.RETURN_TRANSIT, "return in transit, nobody confirms"),
      Map.entry(DeadlineKind.MERCHANT_CONFIRMS_RECEIPT, "carrier delivered, merchant confirms receipt"),
      Map.entry(DeadlineKind.INSPECTION, "merchant inspects"),
      Map.entry(DeadlineKind.BUYER_ANSWERS_REJECTION, "buyer answers a rejection or refusal"),
      Map.entry(DeadlineKind.BUYER_ANSWERS_REFUSAL, "buyer answers a rejection or refusal"),
      Map.entry(DeadlineKind.SEND_BACK_DISPATCH, "merchant sends refused goods back (library default)"),
      Map.entry(DeadlineKind.SENT_BACK_TRANSIT, "refused goods on their way back (library default)"),
      Map.entry(DeadlineKind.REFUND_SETTLEMENT, "refund settles"),
      Map.entry(DeadlineKind.REFUND_RETRY, "failed refund"),
      Map.entry(DeadlineKind.REPLACEMENT_DISPATCH, "merchant ships the replacement"),
      Map.entry(DeadlineKind.OUTBOUND_TRANSIT, "replacement or repaired item on its way, no delivery report"),
      Map.entry(DeadlineKind.BUYER_CONFIRMS_DELIVERY, "buyer confirms the replacement or repaired item, from delivery"),
      Map.entry(DeadlineKind.REPAIR_PLAN, "merchant proposes a repair plan and fee"),
      Map.entry(DeadlineKind.BUYER_ANSWERS_REPAIR_PLAN, "buyer answers the repair plan"),
      Map.entry(DeadlineKind.REPAIR_WORK, "merchant repairs"),
      Map.entry(DeadlineKind.PLATFORM_RULING, "platform rules on an escalation, finally"),
      Map.entry(DeadlineKind.PLATFORM_FIRST_JUDGMENT, "platform's first judgment on a dispute, from the escalation"),
      Map.entry(DeadlineKind.PLATFORM_COMPLEX_JUDGMENT,
          "platform's first judgment on a dispute it classified as complex, from the escalation"),
      Map.entry(DeadlineKind.COMPLAINT_HANDLING,
          "platform handles a buyer's complaint about the handling (beside the case's own clocks)")));

  /** How the README words each default action; a few read differently where the step makes it clearer. */
  private static final Map<DefaultAction, Set<String>> MISSED = new EnumMap<>(Map.ofEntries(
      Map.entry(DefaultAction.APPROVE, Set.of("approve")),
      Map.entry(DefaultAction.CLOSE_ABANDONED, Set.of("close as abandoned")),
      Map.entry(DefaultAction.DECLINE_OFFER, Set.of("declined; merchant's clock resumes")),
      Map.entry(DefaultAction.USE_DEFAULT_RETURN_ADDRESS, Set.of("give the policy's default address")),
      Map.entry(DefaultAction.REFUND_WITHOUT_RETURN, Set.of("refund without the return")),
      Map.entry(DefaultAction.CONFIRM_RECEIPT, Set.of("deemed received")),
      Map.entry(DefaultAction.PASS_INSPECTION, Set.of("deemed passed")),
      Map.entry(DefaultAction.ACCEPT_DECISION, Set.of("the merchant's decision stands")),
      Map.entry(DefaultAction.RAISE_ALERT, Set.of("alert")),
      Map.entry(DefaultAction.RETRY_REFUND, Set.of("retry")),
      Map.entry(DefaultAction.DEEM_OUTBOUND_DELIVERED, Set.of("deemed delivered")),
      Map.entry(DefaultAction.CONFIRM_DELIVERY, Set.of("deemed confirmed", "deemed received")),
      Map.entry(DefaultAction.DECLINE_REPAIR_PLAN, Set.of("deemed declined")),
      Map.entry(DefaultAction.RULE_FOR_BUYER, Set.of("deemed for the buyer"))));

  @Test
  void everySeedLimitHasAReadmeRowThatStatesItsLimitReminderAndDefault() throws IOException {
    Map<String, List<String>> table = seedTable();
    SlaPolicy seed = SlaPolicy.seedDefaults();
    assertThat(ROWS.keySet()).as("every deadline kind has a README row").containsExactlyInAnyOrder(DeadlineKind.values());
    assertThat(table.keySet()).as("README rows without a step").isSubsetOf(ROWS.values());
    for (Map.Entry<DeadlineKind, String> row : ROWS.entrySet()) {
      DeadlineKind kind = row.getKey();
      SlaRule rule = Arrays.stream(CaseType.values()).map(type -> seed.rule(type, kind)).flatMap(java.util.Optional::stream)
          .findFirst().orElseThrow(() -> new AssertionError(kind + " has no seed rule"));
      List<String> cells = table.get(row.getValue());
      assertThat(cells).as("README row '%s' for %s", row.getValue(), kind).isNotNull();
      assertThat(cells.get(0)).as("limit of %s", kind).isEqualTo(rule.limit().toString());
      assertThat(cells.get(1)).as("reminders of %s", kind).isEqualTo(rule.remindBefore().stream()
          .map(before -> Wording.duration(before) + " left").collect(Collectors.joining(", ")));
      assertThat(MISSED.get(rule.defaultAction())).as("default of %s, %s", kind, rule.defaultAction())
          .contains(cells.get(2));
    }
  }

  /** The rows of the README's "Seed time limits" table: step -> (limit, reminder, when missed). */
  private static Map<String, List<String>> seedTable() throws IOException {
    List<String> lines = Files.readAllLines(README);
    int heading = lines.indexOf("## Seed time limits (`SlaPolicy.seedDefaults()`)");
    assertThat(heading).as("the seed table's heading in %s", README).isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    int at = heading + 1;
    while (at < lines.size() && !lines.get(at).startsWith("|")) {
      at++;
    }
    for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
      String line = lines.get(at);
      List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::trim).toList();
      assertThat(cells).as("cells of %s", line).hasSize(4);
      assertThat(rows.put(cells.get(0), cells.subList(1, 4))).as("row %s twice", cells.get(0)).isNull();
    }
    return rows;
  }
}

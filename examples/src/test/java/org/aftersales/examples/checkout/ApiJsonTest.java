package org.aftersales.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Shipment;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  private final ApiJson json = new ApiJson();

  @Test
  void everyCommandRecordIsNamedByItsCommandType() {
    Set<CommandType> named = Stream.of(CaseCommand.class.getPermittedSubclasses())
        .map(ApiJson::commandTypeOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommandType.class)));

    assertThat(named).isEqualTo(EnumSet.allOf(CommandType.class));
  }

  @Test
  void theCommandsRouteTakesEveryCommandButOpeningAndTheSweepersOwn() {
    assertThat(json.commandNames()).hasSize(CommandType.values().length - 3)
        .contains("APPROVE", "CONFIRM_REFUND", "SHIP_REPLACEMENT")
        .doesNotContain("OPEN", "SEND_REMINDER", "RECOMPUTE_DEADLINES");
  }

  @Test
  void readsACommandByItsType() {
    CaseCommand command = json.readCommand(bytes(
        "{\"type\": \"SHIP_RETURN\", \"shipment\": {\"carrier\": \"SF\", \"trackingNumber\": \"SF1\"}}"));

    assertThat(command).isEqualTo(new CaseCommand.ShipReturn(new Shipment("SF", "SF1")));
  }

  @Test
  void aMissingEvidenceListIsEmpty_aMissingTextIsNamed() {
    assertThat(json.readCommand(bytes("{\"type\": \"PASS_INSPECTION\"}")))
        .isEqualTo(new CaseCommand.PassInspection(java.util.List.of()));
    assertThatThrownBy(() -> json.readCommand(bytes("{\"type\": \"REJECT\"}")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> {
          assertThat(e.field()).isEqualTo("reason");
          assertThat(e.expected()).isEqualTo("a value; the field is required");
        });
  }

  @Test
  void aDuplicateKeyIsRefused() {
    assertThatThrownBy(() -> json.readCommand(bytes("{\"type\": \"APPROVE\", \"type\": \"REJECT\"}")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("body"));
  }

  @Test
  void jsonNull_isRefusedAsTheBody_notReadAsNoRequest() {
    assertThatThrownBy(() -> json.readCommand(bytes("null")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("body"));
    assertThatThrownBy(() -> json.read(bytes(" null "), OpenCaseRequest.class))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("body"));
  }

  @Test
  void aFractionOrExponentWhereAWholeNumberGoes_isRefused_notTruncated() {
    assertThatThrownBy(() -> json.readCommand(bytes(
        "{\"type\": \"CONFIRM_REFUND\", \"attempt\": 1.7, \"paymentReference\": \"rf-1\"}")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("attempt"));
    assertThatThrownBy(() -> json.read(bytes(Bodies.qualityDefect("SO-1", "EXCHANGE")
        .replace("\"quantity\": 1", "\"quantity\": 1e3")), OpenCaseRequest.class))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("lines[0].quantity"));
  }

  @Test
  void aNumberOutOfRange_namesItsField_andOneOfThousandsOfDigits_isABadBody() {
    assertThatThrownBy(() -> json.readCommand(bytes(
        "{\"type\": \"CONFIRM_REFUND\", \"attempt\": 3000000000, \"paymentReference\": \"rf-1\"}")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("attempt"));
    assertThatThrownBy(() -> json.readCommand(bytes(
        "{\"type\": \"CONFIRM_REFUND\", \"attempt\": 1" + "0".repeat(5_000) + ", \"paymentReference\": \"rf-1\"}")))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("body"));
  }

  @Test
  void negativeOrOverflowingMoney_isRefusedAtItsField() {
    String valid = Bodies.qualityDefect("SO-1", "RETURN_AND_REFUND");

    for (String amount : new String[] {"CNY -168.00", "CNY 99999999999999999999.00", "CNY 1e3"}) {
      assertThatThrownBy(() -> json.read(bytes(valid.replace("CNY 168.00", amount)), OpenCaseRequest.class))
          .as(amount)
          .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("lines[0].amountPaid"));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package org.aftersales.jdbc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseEvent;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.RecordedEvent;
import org.aftersales.store.CaseCommit;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The JSON form of cases, events and commands: exact round trips, a type name per event, strict reading. */
class AfterSalesJsonTest {

  private final AfterSalesJson json = new AfterSalesJson();
  private static final Instant AT_A_NANOSECOND = Instant.parse("2025-03-05T02:00:00.123456789Z");

  @Test
  void aCaseItsEventsAndItsCommandRoundTripExactly_toTheNanosecond() throws JsonProcessingException {
    CaseCommit open = Decisions.open(CaseId.of("c-1"), CaseType.RETURN_AND_REFUND, IdempotencyKey.of("k"),
        AT_A_NANOSECOND);
    AfterSalesCase c = Decisions.decide(open.after(), Actor.MERCHANT, new CaseCommand.Approve(),
        IdempotencyKey.of("k2"), AT_A_NANOSECOND.plusNanos(1)).after();

    assertThat(json.read(json.write(c), AfterSalesCase.class)).isEqualTo(c);
    for (RecordedEvent e : open.events()) {
      assertThat(json.read(json.write(e), RecordedEvent.class)).isEqualTo(e);
    }
    CommandEnvelope request = open.idempotency().request();
    assertThat(json.read(json.write(request), CommandEnvelope.class)).isEqualTo(request);
    CommandEnvelope expecting = CommandEnvelope.to(Fixtures.SHOP, CaseId.of("c-1"), Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("k3"), new CaseCommand.Withdraw("changed my mind")).expectingVersion(4);
    assertThat(json.read(json.write(expecting), CommandEnvelope.class)).isEqualTo(expecting);
  }

  @Test
  void anEscalatedCaseWithAComplaint_itsReviewTheNewEventsAndTheNewCommandsRoundTrip() throws JsonProcessingException {
    CaseCommit open = Decisions.open(CaseId.of("c-2"), CaseType.REFUND_ONLY, IdempotencyKey.of("k"), AT_A_NANOSECOND);
    CaseCommit rejected = Decisions.decide(open.after(), Actor.MERCHANT,
        new CaseCommand.Reject("used", List.of(Fixtures.photo())), IdempotencyKey.of("k2"), AT_A_NANOSECOND);
    CaseCommit escalated = Decisions.decide(rejected.after(), Actor.BUYER,
        new CaseCommand.Escalate("not used", List.of(Fixtures.photo())), IdempotencyKey.of("k3"), AT_A_NANOSECOND);
    List<CaseCommand> commands = List.of(new CaseCommand.ClassifyComplex("needs an appraisal"),
        new CaseCommand.FileComplaint("nobody answers", List.of(Fixtures.photo())),
        new CaseCommand.AnswerComplaint("an agent has it"), new CaseCommand.GiveFirstJudgment("buyer likely right"));
    AfterSalesCase c = escalated.after();
    List<RecordedEvent> events = new ArrayList<>();
    int key = 4;
    for (CaseCommand command : commands) {
      Actor actor = command instanceof CaseCommand.FileComplaint ? Actor.BUYER : Actor.PLATFORM;
      CaseCommit next = Decisions.decide(c, actor, command, IdempotencyKey.of("k" + key++), AT_A_NANOSECOND.plusNanos(key));
      events.addAll(next.events());
      c = next.after();
      assertThat(json.read(json.write(command), CaseCommand.class)).isEqualTo(command);
    }

    assertThat(c.review()).hasValueSatisfying(review -> assertThat(review.complex() && review.firstJudgmentGiven()).isTrue());
    assertThat(c.complaints()).isEqualTo(1);
    assertThat(json.read(json.write(c), AfterSalesCase.class)).isEqualTo(c);
    assertThat(events).extracting(e -> e.event().getClass().getSimpleName()).contains("DisputeClassifiedComplex",
        "ComplaintFiled", "ComplaintAnswered", "FirstJudgmentGiven");
    for (RecordedEvent e : events) {
      assertThat(json.read(json.write(e), RecordedEvent.class)).isEqualTo(e);
    }
  }

  @Test
  void eventsAndCommandsCarryTheirTypeNameAndNoDerivedProperties() throws JsonProcessingException {
    String event = json.write(new CaseEvent.Withdrawn("changed my mind"));
    assertThat(event).isEqualTo("{\"@type\":\"Withdrawn\",\"reason\":\"changed my mind\"}");
    String c = json.write(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, IdempotencyKey.of("k"),
        AT_A_NANOSECOND).after());
    assertThat(c).contains("\"openedAt\":\"2025-03-05T02:00:00.123456789Z\"")
        .doesNotContain("\"paused\"").doesNotContain("\"awaiting\"");
    List<String> stored = new ArrayList<>();
    new ObjectMapper().readTree(c).fieldNames().forEachRemaining(stored::add);
    assertThat(stored).as("a case's JSON holds its record components and nothing derived (awaiting, amountPaid)")
        .containsExactlyElementsOf(Stream.of(AfterSalesCase.class.getRecordComponents())
            .map(RecordComponent::getName).toList());
  }

  @Test
  void readingIsStrict() {
    assertThatThrownBy(() -> json.read("{\"@type\":\"NoSuchEvent\"}", CaseEvent.class))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("NoSuchEvent");
    assertThatThrownBy(() -> json.read("{\"@type\":\"Withdrawn\",\"reason\":\"x\",\"extra\":1}", CaseEvent.class))
        .as("an unknown property").isInstanceOf(JsonProcessingException.class).hasMessageContaining("extra");
    assertThatThrownBy(() -> json.read("{\"@type\":\"Withdrawn\"}", CaseEvent.class))
        .as("a missing property").isInstanceOf(JsonProcessingException.class).hasMessageContaining("reason");
    String event = json.write(Decisions.open(CaseId.of("c-1"), CaseType.REFUND_ONLY, IdempotencyKey.of("k"),
        AT_A_NANOSECOND).events().get(0));
    assertThatThrownBy(() -> json.read(event.replace("\"caseId\":{\"value\":\"c-1\"}", "\"caseId\":null"),
        RecordedEvent.class)).as("a null the record refuses").isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("caseId");
    assertThatThrownBy(() -> json.read("{\"@type\":\"OfferAccepted\",\"amount\":{\"minorUnits\":-5,\"currency\":\"CNY\"}}",
        CaseEvent.class)).as("negative money").isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> json.read("{\"@type\":\"DeadlinePaused\",\"deadline\":{\"value\":\"d\"},\"kind\":\"MERCHANT_RESPONSE\","
        + "\"remaining\":\"three hours\"}", CaseEvent.class))
        .as("a duration that is not ISO-8601").isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("three hours");
    assertThatThrownBy(() -> json.read("{\"@type\":\"Rated\",\"rating\":{\"stars\":9,\"comment\":\"\"}}",
        CaseEvent.class)).as("a value the record refuses").isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> json.read("[] trailing", CaseEvent.class)).isInstanceOf(JsonProcessingException.class);
    assertThat(List.of(CaseEvent.class.getPermittedSubclasses())).isNotEmpty();
  }
}

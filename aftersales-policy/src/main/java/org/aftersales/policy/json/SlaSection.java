package org.aftersales.policy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.casefile.CaseType;
import org.aftersales.deadline.DayConvention;
import org.aftersales.deadline.DeadlineKind;
import org.aftersales.deadline.DefaultAction;
import org.aftersales.deadline.SlaLimit;
import org.aftersales.deadline.SlaRule;
import org.aftersales.deadline.SlaUnit;
import org.aftersales.policy.sla.SlaTerms;
import org.aftersales.policy.sla.StepLimit;
import org.aftersales.policy.source.RuleRef;

/**
 * The {@code "sla"} section: the counts ({@code "maxComplaints"} optional, 2 when absent) and day
 * convention of the core {@code SlaPolicy} and
 * {@code "steps"}, each a {@code "step"} with an optional {@code "caseType"} and either a {@code
 * "limit"} ({@code {"amount", "unit"}}), {@code "remindBefore"} (ISO-8601 durations, longest first)
 * and {@code "whenMissed"}, or {@code "noLimit": true}.
 */
final class SlaSection implements PolicySection<SlaTerms> {

  static final SlaSection INSTANCE = new SlaSection();

  private SlaSection() {}

  @Override
  public String name() {
    return "sla";
  }

  @Override
  public SlaTerms read(FieldReader section) {
    DayConvention convention = section.enumValue("dayConvention", DayConvention.class);
    int attempts = section.integer("automaticRefundAttempts", 1, 100);
    int informationRequests = section.integer("maxInformationRequests", 0, 100);
    int offers = section.integer("maxPartialRefundOffers", 0, 100);
    int complaints = section.integer("maxComplaints", 0, 100, SlaTerms.DEFAULT_MAX_COMPLAINTS);
    List<StepLimit> steps = section.objects("steps").stream().map(SlaSection::step).toList();
    return section.build(() -> new SlaTerms(steps, convention, attempts, informationRequests, offers, complaints));
  }

  private static StepLimit step(FieldReader step) {
    RuleRef ref = RuleRefs.read(step);
    DeadlineKind kind = step.enumValue("step", DeadlineKind.class);
    Optional<CaseType> caseType = step.optionalEnum("caseType", CaseType.class);
    boolean hasLimit = step.has("limit");
    boolean noLimit = step.has("noLimit");
    if (hasLimit == noLimit) {
      throw new InvalidPolicyJsonException(step.path(), "exactly one of 'limit' and 'noLimit'",
          hasLimit ? "both" : "neither", null);
    }
    if (noLimit) {
      step.trueFlag("noLimit");
      return step.build(() -> new StepLimit(ref, kind, caseType, Optional.empty()));
    }
    FieldReader limit = step.object("limit");
    int amount = limit.integer("amount", 1, 10_000);
    SlaUnit unit = limit.enumValue("unit", SlaUnit.class);
    SlaLimit slaLimit = limit.build(() -> new SlaLimit(amount, unit));
    List<Duration> reminders = new ArrayList<>();
    if (step.has("remindBefore")) {
      List<JsonNode> nodes = step.array("remindBefore");
      for (int i = 0; i < nodes.size(); i++) {
        reminders.add(duration(nodes.get(i), step.path("remindBefore") + "[" + i + "]"));
      }
    }
    DefaultAction action = step.enumValue("whenMissed", DefaultAction.class);
    return step.build(() -> new StepLimit(ref, kind, caseType, Optional.of(new SlaRule(slaLimit, reminders, action))));
  }

  private static Duration duration(JsonNode node, String at) {
    String expected = "an ISO-8601 duration such as \"PT6H\"";
    if (!node.isTextual()) {
      throw new InvalidPolicyJsonException(at, expected, FieldReader.describe(node), null);
    }
    try {
      return Duration.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new InvalidPolicyJsonException(at, expected, FieldReader.describe(node), e);
    }
  }

  @Override
  public ObjectNode write(SlaTerms terms, JsonNodeFactory json) {
    ObjectNode section = json.objectNode()
        .put("dayConvention", terms.dayConvention().name())
        .put("automaticRefundAttempts", terms.automaticRefundAttempts())
        .put("maxInformationRequests", terms.maxInformationRequests())
        .put("maxPartialRefundOffers", terms.maxPartialRefundOffers())
        .put("maxComplaints", terms.maxComplaints());
    ArrayNode steps = section.putArray("steps");
    for (StepLimit step : terms.steps()) {
      ObjectNode node = RuleRefs.write(step.ref(), steps.addObject()).put("step", step.step().name());
      step.caseType().ifPresent(type -> node.put("caseType", type.name()));
      if (step.rule().isEmpty()) {
        node.put("noLimit", true);
        continue;
      }
      SlaRule rule = step.rule().get();
      node.putObject("limit").put("amount", rule.limit().amount()).put("unit", rule.limit().unit().name());
      ArrayNode reminders = node.putArray("remindBefore");
      rule.remindBefore().forEach(reminder -> reminders.add(reminder.toString()));
      node.put("whenMissed", rule.defaultAction().name());
    }
    return section;
  }
}

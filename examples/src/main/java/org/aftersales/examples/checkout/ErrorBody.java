package org.aftersales.examples.checkout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.Rejection;
import org.aftersales.policy.eligibility.EligibilityDecision;
import org.aftersales.policy.eligibility.Grant;
import org.aftersales.policy.source.RuleRef;

/**
 * The JSON body of every 4xx and 5xx answer. Fields that do not apply to an error are left out.
 *
 * @param error the stable code: a core {@code RejectionCode}, {@code NOT_ELIGIBLE}, {@code BAD_REQUEST},
 *     {@code NO_ROUTE}, {@code METHOD_NOT_ALLOWED}, {@code PAYLOAD_TOO_LARGE}, ...
 * @param field for {@code BAD_REQUEST}: the JSON path, header or query parameter at fault
 * @param expected for {@code BAD_REQUEST}: what the service expected there
 * @param refusal for {@code NOT_ELIGIBLE}: the policy's refusal code, such as {@code WINDOW_CLOSED}
 * @param rule the rule that decided: the lifecycle row or guard of a rejection, the policy rule id of
 *     a refused request
 * @param message what happened, for the developer
 * @param allowedInstead for {@code NOT_ELIGIBLE}: the case types the buyer could ask for instead
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ErrorBody(String error, String field, String expected, String refusal, String rule, String message,
    List<CaseType> allowedInstead) {

  static ErrorBody of(String error, String message) {
    return new ErrorBody(error, null, null, null, null, message, null);
  }

  static ErrorBody badRequest(BadRequestException e) {
    return new ErrorBody("BAD_REQUEST", e.field(), e.expected(), null, null, e.getMessage(), null);
  }

  static ErrorBody rejected(Rejection rejection) {
    return new ErrorBody(rejection.code().name(), null, null, null, rejection.rule(), rejection.message(), null);
  }

  static ErrorBody notEligible(EligibilityDecision.Refused refused) {
    return new ErrorBody("NOT_ELIGIBLE", null, null, refused.code().name(),
        refused.rule().map(RuleRef::id).orElse(null), refused.message(),
        refused.allowed().stream().map(Grant::type).toList());
  }
}

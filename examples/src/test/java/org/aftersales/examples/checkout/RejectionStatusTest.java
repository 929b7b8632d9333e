package org.aftersales.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.casefile.RejectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The status of every rejection code, stated once more here so that a change to the table is deliberate. */
class RejectionStatusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "CASE_NOT_FOUND, 404", "WRONG_TENANT, 404",
      "WRONG_PARTY, 403", "ACTOR_NOT_ALLOWED, 403",
      "NOT_ALLOWED_IN_STATE, 409", "STALE_VERSION, 409", "DEADLINE_NOT_DUE, 409", "DEADLINE_NOT_RUNNING, 409",
      "DEADLINE_PASSED, 409", "ORDER_LINE_IN_OPEN_CASE, 409", "IDEMPOTENCY_KEY_REUSED, 409",
      "CONCURRENT_MODIFICATION, 409",
      "GUARD_FAILED, 422", "NOT_ALLOWED_FOR_CASE_TYPE, 422", "DEADLINE_NOT_CITED, 422"})
  void eachCodeHasItsStatus(RejectionCode code, int status) {
    assertThat(RejectionStatus.of(code)).isEqualTo(status);
  }

  @Test
  void theTableAboveListsEveryCode() {
    // The CSV above and this set are kept together: a new code fails here until it has a row there.
    Set<RejectionCode> listed = EnumSet.of(RejectionCode.CASE_NOT_FOUND, RejectionCode.WRONG_TENANT,
        RejectionCode.WRONG_PARTY, RejectionCode.ACTOR_NOT_ALLOWED, RejectionCode.NOT_ALLOWED_IN_STATE,
        RejectionCode.STALE_VERSION, RejectionCode.DEADLINE_NOT_DUE, RejectionCode.DEADLINE_NOT_RUNNING,
        RejectionCode.DEADLINE_PASSED, RejectionCode.ORDER_LINE_IN_OPEN_CASE, RejectionCode.IDEMPOTENCY_KEY_REUSED,
        RejectionCode.CONCURRENT_MODIFICATION, RejectionCode.GUARD_FAILED, RejectionCode.NOT_ALLOWED_FOR_CASE_TYPE,
        RejectionCode.DEADLINE_NOT_CITED);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RejectionCode.class));
  }
}

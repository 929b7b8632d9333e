package org.aftersales.examples.checkout;

import static org.aftersales.examples.checkout.Bodies.qualityDefect;
import static org.aftersales.examples.checkout.CheckoutServerEndToEndTest.published;
import static org.aftersales.examples.checkout.CheckoutServerEndToEndTest.returnedAndRefunded;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service run on PostgreSQL from a URL, as the issue promises: an embedded server (zonky), the
 * schema installed by the service at start, and one whole return and refund whose approval the
 * scheduled sweeper gives for a silent merchant, published by the relay.
 */
class CheckoutServerOnPostgresTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void seedRule_merchantSilentFor24Hours_theSweeperApproves_thenTheReturnIsRefunded_onPostgres() {
    try (RunningCheckout checkout = new RunningCheckout(postgres.getJdbcUrl("postgres", "postgres"))) {
      String id = checkout.opened("open-pg-1", qualityDefect("SO-PG-0001", "RETURN_AND_REFUND"));

      checkout.clock.advance(Duration.ofHours(24).plusMinutes(1));
      checkout.awaitJson("/cases/" + id, c -> c.get("state").asText().equals("AWAITING_RETURN_ADDRESS"));
      checkout.awaitJson("/outbox/recent", recent -> published(recent, id).contains("RequestApproved"));
      returnedAndRefunded(checkout, id);

      assertThat(checkout.get("/cases?state=COMPLETED").json().get("cases").findValuesAsText("id")).containsExactly(id);
    }
  }
}

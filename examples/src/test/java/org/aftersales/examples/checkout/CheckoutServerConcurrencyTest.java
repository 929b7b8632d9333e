package org.aftersales.examples.checkout;

import static org.aftersales.examples.checkout.Bodies.qualityDefect;
import static org.aftersales.examples.checkout.RunningCheckout.BUYER;
import static org.aftersales.examples.checkout.RunningCheckout.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests racing on the server's handler threads: none is lost, none is applied twice, none fails
 * for a reason of the server's own.
 */
class CheckoutServerConcurrencyTest {

  private static final int RACERS = 12;

  private static RunningCheckout checkout;

  @BeforeAll
  static void start() {
    checkout = new RunningCheckout();
  }

  @AfterAll
  static void stop() {
    checkout.close();
  }

  @Test
  void commandsRacingOnOneCase_areAllApplied_oneVersionEach() throws Exception {
    String id = checkout.opened("open-race", qualityDefect("SO-RACE", "RETURN_AND_REFUND"));

    List<RunningCheckout.Response> answers = race(i -> checkout.act(id, "MERCHANT", STAFF, "evidence-" + i,
        "{\"type\": \"ADD_EVIDENCE\", \"evidence\": [" + Bodies.PHOTO.formatted("race-" + i) + "]}"));

    assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
    assertThat(answers).extracting(answer -> answer.header("ETag").orElseThrow()).doesNotHaveDuplicates();
    assertThat(checkout.caseFile(id).get("version").asInt()).isEqualTo(1 + RACERS);
    assertThat(checkout.caseFile(id).get("evidence").asInt()).isEqualTo(1 + RACERS);
  }

  @Test
  void theSameOpeningSentManyTimesAtOnce_opensOneCase_andEveryAnswerIsIt() throws Exception {
    List<RunningCheckout.Response> answers = race(i -> checkout.open("open-twins", qualityDefect("SO-TWINS", "EXCHANGE")));

    assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
    assertThat(answers).extracting(answer -> answer.json().at("/case/id").asText()).containsOnly(
        answers.get(0).json().at("/case/id").asText());
    assertThat(checkout.get("/cases?buyer=" + BUYER + "&limit=1000").json().get("cases").findValuesAsText("orderId"))
        .containsOnlyOnce("SO-TWINS");
  }

  /** Sends the requests from as many threads, released together; returns the answers in order. */
  private static List<RunningCheckout.Response> race(IntFunction<RunningCheckout.Response> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<RunningCheckout.Response>> sent = IntStream.range(0, RACERS)
          .mapToObj(i -> threads.submit((Callable<RunningCheckout.Response>) () -> {
            go.await();
            return request.apply(i);
          }))
          .toList();
      go.countDown();
      List<RunningCheckout.Response> answers = new ArrayList<>();
      for (Future<RunningCheckout.Response> answer : sent) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}

package org.aftersales.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseCommand;
import org.aftersales.casefile.CaseType;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.Reason;
import org.aftersales.testing.Decisions;
import org.aftersales.testing.Fixtures;
import org.aftersales.testing.Fixtures.Harness;
import org.aftersales.testing.InterleavingStore;
import org.aftersales.testing.InterleavingStore.Point;
import org.junit.jupiter.api.Test;

/** A command that runs out of attempts still answers with what its key recorded. */
class LastAttemptRaceTest {

  @Test
  void losingTheLastAttemptToItsOwnTwin_answersAccepted_likeTheTwin() {
    Harness h = new Harness();
    AfterSalesCase c = h.open(CaseType.REFUND_ONLY, Reason.QUALITY_DEFECT);
    CommandEnvelope photo = CommandEnvelope.to(Fixtures.SHOP, c.id(), Actor.BUYER, Fixtures.BUYER,
        IdempotencyKey.of("photo-1"), new CaseCommand.AddEvidence(List.of(Decisions.evidence("photo-1"))));
    InterleavingStore store = new InterleavingStore(h.store);
    AfterSalesService contended =
        new AfterSalesService(store, TenantPolicies.same(Fixtures.seedPolicy()), CaseIdGenerator.randomUuids(), h.clock);
    AtomicInteger commits = new AtomicInteger();
    store.hook(point -> {
      if (point != Point.BEFORE_COMMIT) {
        return;
      }
      int attempt = commits.incrementAndGet();
      if (attempt < AfterSalesService.MAX_ATTEMPTS) {
        // Another party changes the case first, every time.
        h.send(c, Actor.MERCHANT, new CaseCommand.AddEvidence(List.of(Decisions.evidence("noise-" + attempt))));
      } else {
        // On the last attempt the same request, sent twice by the buyer's app, wins through another node.
        h.service.handle(photo);
      }
    });

    CommandOutcome outcome = contended.handle(photo);

    assertThat(commits).hasValue(AfterSalesService.MAX_ATTEMPTS);
    assertThat(outcome.isAccepted()).as("%s", outcome).isTrue();
    assertThat(outcome).isEqualTo(h.service.handle(photo));
  }
}

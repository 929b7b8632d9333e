package org.aftersales.benchmarks.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.casefile.AfterSalesCase;
import org.aftersales.casefile.CaseState;
import org.aftersales.casefile.CommandType;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseDecider;
import org.aftersales.casefile.CaseId;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.IdempotencyKey;
import org.junit.jupiter.api.Test;

/** The anchors of the lifecycle benchmark must do what ours does, or the ratio compares nothing. */
class AnchorsRunTheSameFlowTest {

  /** The states our decider passes through, the opening's REQUESTED first. */
  private static List<CaseState> ourPath() {
    List<CaseState> path = new ArrayList<>();
    AfterSalesCase c = ReturnAndRefundFlow.accepted(CaseDecider.open(
        CaseId.of("AS-1"), CommandEnvelope.open(ReturnAndRefundFlow.SHOP,
            Actor.BUYER, ReturnAndRefundFlow.BUYER, IdempotencyKey.of("open-1"),
            ReturnAndRefundFlow.openRequest(1)), ReturnAndRefundFlow.CONTEXT));
    path.add(c.state());
    for (int i = 0; i < ReturnAndRefundFlow.STEPS.size(); i++) {
      c = ReturnAndRefundFlow.accepted(CaseDecider.decide(c,
          ReturnAndRefundFlow.envelope(c, ReturnAndRefundFlow.STEPS.get(i), "k" + i), ReturnAndRefundFlow.CONTEXT));
      path.add(c.state());
    }
    return path;
  }

  private static List<CaseState> anchorPath(AnchorCase c) {
    List<CaseState> path = new ArrayList<>();
    path.add(c.events().get(0).from());
    c.events().forEach(e -> path.add(e.to()));
    return path;
  }

  @Test
  void ourDeciderCompletesTheCaseWithARefund() {
    AfterSalesCase done = ReturnAndRefundFlow.decideAll(7);
    assertThat(done.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(done.version()).isEqualTo(8);
  }

  @Test
  void theFlowCommandsTheAnchorsFireAreTheStepsOurServiceSends() {
    AfterSalesCase c = ReturnAndRefundFlow.decideAll(3);
    List<CommandType> ours = new ArrayList<>();
    List<Actor> actors = new ArrayList<>();
    ReturnAndRefundFlow.STEPS.forEach(step -> {
      ours.add(step.command().apply(c).type());
      actors.add(step.actor());
    });
    assertThat(FlowCommand.AFTER_OPENING).extracting(FlowCommand::type).containsExactlyElementsOf(ours);
    assertThat(FlowCommand.AFTER_OPENING).extracting(FlowCommand::actor).containsExactlyElementsOf(actors);
  }

  @Test
  void stateless4jPassesThroughOurStatesToCompleted() {
    AnchorCase c = new Stateless4jFlow().run();
    assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(anchorPath(c)).containsExactlyElementsOf(ourPath());
  }

  @Test
  void squirrelPassesThroughOurStatesToCompleted() {
    AnchorCase c = new SquirrelFlow().run();
    assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
    assertThat(anchorPath(c)).containsExactlyElementsOf(ourPath());
  }

  @Test
  void bothAnchorsRunAgainFromTheStartOnEveryCall() {
    Stateless4jFlow stateless4j = new Stateless4jFlow();
    SquirrelFlow squirrel = new SquirrelFlow();
    stateless4j.run();
    squirrel.run();
    assertThat(stateless4j.run().events()).hasSize(7);
    assertThat(squirrel.run().events()).hasSize(7);
  }
}

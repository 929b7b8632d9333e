package org.aftersales.benchmarks.lifecycle;

import java.util.List;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CommandType;

/** A command of {@link ReturnAndRefundFlow} as a plain state machine sees it: a trigger and its actor. */
record FlowCommand(CommandType type, Actor actor) {

  /** The seven commands after the opening, as {@link ReturnAndRefundFlow#STEPS} sends them. */
  static final List<FlowCommand> AFTER_OPENING = List.of(
      new FlowCommand(CommandType.APPROVE, Actor.MERCHANT),
      new FlowCommand(CommandType.PROVIDE_RETURN_ADDRESS, Actor.MERCHANT),
      new FlowCommand(CommandType.SHIP_RETURN, Actor.BUYER),
      new FlowCommand(CommandType.REPORT_RETURN_DELIVERED, Actor.SYSTEM),
      new FlowCommand(CommandType.CONFIRM_RECEIPT, Actor.MERCHANT),
      new FlowCommand(CommandType.PASS_INSPECTION, Actor.MERCHANT),
      new FlowCommand(CommandType.CONFIRM_REFUND, Actor.SYSTEM));
}

package org.aftersales.examples.demo;

import java.time.Instant;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.CaseCommand;

/**
 * What one party will do on a case, and when.
 *
 * @param at when it acts
 * @param actor who acts: the buyer, the shop's staff, the platform's agent, or a carrier or payment
 *     provider reporting as {@code SYSTEM}
 * @param command what it sends
 */
record PlannedStep(Instant at, Actor actor, CaseCommand command) {}

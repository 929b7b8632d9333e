package org.aftersales.casefile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A command as the application service receives it: who sends it for which tenant, to which case,
 * under which idempotency key, and, for the system's default actions, the deadline that caused it.
 *
 * @param tenant the tenant the sender acts for
 * @param caseId the case; empty exactly for {@link CaseCommand.Open}
 * @param actor who sends it
 * @param actorId the party acting (buyer id, staff id, agent id, or the system's name)
 * @param idempotencyKey the same key again returns the first outcome and writes nothing
 * @param command what is asked
 * @param deadline the deadline whose default action or reminder this is; only for {@link Actor#SYSTEM}
 * @param expectedVersion the case version the sender saw when it chose the command, if it wants the
 *     command refused ({@link RejectionCode#STALE_VERSION}) once the case has moved on; see
 *     {@link #expectingVersion(long)}
 */
public record CommandEnvelope(
    TenantId tenant,
    Optional<CaseId> caseId,
    Actor actor,
    PartyId actorId,
    IdempotencyKey idempotencyKey,
    CaseCommand command,
    Optional<DeadlineId> deadline,
    OptionalLong expectedVersion) {

  /** The party id the library uses when it acts itself. */
  public static final PartyId SYSTEM_PARTY = PartyId.of("aftersales-system");

  /** How the sweeper's key for a deadline's default action starts. */
  public static final String DEADLINE_KEY_PREFIX = "deadline:";

  /** How the sweeper's key for a reminder starts. */
  public static final String REMINDER_KEY_PREFIX = "reminder:";

  /** Key prefixes the sweeper uses; a host's key with one of them could block a default action. */
  private static final List<String> RESERVED_KEY_PREFIXES = List.of(DEADLINE_KEY_PREFIX, REMINDER_KEY_PREFIX);

  /**
   * Validates the envelope.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a case id is given for {@code OPEN} or missing for any other
   *     command, a deadline is cited by an actor other than {@code SYSTEM}, or a key without a cited
   *     deadline starts with a prefix reserved for the sweeper ({@code deadline:}, {@code reminder:}),
   *     or an expected version is below 1 or given for {@code OPEN}
   */
  public CommandEnvelope {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    boolean opening = command instanceof CaseCommand.Open;
    if (opening == caseId.isPresent()) {
      throw new IllegalArgumentException(opening
          ? "caseId must be empty when opening a case; the service assigns it"
          : "caseId is required for " + command.type());
    }
    if (deadline.isPresent() && actor != Actor.SYSTEM) {
      throw new IllegalArgumentException("only SYSTEM cites a deadline, but actor was " + actor);
    }
    if (deadline.isEmpty() && isReserved(idempotencyKey)) {
      throw new IllegalArgumentException("idempotencyKey '" + idempotencyKey
          + "' starts with a prefix reserved for the deadline sweeper: " + RESERVED_KEY_PREFIXES);
    }
    if (expectedVersion.isPresent() && (opening || expectedVersion.getAsLong() < 1)) {
      throw new IllegalArgumentException(opening
          ? "expectedVersion is for commands to an existing case, not for opening one"
          : "expectedVersion must be at least 1, but was " + expectedVersion.getAsLong());
    }
  }

  private static boolean isReserved(IdempotencyKey key) {
    for (String prefix : RESERVED_KEY_PREFIXES) {
      if (key.value().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy of this envelope that is refused with {@link RejectionCode#STALE_VERSION} if the
   * case is no longer at {@code version} when it is decided. A merchant approving from a screen that
   * is minutes old then learns that the buyer withdrew, instead of acting on a case it has not seen.
   * The version is part of the request: the same idempotency key with another version is a different
   * command ({@code IDEMPOTENCY_KEY_REUSED}), so a reloaded screen sends under a new key.
   *
   * @throws IllegalArgumentException if version is below 1 or this envelope opens a case
   */
  public CommandEnvelope expectingVersion(long version) {
    return new CommandEnvelope(tenant, caseId, actor, actorId, idempotencyKey, command, deadline,
        OptionalLong.of(version));
  }

  /** Returns the envelope that opens a case. */
  public static CommandEnvelope open(
      TenantId tenant, Actor actor, PartyId actorId, IdempotencyKey key, CaseCommand.Open command) {
    return new CommandEnvelope(tenant, Optional.empty(), actor, actorId, key, command, Optional.empty(), OptionalLong.empty());
  }

  /** Returns the envelope of a command to an existing case. */
  public static CommandEnvelope to(
      TenantId tenant, CaseId caseId, Actor actor, PartyId actorId, IdempotencyKey key, CaseCommand command) {
    return new CommandEnvelope(tenant, Optional.of(caseId), actor, actorId, key, command, Optional.empty(), OptionalLong.empty());
  }

  /** Returns the envelope of the system's command caused by a deadline; the key is the deadline's. */
  public static CommandEnvelope fromDeadline(
      TenantId tenant, CaseId caseId, DeadlineId deadline, IdempotencyKey key, CaseCommand command) {
    return new CommandEnvelope(
        tenant, Optional.of(caseId), Actor.SYSTEM, SYSTEM_PARTY, key, command, Optional.of(deadline),
        OptionalLong.empty());
  }
}

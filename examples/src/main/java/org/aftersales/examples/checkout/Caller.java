package org.aftersales.examples.checkout;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aftersales.casefile.CommandEnvelope;
import org.aftersales.casefile.Actor;
import org.aftersales.casefile.EnumValues;
import org.aftersales.casefile.IdempotencyKey;
import org.aftersales.casefile.PartyId;
import org.aftersales.casefile.TenantId;

/**
 * Who sends a request, from its headers: {@code X-Tenant} (the shop), {@code X-Actor} (one of the
 * core's {@link Actor}s) and {@code X-Party} (the buyer's, staff member's or agent's id). A real
 * deployment sets them in the gateway that authenticated the caller, never from the caller's own
 * word; this example trusts them.
 */
final class Caller {

  static final String TENANT = "X-Tenant";
  static final String ACTOR = "X-Actor";
  static final String PARTY = "X-Party";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String IF_MATCH = "If-Match";

  private Caller() {}

  /** Returns the tenant the request acts for; every route needs it. */
  static TenantId tenant(Call call) {
    return parsed(TENANT, call.requiredHeader(TENANT, "the tenant id"), TenantId::of);
  }

  /** Returns who acts. */
  static Actor actor(Call call) {
    String name = call.requiredHeader(ACTOR, "one of BUYER, MERCHANT, PLATFORM, SYSTEM");
    return parsed(ACTOR, name, value -> EnumValues.parse(Actor.class, value, ACTOR));
  }

  /** Returns the party acting: the buyer's, staff member's or agent's id. */
  static PartyId party(Call call) {
    return parsed(PARTY, call.requiredHeader(PARTY, "the acting party's id"), PartyId::of);
  }

  /**
   * Returns the write's idempotency key; every write needs one.
   *
   * @throws BadRequestException if the key is missing, malformed, or starts with the prefix of the
   *     service's own automatic approvals ({@link AutomaticApproval#KEY_PREFIX})
   */
  static IdempotencyKey idempotencyKey(Call call) {
    IdempotencyKey key = parsed(IDEMPOTENCY_KEY, call.requiredHeader(IDEMPOTENCY_KEY, "a key unique to this request,"
        + " reused only to retry it"), IdempotencyKey::of);
    if (key.value().startsWith(AutomaticApproval.KEY_PREFIX)) {
      throw new BadRequestException(IDEMPOTENCY_KEY, "a key not starting with '" + AutomaticApproval.KEY_PREFIX
          + "', which the service's automatic approvals use");
    }
    return key;
  }

  /**
   * Builds a request's envelope from its checked headers and body.
   *
   * @throws BadRequestException naming {@code Idempotency-Key} if the envelope refuses the key: the one
   *     thing it refuses that the headers and body have not been checked for is a prefix the core's
   *     sweeper reserves
   */
  static CommandEnvelope envelope(Supplier<CommandEnvelope> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(IDEMPOTENCY_KEY, e.getMessage());
    }
  }

  /**
   * Returns the case version the caller acts on, from {@code If-Match: "7"} (the {@code ETag} of the
   * case it read); empty without the header or with {@code *}.
   */
  static OptionalLong expectedVersion(Call call) {
    return call.header(IF_MATCH).map(Caller::version).orElse(OptionalLong.empty());
  }

  private static OptionalLong version(String ifMatch) {
    String tag = ifMatch.trim();
    if (tag.equals("*")) {
      return OptionalLong.empty();
    }
    if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
      throw new BadRequestException(IF_MATCH, "the case's ETag, a quoted version such as \"3\"");
    }
    try {
      long version = Long.parseLong(tag.substring(1, tag.length() - 1));
      if (version < 1) {
        throw new NumberFormatException("below 1");
      }
      return OptionalLong.of(version);
    } catch (NumberFormatException e) {
      throw new BadRequestException(IF_MATCH, "the case's ETag, a quoted version of at least 1, such as \"3\"");
    }
  }

  /** Returns the ETag of a case version. */
  static String etag(long version) {
    return "\"" + version + "\"";
  }

  private static <T> T parsed(String header, String value, Function<String, T> parse) {
    Objects.requireNonNull(value, header);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(header, e.getMessage());
    }
  }
}

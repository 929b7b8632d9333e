package org.aftersales.casefile;

import java.net.URI;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a piece of evidence kept by the host (photo, video, chat log, report): where it
 * is and a digest that proves it was not changed. The library never stores the file itself.
 *
 * @param kind what the evidence shows
 * @param uri where the host keeps it
 * @param mediaType its IANA media type, such as {@code image/jpeg}
 * @param sha256 the SHA-256 of its bytes, 64 lowercase hex digits
 */
public record EvidenceRef(EvidenceKind kind, URI uri, String mediaType, String sha256) {

  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Validates the reference.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the URI is not absolute, the media type is not {@code type/subtype}
   *     in lowercase, or the digest is not 64 lowercase hex digits
   */
  public EvidenceRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(sha256, "sha256");
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("uri must be absolute, but was '" + uri + "'");
    }
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new IllegalArgumentException("mediaType must look like 'image/jpeg', but was '" + mediaType + "'");
    }
    if (!SHA_256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits, but was '" + sha256 + "'");
    }
  }

  /** Returns a reference; see the canonical constructor for the rules. */
  public static EvidenceRef of(EvidenceKind kind, String uri, String mediaType, String sha256) {
    return new EvidenceRef(kind, URI.create(uri), mediaType, sha256);
  }

  /** Returns a reference whose digest is given as raw bytes. */
  public static EvidenceRef of(EvidenceKind kind, String uri, String mediaType, byte[] sha256) {
    return of(kind, uri, mediaType, HexFormat.of().formatHex(sha256));
  }
}

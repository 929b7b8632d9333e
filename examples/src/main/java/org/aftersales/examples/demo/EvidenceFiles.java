package org.aftersales.examples.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.aftersales.casefile.EvidenceKind;
import org.aftersales.casefile.EvidenceRef;

/**
 * References to the evidence files a host keeps: the library stores only the reference (kind, URI,
 * media type, SHA-256), never the file.
 */
final class EvidenceFiles {

  private EvidenceFiles() {}

  /** Returns a reference to a file of {@code kind} about {@code subject}, such as an order or a case. */
  static EvidenceRef file(EvidenceKind kind, String subject) {
    boolean video = kind == EvidenceKind.VIDEO;
    String name = subject + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + (video ? ".mp4" : ".jpg");
    return EvidenceRef.of(kind, "https://files.tea-house.example/evidence/" + name, video ? "video/mp4" : "image/jpeg",
        digest(name));
  }

  /** Returns one reference per kind, in the order given. */
  static List<EvidenceRef> files(Collection<EvidenceKind> kinds, String subject) {
    return kinds.stream().map(kind -> file(kind, subject)).toList();
  }

  /** A stand-in digest of the file's name; a host computes the SHA-256 of the uploaded bytes. */
  private static byte[] digest(String name) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}

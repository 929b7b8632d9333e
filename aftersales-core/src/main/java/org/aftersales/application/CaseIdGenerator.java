package org.aftersales.application;

import java.util.UUID;
import org.aftersales.casefile.CaseId;

/** Gives new cases their ids. Implementations must be thread-safe and never repeat an id. */
@FunctionalInterface
public interface CaseIdGenerator {

  /** Returns an id no case has. */
  CaseId next();

  /** Returns random UUID ids. */
  static CaseIdGenerator randomUuids() {
    return () -> CaseId.of(UUID.randomUUID().toString());
  }
}

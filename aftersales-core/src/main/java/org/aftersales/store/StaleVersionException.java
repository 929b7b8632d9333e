package org.aftersales.store;

import org.aftersales.casefile.CaseId;

/**
 * A commit expected a case version that is no longer current: another command changed the case
 * first. Nothing was written; decide again on the fresh case.
 */
public final class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The case whose commit failed; transient because ids are not serializable. */
  private final transient CaseId caseId;
  /** The version the commit was decided on. */
  private final long expectedVersion;
  /** The version the store holds. */
  private final long actualVersion;

  /** Creates the exception for a case, the version the commit expected and the one stored. */
  public StaleVersionException(CaseId caseId, long expectedVersion, long actualVersion) {
    super("case " + caseId + " is at version " + actualVersion + ", not the expected " + expectedVersion);
    this.caseId = caseId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** Returns the case. */
  public CaseId caseId() {
    return caseId;
  }

  /** Returns the version the commit expected. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** Returns the version stored, or -1 where the store cannot tell. */
  public long actualVersion() {
    return actualVersion;
  }
}

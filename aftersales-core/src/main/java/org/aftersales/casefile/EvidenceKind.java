package org.aftersales.casefile;

/** What a piece of evidence (证据) shows. The library stores references, never the files. */
public enum EvidenceKind {
  /** An order or payment record. */
  PROOF_OF_PURCHASE,
  /** An invoice (发票). */
  INVOICE,
  /** A photo, ideally with the whole item in view. */
  PHOTO,
  /** A short video, such as an unboxing. */
  VIDEO,
  /** Chat or mail records between the parties. */
  CHAT_LOG,
  /** A carrier's tracking record. */
  TRACKING_PROOF,
  /** A signed delivery receipt. */
  DELIVERY_SIGNATURE,
  /** The merchant's inspection record of returned goods. */
  INSPECTION_REPORT,
  /** A repair record: work done, parts replaced. */
  REPAIR_REPORT,
  /** A test report of the goods. */
  TEST_REPORT,
  /** An independent appraisal, for valuable or technical goods. */
  THIRD_PARTY_APPRAISAL,
  /** A party's written explanation, such as the reason for a refusal. */
  WRITTEN_STATEMENT,
  /** Anything else. */
  OTHER
}

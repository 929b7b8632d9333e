package org.aftersales.casefile;

/** What a piece of evidence (证据) shows. The library stores references, never the files. */
public enum EvidenceKind {
  PROOF_OF_PURCHASE,
  INVOICE,
  PHOTO,
  VIDEO,
  CHAT_LOG,
  TRACKING_PROOF,
  DELIVERY_SIGNATURE,
  INSPECTION_REPORT,
  REPAIR_REPORT,
  TEST_REPORT,
  THIRD_PARTY_APPRAISAL,
  WRITTEN_STATEMENT,
  OTHER
}

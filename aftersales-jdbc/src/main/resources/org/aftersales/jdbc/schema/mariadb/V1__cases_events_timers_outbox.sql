-- Instants are epoch nanoseconds (BIGINT) so that ordering and cursors are exact to the nanosecond.
-- Identifiers are ASCII and compared byte-wise (CHARACTER SET ascii COLLATE ascii_bin), as the in-memory store compares them.
CREATE TABLE ${prefix}case (
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  state VARCHAR(64) NOT NULL,
  buyer_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  awaiting VARCHAR(32),
  opened_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  payload LONGTEXT CHARACTER SET utf8mb4 NOT NULL
) ENGINE=InnoDB;
CREATE INDEX ${prefix}case_by_opening ON ${prefix}case (tenant, opened_at, case_id);
CREATE INDEX ${prefix}case_by_state ON ${prefix}case (tenant, state, opened_at, case_id);
CREATE INDEX ${prefix}case_by_buyer ON ${prefix}case (tenant, buyer_id, opened_at, case_id);
CREATE TABLE ${prefix}event (
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  idx INT NOT NULL,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  type VARCHAR(64) NOT NULL,
  occurred_at BIGINT NOT NULL,
  payload LONGTEXT CHARACTER SET utf8mb4 NOT NULL,
  PRIMARY KEY (case_id, version, idx)
) ENGINE=InnoDB;
CREATE TABLE ${prefix}timer (
  timer_id VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  deadline_id VARCHAR(160) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  kind VARCHAR(64) NOT NULL,
  action VARCHAR(64) NOT NULL,
  reminder_before VARCHAR(64),
  due_at BIGINT NOT NULL,
  eligible_at BIGINT NOT NULL,
  lease_owner VARCHAR(200) CHARACTER SET utf8mb4
) ENGINE=InnoDB;
CREATE INDEX ${prefix}timer_by_eligibility ON ${prefix}timer (eligible_at, timer_id);
CREATE INDEX ${prefix}timer_by_case ON ${prefix}timer (case_id);
CREATE TABLE ${prefix}outbox (
  seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL UNIQUE,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  type VARCHAR(64) NOT NULL,
  payload LONGTEXT CHARACTER SET utf8mb4 NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  eligible_at BIGINT NOT NULL DEFAULT 0,
  lease_owner VARCHAR(200) CHARACTER SET utf8mb4,
  delivered_at BIGINT
) ENGINE=InnoDB;
CREATE INDEX ${prefix}outbox_pending ON ${prefix}outbox (case_id, delivered_at, seq);
CREATE INDEX ${prefix}outbox_pending_order ON ${prefix}outbox (delivered_at, seq);
CREATE TABLE ${prefix}idempotency (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  idem_key VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  version BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  request LONGTEXT CHARACTER SET utf8mb4 NOT NULL,
  PRIMARY KEY (tenant, idem_key)
) ENGINE=InnoDB;
CREATE INDEX ${prefix}idempotency_by_time ON ${prefix}idempotency (recorded_at);
-- One row per order line an open case covers: the primary key is what stops two open cases sharing a line.
CREATE TABLE ${prefix}line_claim (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  order_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  line_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant, order_id, line_id)
) ENGINE=InnoDB;
UPDATE ${prefix}schema_version SET version = 1 WHERE id = 1;

-- Version 2: notices in the outbox, and the tables of the analytics adapters (metrics, deliveries, buyer risk).
-- The outbox carries notices besides case events: 'kind' says which (rows written by version 1 are events),
-- and case_id holds a notice's key, which orders delivery as a case id does; ids and keys get room for both.
ALTER TABLE ${prefix}outbox ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'event';
ALTER TABLE ${prefix}outbox MODIFY message_id VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE ${prefix}outbox MODIFY case_id VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
-- The metrics projection: one track per case, checked on the last event applied.
CREATE TABLE ${prefix}metrics_track (
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  last_event_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  payload LONGTEXT CHARACTER SET utf8mb4 NOT NULL
) ENGINE=InnoDB;
-- Counters per merchant, product ('' for all products), day (the tenant calendar's) and name; they only grow.
CREATE TABLE ${prefix}metrics_counter (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  on_day DATE NOT NULL,
  name VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  total BIGINT NOT NULL,
  PRIMARY KEY (tenant, product, on_day, name)
) ENGINE=InnoDB;
-- One return-rate alert state per product, checked on its version.
CREATE TABLE ${prefix}metrics_jump (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  armed BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (tenant, product)
) ENGINE=InnoDB;
-- What the host feeds of deliveries: when each order line was received, and units received per product and day.
CREATE TABLE ${prefix}delivery_receipt (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  order_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  line_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sku VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  units INT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (tenant, order_id, line_id)
) ENGINE=InnoDB;
CREATE TABLE ${prefix}delivery_units (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  product VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  on_day DATE NOT NULL,
  units BIGINT NOT NULL,
  PRIMARY KEY (tenant, product, on_day)
) ENGINE=InnoDB;
-- The buyer-risk projection: event ids it has applied, a note per case, and each buyer's counted moments.
CREATE TABLE ${prefix}risk_seen (
  event_id VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
CREATE TABLE ${prefix}risk_note (
  case_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  buyer_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  payload LONGTEXT CHARACTER SET utf8mb4 NOT NULL
) ENGINE=InnoDB;
CREATE TABLE ${prefix}risk_incident (
  seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  buyer_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  measure VARCHAR(64) NOT NULL,
  occurred_at BIGINT NOT NULL
) ENGINE=InnoDB;
CREATE INDEX ${prefix}risk_incident_by_buyer ON ${prefix}risk_incident (tenant, buyer_id, measure);
-- Orders the host reports completed; an order counts once per buyer.
CREATE TABLE ${prefix}completed_order (
  tenant VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  buyer_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  order_id VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (tenant, buyer_id, order_id)
) ENGINE=InnoDB;
UPDATE ${prefix}schema_version SET version = 2 WHERE id = 1;

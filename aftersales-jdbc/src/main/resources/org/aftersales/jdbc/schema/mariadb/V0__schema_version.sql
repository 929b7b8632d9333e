-- The schema version the library reads at startup; every numbered script raises it.
CREATE TABLE IF NOT EXISTS ${prefix}schema_version (
  id INT NOT NULL PRIMARY KEY,
  version INT NOT NULL
) ENGINE=InnoDB;
INSERT IGNORE INTO ${prefix}schema_version (id, version) VALUES (1, 0);

-- The schema version the library reads at startup; every numbered script raises it.
CREATE TABLE IF NOT EXISTS ${prefix}schema_version (
  id INT NOT NULL PRIMARY KEY,
  version INT NOT NULL
);
INSERT INTO ${prefix}schema_version (id, version) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM ${prefix}schema_version WHERE id = 1);

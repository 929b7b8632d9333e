package org.aftersales.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.aftersales.policy.AfterSalesPolicy;
import org.aftersales.policy.preset.Presets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetRoundTripTest {

  static Stream<AfterSalesPolicy> presets() {
    return Presets.all().stream();
  }

  @ParameterizedTest(name = "{index}: the preset reads back equal from its JSON")
  @MethodSource("presets")
  void presetWrittenAsJsonReadsBackEqual(AfterSalesPolicy preset) {
    String json = PolicyJson.write(preset);

    AfterSalesPolicy read = PolicyJson.read(json);

    assertThat(read).isEqualTo(preset);
    assertThat(read.slaPolicy()).isEqualTo(preset.slaPolicy());
    assertThat(PolicyJson.write(read)).as("writing is stable").isEqualTo(json);
  }

  @ParameterizedTest(name = "{index}: the preset's JSON states its format version")
  @MethodSource("presets")
  void presetJsonStartsWithItsFormatVersion(AfterSalesPolicy preset) {
    assertThat(PolicyJson.write(preset)).startsWith("{\n  \"formatVersion\" : 1,");
  }
}

package org.aftersales.examples.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutConfigTest {

  @Test
  void optionsOverTheEnvironmentOverTheDefaults() {
    CheckoutConfig config = CheckoutConfig.fromArgs(new String[] {"--port=9090", "--policy=shop.json"},
        Map.of("CHECKOUT_PORT", "7070", "AFTERSALES_JDBC_URL", "jdbc:postgresql://db/shop?user=a&password=b"));

    assertThat(config.port()).isEqualTo(9090);
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/shop?user=a&password=b");
    assertThat(config.policyFile()).contains(Path.of("shop.json"));
    assertThat(config.sweepEvery()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void noOptionsGiveTheDefaults() {
    CheckoutConfig config = CheckoutConfig.fromArgs(new String[0], Map.of());

    assertThat(config.jdbcUrl()).isEqualTo(CheckoutConfig.DEFAULT_JDBC_URL);
    assertThat(config.policyFile()).isEmpty();
    assertThat(config.port()).isEqualTo(8080);
  }

  @Test
  void unknownOrMalformedOptionsAreRefusedByName() {
    assertThatThrownBy(() -> CheckoutConfig.fromArgs(new String[] {"--prot=1"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[prot]");
    assertThatThrownBy(() -> CheckoutConfig.fromArgs(new String[] {"--sweep-every=30s"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT30S");
    assertThatThrownBy(() -> CheckoutConfig.fromArgs(new String[] {"--port=70000"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port must be 0 to 65535");
  }
}

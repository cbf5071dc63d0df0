package dev.proviso.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.format.PolicyFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The example is what users copy: it stays in the canonical format ({@code proviso fmt}). */
class ShopPolicyFormatTest {

  @ParameterizedTest
  @FieldSource("dev.proviso.examples.shop.ShopPolicy#FILES")
  void format_shopPolicyFile_isAlreadyCanonical(String file) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/policies/shop/" + file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(PolicyFormatter.format(file, text)).isEqualTo(text);
  }
}

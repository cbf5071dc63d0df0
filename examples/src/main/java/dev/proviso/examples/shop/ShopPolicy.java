package dev.proviso.examples.shop;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the shop's policy files from the classpath and compiles them. */
final class ShopPolicy {
  static final List<String> FILES =
      List.of("shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy");

  private ShopPolicy() {}

  /** The compilation result, with any warnings the author should see. */
  static CompilationResult compile() {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String file : FILES) {
      sources.put(file, read("/policies/shop/" + file));
    }
    return PolicyCompiler.compileSources(FILES.get(0), sources);
  }

  static Policy load() {
    return Policy.compile(compile().policyOrThrow());
  }

  private static String read(String resource) {
    try (InputStream in = ShopPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

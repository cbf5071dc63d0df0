package dev.proviso.examples.shop;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import java.util.List;

/** Compiles the shop's policy files from the classpath. */
final class ShopPolicy {
  static final List<String> FILES =
      List.of("shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy");

  private ShopPolicy() {}

  /**
   * The compilation result, with any warnings the author should see; {@code
   * Policies.fromClasspath(ROOT)} is the one-step form when warnings need no showing.
   */
  static CompilationResult compile() {
    return PolicyCompiler.compileResource(
        "policies/shop/" + FILES.get(0), ShopPolicy.class.getClassLoader());
  }
}

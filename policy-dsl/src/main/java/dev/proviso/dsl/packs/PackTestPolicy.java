package dev.proviso.dsl.packs;

import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.dsl.resolve.InMemorySourceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The policy a pack's own {@code test} blocks run against: the pack under a business that allows
 * everything ({@code allow any for any}), so every expectation shows what the pack alone takes
 * away. A pack imported into a user's policy contributes no tests there, since the user's allow
 * rules differ; this is where they run.
 *
 * <pre>{@code
 * PolicyModel gdpr = PackTestPolicy.compile("gdpr").modelOrThrow();
 * gdpr.tests(); // the test blocks of dev/proviso/packs/gdpr.policy
 * }</pre>
 */
public final class PackTestPolicy {
  private PackTestPolicy() {}

  /**
   * The lawful bases (GDPR Art. 6(1)) of a typical shop, which the gdpr pack's tests assume:
   * consent for electronic marketing (ePrivacy Art. 13), the contract for the service (for payments
   * only what a payment needs), legal obligations, legitimate interests for the rest. {@code
   * operations} has no basis, so the tests can show a use without one.
   */
  static final String BASES =
      """
      basis contract for essential.service except essential.service.payment_processing
      basis contract to use user.name, user.contact, user.payment, user.financial
        for essential.service.payment_processing
      basis legal_obligation
        for essential.legal_obligation, finance, third_party_sharing.legal_obligation
      basis consent(marketing) for marketing.communications
      basis legitimate_interests for marketing except marketing.communications
      basis legitimate_interests
        for essential.fraud_detection, essential.legal_claims, analytics, personalize, sales,
          collect, functional, employment, train_ai_system
      basis legitimate_interests for third_party_sharing except third_party_sharing.legal_obligation
      """;

  /**
   * Compiles pack {@code name} with {@code allow any for any}; the pack shows as {@code
   * packs/NAME.policy}.
   */
  public static CompilationResult compile(String name) {
    String root = name + "-pack-tests.policy";
    String pack = "packs/" + name + ".policy";
    String text;
    try {
      text =
          Packs.source(name)
              .orElseThrow(() -> new IllegalArgumentException("no pack named '" + name + "'"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack " + name, e);
    }
    String harness =
        "policy \""
            + name
            + " pack tests\" version 1\n"
            + "# Law restricts, the business allows: here the business allows everything.\n"
            + "allow any for any\n"
            + BASES;
    return PolicyCompiler.compile(
        new InMemorySourceResolver(Map.of(root, harness, pack, text)), List.of(root, pack));
  }
}

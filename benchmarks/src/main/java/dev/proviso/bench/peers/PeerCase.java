package dev.proviso.bench.peers;

/**
 * One question every engine answers: may this subject's data in {@code category} be used for {@code
 * purpose}? Categories and purposes are dotted paths of the shared taxonomy ({@code contact.email},
 * {@code marketing.email}); each engine encodes the tree in its own idiom.
 */
public record PeerCase(Person subject, String category, String purpose) {

  /**
   * The subject as every engine sees it: attributes, plus consent to {@code marketing.email} and a
   * CCPA {@code sale_or_share} opt-out (Proviso asks a ConsentView, the peers read attributes).
   */
  public record Person(
      String id, String region, int age, boolean emailConsent, boolean saleOrShareOptOut) {}

  @Override
  public String toString() {
    return subject.id() + ": " + category + " for " + purpose;
  }
}

package dev.proviso.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The six lawful bases of GDPR Art. 6(1), as a policy writes them after {@code basis}: {@code basis
 * legitimate_interests for analytics}.
 *
 * <pre>{@code
 * LawfulBasis.fromKeyword("legal_obligation"); // Optional[LEGAL_OBLIGATION]
 * }</pre>
 */
public enum LawfulBasis {
  /** Art. 6(1)(a): the subject's consent, for one or more specific purposes. */
  CONSENT,
  /** Art. 6(1)(b): necessary for a contract with the subject, or steps before entering into it. */
  CONTRACT,
  /** Art. 6(1)(c): necessary for a legal obligation of the controller. */
  LEGAL_OBLIGATION,
  /** Art. 6(1)(d): necessary to protect the vital interests of the subject or another person. */
  VITAL_INTERESTS,
  /** Art. 6(1)(e): a task in the public interest or in the exercise of official authority. */
  PUBLIC_TASK,
  /** Art. 6(1)(f): the legitimate interests of the controller or a third party. */
  LEGITIMATE_INTERESTS;

  /** The word a policy writes, e.g. {@code legitimate_interests}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The basis a policy word names, if any. */
  public static Optional<LawfulBasis> fromKeyword(String word) {
    for (LawfulBasis basis : values()) {
      if (basis.keyword().equals(word)) {
        return Optional.of(basis);
      }
    }
    return Optional.empty();
  }
}

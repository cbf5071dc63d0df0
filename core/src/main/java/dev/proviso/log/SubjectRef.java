package dev.proviso.log;

import java.util.Objects;

/**
 * Whose data a {@link DecisionEvent} is about, as a log sink may see it: an opaque reference that
 * never gives out the raw subject id (its {@code toString()} masks it, and no method returns it),
 * only its keyed pseudonym, the one the decision log records. Computing the pseudonym is left to
 * the sink (the shipped writer does it on its own thread), so the decision path pays no HMAC.
 *
 * <pre>{@code
 * SubjectPseudonymizer logKey = new SubjectPseudonymizer(key);
 * DecisionLog sink =
 *     event -> System.out.println(event.subject().pseudonym(logKey) + " " + event.outcome());
 * }</pre>
 *
 * <p>An operator joins a record back to a person the same way the access report does: compute
 * {@code new SubjectPseudonymizer(logKey).pseudonym(id)} for the id in question and look for it in
 * the log's {@code subject} field. Without the key a pseudonym links to nobody.
 */
public final class SubjectRef {
  private final String id;

  private SubjectRef(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The reference for a subject id (kept inside; never handed out again). */
  public static SubjectRef of(String id) {
    return new SubjectRef(id);
  }

  /** The keyed pseudonym of the subject: what the decision log records. */
  public String pseudonym(SubjectPseudonymizer pseudonymizer) {
    return pseudonymizer.pseudonym(id);
  }

  /** Whether both refer to the same subject, without revealing either. */
  public boolean sameSubject(SubjectRef other) {
    return other != null && id.equals(other.id);
  }

  @Override
  public String toString() {
    return "SubjectRef[***]";
  }
}

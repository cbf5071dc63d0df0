package dev.proviso.dsl.internal.check;

import dev.proviso.consent.ConsentEventKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The facts a test can state with {@code given NAME(argument) at T}: consent given, withdrawn,
 * refused or objected to, for a purpose or a declared consent; an opt-out made or taken back. Like
 * {@link BuiltIn}, the one list the test checker and the lowering read; {@code given erasure at T}
 * has its own syntax.
 */
public enum GivenFact {
  CONSENT("consent", Subject.PURPOSE, ConsentEventKind.GIVEN),
  WITHDRAWN("withdrawn", Subject.PURPOSE, ConsentEventKind.WITHDRAWN),
  REFUSED("refused", Subject.PURPOSE, ConsentEventKind.REFUSED),
  OBJECTED("objected", Subject.PURPOSE, ConsentEventKind.OBJECTED),
  OPTED_OUT("opted_out", Subject.OPT_OUT, ConsentEventKind.OPTED_OUT),
  OPTED_IN("opted_in", Subject.OPT_OUT, ConsentEventKind.OPTED_BACK_IN);

  /** What the fact is about: a purpose or a declared consent, or an opt-out. */
  public enum Subject {
    PURPOSE,
    OPT_OUT
  }

  private final String spelling;
  private final Subject subject;
  private final ConsentEventKind kind;

  GivenFact(String spelling, Subject subject, ConsentEventKind kind) {
    this.spelling = spelling;
    this.subject = subject;
    this.kind = kind;
  }

  /** The ledger event the fact records. */
  public ConsentEventKind kind() {
    return kind;
  }

  public String spelling() {
    return spelling;
  }

  public Subject subject() {
    return subject;
  }

  /** True for consent given and opted out; false for the others. */
  public boolean holds() {
    return this == CONSENT || this == OPTED_OUT;
  }

  /** Only a consent can have an end ({@code until}) and be given by someone else ({@code by}). */
  public boolean mayEnd() {
    return this == CONSENT;
  }

  public static Optional<GivenFact> named(String name) {
    return Arrays.stream(values()).filter(f -> f.spelling.equals(name)).findFirst();
  }

  public static List<String> spellings() {
    return Arrays.stream(values()).map(GivenFact::spelling).toList();
  }
}

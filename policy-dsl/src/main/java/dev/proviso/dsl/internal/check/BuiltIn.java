package dev.proviso.dsl.internal.check;

import dev.proviso.model.BuiltInName;
import dev.proviso.model.Condition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.LawfulBasis;
import dev.proviso.model.MaskMethod;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one table of built-in functions and obligations: name (core's {@link BuiltInName}, which the
 * condition and obligation renderers share), where it may be written, its parameter, its type and
 * how it lowers to core's model. The checker, the lowering and the diagnostics' examples all read
 * this table, so a new built-in is one new row, and a name that is not a row is an error everywhere
 * (there is no default branch to fall into).
 */
public enum BuiltIn {
  CONSENT(
      BuiltInName.CONSENT,
      Parameter.PURPOSE,
      Type.BOOL,
      "consent(marketing.email)",
      new Lowering.ToCondition(
          a ->
              a.consent()
                  .<Condition>map(Condition.ConsentKindGiven::new)
                  .orElseGet(() -> new Condition.ConsentGiven(a.name())))),
  OPTED_OUT(
      BuiltInName.OPTED_OUT,
      Parameter.OPT_OUT,
      Type.BOOL,
      "opted_out(sale_or_share)",
      new Lowering.ToCondition(a -> new Condition.OptedOut(a.name()))),
  BASIS(
      BuiltInName.BASIS,
      Parameter.BASES,
      Type.BOOL,
      "basis(contract, legitimate_interests)",
      new Lowering.ToCondition(
          a ->
              new Condition.BasisHolds(
                  a.names().stream().map(n -> LawfulBasis.fromKeyword(n).orElseThrow()).toList()))),
  HAS(
      BuiltInName.HAS,
      Parameter.ATTRIBUTE,
      Type.BOOL,
      "has(context.offer)",
      new Lowering.ToCondition(a -> new Condition.Has((Value.Attribute) a.value()))),
  ELAPSED(
      BuiltInName.ELAPSED,
      Parameter.EVENT,
      Type.DURATION,
      "elapsed(event.cart_abandoned) >= 24h",
      new Lowering.ToValue(a -> new Value.Elapsed(a.name()))),
  MASK(
      BuiltInName.MASK,
      List.of(Parameter.CATEGORY, Parameter.MASK_METHOD),
      1,
      null,
      "mask(contact.phone, redact)",
      new Lowering.ToObligation(a -> new ObligationDefinition.Mask(a.name(), a.optionalName(1)))),
  PSEUDONYMIZE(
      BuiltInName.PSEUDONYMIZE,
      Parameter.CATEGORY,
      null,
      "pseudonymize(contact)",
      new Lowering.ToObligation(a -> new ObligationDefinition.Pseudonymize(a.name()))),
  NOT_BEFORE(
      BuiltInName.NOT_BEFORE,
      Parameter.INSTANT,
      null,
      "not_before(event.cart_abandoned + 24h)",
      new Lowering.ToObligation(a -> new ObligationDefinition.NotBefore(a.value()))),
  AUDIT(
      BuiltInName.AUDIT,
      List.of(Parameter.TAG),
      0,
      null,
      "audit(\"ccpa_disclosure\")",
      new Lowering.ToObligation(a -> new ObligationDefinition.Audit(a.optionalText(0)))),
  NOTIFY(
      BuiltInName.NOTIFY,
      List.of(Parameter.TEXT, Parameter.CHANNEL),
      1,
      null,
      "notify(\"we used your purchase history\", \"email\")",
      new Lowering.ToObligation(a -> new ObligationDefinition.Notify(a.text(), a.optionalText(1))));

  /** Where a built-in may be written. */
  public enum Use {
    /** In a condition ({@code when}, {@code unless}, {@code require}), as a test. */
    CONDITION,
    /** In a condition, as a value compared with others. */
    VALUE,
    /** After {@code with} on an allow or an expectation. */
    OBLIGATION
  }

  /** What a built-in's single argument must be ({@link #NONE}: it takes none). */
  public enum Parameter {
    NONE("no arguments"),
    PURPOSE("a purpose or a declared consent"),
    OPT_OUT("an opt-out name"),
    BASES("one or more lawful bases"),
    ATTRIBUTE("an attribute such as context.offer"),
    EVENT("an event such as event.cart_abandoned"),
    CATEGORY("a data category"),
    INSTANT("an instant"),
    TEXT("a quoted text"),
    MASK_METHOD("a mask method (" + String.join(", ", MaskMethod.spellings()) + ")"),
    TAG("a quoted tag such as \"ccpa_disclosure\""),
    CHANNEL("a quoted channel such as \"email\"");

    private final String expected;

    Parameter(String expected) {
      this.expected = expected;
    }

    /** How a diagnostic describes the expected argument, e.g. "a purpose". */
    public String expected() {
      return expected;
    }
  }

  /**
   * The checked arguments as lowering sees them; only the accessors their parameters imply are
   * called. The unnumbered accessors read the first argument.
   */
  public interface Argument {
    /** The path of a name argument, or the event of an event argument. */
    String name();

    /** An attribute or instant argument as a model value. */
    Value value();

    /** The content of a text argument. */
    String text();

    /** The name written as argument {@code index}, or empty when the call has fewer. */
    Optional<String> optionalName(int index);

    /** The text written as argument {@code index}, or empty when the call has fewer. */
    Optional<String> optionalText(int index);

    /** The paths of every name argument, in order (for a built-in taking several). */
    List<String> names();

    /** The declared consent a name argument names ({@code consent(newsletter)}), if it does. */
    Optional<ConsentDefinition> consent();
  }

  /** How a built-in becomes part of core's model; the variant also says where it may be used. */
  public sealed interface Lowering {
    Use use();

    record ToCondition(Function<Argument, Condition> lower) implements Lowering {
      @Override
      public Use use() {
        return Use.CONDITION;
      }
    }

    record ToValue(Function<Argument, Value> lower) implements Lowering {
      @Override
      public Use use() {
        return Use.VALUE;
      }
    }

    record ToObligation(Function<Argument, ObligationDefinition> lower) implements Lowering {
      @Override
      public Use use() {
        return Use.OBLIGATION;
      }
    }
  }

  private final BuiltInName builtInName;
  private final List<Parameter> parameters;
  private final int required;
  private final Type result;
  private final String example;
  private final Lowering lowering;

  BuiltIn(
      BuiltInName builtInName,
      Parameter parameter,
      Type result,
      String example,
      Lowering lowering) {
    this(
        builtInName,
        parameter == Parameter.NONE ? List.of() : List.of(parameter),
        parameter == Parameter.NONE ? 0 : 1,
        result,
        example,
        lowering);
  }

  /** A built-in whose first {@code required} parameters must be given, the rest may be. */
  BuiltIn(
      BuiltInName builtInName,
      List<Parameter> parameters,
      int required,
      Type result,
      String example,
      Lowering lowering) {
    this.builtInName = builtInName;
    this.parameters = parameters;
    this.required = required;
    this.result = result;
    this.example = example;
    this.lowering = lowering;
  }

  /** The name as written in a policy, e.g. {@code opted_out}. */
  public String spelling() {
    return builtInName.spelling();
  }

  /** The first parameter, {@link Parameter#NONE} when it takes none. */
  public Parameter parameter() {
    return parameters.isEmpty() ? Parameter.NONE : parameters.get(0);
  }

  /** Every parameter in order; the ones past {@link #required()} may be left out. */
  public List<Parameter> parameters() {
    return parameters;
  }

  /** How many arguments must be given. */
  public int required() {
    return required;
  }

  /** The most arguments it takes; -1 for one or more ({@link Parameter#BASES}). */
  public int arity() {
    return parameter() == Parameter.BASES ? -1 : parameters.size();
  }

  public Use use() {
    return lowering.use();
  }

  /** A correct use, shown in diagnostics' help and in the docs. */
  public String example() {
    return example;
  }

  public Lowering lowering() {
    return lowering;
  }

  /** The type of a call in a condition; obligations have none. */
  Type result() {
    return result == null ? Type.UNKNOWN : result;
  }

  /** The built-in spelled {@code name} usable as {@code use}, if any. */
  public static Optional<BuiltIn> named(String name, Use... uses) {
    List<Use> allowed = List.of(uses);
    return Arrays.stream(values())
        .filter(b -> b.spelling().equals(name) && allowed.contains(b.use()))
        .findFirst();
  }

  /** The spellings of the built-ins usable as one of {@code uses}, in table order. */
  public static List<String> spellings(Use... uses) {
    List<Use> allowed = List.of(uses);
    return Arrays.stream(values())
        .filter(b -> allowed.contains(b.use()))
        .map(BuiltIn::spelling)
        .toList();
  }
}

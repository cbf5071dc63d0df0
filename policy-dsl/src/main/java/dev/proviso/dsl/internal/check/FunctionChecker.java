package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.model.MaskMethod;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks calls of {@link BuiltIn built-ins}, in conditions ({@code consent(purpose)}, {@code
 * opted_out(name)}, {@code has(attribute)}, {@code elapsed(event)}) and as obligations ({@code
 * mask(category)}, {@code audit}, ...): the name must be in the table for that place, and the
 * arguments must be what its parameter says.
 */
final class FunctionChecker {

  private final ExprChecker exprs;
  private final Names names;
  private final Symbols symbols;
  private final Diagnostics diagnostics;

  FunctionChecker(ExprChecker exprs, Names names) {
    this.exprs = exprs;
    this.names = names;
    this.symbols = names.symbols();
    this.diagnostics = names.diagnostics();
  }

  /** A call in a condition; its type, {@link Type#UNKNOWN} once reported. */
  Type call(Expr.Call c) {
    Optional<BuiltIn> builtIn =
        BuiltIn.named(c.function().path(), BuiltIn.Use.CONDITION, BuiltIn.Use.VALUE);
    if (builtIn.isEmpty()) {
      names.unknownFunction(
          c.function(),
          "function",
          " in a condition",
          BuiltIn.spellings(BuiltIn.Use.CONDITION, BuiltIn.Use.VALUE));
      c.arguments().forEach(exprs::type);
      return Type.UNKNOWN;
    }
    return arguments(c, builtIn.get()) ? builtIn.get().result() : unknownUnlessBool(builtIn.get());
  }

  /** An obligation after {@code with}. */
  void obligation(Expr.Call c) {
    Optional<BuiltIn> builtIn = BuiltIn.named(c.function().path(), BuiltIn.Use.OBLIGATION);
    if (builtIn.isEmpty()) {
      names.unknownFunction(
          c.function(), "obligation", "", BuiltIn.spellings(BuiltIn.Use.OBLIGATION));
      return;
    }
    arguments(c, builtIn.get());
  }

  /** A wrongly called test keeps its type (bool); a wrongly called value is unknown. */
  private static Type unknownUnlessBool(BuiltIn builtIn) {
    return builtIn.result() == Type.BOOL ? Type.BOOL : Type.UNKNOWN;
  }

  /** Reports a wrong count or kind of argument; true when the call is well-formed. */
  private boolean arguments(Expr.Call c, BuiltIn builtIn) {
    if (builtIn.arity() == 0) {
      if (c.arguments().isEmpty()) {
        return true;
      }
      diagnostics.report(
          DiagnosticCode.P208,
          c.loc().span(),
          builtIn.spelling() + " takes no arguments",
          Optional.of("write just: with " + builtIn.example()));
      return false;
    }
    if (builtIn.parameter() == BuiltIn.Parameter.BASES) {
      return bases(c, builtIn);
    }
    if (builtIn.arity() == 1 && builtIn.required() == 1) {
      Optional<Expr> argument = exprs.arguments().single(c, builtIn.example());
      return argument.isPresent() && argument(c, builtIn, 0, argument.get());
    }
    if (!exprs.arguments().count(c, builtIn.required(), builtIn.arity(), builtIn.example())) {
      return false;
    }
    boolean right = true;
    for (int i = 0; i < c.arguments().size(); i++) {
      right &= argument(c, builtIn, i, c.arguments().get(i));
    }
    return right;
  }

  /** Checks argument {@code index} against its parameter; reports and returns false if wrong. */
  private boolean argument(Expr.Call c, BuiltIn builtIn, int index, Expr arg) {
    BuiltIn.Parameter parameter = builtIn.parameters().get(index);
    boolean right =
        switch (parameter) {
          case NONE -> true;
          case PURPOSE -> arg instanceof Expr.Path p && consentPurpose(p);
          case OPT_OUT -> arg instanceof Expr.Path p && optOut(p);
          case BASES -> throw new IllegalStateException("checked by bases()");
          case ATTRIBUTE -> arg instanceof Expr.Attribute a && attribute(a);
          case EVENT ->
              arg instanceof Expr.Attribute a && a.scope() == Value.Scope.EVENT && attribute(a);
          case CATEGORY -> arg instanceof Expr.Path p && category(p);
          case INSTANT -> instant(exprs.type(arg));
          case TEXT, TAG, CHANNEL -> arg instanceof Expr.Text;
          case MASK_METHOD -> arg instanceof Expr.Path p && maskMethod(c, p);
        };
    if (!right && !(parameter == BuiltIn.Parameter.MASK_METHOD && arg instanceof Expr.Path)) {
      exprs.arguments().wrong(c, arg, parameter.expected(), builtIn.example());
    }
    return right;
  }

  /** A mask method the guards know; an unknown one is reported with a did-you-mean. */
  private boolean maskMethod(Expr.Call c, Expr.Path p) {
    String method = p.name().path();
    if (MaskMethod.named(method).isPresent()) {
      return true;
    }
    diagnostics.report(
        DiagnosticCode.P208,
        p.loc().span(),
        "unknown mask method '" + method + "'",
        Names.didYouMean(method, MaskMethod.spellings())
            .or(
                () ->
                    Optional.of(
                        "the methods are "
                            + String.join(", ", MaskMethod.spellings())
                            + ", e.g. "
                            + BuiltIn.MASK.example())));
    return false;
  }

  /** {@code basis(k, ...)}: one or more of the six lawful bases, by name (P208, P125). */
  private boolean bases(Expr.Call c, BuiltIn builtIn) {
    if (c.arguments().isEmpty()) {
      diagnostics.report(
          DiagnosticCode.P208,
          c.loc().span(),
          builtIn.spelling() + "(...) takes one or more lawful bases, found none",
          Optional.of("e.g. " + builtIn.example()));
      return false;
    }
    boolean right = true;
    for (Expr arg : c.arguments()) {
      if (!(arg instanceof Expr.Path p)) {
        exprs.arguments().wrong(c, arg, builtIn.parameter().expected(), builtIn.example());
        right = false;
      } else {
        right &= Bases.known(p.name(), diagnostics);
      }
    }
    return right;
  }

  /**
   * The checks below report what is wrong themselves; true means the argument has the right form.
   */
  private boolean optOut(Expr.Path p) {
    symbols.optOuts.add(p.name().path());
    return true;
  }

  private boolean attribute(Expr.Attribute a) {
    exprs.attribute(a);
    return true;
  }

  private boolean category(Expr.Path p) {
    names.category(p.name());
    return true;
  }

  private static boolean instant(Type type) {
    return type == Type.INSTANT || type == Type.UNKNOWN;
  }

  /** Always true: a category given for a purpose is reported here, with its own help. */
  private boolean consentPurpose(Expr.Path p) {
    String path = p.name().path();
    if (symbols.consents.containsKey(path)) {
      symbols.usedConsents.add(path);
      return true;
    }
    if (!symbols.consents.isEmpty()
        && !symbols.purposes.containsKey(path)
        && !symbols.categories.containsKey(path)) {
      List<String> known = new ArrayList<>(symbols.consents.keySet());
      known.addAll(symbols.purposes.keySet());
      diagnostics.report(
          DiagnosticCode.P119,
          p.loc().span(),
          "'" + path + "' is neither a declared consent nor a purpose",
          Names.didYouMean(path, known)
              .or(() -> Optional.of("declare it: consent " + path + " for PURPOSE")));
      return true;
    }
    if (!symbols.purposes.containsKey(path) && symbols.categories.containsKey(path)) {
      diagnostics.report(
          DiagnosticCode.P204,
          p.loc().span(),
          "consent(...) takes a purpose, but '" + path + "' is a data category",
          Names.didYouMean(path, symbols.purposes.keySet())
              .or(
                  () ->
                      Optional.of(
                          "consent is given for a purpose, e.g. " + BuiltIn.CONSENT.example())));
    } else {
      names.purpose(p.name());
    }
    return true;
  }
}

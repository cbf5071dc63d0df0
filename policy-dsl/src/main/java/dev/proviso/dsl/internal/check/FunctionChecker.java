package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.resolve.Symbols;
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
    Optional<Expr> argument = exprs.arguments().single(c, builtIn.example());
    if (argument.isEmpty()) {
      return false;
    }
    Expr arg = argument.get();
    boolean right =
        switch (builtIn.parameter()) {
          case NONE -> true;
          case PURPOSE -> arg instanceof Expr.Path p && consentPurpose(p);
          case OPT_OUT -> arg instanceof Expr.Path p && optOut(p);
          case ATTRIBUTE -> arg instanceof Expr.Attribute a && attribute(a);
          case EVENT ->
              arg instanceof Expr.Attribute a && a.scope() == Value.Scope.EVENT && attribute(a);
          case CATEGORY -> arg instanceof Expr.Path p && category(p);
          case INSTANT -> instant(exprs.type(arg));
          case TEXT -> arg instanceof Expr.Text;
        };
    if (!right) {
      exprs.arguments().wrong(c, arg, builtIn.parameter().expected(), builtIn.example());
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

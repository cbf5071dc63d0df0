package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.resolve.Symbols;
import java.util.Optional;

/**
 * Checks each consent declared by name: its purposes exist, its validity is a duration, and its
 * name is not also a purpose path (so {@code consent(x)} is never ambiguous; duplicates are
 * reported when declarations are collected).
 */
final class ConsentDeclarations {
  private ConsentDeclarations() {}

  static void check(Symbols symbols, Names names, ExprChecker exprs) {
    for (Statement.Consent consent : symbols.consents.values()) {
      String name = consent.name().path();
      if (symbols.purposes.containsKey(name)) {
        names
            .diagnostics()
            .report(
                DiagnosticCode.P118,
                consent.name().loc().span(),
                "consent '"
                    + name
                    + "' has the name of a purpose, so consent("
                    + name
                    + ") would be ambiguous",
                Optional.of(
                    "name the consent after what the subject agrees to, e.g. "
                        + name.replace('.', '_')
                        + "_consent"));
      }
      for (Name purpose : consent.purposes()) {
        names.purpose(purpose);
      }
      consent.validity().ifPresent(exprs::duration);
    }
  }
}

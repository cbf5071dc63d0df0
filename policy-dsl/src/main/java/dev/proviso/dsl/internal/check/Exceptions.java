package dev.proviso.dsl.internal.check;

import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.model.Paths;
import java.util.Optional;

/**
 * Checks the {@code except} part of a selection (P117): each exception must take a part out of what
 * the selection names, strictly below a named path (or anywhere under {@code any}), and must not
 * take out all of a named path, which would make that name say nothing.
 */
final class Exceptions {
  private Exceptions() {}

  static void check(SelectionNode selection, String kind, Diagnostics diagnostics) {
    for (Name excepted : selection.except()) {
      String path = excepted.path();
      Optional<String> swallowed =
          selection.names().stream()
              .map(Name::path)
              .filter(named -> Paths.isSelfOrAncestor(path, named))
              .findFirst();
      if (swallowed.isPresent()) {
        diagnostics.report(
            DiagnosticCode.P117,
            excepted.loc().span(),
            "the exception '" + path + "' takes out all of '" + swallowed.get() + "'",
            Optional.of("remove '" + swallowed.get() + "' from the selection instead"));
      } else if (!selection.any()
          && selection.names().stream().noneMatch(n -> Paths.isSelfOrAncestor(n.path(), path))) {
        diagnostics.report(
            DiagnosticCode.P117,
            excepted.loc().span(),
            "the " + kind + " '" + path + "' is not part of the selection it is excepted from",
            Optional.of(
                "an exception takes a part out of what is named, e.g. contact except"
                    + " contact.email"));
      }
    }
  }
}

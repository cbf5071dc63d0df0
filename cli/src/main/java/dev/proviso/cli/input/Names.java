package dev.proviso.cli.input;

import dev.proviso.Suggestions;
import dev.proviso.UnknownNameException;
import dev.proviso.cli.CliException;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import java.util.List;

/** Checks category and purpose names given on the command line, with a did-you-mean. */
public final class Names {
  private Names() {}

  public static void requireKnown(
      PolicyModel model, List<String> categories, List<String> purposes) {
    List<String> knownCategories =
        model.categories().stream().map(CategoryDefinition::path).toList();
    categories.forEach(c -> require("", "data category", c, knownCategories));
    purposes.forEach(p -> requirePurpose(model, "", p));
  }

  /**
   * @param where what to name first in the message, e.g. {@code --consent x=given: }
   */
  static void requirePurpose(PolicyModel model, String where, String purpose) {
    List<String> known = model.purposes().stream().map(PurposeDefinition::path).toList();
    require(where, "purpose", purpose, known);
  }

  private static void require(String where, String kind, String name, List<String> known) {
    if (!known.contains(name)) {
      throw CliException.usage(
          where
              + new UnknownNameException(kind, name, Suggestions.closest(name, known))
                  .getMessage());
    }
  }
}

package dev.proviso.cli;

import dev.proviso.Suggestions;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import java.util.List;

/** Checks category and purpose names given on the command line, with a did-you-mean. */
final class Names {
  private Names() {}

  static void requireKnown(PolicyModel model, List<String> categories, List<String> purposes) {
    List<String> knownCategories =
        model.categories().stream().map(CategoryDefinition::path).toList();
    List<String> knownPurposes = model.purposes().stream().map(PurposeDefinition::path).toList();
    categories.forEach(c -> require("data category", c, knownCategories));
    purposes.forEach(p -> require("purpose", p, knownPurposes));
  }

  private static void require(String kind, String name, List<String> known) {
    if (!known.contains(name)) {
      throw CliException.usage(
          "unknown "
              + kind
              + " '"
              + name
              + "'"
              + Suggestions.closest(name, known)
                  .map(s -> " (did you mean '" + s + "'?)")
                  .orElse(""));
    }
  }
}

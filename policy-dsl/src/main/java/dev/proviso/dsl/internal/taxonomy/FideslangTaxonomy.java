package dev.proviso.dsl.internal.taxonomy;

import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.Paths;
import dev.proviso.model.Provenance;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fideslang default taxonomy (© Ethyca, Inc. and fideslang contributors, CC BY 4.0), shipped as
 * resources next to this class with its NOTICE and license. Data categories become categories, data
 * uses become purposes, data subjects become subject kinds.
 *
 * <p>Fideslang has no "sensitive" flag; Proviso marks the GDPR Art. 9 special categories and Art.
 * 10 criminal data ({@link #SPECIAL_CATEGORIES}) sensitive, and their children inherit it.
 *
 * <pre>{@code
 * Taxonomy fides = FideslangTaxonomy.load();
 * fides.categories().size(); // 85
 * }</pre>
 */
public final class FideslangTaxonomy {

  /** Category keys Proviso marks sensitive (GDPR Art. 9(1) and Art. 10). */
  public static final Set<String> SPECIAL_CATEGORIES =
      Set.of(
          "user.biometric",
          "user.authorization.biometric",
          "user.health_and_medical",
          "user.demographic.political_opinion",
          "user.demographic.race_ethnicity",
          "user.demographic.religious_belief",
          "user.demographic.sexual_orientation",
          "user.criminal_history");

  private static final String BASE = "fideslang/";

  private FideslangTaxonomy() {}

  /** Loads the shipped taxonomy; the files are part of the jar, so failure is a packaging bug. */
  public static Taxonomy load() {
    List<CategoryDefinition> categories = new ArrayList<>();
    for (Entry e : sortedByDepth(read("data_categories.json", "data_category"))) {
      boolean sensitive =
          SPECIAL_CATEGORIES.stream().anyMatch(s -> Paths.isSelfOrAncestor(s, e.key()));
      categories.add(
          new CategoryDefinition(
              e.key(),
              sensitive,
              Provenance.UNSPECIFIED,
              e.description(),
              e.location(),
              e.label()));
    }
    List<Entry> uses = new ArrayList<>(read("data_uses.json", "data_use"));
    uses.addAll(read("data_uses.supplement.json", "data_use"));
    List<PurposeDefinition> purposes = new ArrayList<>();
    for (Entry e : sortedByDepth(uses)) {
      purposes.add(new PurposeDefinition(e.key(), e.description(), e.location(), e.label()));
    }
    List<Taxonomy.SubjectKind> subjects = new ArrayList<>();
    for (Entry e : read("data_subjects.json", "data_subject")) {
      subjects.add(new Taxonomy.SubjectKind(e.key(), e.name(), e.description()));
    }
    return new Taxonomy("fideslang", categories, purposes, subjects);
  }

  /** Parents before children, otherwise in file order (the sort is stable). */
  private static List<Entry> sortedByDepth(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong(e -> e.key().chars().filter(c -> c == '.').count()));
    return sorted;
  }

  private static List<Entry> read(String file, String arrayField) {
    try (InputStream in = FideslangTaxonomy.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("fideslang resource missing from the jar: " + file);
      }
      Object document = FideslangJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!(document instanceof Map<?, ?> fields
          && fields.get(arrayField) instanceof List<?> array)) {
        throw new IllegalStateException("fideslang resource " + file + " has no " + arrayField);
      }
      List<Entry> entries = new ArrayList<>();
      int index = 0;
      for (Object item : array) {
        index++;
        Map<?, ?> node = (Map<?, ?>) item;
        entries.add(
            new Entry(
                text(node.get("fides_key")).orElse(""),
                text(node.get("name")).orElse(""),
                text(node.get("description")),
                new SourceLocation("fideslang/" + file, index, 1)));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fideslang resource " + file, e);
    }
  }

  private static Optional<String> text(Object value) {
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }

  private record Entry(
      String key, String name, Optional<String> description, SourceLocation location) {
    Optional<String> label() {
      return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
  }
}

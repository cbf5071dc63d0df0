package dev.proviso.dsl.internal.resolve;

import dev.proviso.Suggestions;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.Statement.CategoryFlag;
import dev.proviso.dsl.internal.diagnostics.Diagnostics;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.taxonomy.Taxonomies;
import dev.proviso.dsl.internal.taxonomy.Taxonomy;
import dev.proviso.dsl.resolve.SourceOrigin;
import dev.proviso.model.AttributeType;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.Paths;
import dev.proviso.model.Provenance;
import dev.proviso.model.PurposeDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the declarations of all files into {@link Symbols}: category and purpose trees (a dotted
 * name extends a tree declared elsewhere), attributes and regimes; reports duplicates.
 */
public final class Declarations {

  private final Symbols symbols = new Symbols();
  private final LoadedSources sources;
  private final Diagnostics diagnostics;

  /** The taxonomy the source being declared was generated from, if it was. */
  private Optional<Taxonomy> taxonomy = Optional.empty();

  private final List<Name> extendedCategories = new ArrayList<>();
  private final List<Name> extendedPurposes = new ArrayList<>();

  private Declarations(LoadedSources sources, Diagnostics diagnostics) {
    this.sources = sources;
    this.diagnostics = diagnostics;
  }

  public static Symbols collect(LoadedSources sources, Diagnostics diagnostics) {
    Declarations declarations = new Declarations(sources, diagnostics);
    for (ParsedSource source : sources.files()) {
      declarations.taxonomy = Taxonomies.of(sources.origin(source));
      source.file().statements().forEach(declarations::declare);
    }
    declarations.checkParents();
    return declarations.symbols;
  }

  private void declare(Statement statement) {
    if (statement instanceof Statement.Category c) {
      category(c.root(), "");
    } else if (statement instanceof Statement.Purpose p) {
      purpose(p.root(), "");
    } else if (statement instanceof Statement.Attributes a) {
      a.attributes().forEach(d -> attribute(a, d));
    } else if (statement instanceof Statement.Regime r) {
      regime(r);
    } else if (statement instanceof Statement.Param p) {
      param(p);
    } else if (statement instanceof Statement.Consent c) {
      Statement.Consent first = symbols.consents.putIfAbsent(c.name().path(), c);
      if (first != null) {
        duplicate(
            DiagnosticCode.P118,
            "consent",
            c.name().path(),
            c.name().loc().span(),
            first.name().loc().span());
      }
    }
  }

  private void category(Statement.CategoryNode node, String parent) {
    String path = parent.isEmpty() ? node.name().path() : parent + "." + node.name().path();
    if (path.contains(".") && (parent.isEmpty() || node.name().path().contains("."))) {
      extendedCategories.add(new Name(path, node.name().loc()));
    }
    Span span = node.name().loc().span();
    Symbols.CategoryInfo existing = symbols.categories.get(path);
    Optional<CategoryDefinition> known =
        taxonomy.flatMap(t -> describe(t.categories(), path, CategoryDefinition::path));
    Symbols.CategoryInfo declared =
        new Symbols.CategoryInfo(
            path,
            node.flags().contains(CategoryFlag.SENSITIVE),
            node.flags().contains(CategoryFlag.SENSITIVE_PI),
            provenance(node),
            known.flatMap(CategoryDefinition::description),
            span,
            known.flatMap(CategoryDefinition::label));
    if (existing == null) {
      symbols.categories.put(path, declared);
    } else if (fromTaxonomy(existing.span(), span)) {
      symbols.categories.put(
          path,
          new Symbols.CategoryInfo(
              path,
              existing.sensitive() || declared.sensitive(),
              existing.sensitivePi() || declared.sensitivePi(),
              declared.provenance().or(existing::provenance),
              existing.description().or(declared::description),
              taxonomySpan(existing.span(), span),
              existing.label().or(declared::label)));
    } else {
      duplicate(DiagnosticCode.P110, "category", path, span, existing.span());
    }
    node.children().forEach(child -> category(child, path));
  }

  private Optional<Provenance> provenance(Statement.CategoryNode node) {
    List<CategoryFlag> provenances =
        node.flags().stream().filter(CategoryFlag::provenance).distinct().toList();
    if (provenances.size() > 1) {
      diagnostics.report(
          DiagnosticCode.P115,
          node.name().loc().span(),
          "category '"
              + node.name().path()
              + "' has more than one provenance: "
              + String.join(", ", provenances.stream().map(CategoryFlag::keyword).toList()),
          Optional.of("keep one of provided, observed or derived"));
    }
    return provenances.stream().findFirst().map(f -> Provenance.valueOf(f.name()));
  }

  private void purpose(Statement.PurposeNode node, String parent) {
    String path = parent.isEmpty() ? node.name().path() : parent + "." + node.name().path();
    if (path.contains(".") && (parent.isEmpty() || node.name().path().contains("."))) {
      extendedPurposes.add(new Name(path, node.name().loc()));
    }
    Span span = node.name().loc().span();
    Symbols.PurposeInfo existing = symbols.purposes.get(path);
    Optional<PurposeDefinition> known =
        taxonomy.flatMap(t -> describe(t.purposes(), path, PurposeDefinition::path));
    Optional<String> description = known.flatMap(PurposeDefinition::description);
    Optional<String> label = known.flatMap(PurposeDefinition::label);
    if (existing == null) {
      symbols.purposes.put(path, new Symbols.PurposeInfo(path, description, span, label));
    } else if (fromTaxonomy(existing.span(), span)) {
      symbols.purposes.put(
          path,
          new Symbols.PurposeInfo(
              path,
              existing.description().or(() -> description),
              taxonomySpan(existing.span(), span),
              existing.label().or(() -> label)));
    } else {
      duplicate(DiagnosticCode.P111, "purpose", path, span, existing.span());
    }
    node.children().forEach(child -> purpose(child, path));
  }

  /**
   * A node an imported taxonomy declares may be declared again (to add children or flags), before
   * or after the import; the two declarations are one node, located in the taxonomy.
   */
  private boolean fromTaxonomy(Span first, Span second) {
    return fromTaxonomy(first) || fromTaxonomy(second);
  }

  private Span taxonomySpan(Span first, Span second) {
    return fromTaxonomy(first) ? first : second;
  }

  /** A pack's parameter is a default: the policy's own declaration of the name replaces it. */
  private void param(Statement.Param p) {
    Span span = p.name().loc().span();
    boolean library = sources.origin(span.file()) instanceof SourceOrigin.Pack;
    Symbols.ParamInfo declared = new Symbols.ParamInfo(p.name().path(), p.value(), library, span);
    Symbols.ParamInfo existing = symbols.params.get(p.name().path());
    if (existing == null || (existing.library() && !library)) {
      symbols.params.put(p.name().path(), declared);
    } else if (existing.library() == library) {
      duplicate(DiagnosticCode.P127, "parameter", p.name().path(), span, existing.span());
    }
  }

  private boolean fromTaxonomy(Span span) {
    return sources.origin(span.file()) instanceof SourceOrigin.Taxonomy;
  }

  /** The node a taxonomy declares at {@code path}. */
  private static <T> Optional<T> describe(
      List<T> nodes, String path, java.util.function.Function<T, String> pathOf) {
    return nodes.stream().filter(n -> pathOf.apply(n).equals(path)).findFirst();
  }

  /** A dotted declaration such as {@code category contact.fax} needs its parent declared. */
  private void checkParents() {
    for (Name name : extendedCategories) {
      String parent = Paths.parent(name.path()).orElseThrow();
      if (!symbols.categories.containsKey(parent)) {
        diagnostics.report(
            DiagnosticCode.P101,
            name.loc().span(),
            "unknown data category '" + parent + "' (parent of '" + name.path() + "')",
            Suggestions.closest(parent, symbols.categories.keySet())
                .map(s -> "did you mean '" + s + "'?")
                .or(() -> Optional.of("declare the parent category '" + parent + "' first")));
      }
    }
    for (Name name : extendedPurposes) {
      String parent = Paths.parent(name.path()).orElseThrow();
      if (!symbols.purposes.containsKey(parent)) {
        diagnostics.report(
            DiagnosticCode.P102,
            name.loc().span(),
            "unknown purpose '" + parent + "' (parent of '" + name.path() + "')",
            Suggestions.closest(parent, symbols.purposes.keySet())
                .map(s -> "did you mean '" + s + "'?")
                .or(() -> Optional.of("declare the parent purpose '" + parent + "' first")));
      }
    }
  }

  private void attribute(Statement.Attributes block, Statement.AttributeDecl declaration) {
    String prefix = block.scope().prefix();
    Map<String, Symbols.AttributeInfo> attributes = symbols.attributes(block.scope());
    String name = declaration.name().path();
    Span span = declaration.name().loc().span();
    Symbols.AttributeInfo existing = attributes.get(name);
    if (existing != null) {
      if (!existing.type().spelling().equals(declaration.type())) {
        diagnostics.report(
            DiagnosticCode.P112,
            span,
            "attribute '"
                + prefix
                + "."
                + name
                + "' is already declared as "
                + existing.type().spelling()
                + " at "
                + existing.span(),
            Optional.of(
                "declare it with one type; files and packs may repeat the same declaration"));
      }
      return;
    }
    Optional<AttributeType> type =
        Arrays.stream(AttributeType.values())
            .filter(t -> t != AttributeType.DURATION && t.spelling().equals(declaration.type()))
            .findFirst();
    if (type.isEmpty()) {
      List<String> spellings = List.of("text", "number", "bool", "instant", "list of text");
      diagnostics.report(
          DiagnosticCode.P106,
          declaration.loc().span(),
          "unknown type '" + declaration.type() + "' for " + prefix + "." + name,
          Optional.of(
              Suggestions.closest(declaration.type(), spellings)
                  .map(s -> "did you mean '" + s + "'?")
                  .orElse("the types are text, number, bool, instant and list of text")));
      return;
    }
    attributes.put(name, new Symbols.AttributeInfo(name, type.get(), span));
  }

  private void regime(Statement.Regime regime) {
    String name = regime.name().path();
    Symbols.RegimeInfo existing = symbols.regimes.get(name);
    if (existing == null) {
      symbols.regimes.put(
          name, new Symbols.RegimeInfo(name, regime.appliesWhen(), regime.name().loc().span()));
      return;
    }
    if (regime.appliesWhen().isPresent()) {
      if (existing.appliesWhen().isPresent()) {
        diagnostics.report(
            DiagnosticCode.P114,
            regime.appliesWhen().get().loc().span(),
            "regime '"
                + name
                + "' already has an 'applies when' condition at "
                + existing.appliesWhen().get().loc().span(),
            Optional.of("a regime split across files states its condition in one place only"));
      } else {
        symbols.regimes.put(
            name, new Symbols.RegimeInfo(name, regime.appliesWhen(), existing.span()));
      }
    }
  }

  private void duplicate(DiagnosticCode code, String kind, String name, Span span, Span first) {
    diagnostics.report(
        code,
        span,
        kind + " '" + name + "' is already declared at " + first,
        Optional.of("remove one of the two declarations"));
  }
}

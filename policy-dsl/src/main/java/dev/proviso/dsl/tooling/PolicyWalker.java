package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.resolve.SourceResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks each file's statements once: the outline, the rules, the imports, and (through {@link
 * NameCollector}) every name written. A new kind of statement is one more case in {@link
 * #statement}.
 */
final class PolicyWalker {

  final NameCollector names;
  final List<RuleSite> rules = new ArrayList<>();
  final List<ImportSite> imports = new ArrayList<>();
  final Map<String, List<Section>> outline = new LinkedHashMap<>();

  private final Extents extents;
  private final Set<String> loaded;

  PolicyWalker(Extents extents, Set<String> loaded, Set<String> consents) {
    this.names = new NameCollector(consents);
    this.extents = extents;
    this.loaded = loaded;
  }

  void file(PolicyFile file) {
    List<Section> sections = new ArrayList<>();
    for (Statement statement : file.statements()) {
      statement(file.file(), statement).ifPresent(sections::add);
    }
    outline.put(file.file(), List.copyOf(sections));
  }

  private Optional<Section> statement(String file, Statement statement) {
    if (statement instanceof Statement.Header h) {
      return Optional.of(
          section(
              Section.Kind.HEADER,
              h.name().value(),
              Optional.of("version " + h.version()),
              h.loc().span(),
              statement,
              List.of()));
    } else if (statement instanceof Statement.Import i) {
      return Optional.of(importOf(file, i));
    } else if (statement instanceof Statement.Attributes a) {
      List<Section> children = new ArrayList<>();
      for (Statement.AttributeDecl d : a.attributes()) {
        names.add(SymbolKind.ATTRIBUTE, a.scope().prefix() + "." + d.name().path(), d.name(), true);
        children.add(
            new Section(
                Section.Kind.ATTRIBUTE,
                d.name().path(),
                Optional.of(d.type()),
                extents.of(d.loc()),
                d.name().loc().span(),
                List.of()));
      }
      return Optional.of(
          section(
              Section.Kind.ATTRIBUTES,
              a.scope().prefix(),
              Optional.empty(),
              a.loc().span(),
              statement,
              children));
    } else if (statement instanceof Statement.Category c) {
      return Optional.of(category("", c.root(), extents.of(c.loc())));
    } else if (statement instanceof Statement.Purpose p) {
      return Optional.of(purpose("", p.root(), extents.of(p.loc())));
    } else if (statement instanceof Statement.Regime r) {
      return Optional.of(regime(r));
    } else if (statement instanceof Statement.Rule rule) {
      return Optional.of(rule(rule, Optional.empty()));
    } else if (statement instanceof Statement.Retain retain) {
      return Optional.of(retain(retain, Optional.empty()));
    } else if (statement instanceof Statement.Basis b) {
      b.consent().ifPresent(names::expr);
      b.categories().ifPresent(c -> names.selection(SymbolKind.CATEGORY, c));
      names.selection(SymbolKind.PURPOSE, b.purposes());
      return Optional.empty();
    } else if (statement instanceof Statement.Consent c) {
      names.whole(SymbolKind.CONSENT, c.name().path(), c.name().loc().span(), true);
      c.purposes().forEach(p -> names.add(SymbolKind.PURPOSE, p.path(), p, false));
      return Optional.empty();
    } else if (statement instanceof Statement.Param p) {
      names.add(SymbolKind.PARAM, p.name().path(), p.name(), true);
      return Optional.empty();
    } else if (statement instanceof Statement.Test t) {
      t.steps().forEach(names::step);
      return Optional.of(
          section(
              Section.Kind.TEST,
              t.name().value(),
              Optional.empty(),
              t.name().loc().span(),
              statement,
              List.of()));
    }
    return Optional.empty();
  }

  private Section importOf(String file, Statement.Import i) {
    String path = i.path().value();
    String target =
        i.kind()
            .map(kind -> kind + ":" + path)
            .orElseGet(() -> SourceResolver.relativeTo(file, path));
    Span span = i.path().loc().span();
    imports.add(new ImportSite(path, i.kind(), target, span, loaded.contains(target)));
    return section(Section.Kind.IMPORT, path, Optional.empty(), span, i, List.of());
  }

  private Section category(String parent, Statement.CategoryNode node, SourceRange range) {
    String path = join(parent, node.name().path());
    names.add(SymbolKind.CATEGORY, path, node.name(), true);
    List<Section> children = new ArrayList<>();
    for (Statement.CategoryNode child : node.children()) {
      children.add(category(path, child, extents.of(child.loc())));
    }
    List<String> flags = node.flags().stream().map(Statement.CategoryFlag::keyword).toList();
    Optional<String> detail =
        flags.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", flags));
    return new Section(
        Section.Kind.CATEGORY, path, detail, range, node.name().loc().span(), children);
  }

  private Section purpose(String parent, Statement.PurposeNode node, SourceRange range) {
    String path = join(parent, node.name().path());
    names.add(SymbolKind.PURPOSE, path, node.name(), true);
    List<Section> children = new ArrayList<>();
    for (Statement.PurposeNode child : node.children()) {
      children.add(purpose(path, child, extents.of(child.loc())));
    }
    return new Section(
        Section.Kind.PURPOSE, path, Optional.empty(), range, node.name().loc().span(), children);
  }

  private Section regime(Statement.Regime r) {
    String name = r.name().path();
    names.whole(SymbolKind.REGIME, name, r.name().loc().span(), true);
    r.appliesWhen().ifPresent(names::expr);
    List<Section> children = new ArrayList<>();
    for (Statement.RegimeItem item : r.items()) {
      if (item instanceof Statement.Rule rule) {
        children.add(rule(rule, Optional.of(name)));
      } else if (item instanceof Statement.Retain retain) {
        children.add(retain(retain, Optional.of(name)));
      }
    }
    return section(Section.Kind.REGIME, name, Optional.empty(), r.name().loc().span(), r, children);
  }

  private Section rule(Statement.Rule rule, Optional<String> regime) {
    RuleKind kind =
        switch (rule.form()) {
          case ALLOW -> RuleKind.ALLOW;
          case DENY -> RuleKind.DENY;
          case REQUIRE -> RuleKind.REQUIRE;
          case OBLIGE -> RuleKind.OBLIGE;
        };
    RuleSite site =
        site(
            rule.name(),
            rule.loc(),
            kind,
            rule.advisory(),
            regime,
            selection(rule.categories()),
            selection(rule.purposes()));
    rule.required().ifPresent(names::expr);
    names.selection(SymbolKind.CATEGORY, rule.categories());
    names.selection(SymbolKind.PURPOSE, rule.purposes());
    rule.when().ifPresent(names::expr);
    rule.unless().ifPresent(names::expr);
    rule.obligations().forEach(names::expr);
    return ruleSection(site);
  }

  private Section retain(Statement.Retain retain, Optional<String> regime) {
    RuleSite site =
        site(
            retain.name(),
            retain.loc(),
            RuleKind.RETAIN,
            false,
            regime,
            selection(retain.categories()),
            new RuleSelection(false, List.of(retain.purpose().path()), List.of()));
    names.selection(SymbolKind.CATEGORY, retain.categories());
    names.add(SymbolKind.PURPOSE, retain.purpose().path(), retain.purpose(), false);
    names.add(SymbolKind.EVENT, retain.event().path(), retain.event(), false);
    retain.periodParam().ifPresent(p -> names.add(SymbolKind.PARAM, p.path(), p, false));
    retain.when().ifPresent(names::expr);
    return ruleSection(site);
  }

  /** The rule's site, and the occurrence that declares its id (its name, else its keyword). */
  private RuleSite site(
      Optional<Name> name,
      Loc loc,
      RuleKind kind,
      boolean advisory,
      Optional<String> regime,
      RuleSelection categories,
      RuleSelection purposes) {
    Span head = loc.span();
    String id = name.map(Name::path).orElse(head.file() + ":" + head.line());
    Span declaration = name.map(n -> n.loc().span()).orElseGet(() -> extents.firstToken(loc));
    names.whole(SymbolKind.RULE, id, declaration, true);
    RuleSite site =
        new RuleSite(
            id,
            name.map(Name::path),
            kind,
            advisory,
            declaration,
            head,
            extents.of(loc),
            regime,
            categories,
            purposes);
    rules.add(site);
    return site;
  }

  private static Section ruleSection(RuleSite site) {
    return new Section(
        Section.Kind.RULE, site.id(), Optional.empty(), site.range(), site.head(), List.of());
  }

  private Section section(
      Section.Kind kind,
      String name,
      Optional<String> detail,
      Span selection,
      Statement statement,
      List<Section> children) {
    return new Section(kind, name, detail, extents.of(statement.loc()), selection, children);
  }

  private static RuleSelection selection(SelectionNode node) {
    return new RuleSelection(
        node.any(),
        node.names().stream().map(Name::path).toList(),
        node.except().stream().map(Name::path).toList());
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }
}

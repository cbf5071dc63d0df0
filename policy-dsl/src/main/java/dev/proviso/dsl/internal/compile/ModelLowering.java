package dev.proviso.dsl.internal.compile;

import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.check.CheckedPolicy;
import dev.proviso.dsl.internal.resolve.LoadedSources;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.resolve.SourceOrigin;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.BasisDefinition;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.Effect;
import dev.proviso.model.LawfulBasis;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PolicyTestDefinition;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.RuleForm;
import dev.proviso.model.Selection;
import dev.proviso.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers a checked policy to core's {@link PolicyModel}. Only called when there are no errors, so
 * every name resolves and every literal is valid.
 */
public final class ModelLowering {

  private final Symbols symbols;
  private final ConditionLowering conditions;
  private final Map<String, ConsentDefinition> consents;
  private final TestLowering testLowering;
  private final List<RuleDefinition> rules = new ArrayList<>();
  private final List<RetentionDefinition> retentions = new ArrayList<>();
  private final List<BasisDefinition> bases = new ArrayList<>();
  private final List<PolicyTestDefinition> tests = new ArrayList<>();

  private ModelLowering(CheckedPolicy checked) {
    this.symbols = checked.symbols();
    this.consents = new LinkedHashMap<>();
    for (Statement.Consent c : symbols.consents.values()) {
      consents.put(
          c.name().path(),
          new ConsentDefinition(
              c.name().path(),
              c.purposes().stream().map(Name::path).toList(),
              c.validity().map(checked.literals()::duration),
              c.explicit(),
              c.givenBy().map(Name::path),
              location(c.loc())));
    }
    this.conditions = new ConditionLowering(checked.literals(), consents);
    this.testLowering = new TestLowering(conditions);
  }

  /** The model of a policy the checker found no errors in. */
  public static PolicyModel lower(CheckedPolicy checked) {
    LoadedSources sources = checked.sources();
    Symbols symbols = checked.symbols();
    ModelLowering lowering = new ModelLowering(checked);
    Statement.Header header = null;
    for (ParsedSource source : sources.files()) {
      for (Statement statement : source.file().statements()) {
        if (statement instanceof Statement.Test
            && sources.origin(source) instanceof SourceOrigin.Pack) {
          continue; // a pack's tests are the pack's own (docs/packs.md), not the importer's
        }
        if (statement instanceof Statement.Header h && header == null) {
          header = h;
        }
        lowering.statement(statement, Optional.empty());
      }
    }
    return new PolicyModel(
        header.name().value(),
        Integer.parseInt(header.version()),
        contentHash(sources),
        lowering.categories(),
        lowering.purposes(),
        attributes(symbols.subjectAttributes.values()),
        attributes(symbols.contextAttributes.values()),
        symbols.regimes.values().stream()
            .map(
                r ->
                    new RegimeDefinition(
                        r.name(),
                        r.appliesWhen().map(lowering.conditions::condition),
                        location(r.span())))
            .toList(),
        lowering.rules,
        lowering.retentions,
        lowering.tests,
        lowering.bases,
        List.copyOf(lowering.consents.values()));
  }

  private void statement(Statement statement, Optional<String> regime) {
    if (statement instanceof Statement.Rule rule) {
      rules.add(rule(rule, regime));
    } else if (statement instanceof Statement.Retain retain) {
      retentions.add(retain(retain, regime));
    } else if (statement instanceof Statement.Regime r) {
      r.items().forEach(item -> statement((Statement) item, Optional.of(r.name().path())));
    } else if (statement instanceof Statement.Test test) {
      tests.add(testLowering.test(test));
    } else if (statement instanceof Statement.Basis basis) {
      bases.add(basis(basis));
    }
  }

  /** The consent of a consent basis lowers as any {@code consent(...)} does. */
  private BasisDefinition basis(Statement.Basis basis) {
    return new BasisDefinition(
        LawfulBasis.fromKeyword(basis.basis().path()).orElseThrow(),
        basis.consent().map(conditions::condition),
        basis.categories().map(ModelLowering::selection).orElse(Selection.ANY),
        selection(basis.purposes()),
        basis.because().map(b -> b.value()),
        location(basis.loc()));
  }

  private RuleDefinition rule(Statement.Rule rule, Optional<String> regime) {
    SourceLocation location = location(rule.loc());
    boolean require = rule.form() == RuleForm.REQUIRE;
    return new RuleDefinition(
        id(rule, location),
        switch (rule.form()) {
          case ALLOW -> Effect.ALLOW;
          case OBLIGE -> Effect.OBLIGE;
          case DENY, REQUIRE -> Effect.DENY;
        },
        rule.form(),
        rule.advisory(),
        regime,
        selection(rule.categories()),
        selection(rule.purposes()),
        rule.when().map(conditions::condition),
        (require ? rule.required() : rule.unless()).map(conditions::condition),
        rule.obligations().stream().map(conditions::obligation).toList(),
        rule.because().map(b -> b.value()),
        location);
  }

  private RetentionDefinition retain(Statement.Retain retain, Optional<String> regime) {
    SourceLocation location = location(retain.loc());
    return new RetentionDefinition(
        id(retain, location),
        regime,
        selection(retain.categories()),
        retain.purpose().path(),
        conditions.duration(
            retain
                .period()
                .orElseGet(() -> symbols.params.get(retain.periodParam().get().path()).value())),
        retain.event().path(),
        retain.when().map(conditions::condition),
        retain.because().map(b -> b.value()),
        location);
  }

  /** A named rule's id is its name; an unnamed one's its {@code file:line}. */
  private static String id(Statement.RegimeItem item, SourceLocation location) {
    return item.name().map(Name::path).orElse(location.fileAndLine());
  }

  /** Parents before children: declaration order, with each path after its parent. */
  private List<CategoryDefinition> categories() {
    return symbols.categories.values().stream()
        .sorted(Comparator.comparing(c -> c.path(), treeOrder(symbols.categories.keySet())))
        .map(
            c ->
                new CategoryDefinition(
                    c.path(),
                    symbols.sensitive(c.path()),
                    symbols.provenance(c.path()),
                    c.description(),
                    location(c.span()),
                    c.label()))
        .toList();
  }

  private List<PurposeDefinition> purposes() {
    return symbols.purposes.values().stream()
        .sorted(Comparator.comparing(p -> p.path(), treeOrder(symbols.purposes.keySet())))
        .map(p -> new PurposeDefinition(p.path(), p.description(), location(p.span()), p.label()))
        .toList();
  }

  /**
   * Compares paths by "index of root, index of each ancestor, ..., own index" in declaration order:
   * siblings keep their order and every parent comes before its children, even when a child was
   * declared in an earlier file.
   */
  private static Comparator<String> treeOrder(java.util.Set<String> declared) {
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (String path : declared) {
      index.put(path, index.size());
    }
    return (a, b) -> {
      String[] left = a.split("\\.");
      String[] right = b.split("\\.");
      String leftPrefix = "";
      String rightPrefix = "";
      for (int i = 0; i < Math.min(left.length, right.length); i++) {
        leftPrefix = i == 0 ? left[0] : leftPrefix + "." + left[i];
        rightPrefix = i == 0 ? right[0] : rightPrefix + "." + right[i];
        int order = Integer.compare(index.get(leftPrefix), index.get(rightPrefix));
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(left.length, right.length);
    };
  }

  private static List<AttributeDefinition> attributes(
      java.util.Collection<Symbols.AttributeInfo> attributes) {
    return attributes.stream()
        .map(a -> new AttributeDefinition(a.name(), a.type(), location(a.span())))
        .toList();
  }

  static Selection selection(SelectionNode node) {
    return new Selection(node.any(), paths(node.names()), paths(node.except()));
  }

  private static List<String> paths(List<Name> names) {
    return names.stream().map(Name::path).toList();
  }

  static SourceLocation location(Loc loc) {
    return location(loc.span());
  }

  static SourceLocation location(dev.proviso.dsl.diagnostics.Span span) {
    return new SourceLocation(span.file(), span.line(), span.column());
  }

  /** Hex SHA-256 over the UTF-8 source texts in load order. */
  static String contentHash(LoadedSources sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ParsedSource source : sources.files()) {
        digest.update(source.text().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

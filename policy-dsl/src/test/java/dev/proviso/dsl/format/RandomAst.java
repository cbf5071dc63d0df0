package dev.proviso.dsl.format;

import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.Name;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.SelectionNode;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.Statement.CategoryFlag;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.model.Condition;
import dev.proviso.model.Effect;
import dev.proviso.model.RuleForm;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Random, syntactically valid ASTs (not necessarily meaningful) for formatter round trips. */
final class RandomAst {

  private static final Loc L = Loc.NONE;
  private static final List<String> WORDS =
      List.of("contact", "email", "marketing", "region", "a", "b_2", "x", "cart_abandoned");
  // Keywords that are names too (contextual): the formatter must print them back as names.
  private static final List<String> KEYWORD_NAMES =
      List.of("derived", "sensitive", "test", "policy", "oblige", "use", "after", "context");
  private static final List<String> TEXTS =
      List.of("", "EU", "with \"quotes\"", "back\\slash", "line\nbreak", "tab\there", "é ü");
  private static final List<String> DURATIONS =
      List.of("90s", "15m", "24h", "30d", "1 week", "2 weeks", "1 month", "6 months", "10 years");
  private static final List<String> INSTANTS =
      List.of("2026-01-01T00:00:00Z", "2026-01-01", "2025-06-30T23:59:59.5Z");

  private final SplittableRandom random;

  RandomAst(SplittableRandom random) {
    this.random = random;
  }

  PolicyFile file() {
    List<Statement> statements = new ArrayList<>();
    int count = random.nextInt(1, 8);
    for (int i = 0; i < count; i++) {
      statements.add(statement());
    }
    return new PolicyFile("random.policy", statements);
  }

  private Statement statement() {
    return switch (random.nextInt(10)) {
      case 0 -> new Statement.Header(text(), Integer.toString(random.nextInt(100)), L);
      case 1 ->
          new Statement.Import(
              random.nextBoolean() ? Optional.empty() : Optional.of("pack"), text(), L);
      case 2 ->
          new Statement.Attributes(
              random.nextBoolean() ? Value.Scope.SUBJECT : Value.Scope.CONTEXT,
              list(4, () -> new Statement.AttributeDecl(Name.of(word()), type(), L)),
              L);
      case 3 -> new Statement.Category(category(3), L);
      case 4 -> new Statement.Purpose(purpose(3), L);
      case 5 -> new Statement.Regime(name(), optional(() -> condition(3)), list(3, this::item), L);
      case 6 -> new Statement.Test(text(), optional(this::instant), list(4, this::step), L);
      case 7 -> retain();
      case 8 -> consent();
      default -> rule();
    };
  }

  private Statement.Consent consent() {
    return new Statement.Consent(
        name(),
        list(1, 3, this::name),
        optional(this::duration),
        random.nextBoolean(),
        optional(() -> Name.of(word())),
        L);
  }

  private Statement.RegimeItem item() {
    return random.nextInt(4) == 0 ? retain() : rule();
  }

  private Statement.Rule rule() {
    RuleForm form = RuleForm.values()[random.nextInt(RuleForm.values().length)];
    boolean require = form == RuleForm.REQUIRE;
    return new Statement.Rule(
        optional(this::name),
        random.nextBoolean(),
        form,
        ruleSelection(),
        ruleSelection(),
        require ? Optional.of(condition(3)) : Optional.empty(),
        optional(() -> condition(3)),
        require ? Optional.empty() : optional(() -> condition(3)),
        require ? List.of() : list(3, this::obligation),
        optional(this::text),
        L);
  }

  private Statement.Retain retain() {
    return new Statement.Retain(
        optional(this::name),
        ruleSelection(),
        name(),
        Optional.of(duration()),
        Optional.empty(),
        name(),
        optional(() -> condition(2)),
        optional(this::text),
        L);
  }

  private TestStepNode step() {
    return switch (random.nextInt(6)) {
      case 0 ->
          new TestStepNode.SubjectValues(
              list(4, () -> new TestStepNode.Field(Name.of(word()), literal(), L)), L);
      case 1 -> new TestStepNode.GivenEvent(name(), instant(), L);
      case 2 -> new TestStepNode.GivenContext(name(), literal(), L);
      case 3 ->
          new TestStepNode.GivenCall(
              call(),
              optional(() -> new TestStepNode.GivenBy(Name.of("by"), Name.of(word()))),
              instant(),
              optional(this::instant),
              L);
      case 4 -> new TestStepNode.GivenFact(Name.of(word()), instant(), L);
      default ->
          new TestStepNode.Expect(
              random.nextBoolean() ? Effect.ALLOW : Effect.DENY,
              selection(),
              name(),
              optional(this::instant),
              list(2, this::obligation),
              optional(this::text),
              L);
    };
  }

  private Statement.CategoryNode category(int depth) {
    List<CategoryFlag> flags = list(2, () -> CategoryFlag.values()[random.nextInt(4)]);
    List<Statement.CategoryNode> children =
        depth == 0 ? List.of() : list(3, () -> category(depth - 1));
    return new Statement.CategoryNode(Name.of(nameWord()), flags, children, L);
  }

  private Statement.PurposeNode purpose(int depth) {
    List<Statement.PurposeNode> children =
        depth == 0 ? List.of() : list(3, () -> purpose(depth - 1));
    return new Statement.PurposeNode(Name.of(nameWord()), children, L);
  }

  Expr condition(int depth) {
    if (depth == 0) {
      return primary();
    }
    return switch (random.nextInt(8)) {
      case 0 -> new Expr.Logical(random.nextBoolean(), list(2, 4, () -> condition(depth - 1)), L);
      case 1 -> new Expr.Not(condition(depth - 1), L);
      case 2 ->
          new Expr.Compare(
              sum(depth - 1), Condition.Operator.values()[random.nextInt(6)], sum(depth - 1), L);
      case 3 -> new Expr.In(sum(depth - 1), sum(depth - 1), L);
      default -> sum(depth - 1);
    };
  }

  private Expr sum(int depth) {
    return random.nextInt(4) == 0 && depth > 0
        ? new Expr.Plus(condition(depth - 1), condition(depth - 1), L)
        : depth > 0 && random.nextBoolean() ? condition(depth - 1) : primary();
  }

  private Expr primary() {
    return switch (random.nextInt(6)) {
      case 0 -> call();
      case 1 -> new Expr.Attribute(Value.Scope.values()[random.nextInt(3)], name(), L);
      case 2 -> new Expr.Path(name(), L);
      case 3 -> new Expr.Now(L);
      default -> literal();
    };
  }

  private Expr.Call call() {
    return new Expr.Call(name(), true, list(3, () -> condition(1)), L);
  }

  private Expr.Call obligation() {
    return random.nextBoolean() ? call() : new Expr.Call(name(), false, List.of(), L);
  }

  private Expr literal() {
    return switch (random.nextInt(6)) {
      case 0 -> text();
      case 1 -> new Expr.Number(random.nextBoolean() ? "16" : "0.25", L);
      case 2 -> new Expr.Bool(random.nextBoolean(), L);
      case 3 -> instant();
      case 4 -> duration();
      default -> new Expr.ListLiteral(list(3, this::scalar), L);
    };
  }

  private Expr scalar() {
    return random.nextBoolean() ? text() : new Expr.Number("3", L);
  }

  private Expr.Text text() {
    return new Expr.Text(TEXTS.get(random.nextInt(TEXTS.size())), L);
  }

  private Expr.InstantLiteral instant() {
    return new Expr.InstantLiteral(INSTANTS.get(random.nextInt(INSTANTS.size())), L);
  }

  private Expr.DurationLiteral duration() {
    return new Expr.DurationLiteral(DURATIONS.get(random.nextInt(DURATIONS.size())), L);
  }

  private SelectionNode ruleSelection() {
    SelectionNode named = selection();
    return new SelectionNode(named.any(), named.names(), list(2, this::name), L);
  }

  private SelectionNode selection() {
    return random.nextInt(4) == 0
        ? new SelectionNode(true, List.of(), L)
        : new SelectionNode(false, list(1, 3, this::name), L);
  }

  /**
   * A dotted name, keywords among its parts; never starting with 'context' (a bare path so named
   * would read back as an attribute).
   */
  private Name name() {
    List<String> parts = new ArrayList<>();
    String first = nameWord();
    parts.add(first.equals("context") ? word() : first);
    parts.addAll(list(0, 2, this::nameWord));
    return Name.of(String.join(".", parts));
  }

  private String nameWord() {
    return random.nextInt(4) == 0
        ? KEYWORD_NAMES.get(random.nextInt(KEYWORD_NAMES.size()))
        : word();
  }

  private String word() {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private String type() {
    return List.of("text", "number", "bool", "instant", "list of text").get(random.nextInt(5));
  }

  private <T> Optional<T> optional(Supplier<T> supplier) {
    return random.nextBoolean() ? Optional.of(supplier.get()) : Optional.empty();
  }

  private <T> List<T> list(int max, Supplier<T> supplier) {
    return list(0, max, supplier);
  }

  private <T> List<T> list(int min, int max, Supplier<T> supplier) {
    int size = random.nextInt(min, max + 1);
    List<T> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(supplier.get());
    }
    return list;
  }
}

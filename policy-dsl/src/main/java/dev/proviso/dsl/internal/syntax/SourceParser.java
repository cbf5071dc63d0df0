package dev.proviso.dsl.internal.syntax;

import static dev.proviso.dsl.internal.grammar.PolicyParser.*;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.grammar.PolicyLexer;
import dev.proviso.dsl.internal.grammar.PolicyParser;
import dev.proviso.dsl.internal.syntax.BailErrorStrategy.SyntaxFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses one policy file statement by statement. Each statement is tried with fast SLL prediction
 * and, only if that fails, again with full LL. A statement that still fails is reported once, in
 * the author's words, and parsing resumes at the next line that starts a statement; nothing is
 * invented.
 *
 * <pre>{@code
 * ParsedSource parsed = SourceParser.parse("shop.policy", text);
 * parsed.file().statements(); // what parsed
 * parsed.diagnostics();       // one per broken statement
 * }</pre>
 */
public final class SourceParser {

  /** Keywords that start a statement or test step; recovery resumes at one opening a line. */
  private static final Set<Integer> STARTS =
      Set.of(
          POLICY,
          IMPORT,
          SUBJECT,
          CONTEXT,
          CATEGORY,
          PURPOSE,
          REGIME,
          TEST,
          ALLOW,
          DENY,
          REQUIRE,
          OBLIGE,
          ADVISORY,
          RETAIN,
          BASIS,
          PARAM,
          GIVEN,
          EXPECT,
          CONSENT_START);

  private static final Set<Integer> RULE_STARTS =
      Set.of(ALLOW, DENY, REQUIRE, OBLIGE, ADVISORY, RETAIN);
  private static final Set<Integer> STEP_STARTS = Set.of(SUBJECT, GIVEN, EXPECT);

  private final CommonTokenStream tokens;
  private final PolicyParser parser;
  private final AstBuilder builder;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final SyntaxErrors errors;

  private SourceParser(String fileName, String text) {
    PolicyLexer lexer = new PolicyLexer(CharStreams.fromString(text, fileName));
    lexer.removeErrorListeners();
    this.tokens = new CommonTokenStream(lexer);
    tokens.fill();
    this.parser = new PolicyParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    this.builder = new AstBuilder(fileName, text, tokens);
    this.errors = new SyntaxErrors(builder, tokens, diagnostics);
    markConsentDeclarations();
  }

  /**
   * Parses {@code text}, shown in diagnostics as {@code fileName}. Never throws: a text over {@link
   * SourceLimits#MAX_SOURCE_CHARS} or nesting deeper than {@link NestingDepth#MAX} anywhere is
   * reported (P007) before any recursive stage sees it. A UTF-8 byte-order mark, which some editors
   * write, is dropped.
   */
  public static ParsedSource parse(String fileName, String source) {
    String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
    if (text.length() > SourceLimits.MAX_SOURCE_CHARS) {
      return SourceLimits.tooLarge(fileName, text);
    }
    SourceParser parser = new SourceParser(fileName, text);
    Token deep = NestingDepth.firstTooDeep(parser.tokens.getTokens());
    List<Statement> statements;
    if (deep == null) {
      statements = parser.statements();
    } else {
      parser.errors.tooDeep(deep);
      statements = List.of();
    }
    return new ParsedSource(
        new PolicyFile(fileName, statements),
        text,
        parser.diagnostics,
        parser.tokens.getTokens().stream().map(SourceParser::token).toList());
  }

  private static SourceToken token(Token token) {
    SourceToken.Kind kind =
        switch (token.getType()) {
          case COMMENT -> SourceToken.Kind.COMMENT;
          case WS -> SourceToken.Kind.WHITESPACE;
          case LBRACE -> SourceToken.Kind.OPEN_BRACE;
          default -> SourceToken.Kind.CODE;
        };
    String text = token.getType() == Token.EOF ? "" : token.getText();
    return new SourceToken(kind, text, token.getLine());
  }

  private List<Statement> statements() {
    List<Statement> statements = new ArrayList<>();
    while (la() != Token.EOF) {
      switch (la()) {
        case REGIME -> regime().ifPresent(statements::add);
        case TEST -> test().ifPresent(statements::add);
        case CONSENT_START -> consent().ifPresent(statements::add);
        default -> item(PolicyParser::topItem, builder::topItem, false).ifPresent(statements::add);
      }
    }
    return statements;
  }

  /**
   * {@code consent NAME for P, ... [clauses]}: the grammar's {@code consentHead}, then the clauses
   * on the same line ({@link ConsentClauses}); a broken declaration is reported once and skipped.
   */
  private Optional<Statement> consent() {
    int start = tokens.index();
    Optional<ConsentHeadContext> head = attempt(PolicyParser::consentHead, false);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Optional<ConsentClauses.Clauses> clauses = ConsentClauses.read(tokens, errors);
    if (clauses.isEmpty()) {
      skipToNextStatement(start, tokens.LT(1), false);
      return Optional.empty();
    }
    return Optional.of(builder.consent(head.get(), clauses.get()));
  }

  /**
   * Retypes the word {@code consent} to {@code CONSENT_START} where it opens a declaration: at the
   * start of a line, followed by a name, a keyword that doubles as one included (a call {@code
   * consent(...)} is followed by a parenthesis).
   */
  private void markConsentDeclarations() {
    for (int i = 0; i < tokens.size(); i++) {
      Token word = tokens.get(i);
      if (word.getType() == ID && word.getText().equals("consent") && startsLine(i)) {
        Token next = nextOnChannel(i);
        if (next != null && (next.getType() == ID || SyntaxMessages.contextual(next.getType()))) {
          ((WritableToken) word).setType(CONSENT_START);
        }
      }
    }
  }

  private Token nextOnChannel(int index) {
    for (int i = index + 1; i < tokens.size(); i++) {
      Token next = tokens.get(i);
      if (next.getChannel() == Token.DEFAULT_CHANNEL) {
        return next;
      }
    }
    return null;
  }

  private Optional<Statement> regime() {
    int start = tokens.index();
    Optional<RegimeHeadContext> head =
        attempt(PolicyParser::regimeHead, false)
            .filter(h -> h.condition() == null || shallowHead(h.condition(), tokens.get(start)));
    if (head.isEmpty() && !openedBlock(start)) {
      return Optional.empty();
    }
    List<Statement.RegimeItem> items = new ArrayList<>();
    while (la() != RBRACE) {
      if (!RULE_STARTS.contains(la())) {
        errors.unclosed(tokens.get(start), tokens.LT(1), "regime");
        return head.map(h -> builder.regime(h, items, tokens.index() - 1));
      }
      item(PolicyParser::regimeItem, builder::regimeItem, true).ifPresent(items::add);
    }
    int close = tokens.index();
    tokens.consume();
    return head.map(h -> builder.regime(h, items, close));
  }

  private boolean shallowHead(ConditionContext condition, Token start) {
    return shallow(Optional.of(builder.condition(condition)), start).isPresent();
  }

  private Optional<Statement> test() {
    int start = tokens.index();
    Optional<TestHeadContext> head = attempt(PolicyParser::testHead, false);
    if (head.isEmpty() && !openedBlock(start)) {
      return Optional.empty();
    }
    List<TestStepNode> steps = new ArrayList<>();
    while (la() != RBRACE) {
      if (!STEP_STARTS.contains(la())) {
        errors.unclosed(tokens.get(start), tokens.LT(1), "test");
        return head.map(h -> builder.test(h, steps, tokens.index() - 1));
      }
      item(PolicyParser::testStep, builder::testStep, true).ifPresent(steps::add);
    }
    int close = tokens.index();
    tokens.consume();
    return head.map(h -> builder.test(h, steps, close));
  }

  /** After a broken block head: was its opening brace among the skipped tokens? */
  private boolean openedBlock(int start) {
    for (int i = start; i < tokens.index(); i++) {
      if (tokens.get(i).getType() == LBRACE) {
        return true;
      }
    }
    return false;
  }

  /** Parses one statement: SLL, then LL; on failure reports and skips to the next statement. */
  private <T extends ParserRuleContext> Optional<T> attempt(
      Function<PolicyParser, T> rule, boolean inBlock) {
    int start = tokens.index();
    try {
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      return Optional.of(rule.apply(parser));
    } catch (SyntaxFailure sll) {
      tokens.seek(start);
    } catch (StackOverflowError tooDeep) {
      return tooDeep(start, inBlock);
    }
    try {
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return Optional.of(rule.apply(parser));
    } catch (SyntaxFailure ll) {
      errors.report(ll.error, tokens.LT(1));
      skipToNextStatement(start, ll.error.getOffendingToken(), inBlock);
      return Optional.empty();
    } catch (StackOverflowError tooDeep) {
      return tooDeep(start, inBlock);
    }
  }

  /** Like Trino's parser: absurd nesting is reported, not fatal. */
  private <T> Optional<T> tooDeep(int start, boolean inBlock) {
    errors.tooDeep(tokens.get(start));
    skipToNextStatement(start, null, inBlock);
    return Optional.empty();
  }

  /**
   * Parses and builds one statement, regime item or test step. Anything after it on the same line
   * (other than a closing brace or another statement) means the statement is broken, e.g. {@code
   * allow contact for marketing whn ...}: that is reported and the statement dropped.
   */
  private <C extends ParserRuleContext, T> Optional<T> item(
      Function<PolicyParser, C> rule, Function<C, T> build, boolean inBlock) {
    int start = tokens.index();
    Optional<C> parsed = attempt(rule, inBlock);
    if (parsed.isEmpty() || !endsLine(parsed.get(), start, inBlock)) {
      return Optional.empty();
    }
    return shallow(parsed.map(build), tokens.get(start));
  }

  private boolean endsLine(ParserRuleContext item, int start, boolean inBlock) {
    Token next = tokens.LT(1);
    int type = next.getType();
    if (type == Token.EOF
        || type == RBRACE
        || STARTS.contains(type)
        || next.getLine() != item.getStop().getLine()) {
      return true;
    }
    List<String> followers = SyntaxMessages.followers(item);
    List<String> expected = new ArrayList<>();
    followers.forEach(f -> expected.add("'" + f + "'"));
    expected.add("the end of the line");
    errors.report(
        next,
        "expected " + SyntaxMessages.join(expected) + ", found " + SyntaxMessages.describe(next),
        SyntaxMessages.closestKeyword(next, followers));
    skipToNextStatement(start, next, inBlock);
    return false;
  }

  /** Keeps statements within {@link NestingDepth#MAX} so later stages can recurse safely. */
  private <T> Optional<T> shallow(Optional<T> node, Token start) {
    if (node.isPresent() && NestingDepth.of(node.get()) > NestingDepth.MAX) {
      errors.tooDeep(start);
      return Optional.empty();
    }
    return node;
  }

  /**
   * Moves to the first token, at or after the error and past the statement's start, that opens a
   * line with a statement keyword, or (inside a block) closes a block the statement did not open.
   */
  private void skipToNextStatement(int start, Token offending, boolean inBlock) {
    int position = Math.max(start + 1, offending == null ? start : offending.getTokenIndex());
    int depth = 0;
    for (int i = start; i < position && i < tokens.size(); i++) {
      depth += braceDelta(tokens.get(i).getType());
    }
    while (position < tokens.size() - 1) {
      Token token = tokens.get(position);
      if (token.getChannel() == Token.DEFAULT_CHANNEL) {
        if (STARTS.contains(token.getType()) && startsLine(position)) {
          break;
        }
        depth += braceDelta(token.getType());
        if (depth < 0 && inBlock) {
          break;
        }
      }
      position++;
    }
    tokens.seek(Math.min(position, tokens.size() - 1));
  }

  private static int braceDelta(int type) {
    return type == LBRACE ? 1 : type == RBRACE ? -1 : 0;
  }

  private boolean startsLine(int index) {
    int line = tokens.get(index).getLine();
    for (int i = index - 1; i >= 0; i--) {
      Token before = tokens.get(i);
      if (before.getChannel() == Token.DEFAULT_CHANNEL) {
        return before.getLine() < line;
      }
    }
    return true;
  }

  private int la() {
    return tokens.LA(1);
  }
}

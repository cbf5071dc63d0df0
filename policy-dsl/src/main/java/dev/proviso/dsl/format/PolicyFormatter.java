package dev.proviso.dsl.format;

import dev.proviso.dsl.PolicyCompilationException;
import dev.proviso.dsl.diagnostics.DiagnosticRenderer;
import dev.proviso.dsl.internal.ast.Loc;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.dsl.internal.ast.TestStepNode;
import dev.proviso.dsl.internal.syntax.ParsedSource;
import dev.proviso.dsl.internal.syntax.SourceParser;
import dev.proviso.dsl.internal.syntax.SourceToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical formatter: two-space indentation, one statement per line (clauses on continuation
 * lines when a statement is wider than 100 columns), at most one blank line where the author left
 * one, comments kept. Idempotent: {@code format(format(x)).equals(format(x))}.
 *
 * <pre>{@code
 * String pretty = PolicyFormatter.format("policy  \"shop\"   version 1\nallow contact   for fulfilment");
 * // policy "shop" version 1
 * // allow contact for fulfilment
 * }</pre>
 *
 * <p>A comment on the line of a statement's last token stays at the end of that line; every other
 * comment is placed on its own line before the statement it precedes (comments inside a statement
 * move before it), or before the closing brace of its block.
 */
public final class PolicyFormatter {

  private final List<SourceToken> tokens;
  private final Set<Integer> printedComments = new HashSet<>();
  private final StringBuilder out = new StringBuilder();
  private int lastLine;

  private PolicyFormatter(List<SourceToken> tokens) {
    this.tokens = tokens;
  }

  /** Formats policy text; throws {@link PolicyCompilationException} if it does not parse. */
  public static String format(String text) {
    return format("<input>", text);
  }

  /** Formats policy text, naming it {@code fileName} in syntax errors. */
  public static String format(String fileName, String text) {
    ParsedSource parsed = SourceParser.parse(fileName, text);
    if (parsed.hasErrors()) {
      String rendered = new DiagnosticRenderer(Map.of(fileName, text)).render(parsed.diagnostics());
      throw new PolicyCompilationException(rendered, parsed.diagnostics());
    }
    PolicyFormatter formatter = new PolicyFormatter(parsed.tokens());
    formatter.units(units(parsed.file().statements()), 0, -1, parsed.tokens().size() - 1);
    return formatter.result();
  }

  /** Prints a tree built in code (no comments, no blank lines). */
  static String print(PolicyFile file) {
    PolicyFormatter formatter = new PolicyFormatter(List.of());
    formatter.units(units(file.statements()), 0, -1, -1);
    return formatter.result();
  }

  private String result() {
    String text = out.toString();
    return text.isEmpty() ? "" : text.endsWith("\n") ? text : text + "\n";
  }

  // ---- units: statements, regime items, test steps ---------------------------------------------

  /** Something printed as a whole: its lines, or a block with a head and children. */
  private record Unit(Loc loc, Statement statement, TestStepNode step) {}

  private static List<Unit> units(List<? extends Object> nodes) {
    List<Unit> units = new ArrayList<>();
    for (Object node : nodes) {
      if (node instanceof Statement s) {
        units.add(new Unit(s.loc(), s, null));
      } else {
        TestStepNode step = (TestStepNode) node;
        units.add(new Unit(step.loc(), null, step));
      }
    }
    return units;
  }

  private void units(List<Unit> units, int indent, int start, int end) {
    int previous = start;
    boolean first = true;
    for (Unit unit : units) {
      int headEnd = unit.loc().lastToken();
      if (unit.statement() instanceof Statement.Regime
          || unit.statement() instanceof Statement.Test) {
        headEnd = openingBrace(unit.loc());
      }
      first = comments(previous, headEnd, unit.loc().firstToken(), indent, first);
      blankLineBefore(line(unit.loc().firstToken()), first);
      first = false;
      previous = print(unit, indent);
    }
    comments(previous, end, end, indent, first);
  }

  /** Prints a unit with its trailing comment; returns the index of its last token or comment. */
  private int print(Unit unit, int indent) {
    Statement statement = unit.statement();
    int last = unit.loc().lastToken();
    if (statement instanceof Statement.Regime regime) {
      int brace = openingBrace(regime.loc());
      brace = line(indent, StatementPrinter.regimeHead(regime), brace);
      units(units(regime.items()), indent + 2, brace, last);
      return line(indent, "}", last);
    }
    if (statement instanceof Statement.Test test) {
      int brace = openingBrace(test.loc());
      brace = line(indent, StatementPrinter.testHead(test), brace);
      units(units(test.steps()), indent + 2, brace, last);
      return line(indent, "}", last);
    }
    List<String> lines =
        statement != null
            ? StatementPrinter.statement(statement, indent)
            : StatementPrinter.step(unit.step(), indent);
    for (int i = 0; i < lines.size() - 1; i++) {
      line(indent, lines.get(i), -1);
    }
    return line(indent, lines.get(lines.size() - 1), last);
  }

  /**
   * Writes one line; when {@code lastToken} is a token, appends the comment that follows it on the
   * same source line and returns that comment's index (else {@code lastToken}).
   */
  private int line(int indent, String text, int lastToken) {
    out.append(" ".repeat(indent)).append(text);
    int end = lastToken;
    if (lastToken >= 0 && !tokens.isEmpty()) {
      int sourceLine = tokens.get(lastToken).line();
      for (int i = lastToken + 1; i < tokens.size(); i++) {
        SourceToken token = tokens.get(i);
        if (!token.kind().hidden() || token.line() != sourceLine) {
          break;
        }
        if (token.kind() == SourceToken.Kind.COMMENT) {
          out.append("  ").append(token.text().stripTrailing());
          printedComments.add(i);
          end = i;
          break;
        }
      }
      lastLine = sourceLine;
    }
    out.append('\n');
    return end;
  }

  /**
   * Prints, each on its own line, the comments after {@code from} and before {@code to}, and those
   * inside the unit starting at {@code unitStart}; returns whether the container is still empty.
   */
  private boolean comments(int from, int to, int unitStart, int indent, boolean first) {
    if (tokens.isEmpty()) {
      return first;
    }
    for (int i = Math.max(0, from + 1); i < to && i < tokens.size(); i++) {
      SourceToken token = tokens.get(i);
      if (token.kind() == SourceToken.Kind.COMMENT && printedComments.add(i)) {
        blankLineBefore(token.line(), first);
        first = false;
        out.append(" ".repeat(indent)).append(token.text().stripTrailing()).append('\n');
        lastLine = token.line();
      }
    }
    return first;
  }

  /** Keeps one blank line where the author left at least one, except at the top of a block. */
  private void blankLineBefore(int line, boolean first) {
    if (!first && line > lastLine + 1 && !tokens.isEmpty()) {
      out.append('\n');
    }
  }

  private int line(int tokenIndex) {
    return tokenIndex < 0 || tokens.isEmpty() ? 0 : tokens.get(tokenIndex).line();
  }

  private int openingBrace(Loc loc) {
    if (tokens.isEmpty()) {
      return -1;
    }
    for (int i = loc.firstToken(); i <= loc.lastToken(); i++) {
      if (tokens.get(i).kind() == SourceToken.Kind.OPEN_BRACE) {
        return i;
      }
    }
    return loc.lastToken();
  }
}

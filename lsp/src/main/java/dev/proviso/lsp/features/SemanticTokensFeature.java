package dev.proviso.lsp.features;

import dev.proviso.dsl.tooling.Occurrence;
import dev.proviso.dsl.tooling.SymbolKind;
import dev.proviso.dsl.tooling.ToolingResult;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens for the names the compiler resolved: categories (sensitive ones marked),
 * purposes, regimes, attributes, events, opt-outs and built-ins, with declarations marked; a dotted
 * name is one token, of the symbol it names. Keywords, strings, comments and rule names are left to
 * the TextMate grammar.
 */
public final class SemanticTokensFeature {
  private SemanticTokensFeature() {}

  static final List<String> TYPES =
      List.of("type", "enumMember", "namespace", "property", "event", "variable", "function");

  /** The index in {@link #TYPES}; -1 for what is not emitted (a rule's id is its keyword). */
  private static int type(SymbolKind kind) {
    return switch (kind) {
      case CATEGORY -> 0;
      case PURPOSE -> 1;
      case REGIME -> 2;
      case ATTRIBUTE -> 3;
      case EVENT -> 4;
      case OPT_OUT -> 5;
      case BUILTIN -> 6;
      case RULE -> -1;
      // A kind of declaration without a token type of its own yet: left to the grammar.
      default -> -1;
    };
  }

  static final List<String> MODIFIERS = List.of("declaration", "sensitive");

  public static SemanticTokensLegend legend() {
    return new SemanticTokensLegend(TYPES, MODIFIERS);
  }

  private record Token(int line, int start, int length, int type, int modifiers) {}

  public static SemanticTokens of(DocumentView view) {
    LineMap lines = view.lines();
    ToolingResult analysis = view.analysis();
    List<Token> tokens = new ArrayList<>();
    for (Occurrence o : analysis.occurrences()) {
      int type = type(o.kind());
      if (!o.span().file().equals(view.file()) || type < 0) {
        continue;
      }
      Range range = lines.range(o.span());
      int length = range.getEnd().getCharacter() - range.getStart().getCharacter();
      if (length <= 0) {
        continue;
      }
      int modifiers = o.declaration() ? 1 : 0;
      if (o.kind() == SymbolKind.CATEGORY && analysis.sensitive(o.name())) {
        modifiers |= 2;
      }
      tokens.add(
          new Token(
              range.getStart().getLine(),
              range.getStart().getCharacter(),
              length,
              type,
              modifiers));
    }
    // The whole name before its leading segment, which it overlaps and so replaces.
    tokens.sort(
        Comparator.comparingInt(Token::line)
            .thenComparingInt(Token::start)
            .thenComparing(Comparator.comparingInt(Token::length).reversed()));
    List<Integer> data = new ArrayList<>();
    int line = 0;
    int start = 0;
    int end = -1;
    int endLine = -1;
    for (Token t : tokens) {
      if (t.line() == endLine && t.start() < end) {
        continue; // overlapping tokens are not allowed
      }
      data.add(t.line() - line);
      data.add(t.line() == line ? t.start() - start : t.start());
      data.add(t.length());
      data.add(t.type());
      data.add(t.modifiers());
      line = t.line();
      start = t.start();
      endLine = t.line();
      end = t.start() + t.length();
    }
    return new SemanticTokens(data);
  }
}

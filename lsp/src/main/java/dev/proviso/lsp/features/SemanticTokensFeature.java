package dev.proviso.lsp.features;

import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.lsp.index.Occurrence;
import dev.proviso.lsp.index.SymbolKind;
import dev.proviso.lsp.workspace.DocumentView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens for the names the compiler resolved: categories (sensitive ones marked),
 * purposes, regimes, attributes, events, opt-outs and built-ins, with declarations marked.
 * Keywords, strings and comments are left to the TextMate grammar.
 */
public final class SemanticTokensFeature {
  private SemanticTokensFeature() {}

  /** Indexed by {@link SymbolKind} ordinal; IMPORT is not emitted. */
  static final List<String> TYPES =
      List.of("type", "enumMember", "namespace", "property", "event", "variable", "function");

  static final List<String> MODIFIERS = List.of("declaration", "sensitive");

  public static SemanticTokensLegend legend() {
    return new SemanticTokensLegend(TYPES, MODIFIERS);
  }

  private record Token(int line, int start, int length, int type, int modifiers) {}

  public static SemanticTokens of(DocumentView view) {
    LineMap lines = view.lines();
    Symbols symbols = view.analysis().symbols();
    List<Token> tokens = new ArrayList<>();
    for (Occurrence o : view.index().occurrences()) {
      if (!o.span().file().equals(view.file()) || o.kind() == SymbolKind.IMPORT) {
        continue;
      }
      Range range = lines.range(o.span());
      int length = range.getEnd().getCharacter() - range.getStart().getCharacter();
      if (length <= 0) {
        continue;
      }
      int modifiers = o.declaration() ? 1 : 0;
      if (o.kind() == SymbolKind.CATEGORY && symbols.sensitive(o.path())) {
        modifiers |= 2;
      }
      tokens.add(
          new Token(
              range.getStart().getLine(),
              range.getStart().getCharacter(),
              length,
              o.kind().ordinal(),
              modifiers));
    }
    tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::start));
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

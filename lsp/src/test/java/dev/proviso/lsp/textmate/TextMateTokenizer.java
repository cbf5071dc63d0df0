package dev.proviso.lsp.textmate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of TextMate grammars our grammar uses, tokenised the way VS Code does it: per line,
 * the earliest match among the rules in force wins (the first rule on a tie), {@code begin}/{@code
 * end} rules push a scope that lasts (across lines) until {@code end} matches, and captures name
 * parts of a match. Any grammar key outside the subset is rejected, so the grammar cannot drift
 * into what this tokenizer would silently get wrong.
 */
final class TextMateTokenizer {

  /** A token: 0-based line, start and end columns, scopes below the root, and its text. */
  record Token(int line, int start, int end, List<String> scopes, String text) {
    @Override
    public String toString() {
      return (line + 1)
          + ":"
          + start
          + "-"
          + end
          + " "
          + String.join(" ", scopes)
          + " '"
          + text
          + "'";
    }
  }

  private static final Set<String> RULE_KEYS =
      Set.of(
          "name",
          "match",
          "captures",
          "begin",
          "end",
          "beginCaptures",
          "endCaptures",
          "patterns",
          "include");

  private record Rule(
      String name,
      Pattern match,
      Map<Integer, String> captures,
      Pattern begin,
      Pattern end,
      Map<Integer, String> beginCaptures,
      Map<Integer, String> endCaptures,
      List<Rule> patterns) {}

  private final JsonObject repository;
  private final Map<String, Rule> resolved = new java.util.HashMap<>();
  private final List<Rule> top;

  TextMateTokenizer(String grammarJson) {
    JsonObject grammar = JsonParser.parseString(grammarJson).getAsJsonObject();
    this.repository = grammar.getAsJsonObject("repository");
    this.top = rules(grammar.getAsJsonArray("patterns"));
  }

  private List<Rule> rules(com.google.gson.JsonArray array) {
    List<Rule> rules = new ArrayList<>();
    if (array == null) {
      return rules;
    }
    for (JsonElement e : array) {
      rules.add(rule(e.getAsJsonObject()));
    }
    return rules;
  }

  private Rule rule(JsonObject o) {
    for (String key : o.keySet()) {
      if (!RULE_KEYS.contains(key)) {
        throw new IllegalArgumentException("grammar key outside the tokenizer's subset: " + key);
      }
    }
    if (o.has("include")) {
      String ref = o.get("include").getAsString();
      if (!ref.startsWith("#")) {
        throw new IllegalArgumentException("only repository includes are supported: " + ref);
      }
      String key = ref.substring(1);
      // Resolved lazily so that rules may include themselves.
      return resolved.computeIfAbsent(key, k -> rule(repository.getAsJsonObject(k)));
    }
    return new Rule(
        string(o, "name"),
        pattern(o, "match"),
        captures(o, "captures"),
        pattern(o, "begin"),
        pattern(o, "end"),
        captures(o, "beginCaptures"),
        captures(o, "endCaptures"),
        rules(o.getAsJsonArray("patterns")));
  }

  private static String string(JsonObject o, String key) {
    return o.has(key) ? o.get(key).getAsString() : null;
  }

  private static Pattern pattern(JsonObject o, String key) {
    return o.has(key) ? Pattern.compile(o.get(key).getAsString()) : null;
  }

  private static Map<Integer, String> captures(JsonObject o, String key) {
    Map<Integer, String> captures = new java.util.TreeMap<>();
    if (o.has(key)) {
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject(key).entrySet()) {
        captures.put(
            Integer.parseInt(e.getKey()), e.getValue().getAsJsonObject().get("name").getAsString());
      }
    }
    return captures;
  }

  List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Deque<Rule> stack = new ArrayDeque<>();
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      line(l, lines[l], stack, tokens);
    }
    return tokens;
  }

  private void line(int l, String line, Deque<Rule> stack, List<Token> tokens) {
    int pos = 0;
    int zeroLengthAt = -1;
    while (true) {
      Rule open = stack.peek();
      if (pos >= line.length()) {
        if (open != null) {
          Matcher end = open.end().matcher(line);
          if (end.find(pos) && end.start() == pos) {
            stack.pop(); // an end such as $ closes at the end of the line
          }
        }
        return;
      }
      Matcher best = null;
      Rule bestRule = null;
      if (open != null) {
        Matcher end = open.end().matcher(line);
        if (end.find(pos)) {
          best = end; // the end pattern wins a tie
        }
      }
      for (Rule r : flatten(open == null ? top : open.patterns())) {
        Matcher m = (r.match() != null ? r.match() : r.begin()).matcher(line);
        if (m.find(pos) && (best == null || m.start() < best.start())) {
          best = m;
          bestRule = r;
        }
      }
      if (best == null) {
        emit(tokens, l, line, pos, line.length(), scopes(stack, null));
        return;
      }
      emit(tokens, l, line, pos, best.start(), scopes(stack, null));
      if (best.end() == best.start()) {
        if (zeroLengthAt == best.start()) {
          // No progress twice at the same place: step over one character, as VS Code does.
          emit(tokens, l, line, best.start(), best.start() + 1, scopes(stack, null));
          pos = best.start() + 1;
          continue;
        }
        zeroLengthAt = best.start();
      }
      if (bestRule == null) {
        Rule closed = stack.pop();
        captured(tokens, l, line, best, scopes(stack, closed.name()), closed.endCaptures());
      } else if (bestRule.match() != null) {
        captured(tokens, l, line, best, scopes(stack, bestRule.name()), bestRule.captures());
      } else {
        captured(tokens, l, line, best, scopes(stack, bestRule.name()), bestRule.beginCaptures());
        stack.push(bestRule);
      }
      pos = best.end();
    }
  }

  /** Repository entries that only group patterns are replaced by their patterns. */
  private static List<Rule> flatten(List<Rule> rules) {
    List<Rule> flat = new ArrayList<>();
    for (Rule r : rules) {
      if (r.match() == null && r.begin() == null) {
        flat.addAll(flatten(r.patterns()));
      } else {
        flat.add(r);
      }
    }
    return flat;
  }

  private static List<String> scopes(Deque<Rule> stack, String extra) {
    List<String> scopes = new ArrayList<>();
    stack
        .descendingIterator()
        .forEachRemaining(
            r -> {
              if (r.name() != null) {
                scopes.add(r.name());
              }
            });
    if (extra != null) {
      scopes.add(extra);
    }
    return scopes;
  }

  private static void captured(
      List<Token> tokens,
      int l,
      String line,
      Matcher m,
      List<String> scopes,
      Map<Integer, String> captures) {
    if (captures.containsKey(0)) {
      List<String> s = new ArrayList<>(scopes);
      s.add(captures.get(0));
      emit(tokens, l, line, m.start(), m.end(), s);
      return;
    }
    int pos = m.start();
    for (Map.Entry<Integer, String> c : captures.entrySet()) {
      int group = c.getKey();
      if (group > m.groupCount() || m.start(group) < 0 || m.start(group) < pos) {
        continue;
      }
      emit(tokens, l, line, pos, m.start(group), scopes);
      List<String> s = new ArrayList<>(scopes);
      s.add(c.getValue());
      emit(tokens, l, line, m.start(group), m.end(group), s);
      pos = m.end(group);
    }
    emit(tokens, l, line, pos, m.end(), scopes);
  }

  private static void emit(
      List<Token> tokens, int l, String line, int start, int end, List<String> scopes) {
    if (end <= start || line.substring(start, end).isBlank()) {
      return;
    }
    tokens.add(new Token(l, start, end, List.copyOf(scopes), line.substring(start, end)));
  }
}

package dev.proviso.dsl.internal.resolve;

import dev.proviso.dsl.diagnostics.Span;
import dev.proviso.dsl.internal.ast.Expr;
import dev.proviso.dsl.internal.ast.Statement;
import dev.proviso.model.AttributeType;
import dev.proviso.model.Paths;
import dev.proviso.model.Provenance;
import dev.proviso.model.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a policy declares, across all its files: categories, purposes, attributes, regimes,
 * and the events and opt-out names its rules mention (events and opt-outs need no declaration; a
 * test may only use those the rules mention).
 */
public final class Symbols {

  /**
   * A declared category; flags as written on this node (inheritance is computed on demand); the
   * description is its taxonomy's, when a taxonomy declares it.
   */
  public record CategoryInfo(
      String path,
      boolean sensitive,
      Optional<Provenance> provenance,
      Optional<String> description,
      Span span) {}

  /** A declared purpose; the description is its taxonomy's, when a taxonomy declares it. */
  public record PurposeInfo(String path, Optional<String> description, Span span) {}

  public record AttributeInfo(String name, AttributeType type, Span span) {}

  /** A regime, possibly declared in several parts; at most one part has a condition. */
  public record RegimeInfo(String name, Optional<Expr> appliesWhen, Span span) {}

  public final Map<String, CategoryInfo> categories = new LinkedHashMap<>();
  public final Map<String, PurposeInfo> purposes = new LinkedHashMap<>();
  public final Map<String, AttributeInfo> subjectAttributes = new LinkedHashMap<>();
  public final Map<String, AttributeInfo> contextAttributes = new LinkedHashMap<>();
  public final Map<String, RegimeInfo> regimes = new LinkedHashMap<>();

  /** The consents declared by name, in declaration order. */
  public final Map<String, Statement.Consent> consents = new LinkedHashMap<>();

  /** The declared consents some condition asks for. */
  public final Set<String> usedConsents = new LinkedHashSet<>();

  public final Set<String> events = new LinkedHashSet<>();
  public final Set<String> optOuts = new LinkedHashSet<>();

  public Map<String, AttributeInfo> attributes(Value.Scope scope) {
    return scope == Value.Scope.SUBJECT ? subjectAttributes : contextAttributes;
  }

  /** True when the category or any ancestor is marked sensitive. */
  public boolean sensitive(String category) {
    for (String p = category; p != null; p = Paths.parent(p).orElse(null)) {
      CategoryInfo info = categories.get(p);
      if (info != null && info.sensitive()) {
        return true;
      }
    }
    return false;
  }

  /** The nearest provenance declared on the category or an ancestor. */
  public Provenance provenance(String category) {
    for (String p = category; p != null; p = Paths.parent(p).orElse(null)) {
      CategoryInfo info = categories.get(p);
      if (info != null && info.provenance().isPresent()) {
        return info.provenance().get();
      }
    }
    return Provenance.UNSPECIFIED;
  }
}

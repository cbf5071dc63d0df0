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
   * description and display name are its taxonomy's, when a taxonomy declares it.
   */
  public record CategoryInfo(
      String path,
      boolean sensitive,
      boolean sensitivePi,
      Optional<Provenance> provenance,
      Optional<String> description,
      Span span,
      Optional<String> label) {}

  /**
   * A declared purpose; the description and display name are its taxonomy's, when a taxonomy
   * declares it.
   */
  public record PurposeInfo(
      String path, Optional<String> description, Span span, Optional<String> label) {}

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

  /**
   * A parameter ({@code param invoice_retention = 10 years}); {@code library} when a pack declares
   * it, so that the policy's own declaration of the same name overrides it.
   */
  public record ParamInfo(String name, Expr.DurationLiteral value, boolean library, Span span) {}

  public final Map<String, ParamInfo> params = new LinkedHashMap<>();
  public final Set<String> optOuts = new LinkedHashSet<>();

  public Map<String, AttributeInfo> attributes(Value.Scope scope) {
    return scope == Value.Scope.SUBJECT ? subjectAttributes : contextAttributes;
  }

  /** True when the category or any ancestor is marked sensitive. */
  public boolean sensitive(String category) {
    return inherited(category, CategoryInfo::sensitive);
  }

  /** True when the flag is set on the category or any declared ancestor. */
  private boolean inherited(String category, java.util.function.Predicate<CategoryInfo> flag) {
    for (String p = category; p != null; p = Paths.parent(p).orElse(null)) {
      CategoryInfo info = categories.get(p);
      if (info != null && flag.test(info)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the category or any ancestor is marked {@code sensitive_pi}: CCPA sensitive personal
   * information (§1798.140(ae)), which is not always a GDPR special category.
   */
  public boolean sensitivePi(String category) {
    return inherited(category, CategoryInfo::sensitivePi);
  }

  /** Sensitive under either law: GDPR Art. 9 ({@code sensitive}) or CCPA ({@code sensitive_pi}). */
  public boolean sensitiveUnderAnyLaw(String category) {
    return sensitive(category) || sensitivePi(category);
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

package dev.proviso.engine;

import dev.proviso.Suggestions;
import dev.proviso.model.AttributeDefinition;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.Condition;
import dev.proviso.model.ConsentDefinition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RegimeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import dev.proviso.model.Selection;
import dev.proviso.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link PolicyModel} built in code (the DSL compiler checks far more): every name a rule
 * uses is declared, trees are well formed. Collects every problem into one message.
 */
public final class ModelValidator {
  private final Set<String> categories = new LinkedHashSet<>();
  private final Set<String> purposes = new LinkedHashSet<>();
  private final Set<String> subjectAttributes = new LinkedHashSet<>();
  private final Set<String> contextAttributes = new LinkedHashSet<>();
  private final Set<String> regimes = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<ConsentDefinition> declaredConsents = new LinkedHashSet<>();

  private ModelValidator() {}

  /** Throws {@link IllegalArgumentException} listing every problem, or returns quietly. */
  public static void validate(PolicyModel model) {
    ModelValidator v = new ModelValidator();
    v.check(model);
    if (!v.problems.isEmpty()) {
      throw new IllegalArgumentException(
          "policy '" + model.name() + "' is not valid:\n  - " + String.join("\n  - ", v.problems));
    }
  }

  private void check(PolicyModel model) {
    for (CategoryDefinition c : model.categories()) {
      declare("data category", c.path(), c.parent(), categories);
    }
    for (PurposeDefinition p : model.purposes()) {
      declare("purpose", p.path(), p.parent(), purposes);
    }
    attributes("subject", model.subjectAttributes(), subjectAttributes);
    attributes("context", model.contextAttributes(), contextAttributes);
    Set<String> consentNames = new LinkedHashSet<>();
    for (ConsentDefinition c : model.consents()) {
      String where = "consent " + c.name();
      if (!consentNames.add(c.name())) {
        problems.add(where + ": declared twice");
      }
      if (purposes.contains(c.name())) {
        problems.add(
            where + ": has the name of a purpose, so consent(" + c.name() + ") is ambiguous");
      }
      c.purposes().forEach(p -> name(where, "purpose", p, purposes));
      declaredConsents.add(c);
    }
    for (RegimeDefinition r : model.regimes()) {
      if (!regimes.add(r.name())) {
        problems.add("regime '" + r.name() + "' is declared twice");
      }
      r.appliesWhen().ifPresent(c -> condition("regime " + r.name(), c));
    }
    for (RuleDefinition rule : model.rules()) {
      String where = "rule " + rule.id();
      regime(where, rule.regime());
      selection(where, "data category", rule.categories(), categories);
      selection(where, "purpose", rule.purposes(), purposes);
      rule.when().ifPresent(c -> condition(where, c));
      rule.unless().ifPresent(c -> condition(where, c));
      if (rule.effect() == dev.proviso.model.Effect.OBLIGE
          && (rule.obligations().isEmpty() || rule.advisory())) {
        problems.add(where + ": an oblige rule needs obligations and cannot be advisory");
      }
      for (ObligationDefinition o : rule.obligations()) {
        if (o instanceof ObligationDefinition.Mask m) {
          name(where, "data category", m.category(), categories);
        } else if (o instanceof ObligationDefinition.Pseudonymize p) {
          name(where, "data category", p.category(), categories);
        } else if (o instanceof ObligationDefinition.NotBefore n) {
          value(where, n.instant());
        }
      }
    }
    for (RetentionDefinition r : model.retentions()) {
      String where = "retention " + r.id();
      regime(where, r.regime());
      selection(where, "data category", r.categories(), categories);
      name(where, "purpose", r.purpose(), purposes);
      r.when().ifPresent(c -> condition(where, c));
    }
  }

  private void declare(String kind, String path, Optional<String> parent, Set<String> seen) {
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      problems.add(kind + " '" + path + "' is not a dotted path");
    } else if (parent.isPresent() && !seen.contains(parent.get())) {
      problems.add(kind + " '" + path + "' must come after its parent '" + parent.get() + "'");
    }
    if (!seen.add(path)) {
      problems.add(kind + " '" + path + "' is declared twice");
    }
  }

  private void attributes(String scope, List<AttributeDefinition> defs, Set<String> seen) {
    for (AttributeDefinition a : defs) {
      if (!seen.add(a.name())) {
        problems.add(scope + " attribute '" + a.name() + "' is declared twice");
      }
    }
  }

  private void regime(String where, Optional<String> regime) {
    regime.ifPresent(r -> name(where, "regime", r, regimes));
  }

  private void selection(String where, String kind, Selection selection, Set<String> known) {
    if (!selection.any() && selection.paths().isEmpty()) {
      problems.add(where + ": selects no " + kind + " (name some, or 'any')");
    }
    selection.paths().forEach(p -> name(where, kind, p, known));
    selection.except().forEach(p -> name(where, kind, p, known));
  }

  private void name(String where, String kind, String name, Set<String> known) {
    if (!known.contains(name)) {
      problems.add(
          where
              + ": unknown "
              + kind
              + " '"
              + name
              + "'"
              + Suggestions.closest(name, known)
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse(""));
    }
  }

  private void condition(String where, Condition c) {
    if (c instanceof Condition.And and) {
      and.operands().forEach(o -> condition(where, o));
    } else if (c instanceof Condition.Or or) {
      or.operands().forEach(o -> condition(where, o));
    } else if (c instanceof Condition.Not not) {
      condition(where, not.operand());
    } else if (c instanceof Condition.Compare cmp) {
      value(where, cmp.left());
      value(where, cmp.right());
    } else if (c instanceof Condition.In in) {
      value(where, in.value());
      value(where, in.options());
    } else if (c instanceof Condition.Has has) {
      value(where, has.attribute());
    } else if (c instanceof Condition.ConsentGiven consent) {
      name(where, "purpose", consent.purpose(), purposes);
    } else if (c instanceof Condition.ConsentKindGiven consent) {
      if (!declaredConsents.contains(consent.consent())) {
        problems.add(
            where + ": consent '" + consent.consent().name() + "' is not declared as written");
      }
    } else if (c instanceof Condition.IsTrue isTrue) {
      value(where, isTrue.value());
    }
  }

  private void value(String where, Value v) {
    if (v instanceof Value.Attribute a) {
      switch (a.scope()) {
        case SUBJECT -> name(where, "subject attribute", a.name(), subjectAttributes);
        case CONTEXT -> name(where, "context attribute", a.name(), contextAttributes);
        case EVENT -> {}
      }
    } else if (v instanceof Value.ListLiteral l) {
      l.elements().forEach(e -> value(where, e));
    } else if (v instanceof Value.Shifted s) {
      value(where, s.instant());
    }
  }
}

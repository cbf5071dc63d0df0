package dev.proviso.access;

import dev.proviso.erasure.ErasureReceipt;
import dev.proviso.log.DecisionRecord;
import dev.proviso.model.CategoryDefinition;
import dev.proviso.model.ObligationDefinition;
import dev.proviso.model.PolicyModel;
import dev.proviso.model.PurposeDefinition;
import dev.proviso.model.RetentionDefinition;
import dev.proviso.model.RuleDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Copies into the report what the policy says about every name and rule the report uses, so the
 * report (and its JSON) can be read in plain words without the policy at hand.
 */
final class ReportVocabulary {
  private final PolicyModel model;
  private final Set<String> categories = new LinkedHashSet<>();
  private final Set<String> purposes = new LinkedHashSet<>();
  private final Set<String> regimes = new LinkedHashSet<>();
  private final Set<String> ruleIds = new LinkedHashSet<>();

  ReportVocabulary(PolicyModel model) {
    this.model = model;
  }

  void held(AccessReport.HeldValue v) {
    categories.add(v.category());
    if (v.restrictedTo() != null) {
      purposes.add(v.restrictedTo());
    }
    if (v.retention() != null) {
      purposes.add(v.retention().purpose());
      ruleIds.add(v.retention().ruleId());
      regime(v.retention().basis());
    }
  }

  void permitted(AccessReport.CategoryPermissions c) {
    categories.add(c.category());
    for (AccessReport.PermittedPurpose p : c.purposes()) {
      purposes.add(p.purpose());
      ruleIds.addAll(p.rules());
    }
  }

  void used(DecisionRecord u) {
    categories.addAll(u.categories());
    purposes.add(u.purpose());
    ruleIds.addAll(u.rules());
  }

  void consent(AccessReport.ConsentEntry e) {
    if (!e.kind().startsWith("OPTED")) {
      purposes.add(e.name());
    }
  }

  void receipt(ErasureReceipt r) {
    r.erased().forEach(e -> categories.add(e.category()));
    for (ErasureReceipt.Retained k : r.retained()) {
      categories.add(k.category());
      purposes.add(k.purpose());
      ruleIds.add(k.rule());
      regime(k.basis());
    }
  }

  private void regime(String name) {
    if (name != null && !name.isEmpty()) {
      regimes.add(name);
    }
  }

  List<AccessReport.Term> terms() {
    List<AccessReport.Term> terms = new ArrayList<>();
    for (String c : categories) {
      Optional<CategoryDefinition> d = model.category(c);
      terms.add(
          new AccessReport.Term(
              "category",
              c,
              d.flatMap(CategoryDefinition::label).orElse(null),
              d.flatMap(CategoryDefinition::description).orElse(null)));
    }
    for (String p : purposes) {
      Optional<PurposeDefinition> d = model.purpose(p);
      terms.add(
          new AccessReport.Term(
              "purpose",
              p,
              d.flatMap(PurposeDefinition::label).orElse(null),
              d.flatMap(PurposeDefinition::description).orElse(null)));
    }
    ruleIds.forEach(id -> rule(id).map(AccessReport.RuleNote::regime).ifPresent(this::regime));
    for (String r : regimes) {
      terms.add(new AccessReport.Term("regime", r, null, null));
    }
    return terms;
  }

  List<AccessReport.RuleNote> rules() {
    return ruleIds.stream().flatMap(id -> rule(id).stream()).toList();
  }

  private Optional<AccessReport.RuleNote> rule(String id) {
    for (RuleDefinition r : model.rules()) {
      if (r.id().equals(id)) {
        boolean pseudonymises =
            r.obligations().stream().anyMatch(o -> o instanceof ObligationDefinition.Pseudonymize);
        return Optional.of(
            new AccessReport.RuleNote(
                id,
                r.effect().name().toLowerCase(Locale.ROOT),
                r.regime().orElse(null),
                r.because().orElse(null),
                pseudonymises));
      }
    }
    for (RetentionDefinition r : model.retentions()) {
      if (r.id().equals(id)) {
        return Optional.of(
            new AccessReport.RuleNote(
                id, "retain", r.regime().orElse(null), r.because().orElse(null), false));
      }
    }
    return Optional.empty();
  }
}

package dev.proviso.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Builds a small {@link PolicyModel} in code, without the DSL. Rules are added to the current scope
 * (the top level, or the regime last opened with {@link #regime}); {@link #when}, {@link #unless},
 * {@link #because}, {@link #advisory()} and {@link #with} refine the rule added last. Rule ids are
 * {@code <name>.policy:<n>}, n counting rules, regimes and retentions from 1, so tests can name
 * them.
 *
 * <pre>{@code
 * import static dev.proviso.model.Conditions.*;
 *
 * PolicyModel model = PolicyModelBuilder.named("shop", 1)
 *     .subject("region", AttributeType.TEXT)
 *     .category("contact", "email", "phone")
 *     .purpose("marketing", "email")
 *     .allow("contact", "marketing")                            // shop.policy:1
 *     .regime("gdpr", in(subject("region"), text("EU")))
 *     .require(consent("marketing.email"), "contact.email", "marketing.email") // shop.policy:3
 *     .because("GDPR needs consent for email marketing")
 *     .build();
 * }</pre>
 *
 * Categories and purposes are comma-separated paths, or {@code any}, optionally followed by {@code
 * except} and paths: {@code "any except legal"}.
 */
public final class PolicyModelBuilder {
  private final String name;
  private final int version;
  private final String file;
  private final List<CategoryDefinition> categories = new ArrayList<>();
  private final List<PurposeDefinition> purposes = new ArrayList<>();
  private final List<AttributeDefinition> subjectAttributes = new ArrayList<>();
  private final List<AttributeDefinition> contextAttributes = new ArrayList<>();
  private final List<RegimeDefinition> regimes = new ArrayList<>();
  private final List<RuleDefinition> rules = new ArrayList<>();
  private final List<RetentionDefinition> retentions = new ArrayList<>();
  private final List<BasisDefinition> bases = new ArrayList<>();
  private final List<ConsentDefinition> consents = new ArrayList<>();
  private Optional<String> regime = Optional.empty();
  private int line;

  private PolicyModelBuilder(String name, int version) {
    this.name = name;
    this.version = version;
    this.file = name + ".policy";
  }

  public static PolicyModelBuilder named(String name, int version) {
    return new PolicyModelBuilder(name, version);
  }

  /** Declares {@code root} and {@code root.child} for each child (the root only once). */
  public PolicyModelBuilder category(String root, String... children) {
    declareCategory(root);
    for (String child : children) {
      declareCategory(root + "." + child);
    }
    return this;
  }

  /** Declares {@code root} and {@code root.child} for each child (the root only once). */
  /**
   * Declares a consent by name, as {@code consent NAME for PURPOSES}; ask for it with {@link
   * Conditions#consent(ConsentDefinition)}.
   */
  public PolicyModelBuilder consent(ConsentDefinition consent) {
    consents.add(consent);
    return this;
  }

  public PolicyModelBuilder purpose(String root, String... children) {
    declarePurpose(root);
    for (String child : children) {
      declarePurpose(root + "." + child);
    }
    return this;
  }

  /** Marks an already declared category (and so its descendants) sensitive. */
  public PolicyModelBuilder sensitive(String path) {
    for (int i = 0; i < categories.size(); i++) {
      CategoryDefinition c = categories.get(i);
      if (Paths.isSelfOrAncestor(path, c.path())) {
        categories.set(
            i,
            new CategoryDefinition(c.path(), true, c.provenance(), c.description(), c.location()));
      }
    }
    return this;
  }

  public PolicyModelBuilder subject(String attribute, AttributeType type) {
    subjectAttributes.add(new AttributeDefinition(attribute, type, SourceLocation.UNKNOWN));
    return this;
  }

  public PolicyModelBuilder context(String attribute, AttributeType type) {
    contextAttributes.add(new AttributeDefinition(attribute, type, SourceLocation.UNKNOWN));
    return this;
  }

  /** Opens a regime that always applies; following rules belong to it. */
  public PolicyModelBuilder regime(String regimeName) {
    return openRegime(regimeName, Optional.empty());
  }

  /** Opens a regime applying when {@code appliesWhen} holds; following rules belong to it. */
  public PolicyModelBuilder regime(String regimeName, Condition appliesWhen) {
    return openRegime(regimeName, Optional.of(appliesWhen));
  }

  /** Following rules are top-level rules again. */
  public PolicyModelBuilder topLevel() {
    regime = Optional.empty();
    return this;
  }

  public PolicyModelBuilder allow(String categories, String purposes) {
    return rule(Effect.ALLOW, RuleForm.ALLOW, categories, purposes, Optional.empty());
  }

  public PolicyModelBuilder deny(String categories, String purposes) {
    return rule(Effect.DENY, RuleForm.DENY, categories, purposes, Optional.empty());
  }

  /**
   * {@code oblige categories for purposes}: attaches the obligations given next ({@link #with}) to
   * uses other rules allow; grants nothing.
   */
  public PolicyModelBuilder oblige(String categories, String purposes) {
    return rule(Effect.OBLIGE, RuleForm.OBLIGE, categories, purposes, Optional.empty());
  }

  /** {@code require condition to use categories for purposes}: a deny unless the condition. */
  public PolicyModelBuilder require(Condition condition, String categories, String purposes) {
    return rule(Effect.DENY, RuleForm.REQUIRE, categories, purposes, Optional.of(condition));
  }

  public PolicyModelBuilder when(Condition condition) {
    RuleDefinition r = last();
    return replace(
        r, Optional.of(condition), r.unless(), r.obligations(), r.because(), r.advisory());
  }

  public PolicyModelBuilder unless(Condition condition) {
    RuleDefinition r = last();
    return replace(r, r.when(), Optional.of(condition), r.obligations(), r.because(), r.advisory());
  }

  public PolicyModelBuilder because(String text) {
    RuleDefinition r = last();
    return replace(r, r.when(), r.unless(), r.obligations(), Optional.of(text), r.advisory());
  }

  /** Gives the last rule a stable name, its id instead of {@code file:line}. */
  public PolicyModelBuilder named(String name) {
    RuleDefinition r = last();
    rules.set(
        rules.size() - 1,
        new RuleDefinition(
            name,
            r.effect(),
            r.form(),
            r.advisory(),
            r.regime(),
            r.categories(),
            r.purposes(),
            r.when(),
            r.unless(),
            r.obligations(),
            r.because(),
            r.location()));
    return this;
  }

  public PolicyModelBuilder advisory() {
    RuleDefinition r = last();
    return replace(r, r.when(), r.unless(), r.obligations(), r.because(), true);
  }

  public PolicyModelBuilder with(ObligationDefinition... obligations) {
    RuleDefinition r = last();
    List<ObligationDefinition> all = new ArrayList<>(r.obligations());
    all.addAll(List.of(obligations));
    return replace(r, r.when(), r.unless(), all, r.because(), r.advisory());
  }

  /** {@code retain categories for purpose period after event.<event>} in the current scope. */
  public PolicyModelBuilder retain(
      String categories, String purpose, PolicyDuration period, String event) {
    SourceLocation at = location();
    retentions.add(
        new RetentionDefinition(
            at.fileAndLine(),
            regime,
            selection(categories),
            purpose,
            period,
            event,
            Optional.empty(),
            at));
    return this;
  }

  /** The last retention keeps data only while {@code condition} holds. */
  public PolicyModelBuilder retainedWhen(Condition condition) {
    RetentionDefinition r = retentions.get(retentions.size() - 1);
    retentions.set(
        retentions.size() - 1,
        new RetentionDefinition(
            r.id(),
            r.regime(),
            r.categories(),
            r.purpose(),
            r.period(),
            r.event(),
            Optional.of(condition),
            r.because(),
            r.location()));
    return this;
  }

  /**
   * {@code basis KIND [to use categories] for purposes} (selections as in {@link #retain}, e.g.
   * {@code "any"}, {@code "contact except contact.email"}); {@code consent} is the consent a
   * consent basis needs, null for the other bases.
   */
  public PolicyModelBuilder basis(
      LawfulBasis basis, Condition consent, String categories, String purposes) {
    bases.add(
        new BasisDefinition(
            basis,
            Optional.ofNullable(consent),
            selection(categories),
            selection(purposes),
            Optional.empty(),
            location()));
    return this;
  }

  public PolicyModel build() {
    PolicyModel unhashed = model("");
    return model(sha256(unhashed.toString()));
  }

  private PolicyModel model(String hash) {
    return new PolicyModel(
        name,
        version,
        hash,
        categories,
        purposes,
        subjectAttributes,
        contextAttributes,
        regimes,
        rules,
        retentions,
        List.of(),
        bases,
        consents);
  }

  private PolicyModelBuilder openRegime(String regimeName, Optional<Condition> appliesWhen) {
    if (regimes.stream().noneMatch(r -> r.name().equals(regimeName))) {
      regimes.add(new RegimeDefinition(regimeName, appliesWhen, location()));
    }
    regime = Optional.of(regimeName);
    return this;
  }

  private PolicyModelBuilder rule(
      Effect effect, RuleForm form, String cats, String purps, Optional<Condition> unless) {
    SourceLocation at = location();
    rules.add(
        new RuleDefinition(
            at.fileAndLine(),
            effect,
            form,
            false,
            regime,
            selection(cats),
            selection(purps),
            Optional.empty(),
            unless,
            List.of(),
            Optional.empty(),
            at));
    return this;
  }

  private PolicyModelBuilder replace(
      RuleDefinition r,
      Optional<Condition> when,
      Optional<Condition> unless,
      List<ObligationDefinition> obligations,
      Optional<String> because,
      boolean advisory) {
    rules.set(
        rules.size() - 1,
        new RuleDefinition(
            r.id(),
            r.effect(),
            r.form(),
            advisory,
            r.regime(),
            r.categories(),
            r.purposes(),
            when,
            unless,
            obligations,
            because,
            r.location()));
    return this;
  }

  private RuleDefinition last() {
    if (rules.isEmpty()) {
      throw new IllegalStateException("add a rule (allow, deny, require) before refining it");
    }
    return rules.get(rules.size() - 1);
  }

  private void declareCategory(String path) {
    if (categories.stream().noneMatch(c -> c.path().equals(path))) {
      categories.add(
          new CategoryDefinition(
              path, false, Provenance.UNSPECIFIED, Optional.empty(), SourceLocation.UNKNOWN));
    }
  }

  private void declarePurpose(String path) {
    if (purposes.stream().noneMatch(p -> p.path().equals(path))) {
      purposes.add(new PurposeDefinition(path, Optional.empty(), SourceLocation.UNKNOWN));
    }
  }

  private SourceLocation location() {
    return new SourceLocation(file, ++line, 1);
  }

  /** {@code any}, {@code a, b} or either followed by {@code except c, d}. */
  private static Selection selection(String text) {
    String[] parts = text.trim().split("\\s+except\\s+", 2);
    List<String> except = parts.length == 2 ? paths(parts[1]) : List.of();
    if (parts[0].equals("any")) {
      return new Selection(true, List.of(), except);
    }
    return new Selection(false, paths(parts[0]), except);
  }

  private static List<String> paths(String csv) {
    return List.of(csv.trim().split("\\s*,\\s*"));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}

package dev.proviso;

import dev.proviso.consent.ConsentView;
import dev.proviso.model.PolicyModel;
import java.util.List;
import java.util.Optional;

/**
 * A compiled policy: immutable, thread-safe, deciding in nanoseconds without allocating.
 *
 * <pre>{@code
 * Policy policy = PolicyCompiler.compile(Path.of("shop.policy")).policyOrThrow();
 * Category email = policy.category("contact.email");
 * Purpose newsletter = policy.purpose("marketing.email");
 * Decision d = policy.decide(Request.of(alice, email, newsletter), consentLedger);
 * if (d.allowed()) { ... }
 * }</pre>
 */
public final class Policy {

  private Policy() {
    throw new IllegalStateException("ENGINE PENDING: replaced by the decision engine");
  }

  /** Builds the decision tables for a resolved model. */
  public static Policy compile(PolicyModel model) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** The resolved model this policy was compiled from. */
  public PolicyModel model() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public String name() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public int version() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Hex SHA-256 of the policy sources. */
  public String contentHash() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** The category handle; throws {@link UnknownNameException} with a did-you-mean. */
  public Category category(String path) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public Optional<Category> findCategory(String path) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** The purpose handle; throws {@link UnknownNameException} with a did-you-mean. */
  public Purpose purpose(String path) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  public Optional<Purpose> findPurpose(String path) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Every category, parents before children, in id order. */
  public List<Category> categories() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Every purpose, parents before children, in id order. */
  public List<Purpose> purposes() {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Decides with no consent, opt-outs or erasure known ({@link ConsentView#NONE}). */
  public Decision decide(Request request) {
    return decide(request, ConsentView.NONE);
  }

  /** Decides; never throws. Errors fail closed and are explained. */
  public Decision decide(Request request, ConsentView consents) {
    throw new IllegalStateException("ENGINE PENDING");
  }

  /** Decides and throws {@link PurposeViolationException} on DENY. */
  public Decision check(Request request, ConsentView consents) {
    Decision decision = decide(request, consents);
    if (!decision.allowed()) {
      throw new PurposeViolationException(decision);
    }
    return decision;
  }
}

package dev.proviso.model;

/**
 * How the policy language spells each built-in function and obligation. The language's table of
 * built-ins (arity, argument kinds, lowering) lives in the compiler; this is the one naming that
 * the compiler and the renderers of conditions and obligations share.
 *
 * <pre>{@code
 * BuiltInName.MASK.call("contact.phone"); // "mask(contact.phone)"
 * }</pre>
 */
public enum BuiltInName {
  CONSENT("consent"),
  OPTED_OUT("opted_out"),
  BASIS("basis"),
  HAS("has"),
  ELAPSED("elapsed"),
  MASK("mask"),
  PSEUDONYMIZE("pseudonymize"),
  NOT_BEFORE("not_before"),
  AUDIT("audit"),
  NOTIFY("notify");

  private final String spelling;

  BuiltInName(String spelling) {
    this.spelling = spelling;
  }

  /** The name as written in a policy, e.g. {@code opted_out}. */
  public String spelling() {
    return spelling;
  }

  /** A call with one argument as written in a policy, e.g. {@code consent(marketing.email)}. */
  public String call(String argument) {
    return spelling + "(" + argument + ")";
  }
}

package dev.proviso.dsl;

/** Generates large, valid policies for measuring the compiler. */
public final class LargePolicies {
  private LargePolicies() {}

  /**
   * A policy with {@code rules} rules over up to 100 category groups × 10 children (as many groups
   * as the rules use: an unused category is a warning), a {@code blocked} group and 50 purpose
   * groups × 4 children, spread over top level and ten regimes, with conditions and obligations; a
   * tenth are unconditional denies of the {@code blocked} group, which nothing allows. From 1,000
   * rules on it compiles without diagnostics.
   */
  public static String withRules(int rules) {
    StringBuilder text = new StringBuilder("policy \"large\" version 1\n");
    text.append("subject { region: text, age: number, identified: bool }\n");
    text.append("context { channel: text }\n");
    int regular = rules - rules / 10;
    int groups = Math.max(1, Math.min(100, regular / 10)); // every child gets a rule
    for (int c = 0; c < groups; c++) {
      text.append("category c").append(c).append(c % 10 == 0 ? " sensitive" : "").append(" { ");
      for (int k = 0; k < 10; k++) {
        text.append(k == 0 ? "" : ", ").append("k").append(k);
      }
      text.append(" }\n");
    }
    text.append("category blocked { k0, k1, k2, k3, k4, k5, k6, k7, k8, k9 }\n");
    for (int p = 0; p < 50; p++) {
      text.append("purpose p").append(p).append(" { a, b, c, d }\n");
    }
    // One rule in ten is an unconditional deny of the blocked group, which nothing allows.
    int blocked = rules / 10;
    for (int i = 0; i < blocked; i++) {
      text.append("deny blocked.k").append(i % 10).append(" for p").append(i % 50);
      text.append(" because \"never ").append(i).append("\"\n");
    }
    int regimes = 10;
    int perRegime = regular / (regimes + 1);
    int written = 0;
    written += rules(text, regular - perRegime * regimes, written, "", groups);
    for (int r = 0; r < regimes; r++) {
      text.append("regime r")
          .append(r)
          .append(" applies when subject.region == \"R")
          .append(r)
          .append("\" {\n");
      written += rules(text, perRegime, written, "  ", groups);
      text.append("}\n");
    }
    return text.toString();
  }

  private static int rules(StringBuilder text, int count, int offset, String indent, int groups) {
    for (int i = 0; i < count; i++) {
      int n = offset + i;
      String category = "c" + (n % groups) + ".k" + (n / groups % 10);
      String purpose = "p" + (n % 50) + "." + "abcd".charAt(n / 50 % 4);
      text.append(indent);
      switch (n % 4) {
        case 0 ->
            text.append("allow ")
                .append(category)
                .append(" for ")
                .append(purpose)
                .append(" when consent(")
                .append(purpose)
                .append(") with audit\n");
        case 1 ->
            text.append("deny ")
                .append(category)
                .append(" for ")
                .append(purpose)
                .append(" when subject.age < ")
                .append(n % 90)
                .append('\n');
        case 2 ->
            text.append("require consent(")
                .append(purpose)
                .append(") to use ")
                .append(category)
                .append(" for ")
                .append(purpose)
                .append(" because \"rule ")
                .append(n)
                .append("\"\n");
        default -> {
          text.append("deny ")
              .append(category)
              .append(" for ")
              .append(purpose)
              .append(" when elapsed(event.e")
              .append(n % 7)
              .append(") < ")
              .append(1 + n % 30)
              .append("d and context.channel in [\"web\", \"app\"]\n");
        }
      }
    }
    return count;
  }
}

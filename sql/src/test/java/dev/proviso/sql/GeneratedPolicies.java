package dev.proviso.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random policies in the policy language over a small vocabulary: overlapping allows, denies
 * and requires in regimes whose conditions can be unknown, conditions on every attribute type,
 * consent and opt-outs, obligations, and now and then what SQL cannot see (a context attribute, a
 * {@code not_before}, a retention) so refusals are generated too.
 */
final class GeneratedPolicies {
  static final String[] REGIONS = {"EU", "US", "UK"};
  static final String[] PURPOSES = {"p", "p.q", "p.r", "s"};
  private static final String[] CATEGORIES = {"c", "c.a", "c.b", "c.b.x", "d"};

  private final Random random;

  GeneratedPolicies(Random random) {
    this.random = random;
  }

  String next(int index) {
    StringBuilder p = new StringBuilder();
    p.append("policy \"gen").append(index).append("\" version 1\n");
    p.append("subject { region: text, age: number, vip: bool }\n");
    p.append("context { channel: text }\n");
    p.append("category c { a, b { x } }\ncategory d\n");
    p.append("purpose p { q, r }\npurpose s\n");
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      p.append(rule(true)).append('\n');
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      p.append(rule(false)).append('\n');
    }
    for (int r = 0; r < 2; r++) {
      p.append("regime g").append(r);
      if (random.nextInt(4) > 0) {
        p.append(" applies when ").append(condition(1));
      }
      p.append(" {\n");
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        p.append("  ").append(rule(random.nextInt(3) == 0)).append('\n');
      }
      if (random.nextInt(6) == 0) {
        p.append("  retain c.a for p.r 1 years after event.e\n");
      }
      p.append("}\n");
    }
    return p.toString();
  }

  private String rule(boolean allow) {
    String categories = pick(CATEGORIES);
    String purpose = pick(PURPOSES);
    StringBuilder r = new StringBuilder();
    if (allow) {
      r.append("allow ").append(categories).append(" for ").append(purpose);
      if (random.nextInt(2) == 0) {
        r.append(" when ").append(condition(2));
      }
      List<String> with = new ArrayList<>();
      if (random.nextInt(4) == 0) {
        with.add("mask(" + pick(CATEGORIES) + ")");
      }
      if (random.nextInt(12) == 0) {
        with.add("not_before(event.e + 24h)");
      }
      if (!with.isEmpty()) {
        r.append(" with ").append(String.join(", ", with));
      }
    } else if (random.nextBoolean()) {
      r.append("deny ").append(categories).append(" for ").append(purpose);
      r.append(random.nextBoolean() ? " when " : " unless ").append(condition(2));
    } else {
      r.append("require ")
          .append(condition(2))
          .append(" to use ")
          .append(categories)
          .append(" for ")
          .append(purpose);
    }
    return r.toString();
  }

  private String condition(int depth) {
    int kind = random.nextInt(depth > 0 ? 12 : 9);
    return switch (kind) {
      case 0 -> "subject.region == \"" + pick(REGIONS) + "\"";
      case 1 -> "subject.region in [\"" + pick(REGIONS) + "\", \"" + pick(REGIONS) + "\"]";
      case 2 -> "subject.region != \"" + pick(REGIONS) + "\"";
      case 3 -> "subject.age " + pick(new String[] {"<", "<=", ">", ">=", "=="}) + " 16";
      case 4 -> "subject.vip";
      case 5 -> "has(subject.age)";
      case 6 -> "consent(" + pick(PURPOSES) + ")";
      case 7 -> "opted_out(sale)";
      case 8 -> random.nextInt(6) == 0 ? "context.channel == \"web\"" : "subject.age >= 40";
      case 9 -> "not " + condition(depth - 1);
      case 10 -> "(" + condition(depth - 1) + " and " + condition(depth - 1) + ")";
      default -> "(" + condition(depth - 1) + " or " + condition(depth - 1) + ")";
    };
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}

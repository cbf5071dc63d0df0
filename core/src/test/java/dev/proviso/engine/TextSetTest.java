package dev.proviso.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextSetTest {

  @Test
  void contains_isoCodes_findsEveryMemberAndNoOther() {
    String[] codes = {"DE", "FR", "AT", "US-CA", "US-TX", "EU", "EEA", "NO", "IS", "LI"};
    TextSet set = TextSet.of(codes);

    for (String code : codes) {
      assertThat(set.contains(new String(code))).as(code).isTrue(); // by value, not identity
    }
    assertThat(set.contains("GB")).isFalse();
    assertThat(set.contains("US")).isFalse();
    assertThat(set.contains("de")).isFalse();
    assertThat(set.contains("")).isFalse();
  }

  @Test
  void contains_textsWithEqualHashCodes_tellsThemApart() {
    // "Aa" and "BB" have the same String.hashCode(), so they probe the same slot
    TextSet set = TextSet.of(new String[] {"Aa", "C1", "C2", "C3", "C4", "C5", "C6", "C7"});

    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(set.contains("Aa")).isTrue();
    assertThat(set.contains("BB")).isFalse();
  }

  @Test
  void contains_seededRandomSets_agreesWithHashSet() {
    long seed = Long.getLong("proviso.textset.seed", System.nanoTime());
    System.out.println("TextSetTest seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 200; round++) {
      int size = TextSet.THRESHOLD + random.nextInt(300);
      Set<String> expected = new HashSet<>();
      String[] options = new String[size];
      for (int i = 0; i < size; i++) {
        options[i] = code(random);
        expected.add(options[i]);
      }
      TextSet set = TextSet.of(options);
      for (int probe = 0; probe < 500; probe++) {
        String text = code(random);
        assertThat(set.contains(text))
            .as("seed %d: %s", seed, text)
            .isEqualTo(expected.contains(text));
      }
    }
  }

  /** Two upper-case letters, sometimes with a subdivision, as in ISO 3166. */
  private static String code(SplittableRandom random) {
    String country = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    return random.nextInt(4) == 0 ? country + "-" + (char) ('A' + random.nextInt(26)) : country;
  }
}

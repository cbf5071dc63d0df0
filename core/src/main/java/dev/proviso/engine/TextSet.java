package dev.proviso.engine;

/**
 * An immutable set of texts for {@code attribute in [...]} with many options (the packs' lists of
 * ISO 3166 codes): open addressing with linear probing over a power-of-two table, so a lookup costs
 * one hash (cached in the String after its first use) and a probe or two, and allocates nothing.
 * Small lists stay a linear scan, which is faster below {@link #THRESHOLD} options.
 */
final class TextSet {
  /** From this many options on, {@code in} is a hash lookup. */
  static final int THRESHOLD = 8;

  private final String[] table;
  private final int mask;

  private TextSet(String[] table) {
    this.table = table;
    this.mask = table.length - 1;
  }

  /** The set of {@code options}; duplicates are kept once. */
  static TextSet of(String[] options) {
    int size = Integer.highestOneBit(Math.max(4, options.length * 2 - 1)) << 1; // load <= 1/2
    String[] table = new String[size];
    for (String option : options) {
      String text = option.intern(); // values written as Java literals then compare by identity
      int i = spread(text.hashCode()) & (size - 1);
      while (table[i] != null && !table[i].equals(text)) {
        i = (i + 1) & (size - 1);
      }
      table[i] = text;
    }
    return new TextSet(table);
  }

  boolean contains(String text) {
    int i = spread(text.hashCode()) & mask;
    for (String entry = table[i]; entry != null; entry = table[i = (i + 1) & mask]) {
      if (entry == text || entry.equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** Two-letter codes differ in their low bits only: mix the high bits in, as HashMap does. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16) ^ (hash >>> 7);
  }
}

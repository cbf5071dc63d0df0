package dev.proviso.guard;

import java.lang.ref.WeakReference;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers which objects are copies a guard produced ({@link Guard#filter}, a repository proxy, a
 * scope's filter), and what was done to each of their properties, so that guards compose: a later
 * guard (the Jackson module, another filter) writes an already restricted value as it is, without
 * needing a scope, and never masks or pseudonymizes it twice.
 *
 * <p>The registry is keyed by identity, never by {@code equals} (a raw record equal to a copy is
 * not a copy), and holds its copies weakly: a mark goes when its copy does (swept in amortised
 * constant time per mark, with no reference queue and no lock). A mark holds no personal data: the
 * action applied to each property (three bits each) and, for classes that can be changed after they
 * were built (beans), a fingerprint of what each property held (its value's identity hash; a salted
 * hash for boxed primitives), so a property set after filtering is no longer vouched for.
 */
final class FilteredCopies {
  private static final FieldAction[] ACTIONS = FieldAction.values();
  private static final ConcurrentHashMap<Mark, Mark> MARKS = new ConcurrentHashMap<>();
  private static final int SALT = new SecureRandom().nextInt();
  private static final AtomicInteger ADDED = new AtomicInteger(); // marks since the last sweep
  private static final AtomicBoolean SWEEPING = new AtomicBoolean();
  private static volatile int sweepAt = 4096;

  /** Bits per property: enough for every {@link FieldAction} (FilteredCopiesTest checks). */
  static final int BITS = 3;

  /** Properties whose actions fit in one {@code long}, {@link #BITS} bits each. */
  static final int NARROW = Long.SIZE / BITS;

  private FilteredCopies() {}

  /**
   * What a guard did to each property of one copy; a weak, identity-compared key of the registry.
   */
  static final class Mark extends WeakReference<Object> {
    private final int hash;
    private final long narrow; // property i's action in bits 3i..3i+2, for up to NARROW properties
    private final FieldAction[] wide; // null unless the class has more properties
    private final int[] fingerprints; // null: the class cannot change after it is built (records)

    private Mark(Object copy, long narrow, FieldAction[] wide, int[] fingerprints) {
      super(copy);
      this.hash = System.identityHashCode(copy);
      this.narrow = narrow;
      this.wide = wide;
      this.fingerprints = fingerprints;
    }

    /**
     * The action applied to property {@code i}, or null when it no longer holds what the guard left
     * there (it was set since), or when {@code i} is no property of the copy's class.
     */
    FieldAction vouched(int i, Object value) {
      if (i < 0) {
        return null;
      }
      if (fingerprints != null && fingerprints[i] != fingerprint(value)) {
        return null;
      }
      return wide != null ? wide[i] : ACTIONS[(int) (narrow >>> (BITS * i)) & ((1 << BITS) - 1)];
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (other == this) {
        return true;
      }
      Object copy = get();
      if (copy == null) {
        return false;
      }
      if (other instanceof Mark mark) {
        return mark.get() == copy;
      }
      return other instanceof Probe probe && probe.target == copy;
    }
  }

  /** Collects the actions applied to each property of one copy, as it is built. */
  static final class Applied {
    private long narrow;
    private final FieldAction[] wide;

    Applied(int properties) {
      this.wide = properties > NARROW ? new FieldAction[properties] : null;
    }

    void set(int i, FieldAction action) {
      if (wide != null) {
        wide[i] = action;
      } else {
        narrow |= (long) action.ordinal() << (BITS * i);
      }
    }
  }

  /**
   * The action still to apply to a value a guard already restricted with {@code applied}, when
   * {@code now} is what the guard at hand would apply: nothing more ({@code KEEP}) unless {@code
   * now} is stronger; a removed value stays removed.
   */
  static FieldAction remaining(FieldAction applied, FieldAction now) {
    if (now != null && now.compareTo(applied) > 0) {
      return now;
    }
    return applied == FieldAction.REMOVE ? FieldAction.REMOVE : FieldAction.KEEP;
  }

  /** The stronger of two actions. */
  static FieldAction strongest(FieldAction a, FieldAction b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Remembers {@code copy}, holding {@code values}, as produced by a guard with {@code applied}.
   */
  static void mark(Object copy, Applied applied, Object[] values) {
    int[] prints = null;
    if (!copy.getClass().isRecord()) {
      prints = new int[values.length];
      for (int i = 0; i < values.length; i++) {
        prints[i] = fingerprint(values[i]);
      }
    }
    Mark mark = new Mark(copy, applied.narrow, applied.wide, prints);
    MARKS.put(mark, mark);
    if (ADDED.incrementAndGet() >= sweepAt) {
      sweep();
    }
  }

  private static int fingerprint(Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      // boxes are not kept (each read makes a new one): compare by value, salted so the mark
      // does not hold the value itself
      return (value.hashCode() ^ SALT) * 0x9E3779B1 + 1;
    }
    return System.identityHashCode(value);
  }

  /** The mark of {@code candidate} if a guard produced it, else null. */
  static Mark of(Object candidate) {
    if (MARKS.isEmpty()) {
      return null;
    }
    return MARKS.get(new Probe(candidate));
  }

  /** How many copies are marked now, after removing the marks of copies already collected. */
  static int size() {
    sweep();
    return MARKS.size();
  }

  /**
   * Removes the marks whose copies are gone, once as many marks were added as were live after the
   * last sweep: amortised constant time per mark.
   */
  private static void sweep() {
    if (!SWEEPING.compareAndSet(false, true)) {
      return; // another thread sweeps
    }
    try {
      ADDED.set(0);
      MARKS.keySet().removeIf(mark -> mark.get() == null);
      sweepAt = Math.max(4096, MARKS.size());
    } finally {
      SWEEPING.set(false);
    }
  }

  /** A look-up key for {@link #of}: holds the candidate only for the call. */
  private static final class Probe {
    private final Object target;
    private final int hash;

    Probe(Object target) {
      this.target = target;
      this.hash = System.identityHashCode(target);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (other instanceof Mark mark) {
        return mark.get() == target;
      }
      return other instanceof Probe probe && probe.target == target;
    }
  }
}

package dev.proviso.engine;

import dev.proviso.Category;
import dev.proviso.Request;
import dev.proviso.consent.ConsentView;
import dev.proviso.model.BasisDefinition;
import dev.proviso.model.Coverage;
import dev.proviso.model.Effect;
import dev.proviso.model.LawfulBasis;
import dev.proviso.model.PolicyModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The lawful bases a policy declares, compiled against its category and purpose ids, so that {@code
 * basis(k, ...)} is decided with array look-ups: no string work, no allocation.
 */
public final class Bases {
  /** No basis declared: every {@code basis(...)} is false. */
  public static final Bases NONE = new Bases(List.of());

  /** One declared basis: which purposes and categories (by id) it covers, and its consent. */
  record Compiled(
      LawfulBasis kind, boolean[] purposes, boolean[] categories, CompiledCondition consent) {}

  private final List<Compiled> declared;

  private Bases(List<Compiled> declared) {
    this.declared = declared;
  }

  /** The model's bases; ids are positions in {@code model.purposes()} and {@code categories()}. */
  public static Bases of(PolicyModel model) {
    List<Compiled> declared = new ArrayList<>();
    for (BasisDefinition b : model.bases()) {
      boolean[] purposes = new boolean[model.purposes().size()];
      for (int i = 0; i < purposes.length; i++) {
        purposes[i] = Coverage.coversPurpose(b.purposes(), model.purposes().get(i).path());
      }
      boolean[] categories = new boolean[model.categories().size()];
      for (int i = 0; i < categories.length; i++) {
        categories[i] =
            Coverage.covers(Effect.ALLOW, b.categories(), model.categories().get(i).path());
      }
      CompiledCondition consent =
          b.consent().map(c -> ConditionCompiler.compile(c, NONE)).orElse(null);
      declared.add(new Compiled(b.basis(), purposes, categories, consent));
    }
    return declared.isEmpty() ? NONE : new Bases(List.copyOf(declared));
  }

  /** The node for {@code basis(kinds)}: the declared bases of those kinds, in source order. */
  CompiledCondition holds(String text, List<LawfulBasis> kinds) {
    return new Holds(
        text, declared.stream().filter(b -> kinds.contains(b.kind())).toArray(Compiled[]::new));
  }

  /**
   * TRUE when a basis covers the purpose and every requested category and (for consent) its consent
   * is TRUE; ERROR when none is TRUE but a covering consent could not be evaluated.
   */
  static final class Holds extends CompiledCondition {
    private final Compiled[] bases;

    Holds(String text, Compiled[] bases) {
      super(text);
      this.bases = bases;
    }

    @Override
    public int eval(Request request, ConsentView consents, EvaluationErrors errors) {
      int purpose = request.purpose().id();
      List<Category> categories = request.categories();
      int mark = errors == null ? 0 : errors.mark();
      int result = Tri.FALSE;
      for (Compiled basis : bases) {
        if (purpose >= basis.purposes.length || !basis.purposes[purpose]) {
          continue;
        }
        if (!coversAll(basis.categories, categories)) {
          continue;
        }
        int value =
            basis.consent == null ? Tri.TRUE : basis.consent.eval(request, consents, errors);
        if (value == Tri.TRUE) {
          result = Tri.TRUE;
          break;
        }
        if (value == Tri.ERROR) {
          result = Tri.ERROR;
        }
      }
      if (result != Tri.ERROR && errors != null) {
        errors.truncate(mark); // a consent that did not decide is not the reason
      }
      return result;
    }

    private static boolean coversAll(boolean[] covered, List<Category> categories) {
      for (int i = 0, n = categories.size(); i < n; i++) {
        int id = categories.get(i).id();
        if (id >= covered.length || !covered[id]) {
          return false;
        }
      }
      return true;
    }
  }
}

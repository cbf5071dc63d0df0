package dev.proviso.dsl.reload;

import dev.proviso.Policy;
import dev.proviso.dsl.CompilationResult;

/** Hears what a {@link ReloadingPolicy} did with a change to its files. */
public interface ReloadListener {

  /** The new version compiled cleanly and now serves every new decision. */
  default void reloaded(Policy previous, Policy current, CompilationResult result) {}

  /**
   * The change did not compile; {@code serving} keeps deciding. {@code result.render()} gives the
   * diagnostics as the compiler prints them.
   */
  default void rejected(Policy serving, CompilationResult result) {}

  /**
   * The change compiled but the decision engine refused the model (a compiler bug, since the
   * compiler checks everything the engine does); {@code serving} keeps deciding.
   */
  default void failed(Policy serving, RuntimeException error) {}
}

package dev.proviso.dsl;

import dev.proviso.Policy;
import java.nio.file.Path;

/**
 * Policy sources to a deciding {@link Policy} in one step: compile, check and build the decision
 * tables. Any error throws a {@link PolicyCompilationException} whose message renders every
 * diagnostic with its source line; warnings are not reported (compile with {@link PolicyCompiler}
 * to see them, then {@link Policy#from} the model).
 *
 * <pre>{@code
 * Policy shop = Policies.load(Path.of("policies/shop"));             // every .policy file below
 * Policy same = Policies.load(Path.of("policies/shop/shop.policy")); // a root file and its imports
 * Policy packaged = Policies.fromClasspath("policies/shop/shop.policy");
 * Decision d = shop.decide(Request.of(alice, shop.category("contact.email"),
 *     shop.purpose("marketing.email")));
 * }</pre>
 */
public final class Policies {
  private Policies() {}

  /**
   * Loads policy files and directories as {@link PolicyCompiler#compile(Path...)} does: a directory
   * stands for every {@code .policy} file below it, and the file with the {@code policy} header is
   * the root.
   *
   * @throws PolicyCompilationException listing every error, including unreadable files
   */
  public static Policy load(Path... filesOrDirectories) {
    return from(PolicyCompiler.compile(filesOrDirectories));
  }

  /**
   * Loads a root resource and its imports from the classpath of the current thread's context class
   * loader (or this library's when the thread has none), in a directory or a jar alike.
   *
   * @param resource e.g. {@code "policies/shop/shop.policy"}; a leading {@code /} is allowed
   * @throws PolicyCompilationException listing every error, including a missing resource
   */
  public static Policy fromClasspath(String resource) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return fromClasspath(resource, context != null ? context : Policies.class.getClassLoader());
  }

  /** {@link #fromClasspath(String)} with the given class loader. */
  public static Policy fromClasspath(String resource, ClassLoader loader) {
    return from(PolicyCompiler.compileResource(resource, loader));
  }

  /** Loads one in-memory source, which cannot import anything. */
  public static Policy fromString(String fileName, String text) {
    return from(PolicyCompiler.compileString(fileName, text));
  }

  /**
   * The deciding policy of a compilation, or its errors as a {@link PolicyCompilationException}.
   */
  public static Policy from(CompilationResult result) {
    return Policy.from(result.modelOrThrow());
  }
}

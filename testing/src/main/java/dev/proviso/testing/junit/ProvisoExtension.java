package dev.proviso.testing.junit;

import dev.proviso.Policy;
import dev.proviso.model.PolicyModel;
import dev.proviso.testing.coverage.CoverageThreshold;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Injects the policy named by {@link ProvisoPolicy} into test parameters of type {@link Policy},
 * {@link PolicyModel} and {@link PolicyTestSuite}. The annotation is looked up on the parameter,
 * then the method, then the class and its enclosing classes. Each set of files is compiled once per
 * test run; a policy with errors fails the test with the compiler's diagnostics.
 */
public final class ProvisoExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ProvisoExtension.class);
  private static final List<Class<?>> TYPES =
      List.of(Policy.class, PolicyModel.class, PolicyTestSuite.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TYPES.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    ProvisoPolicy annotation =
        find(parameter, context)
            .orElseThrow(
                () ->
                    new ParameterResolutionException(
                        "parameter '"
                            + parameter.getParameter().getName()
                            + "' of "
                            + parameter.getDeclaringExecutable()
                            + " is a "
                            + type.getSimpleName()
                            + " but no @ProvisoPolicy(\"...\") names its files; annotate the"
                            + " class, the method or the parameter"));
    List<String> files = List.of(annotation.value());
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    LoadedPolicy loaded =
        store.getOrComputeIfAbsent(
            files, key -> PolicySources.load(key, testClass), LoadedPolicy.class);
    if (type == Policy.class) {
      return loaded.policy();
    }
    if (type == PolicyModel.class) {
      return loaded.policy().model();
    }
    CoverageThreshold threshold =
        new CoverageThreshold(annotation.minRuleCoverage(), annotation.minBranchCoverage());
    return store.getOrComputeIfAbsent(
        List.of(testClass, files, threshold),
        key -> new PolicyTestSuite(loaded, threshold),
        PolicyTestSuite.class);
  }

  private static Optional<ProvisoPolicy> find(
      ParameterContext parameter, ExtensionContext context) {
    Optional<ProvisoPolicy> found = parameter.findAnnotation(ProvisoPolicy.class);
    if (found.isEmpty()) {
      found =
          context
              .getTestMethod()
              .flatMap(m -> AnnotationSupport.findAnnotation(m, ProvisoPolicy.class));
    }
    for (Class<?> c = context.getRequiredTestClass();
        found.isEmpty() && c != null;
        c = c.getEnclosingClass()) {
      found = AnnotationSupport.findAnnotation(c, ProvisoPolicy.class);
    }
    return found;
  }
}

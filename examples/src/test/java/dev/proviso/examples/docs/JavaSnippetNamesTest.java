package dev.proviso.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaSnippetNamesTest {

  private final JavaSnippetNames names =
      JavaSnippetNames.forModules(
          Path.of(System.getProperty("basedir", ".")).resolve(".."), "core");

  @Test
  void problems_existingApi_none() {
    String snippet =
        """
        Policy policy = Policy.from(model);   // Policy.nothing() in a comment is ignored
        Subject s = Subject.builder("c-1").set("region", "EU.x(").build();
        new Obligation.NotBefore(Instant.now());
        record Customer(String id) {}
        Customer.of("x");
        """;

    assertThat(names.problems(snippet)).isEmpty();
  }

  @Test
  void problems_renamedClassAndMethod_named() {
    String snippet =
        """
        Policy policy = Policy.load(model);
        Guard guard = GuardBuilder.create();
        new ProvisoModul();
        """;

    assertThat(names.problems(snippet))
        .containsExactly(
            "no class ProvisoModul",
            "dev.proviso.Policy has no public method load",
            "no class GuardBuilder (in GuardBuilder.create(...))");
  }
}

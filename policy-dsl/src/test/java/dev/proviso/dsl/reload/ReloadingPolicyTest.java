package dev.proviso.dsl.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.PolicyCompilationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingPolicyTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void reload_cleanChange_swapsInNewVersion() throws IOException {
    Path file = write("shop.policy", policy(1, "allow contact for marketing"));
    try (ReloadingPolicy policy = ReloadingPolicy.load(file)) {
      Policy first = policy.get();
      assertThat(allowed(first)).isTrue();

      write("shop.policy", policy(2, "deny contact for marketing"));
      CompilationResult result = policy.reload();

      assertThat(result.hasErrors()).isFalse();
      assertThat(policy.get().version()).isEqualTo(2);
      assertThat(allowed(policy.get())).isFalse();
      assertThat(allowed(first)).as("the old version is unchanged").isTrue();
    }
  }

  @Test
  void reload_changeWithErrors_keepsServingLastGoodAndTellsListeners() throws IOException {
    Path file = write("shop.policy", policy(1, "allow contact for marketing"));
    try (ReloadingPolicy policy = ReloadingPolicy.load(file)) {
      List<String> rejected = new CopyOnWriteArrayList<>();
      policy.addListener(
          new ReloadListener() {
            @Override
            public void rejected(Policy serving, CompilationResult result) {
              rejected.add(serving.version() + "|" + result.render());
            }
          });

      write("shop.policy", policy(2, "allow contact.emial for marketing"));
      CompilationResult result = policy.reload();

      assertThat(result.hasErrors()).isTrue();
      assertThat(policy.get().version()).isEqualTo(1);
      assertThat(allowed(policy.get())).isTrue();
      assertThat(rejected).singleElement().asString().startsWith("1|").contains("contact.emial");
    }
  }

  @Test
  void load_firstCompilationFails_throwsWithDiagnostics() throws IOException {
    Path file = write("shop.policy", policy(1, "allow contact for marketting"));

    assertThatThrownBy(() -> ReloadingPolicy.load(file))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("marketting");
  }

  @Test
  void watch_importedFileChanges_reloadsWithoutBeingAsked() throws Exception {
    write("rules.policy", "allow contact for marketing\n");
    Path root = write("shop.policy", header(1) + "import \"rules.policy\"\n");
    try (ReloadingPolicy policy = ReloadingPolicy.watch(root)) {
      List<Integer> versions = new CopyOnWriteArrayList<>();
      policy.addListener(
          new ReloadListener() {
            @Override
            public void reloaded(Policy previous, Policy current, CompilationResult result) {
              versions.add(current.version());
            }
          });
      assertThat(allowed(policy.get())).isTrue();

      write("rules.policy", "deny contact for marketing\n");

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      // Listeners hear of a swap just after it: wait for both.
      while ((allowed(policy.get()) || versions.isEmpty()) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(allowed(policy.get())).as("reloaded after the import changed").isFalse();
      assertThat(versions).isNotEmpty();
    }
  }

  @Test
  void watch_policyImportingAPack_reloadsWhenItsOwnFileChanges() throws Exception {
    Path root =
        write("shop.policy", policy(1, "import pack \"brand\"\nallow contact for marketing"));
    try (ReloadingPolicy policy = ReloadingPolicy.watch(root)) {
      assertThat(policy.get().model().regime("brand")).isPresent();

      write("shop.policy", policy(2, "import pack \"brand\"\ndeny contact for marketing"));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (policy.get().version() == 1 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(policy.get().version()).isEqualTo(2);
    }
  }

  private static boolean allowed(Policy policy) {
    Request request =
        Request.of(
            Subject.of("cust-1"),
            policy.category("contact.email"),
            policy.purpose("marketing"),
            NOW);
    return policy.decide(request).allowed();
  }

  private static String header(int version) {
    return "policy \"reload\" version "
        + version
        + "\ncategory contact { email }\npurpose marketing\n";
  }

  private static String policy(int version, String rule) {
    return header(version) + rule + "\n";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}

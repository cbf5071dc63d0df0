package dev.proviso.dsl.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload never serves a half-written or truncated policy, and nothing stops the watcher. */
class SafeReloadTest {
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  private static final String HEADER =
      "policy \"reload\" version %d\ncategory contact { email, phone }\npurpose marketing\n";

  @TempDir Path dir;

  @Test
  void watch_fileWrittenInTwoParts300MsApart_neverServesTheFirstHalf() throws Exception {
    Path file = write("shop.policy", HEADER.formatted(1) + "deny contact for marketing\n");
    try (ReloadingPolicy policy = ReloadingPolicy.watch(file)) {
      List<Integer> served = new CopyOnWriteArrayList<>();
      policy.addListener(
          new ReloadListener() {
            @Override
            public void reloaded(Policy previous, Policy current, CompilationResult result) {
              served.add(current.version());
            }
          });
      Files.writeString(file, HEADER.formatted(2) + "allow contact for marketing\n");
      Thread.sleep(300); // the writer pauses; version 2 still lacks its deny
      Files.writeString(
          file,
          HEADER.formatted(2) + "allow contact for marketing\ndeny contact.email for marketing\n");

      awaitVersion(policy, 2);
      // listeners are told just after the swap; then give a stray second reload time to show
      for (int i = 0; i < 500 && served.isEmpty(); i++) {
        Thread.sleep(10);
      }
      Thread.sleep(SourceWatcher.QUIET_MILLIS + 200);
      assertThat(allowed(policy.get())).as("the complete file denies").isFalse();
      assertThat(served).as("only the complete file was served").containsExactly(2);
    }
  }

  @Test
  void watch_listenerThrows_otherListenersHearAndLaterVersionsLoad() throws Exception {
    Path file = write("shop.policy", HEADER.formatted(1) + "deny contact for marketing\n");
    try (ReloadingPolicy policy = ReloadingPolicy.watch(file)) {
      List<Integer> heard = new CopyOnWriteArrayList<>();
      policy.addListener(
          new ReloadListener() {
            @Override
            public void reloaded(Policy previous, Policy current, CompilationResult result) {
              throw new AssertionError("listener bug");
            }
          });
      policy.addListener(
          new ReloadListener() {
            @Override
            public void reloaded(Policy previous, Policy current, CompilationResult result) {
              heard.add(current.version());
            }
          });

      Files.writeString(file, HEADER.formatted(2) + "allow contact for marketing\n");
      awaitVersion(policy, 2);
      Files.writeString(file, HEADER.formatted(3) + "allow contact for marketing\n");
      awaitVersion(policy, 3);
      // listeners are told just after the swap: wait for the telling too
      for (int i = 0; i < 500 && heard.size() < 2; i++) {
        Thread.sleep(10);
      }

      assertThat(heard).containsExactly(2, 3);
    }
  }

  @Test
  void watch_configMapStyleSymlinkSwap_loadsTheNewVersion() throws Exception {
    Path v1 = Files.createDirectory(dir.resolve("..2026_01"));
    Files.writeString(
        v1.resolve("shop.policy"), HEADER.formatted(1) + "deny contact for marketing\n");
    Files.createSymbolicLink(dir.resolve("..data"), v1.getFileName());
    Path file = Files.createSymbolicLink(dir.resolve("shop.policy"), Path.of("..data/shop.policy"));
    try (ReloadingPolicy policy = ReloadingPolicy.watch(file)) {
      Path v2 = Files.createDirectory(dir.resolve("..2026_02"));
      Files.writeString(
          v2.resolve("shop.policy"), HEADER.formatted(2) + "allow contact for marketing\n");
      Path tmp = Files.createSymbolicLink(dir.resolve("..data_tmp"), v2.getFileName());
      Files.move(tmp, dir.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);

      awaitVersion(policy, 2);
      assertThat(allowed(policy.get())).isTrue();
    }
  }

  @Test
  void load_truncatedImportedHouseRules_isP124AndReloadKeepsTheirDenies() throws Exception {
    Path rules = write("house.policy", "deny contact.email for marketing\n");
    Path root =
        write(
            "shop.policy",
            HEADER.formatted(1) + "import \"house.policy\"\nallow contact for marketing\n");
    try (ReloadingPolicy policy = ReloadingPolicy.load(root)) {
      Files.writeString(rules, "# emptied by a failed deploy\n");

      CompilationResult result = policy.reload();

      assertThat(result.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.P124);
      assertThat(allowed(policy.get())).as("still the last good version").isFalse();
    }
  }

  private static void awaitVersion(ReloadingPolicy policy, int version)
      throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (policy.get().version() != version && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(policy.get().version()).isEqualTo(version);
  }

  private static boolean allowed(Policy policy) {
    return policy
        .decide(
            Request.of(
                Subject.of("cust-1"),
                policy.category("contact.email"),
                policy.purpose("marketing"),
                NOW))
        .allowed();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}

package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.metrics.Counter;
import dev.proviso.spring.shop.ShopApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code file:} policy reloads on change; a broken change is refused, the last good serves. */
@SpringBootTest(
    classes = ShopApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:reload;DB_CLOSE_DELAY=-1",
      "management.endpoints.web.exposure.include=proviso"
    })
class PolicyReloadTest {
  private static final Path FILE = temporaryPolicyFile();
  private static final String V1 =
      """
      policy "shop" version %d

      category contact { email }

      purpose fulfilment
      purpose marketing { email }

      allow contact for fulfilment
      %s
      """;

  @LocalServerPort int port;

  @Autowired ServingPolicy policy;

  @DynamicPropertySource
  static void policyLocation(DynamicPropertyRegistry registry) {
    write(1, "allow contact.email for marketing.email when consent(marketing.email)");
    registry.add("proviso.policy.location", () -> "file:" + FILE);
  }

  @Test
  void reload_brokenThenGoodChange_keepsServingThenSwapsIn() throws Exception {
    Http.post(port, "/customers/cust-1/consents/marketing.email");
    assertThat(Http.get(port, "/customers/cust-1/newsletter").statusCode()).isEqualTo(200);

    write(2, "allow contact.emial for marketing.email");
    awaitCount("proviso.policy.reload.rejected", 1);

    assertThat(policy.get().version()).isEqualTo(1);
    assertThat(Http.get(port, "/customers/cust-1/newsletter").statusCode()).isEqualTo(200);
    assertThat(awaitEndpoint("\"outcome\":\"rejected\""))
        .contains("\"servingVersion\":1")
        .contains("shop.policy:9:7: error[P101]: unknown data category 'contact.emial'")
        .contains("\"proviso.policy.reload.rejected\":1");

    write(3, "deny contact.email for marketing.email");
    awaitCount("proviso.policy.reload.accepted", 1);

    assertThat(policy.get().version()).isEqualTo(3);
    var denied = Http.get(port, "/customers/cust-1/newsletter");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body()).contains("\"policyVersion\":3");
    assertThat(awaitEndpoint("\"outcome\":\"accepted\""))
        .contains("\"version\":3")
        .contains("\"servingVersion\":3");
  }

  /** The endpoint's body once it contains {@code fragment} (a listener records the reload). */
  private String awaitEndpoint(String fragment) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    String body = Http.get(port, "/actuator/proviso").body();
    while (!body.contains(fragment) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      body = Http.get(port, "/actuator/proviso").body();
    }
    return body;
  }

  private void awaitCount(String name, long expected) throws InterruptedException {
    Counter counter =
        policy.reloading().orElseThrow().counters().stream()
            .filter(c -> c.name().equals(name))
            .findFirst()
            .orElseThrow();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (counter.count() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(counter.count()).as(name).isEqualTo(expected);
  }

  private static void write(int version, String rule) {
    try {
      Files.writeString(FILE, V1.formatted(version, rule));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryPolicyFile() {
    try {
      Path dir = Files.createTempDirectory("proviso-reload");
      dir.toFile().deleteOnExit();
      return dir.resolve("shop.policy");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

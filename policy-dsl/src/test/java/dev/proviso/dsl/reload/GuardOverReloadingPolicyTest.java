package dev.proviso.dsl.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.PurposeViolationException;
import dev.proviso.Subject;
import dev.proviso.guard.DataCategory;
import dev.proviso.guard.Guard;
import dev.proviso.log.DecisionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guard over a policy written in the language, reloaded while the guard keeps serving. */
class GuardOverReloadingPolicyTest {
  private static final String POLICY =
      """
      policy "shop" version %d
      subject { region: text }
      category contact { email, phone, postal_address }
      purpose fulfilment
      purpose marketing { email }
      allow contact for fulfilment
      allow contact.email for marketing.email
      allow contact.phone for marketing with mask(contact.phone)
      regime gdpr applies when subject.region in ["EU"] {
        require consent(marketing.email) to use contact.email for marketing.email
      }
      %s
      """;

  record Customer(
      @DataCategory("contact.email") String email,
      @DataCategory("contact.phone") String phone,
      @DataCategory("contact.postal_address") String address) {}

  @TempDir Path dir;

  private final Customer customer = new Customer("eva@example.eu", "+49 30 1234567", "Berlin");
  private final Subject eva = Subject.builder("cust-eu").set("region", "EU").build();
  private final Subject sam = Subject.builder("cust-us").set("region", "US").build();

  @Test
  void guard_overReloadingPolicy_filtersByTheSourceAndFollowsAReload() throws IOException {
    Path file = Files.writeString(dir.resolve("shop.policy"), POLICY.formatted(1, ""));
    List<DecisionEvent> logged = new CopyOnWriteArrayList<>();
    try (ReloadingPolicy policy = ReloadingPolicy.load(file)) {
      Guard guard = Guard.builder(policy).decisionLog(logged::add).build();

      assertThat(guard.filter(sam, "marketing.email", customer))
          .isEqualTo(new Customer("eva@example.eu", "************67", null));
      assertThatThrownBy(() -> guard.check(eva, "marketing.email", "contact.email"))
          .isInstanceOf(PurposeViolationException.class)
          .hasMessageContaining("shop.policy:10");

      Files.writeString(
          file,
          POLICY.formatted(
              2,
              "regime ccpa applies when subject.region == \"US\" {\n"
                  + "  deny contact.phone for marketing\n"
                  + "}"));
      var result = policy.reload();
      assertThat(result.hasErrors()).as(result.render()).isFalse();

      assertThat(guard.filter(sam, "marketing.email", customer).phone()).isNull();
      assertThat(logged.get(logged.size() - 1).version()).isEqualTo(2);
    }
  }
}

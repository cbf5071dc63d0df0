package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.PurposeViolationException;
import dev.proviso.consent.ConsentEvent;
import dev.proviso.consent.ConsentLedger;
import dev.proviso.guard.PurposeScope;
import dev.proviso.spring.crm.CrmApplication;
import dev.proviso.spring.crm.Customer;
import dev.proviso.spring.crm.CustomerService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code @UsedFor} on a plain Spring bean (no interface), obligations discharged by the guard's
 * handlers (an application bean for {@code notify}, the decision log for {@code audit}), and the
 * request-scoped purpose scope, over real HTTP on loopback.
 */
@SpringBootTest(
    classes = CrmApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "proviso.policy.location=classpath:policies/crm.policy",
      "spring.datasource.url=jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1",
      "proviso.pseudonym-key=a test key of more than sixteen bytes"
    })
class GuardedBeanTest {
  private static final Path LOG = temporaryFile("decisions.jsonl");

  @LocalServerPort int port;

  @Autowired CustomerService customers;
  @Autowired ConsentLedger ledger;

  @DynamicPropertySource
  static void decisionLog(DynamicPropertyRegistry registry) {
    registry.add("proviso.decision-log.file", LOG::toString);
  }

  @Test
  void service_plainClass_isProxiedWithoutAnInterface() {
    assertThat(AopUtils.isCglibProxy(customers)).isTrue();
  }

  @Test
  void find_support_phoneMaskedEmailKept() {
    Customer shown = customers.find("c-1");

    assertThat(shown.email()).isEqualTo("ann@example.com");
    assertThat(shown.phone()).isNotEqualTo("+44 7700 900123").endsWith("23").contains("*");
  }

  @Test
  void emailFor_withoutConsent_refusedBeforeTheMethodRunsWithoutTheId() {
    assertThatThrownBy(() -> customers.emailFor("c-1"))
        .isInstanceOf(PurposeViolationException.class)
        .hasMessageContaining("contact.email")
        .hasMessageNotContaining("c-1");
  }

  @Test
  void emailFor_afterConsent_returnsTheEmail() {
    ledger.append(
        ConsentEvent.given("c-2", "marketing.email", Instant.now().minusSeconds(60), "web", "1"));

    assertThat(customers.emailFor("c-2")).isEqualTo("bob@example.com");
  }

  @Test
  void phoneFor_notifyObligation_dischargedByTheApplicationsHandlerBean() {
    CrmApplication.NOTICES.clear();

    assertThat(customers.phoneFor("c-1")).isEqualTo("+44 7700 900123");
    assertThat(CrmApplication.NOTICES).containsExactly("we text you our offers");
  }

  @Test
  void forShipping_audit_recordedInTheDecisionLogFileByPseudonym() throws Exception {
    assertThat(customers.forShipping("c-2").phone()).isEqualTo("+44 7700 900456");

    List<String> lines = awaitLine("\"fulfilment\"");
    assertThat(lines).anyMatch(line -> line.contains("\"fulfilment\"") && line.contains("ALLOW"));
    assertThat(String.join("\n", lines)).doesNotContain("c-2").doesNotContain("900456");
  }

  @Test
  void count_notPersonalData_runsWithoutAScope() {
    assertThat(PurposeScope.current()).isEmpty();
    assertThat(customers.count()).isEqualTo(2);
  }

  @Test
  void supportEndpoint_requestScope_servesTheFilteredCustomerAsJson() throws Exception {
    HttpResponse<String> response = Http.get(port, "/support/customers/c-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"email\":\"ann@example.com\"")
        .contains("\"phone\":\"")
        .doesNotContain("900123");
  }

  @Test
  void responseBody_unfilteredObjectInTheRequestScope_jackson3WritesPhoneMasked() throws Exception {
    HttpResponse<String> response = Http.get(port, "/support/raw/c-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"email\":\"ann@example.com\"")
        .contains("\"phone\":\"")
        .doesNotContain("900123");
  }

  @Test
  void responseBody_categorisedObjectWithoutAScope_notWrittenAtAll() throws Exception {
    HttpResponse<String> response = Http.get(port, "/unscoped/customers/c-1");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("900123").doesNotContain("ann@example.com");
  }

  @Test
  void requestPurpose_subjectFromARequestParameter_methodServesItsOwnPurpose() throws Exception {
    HttpResponse<String> response = Http.get(port, "/support/purpose?customer=c-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("fulfilment");
  }

  @Test
  void requestPurpose_noSubjectInTheRequest_400AndTheMethodDoesNotRun() throws Exception {
    HttpResponse<String> response = Http.get(port, "/support/purpose");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("fulfilment\"");
  }

  private static List<String> awaitLine(String fragment) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<String> lines = List.of();
    while (System.nanoTime() < deadline) {
      lines = Files.exists(LOG) ? Files.readAllLines(LOG) : List.of();
      if (lines.stream().anyMatch(line -> line.contains(fragment))) {
        return lines;
      }
      Thread.sleep(50);
    }
    return lines;
  }

  private static Path temporaryFile(String name) {
    try {
      Path dir = Files.createTempDirectory("proviso-crm");
      dir.toFile().deleteOnExit();
      return dir.resolve(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

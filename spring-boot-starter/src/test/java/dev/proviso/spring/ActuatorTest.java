package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.PurposeViolationException;
import dev.proviso.guard.Guard;
import dev.proviso.spring.crm.CrmApplication;
import dev.proviso.spring.crm.CustomerService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The proviso endpoint, the store health and the meters, read over HTTP as an operator would. */
@SpringBootTest(
    classes = CrmApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "proviso.policy.location=classpath:policies/crm.policy",
      "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1",
      "management.endpoints.web.exposure.include=proviso,health,metrics",
      "management.endpoint.health.show-details=always"
    })
class ActuatorTest {

  @LocalServerPort int port;

  @Autowired Guard guard;
  @Autowired CustomerService customers;

  @Test
  void provisoEndpoint_classpathPolicy_nameVersionHashNoReload() throws Exception {
    HttpResponse<String> response = Http.get(port, "/actuator/proviso");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"crm\"")
        .contains("\"version\":1")
        .contains("\"hash\":\"" + guard.policy().contentHash() + "\"")
        .contains("\"location\":\"classpath:policies/crm.policy\"")
        .contains("\"reloading\":false")
        .contains("\"lastReload\":null");
  }

  @Test
  void health_storesAnswer_provisoUpWithEachStore() throws Exception {
    HttpResponse<String> response = Http.get(port, "/actuator/health/proviso");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("\"consentLedger\":\"UP")
        .contains("\"erasureJournal\":\"UP");
  }

  @Test
  void metrics_afterGuardedCalls_decisionsByOutcomeAndPurpose() throws Exception {
    customers.find("c-1");
    customers.find("c-2");

    HttpResponse<String> support =
        Http.get(port, "/actuator/metrics/proviso.decisions?tag=purpose:support&tag=outcome:ALLOW");

    assertThat(support.statusCode()).isEqualTo(200);
    assertThat(support.body()).contains("\"statistic\":\"COUNT\"").doesNotContain("c-1");
    assertThat(count(support.body())).isGreaterThanOrEqualTo(2.0);
  }

  @Test
  void metrics_consentAsked_storeLatencyTimedForTheOperation() throws Exception {
    assertThatThrownBy(() -> customers.emailFor("c-1")) // asks the ledger: no consent
        .isInstanceOf(PurposeViolationException.class);

    HttpResponse<String> latency =
        Http.get(port, "/actuator/metrics/proviso.store.latency?tag=operation:consent");

    assertThat(latency.statusCode()).isEqualTo(200);
    assertThat(count(latency.body())).isGreaterThanOrEqualTo(1.0);
  }

  private static double count(String body) {
    String value = body.replaceAll("(?s).*\"statistic\":\"COUNT\",\"value\":([0-9.E]+).*", "$1");
    return Double.parseDouble(value);
  }
}

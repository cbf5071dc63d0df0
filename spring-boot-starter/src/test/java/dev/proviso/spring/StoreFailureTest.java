package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.spring.shop.ShopApplication;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A consent store that fails makes the guard deny (fail closed), never allow or leak. */
@SpringBootTest(
    classes = ShopApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "proviso.policy.location=classpath:policies/shop.policy",
      "spring.datasource.url=jdbc:h2:mem:failing;DB_CLOSE_DELAY=-1",
      "management.endpoints.web.exposure.include=health,metrics",
      "management.endpoint.health.show-details=always"
    })
class StoreFailureTest {

  @LocalServerPort int port;

  @Autowired DataSource dataSource;

  @Test
  void newsletter_consentTableGone_403NotAnAllowNorA500() throws Exception {
    assertThat(Http.post(port, "/customers/cust-9/consents/marketing.email").statusCode())
        .isEqualTo(200);
    assertThat(Http.get(port, "/customers/cust-9/newsletter").statusCode()).isEqualTo(200);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE proviso_consent_event");
    }

    HttpResponse<String> response = Http.get(port, "/customers/cust-9/newsletter");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("\"title\":\"Purpose not allowed\"")
        .contains(
            "condition consent(marketing.email) of shop.policy:9 could not be evaluated; failed"
                + " closed")
        .doesNotContain("SQL")
        .doesNotContain("cust-9");

    HttpResponse<String> health = Http.get(port, "/actuator/health/proviso");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body())
        .contains("\"status\":\"DOWN\"")
        .contains("\"consentLedger\":\"DOWN (dev.proviso.consent.ConsentStoreException)\"")
        .contains("\"erasureJournal\":\"UP")
        .doesNotContain("SQL");
    HttpResponse<String> errors =
        Http.get(port, "/actuator/metrics/proviso.store.errors?tag=operation:consent");
    assertThat(errors.body()).contains("\"statistic\":\"COUNT\",\"value\":1.0");
  }
}

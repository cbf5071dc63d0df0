package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.guard.Guard;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.spring.shop.ShopApplication;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
    classes = ShopApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "proviso.policy.location=classpath:policies/shop.policy",
      "spring.datasource.url=jdbc:h2:mem:guarded;DB_CLOSE_DELAY=-1"
    })
class GuardedControllerTest {

  @LocalServerPort int port;

  @Autowired Guard guard;
  @Autowired ConsentLedger ledger;
  @Autowired ProvisoSchema schema;
  @Autowired DataSource dataSource;

  @Test
  void newsletter_withoutConsent_403ProblemNamingTheRuleNotThePerson() throws Exception {
    HttpResponse<String> response = Http.get(port, "/customers/cust-4711/newsletter");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"type\":\"https://proviso.dev/problems/purpose-not-allowed\"")
        .contains("\"title\":\"Purpose not allowed\"")
        .contains("\"status\":403")
        .contains("\"policy\":\"shop\"")
        .contains("\"policyVersion\":1")
        .contains(
            "\"reasons\":[\"DENY contact.email for marketing.email\",\"consent(marketing.email) of"
                + " shop.policy:9 is UNKNOWN (never recorded)\",\"no allow matched in: top level\",")
        .contains(
            "did not match: its condition does not hold: allow contact.email for marketing.email"
                + " when consent(marketing.email)\"]")
        .contains("\"instance\":\"urn:proviso:decision\"")
        .doesNotContain("cust-4711");
  }

  @Test
  void newsletter_afterConsentThroughTheLedger_200() throws Exception {
    assertThat(Http.post(port, "/customers/cust-42/consents/marketing.email").statusCode())
        .isEqualTo(200);

    HttpResponse<String> response = Http.get(port, "/customers/cust-42/newsletter");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("newsletter queued");
  }

  @Test
  void context_withDataSource_jdbcLedgerOnMigratedSchema() throws Exception {
    assertThat(ledger).isInstanceOf(JdbcConsentLedger.class);
    assertThat(schema.migrated()).isTrue();
    assertThat(schema.version()).isEqualTo(dev.proviso.jdbc.SchemaMigrations.latestVersion());
    assertThat(guard.policy().name()).isEqualTo("shop");
    try (var c = dataSource.getConnection();
        var rows = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      java.util.List<String> tables = new java.util.ArrayList<>();
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
      assertThat(tables).anyMatch(t -> t.contains("consent"));
    }
  }
}

package dev.proviso.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Policy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GuardedRowsTest {
  private final Policy policy = Policy.from(ShopPolicy.model(1));
  private final Guard guard =
      Guard.builder(() -> policy).consents(ShopPolicy.consentsOf(Set.of("cust-eu-yes"))).build();
  private final GuardedRows rows =
      GuardedRows.builder(guard)
          .subjectColumn("id")
          .subjectAttribute("region", "region")
          .column("email", "contact.email")
          .column("PHONE", "contact.phone")
          .column("address", "contact.postal_address")
          .build();
  private Connection connection;

  @BeforeEach
  void createCustomers() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:guarded-rows;DB_CLOSE_DELAY=-1");
    try (Statement s = connection.createStatement()) {
      s.execute(
          "create table customers (id varchar primary key, region varchar, email varchar,"
              + " phone varchar, address varchar)");
      s.execute(
          "insert into customers values"
              + " ('cust-us', 'US', 'sam@example.com', '+1 555 0100 99', 'Austin'),"
              + " ('cust-eu-no', 'EU', 'eva@example.eu', null, 'Berlin'),"
              + " ('cust-eu-yes', 'EU', 'max@example.eu', '+49 30 1234567', 'Vienna')");
    }
  }

  @AfterEach
  void dropCustomers() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("drop table customers");
    }
    connection.close();
  }

  private List<Map<String, Object>> read(String purpose) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("select id, region, email, phone, address from customers order by id")) {
      return rows.read(purpose, rs);
    }
  }

  @Test
  void read_forMarketing_returnsOnlyAllowedAndMaskedValues_andSkipsRowsWithNothingAllowed()
      throws SQLException {
    List<Map<String, Object>> shown = read("marketing.email");

    assertThat(shown)
        .containsExactly(
            Map.of("EMAIL", "max@example.eu", "PHONE", "************67"),
            Map.of("EMAIL", "sam@example.com", "PHONE", "************99"));
  }

  @Test
  void read_forFulfilment_returnsEveryCategorisedColumnButNotUnmappedOnes() throws SQLException {
    List<Map<String, Object>> shown = read("fulfilment");

    assertThat(shown).hasSize(3);
    assertThat(shown.get(0)).containsOnlyKeys("EMAIL", "PHONE", "ADDRESS");
    assertThat(shown.get(0)).containsEntry("ADDRESS", "Berlin");
  }

  @Test
  void build_withoutSubjectColumn_explainsWhy() {
    assertThatThrownBy(() -> GuardedRows.builder(guard).column("email", "contact.email").build())
        .hasMessageContaining("each row is decided for its own subject");
  }
}

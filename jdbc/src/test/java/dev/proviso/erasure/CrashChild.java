package dev.proviso.erasure;

import dev.proviso.consent.ConsentEvent;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.JdbcTableDataSystem;
import dev.proviso.jdbc.TableMapping;
import dev.proviso.jdbc.TestDatabases;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The process {@link KillNineTest} kills: it writes as fast as it can and prints each id only after
 * the store acknowledged it (the call returned), flushing stdout each time.
 *
 * <p>Arguments: {@code consent|erase <jdbc-url> <first-id> <count>}.
 */
public final class CrashChild {
  static final TableMapping INVOICES =
      TableMapping.table("invoices")
          .key("invoice_no")
          .subject("customer_id")
          .column("billing_email", "contact.email")
          .column("amount", "financial.invoice")
          .event("issued_at", "invoice_issued")
          .restrictionColumn("restricted_to")
          .build();

  private CrashChild() {}

  public static void main(String[] args) {
    DataSource db = dataSource(args[1]);
    int first = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    PrintStream out = System.out;
    if (args[0].equals("consent")) {
      JdbcConsentLedger ledger = JdbcConsentLedger.create(db);
      for (int i = first; i < first + count; i++) {
        ledger.append(
            ConsentEvent.given("cust-" + i, "marketing.email", Instant.now(), "web", "v1"));
        out.println("ACK " + i);
        out.flush();
      }
    } else {
      ErasureCoordinator coordinator = coordinator(db, new LoggedSystem(db, out));
      for (int i = first; i < first + count; i++) {
        coordinator.submit("r-" + i, "cust-" + i);
        out.println("ACK " + i);
        out.flush();
      }
    }
  }

  static DataSource dataSource(String url) {
    return url.startsWith("jdbc:h2:") ? TestDatabases.h2(url) : TestDatabases.postgres(url);
  }

  static ErasureJournal coordinatorJournal(DataSource db) {
    return JdbcErasureJournal.create(db);
  }

  static ErasureCoordinator coordinator(DataSource db, DataSystem invoices) {
    return new ErasureCoordinator(
        JdbcErasureJournal.create(db), ShopFixture.PLANNER, List.of(invoices), Clock.systemUTC());
  }

  /** The invoices table, printing "ERASE subject" before each erase so the parent can count. */
  static final class LoggedSystem implements DataSystem {
    private final JdbcTableDataSystem table;
    private final PrintStream out;

    LoggedSystem(DataSource db, PrintStream out) {
      this.table = new JdbcTableDataSystem("invoicing", db, INVOICES);
      this.out = out;
    }

    @Override
    public String name() {
      return table.name();
    }

    @Override
    public List<HeldItem> holdings(String subjectId) {
      return table.holdings(subjectId);
    }

    @Override
    public void erase(String subjectId, List<ItemRef> items) {
      out.println("ERASE " + subjectId);
      out.flush();
      table.erase(subjectId, items);
    }

    @Override
    public void restrict(String subjectId, ItemRef item, String purpose, Instant until) {
      table.restrict(subjectId, item, purpose, until);
    }
  }
}

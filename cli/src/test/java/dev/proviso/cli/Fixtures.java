package dev.proviso.cli;

/** Policies the end-to-end tests write into a temporary directory. Line numbers matter. */
final class Fixtures {
  private Fixtures() {}

  /** A one-file shop: business allows at top level, GDPR and CCPA regimes, house rules. */
  static final String SHOP =
      """
      policy "acme-shop" version 3

      subject { region: text, age: number, identified: bool }
      context { channel: text, offer: text }

      category contact provided { email, phone }
      category behavior observed { purchases, cart }
      category device { contact_list }

      purpose fulfilment
      purpose marketing { email, retargeting }
      purpose analytics

      allow contact for fulfilment
      allow contact.email for marketing.email with audit
      allow behavior for analytics with pseudonymize(contact)
      allow behavior.cart for marketing.retargeting

      regime gdpr applies when subject.region in ["EU", "EEA"] {
        require consent(marketing.email) to use contact.email for marketing.email
          because "Art. 6(1)(a): direct marketing by email needs consent"
        deny any for marketing when subject.age < 16 because "Art. 8: children's data"
      }

      regime ccpa applies when subject.region == "US-CA" {
        deny any for marketing when opted_out(sale_or_share)
      }

      regime brand {
        deny device.contact_list for any because "we never harvest address books"
        require subject.identified and has(context.offer)
          to use behavior.cart for marketing.retargeting
      }

      test "EU customer without consent gets no marketing email" at 2026-03-01T12:00:00Z {
        subject { region: "EU", age: 30, identified: true }
        expect deny contact.email for marketing.email
        given consent(marketing.email) at 2026-01-01T00:00:00Z
        expect allow contact.email for marketing.email with audit
      }
      """;

  /** The same policy with a line that does not parse. */
  static final String BROKEN =
      SHOP.replace("allow contact for fulfilment", "allow contact fr fulfilment");
}

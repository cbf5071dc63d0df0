package dev.proviso.bench.peers;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.consent.ConsentState;
import dev.proviso.consent.ConsentView;
import dev.proviso.dsl.PolicyCompiler;
import java.time.Instant;
import java.util.List;

/**
 * Proviso on the peer question: the policy compiled by the real compiler, handles resolved once,
 * one reused {@link Request} per case and a {@link ConsentView} that answers from a field.
 */
final class ProvisoPeer implements PeerEngine {
  static final String POLICY =
      """
      policy "peers" version 1
      subject { region: text, age: number }
      category contact { email, phone }
      category behavior { purchases, cart }
      purpose fulfilment
      purpose marketing { email }
      purpose analytics

      allow contact for fulfilment
      allow contact.email for marketing.email
      allow behavior for analytics

      regime gdpr applies when subject.region in ["EU", "EEA"] {
        require consent(marketing.email) to use contact.email for marketing.email
        deny any for marketing when subject.age < 16
      }
      regime ccpa applies when subject.region == "US-CA" {
        deny any for marketing when opted_out(sale_or_share)
      }
      """;

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private final Policy policy;
  private final Request[] requests;
  private final ConsentView[] consents;

  ProvisoPeer(List<PeerCase> cases) {
    policy = Policy.from(PolicyCompiler.compileString("peers.policy", POLICY).modelOrThrow());
    requests = new Request[cases.size()];
    consents = new ConsentView[cases.size()];
    for (int i = 0; i < requests.length; i++) {
      PeerCase c = cases.get(i);
      PeerCase.Person p = c.subject();
      Subject subject =
          Subject.builder(p.id()).set("region", p.region()).set("age", p.age()).build();
      requests[i] =
          Request.of(subject, policy.category(c.category()), policy.purpose(c.purpose()), NOW);
      consents[i] =
          new FieldConsent(
              p.emailConsent() ? ConsentState.GIVEN : ConsentState.UNKNOWN, p.saleOrShareOptOut());
    }
  }

  @Override
  public String name() {
    return "Proviso";
  }

  Decision decide(int index) {
    return policy.decide(requests[index], consents[index]);
  }

  @Override
  public boolean allowed(int index) {
    return decide(index).allowed();
  }

  /** One subject's consent to marketing.email and sale_or_share opt-out, held in fields. */
  private record FieldConsent(ConsentState marketingEmail, boolean saleOrShareOptOut)
      implements ConsentView {
    @Override
    public ConsentState consent(String subjectId, String purpose, Instant at) {
      return "marketing.email".equals(purpose) ? marketingEmail : ConsentState.UNKNOWN;
    }

    @Override
    public boolean optedOut(String subjectId, String name, Instant at) {
      return saleOrShareOptOut && "sale_or_share".equals(name);
    }

    @Override
    public boolean erasureRequested(String subjectId, Instant at) {
      return false;
    }
  }
}

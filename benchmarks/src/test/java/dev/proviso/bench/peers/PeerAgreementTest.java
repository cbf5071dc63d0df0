package dev.proviso.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PeerAgreementTest {
  private static final ProvisoPeer PROVISO = new ProvisoPeer(PeerCases.ALL);

  @Test
  void check_everyPeerEngine_answersEveryCaseLikeProviso() {
    List<PeerEngine> peers =
        List.of(
            new CasbinPeer(PeerCases.ALL),
            new CelPeer(PeerCases.ALL),
            new CedarPeer(PeerCases.ALL));

    assertThat(PeerAgreement.check(PROVISO, peers)).isEqualTo(42);
  }

  @Test
  void proviso_onTheCases_allowsWhatThePolicyMeans() {
    // contact.email for marketing.email: EU with consent, US-CA not opted out, US-NY (3);
    // contact.email for fulfilment and behavior.cart for analytics: everyone (12); nothing else.
    long allows = IntStream.range(0, PeerCases.ALL.size()).filter(PROVISO::allowed).count();

    assertThat(allows).isEqualTo(15);
  }

  @Test
  void check_anEngineThatDisagrees_refusesToMeasure() {
    PeerEngine allowsEverything =
        new PeerEngine() {
          @Override
          public String name() {
            return "permissive";
          }

          @Override
          public boolean allowed(int index) {
            return true;
          }
        };

    assertThatThrownBy(() -> PeerAgreement.check(PROVISO, List.of(allowsEverything)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("permissive says ALLOW, Proviso DENY on case 1 (eu-30-no-consent");
  }
}

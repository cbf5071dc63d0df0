package dev.proviso.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.guard.SubjectId;
import dev.proviso.guard.UndischargedObligationException;
import dev.proviso.guard.UsedFor;
import dev.proviso.spring.method.ProvisoMethodAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What stops the start (or refuses the call) rather than leave a use unguarded. */
class GuardedBeanWiringTest {
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ProvisoLogAutoConfiguration.class,
                  ProvisoAutoConfiguration.class,
                  ProvisoMethodAutoConfiguration.class))
          .withPropertyValues("proviso.policy.location=classpath:policies/crm.policy");

  public static class Texts {
    @UsedFor(value = "marketing.sms", categories = "contact.phone")
    public String phoneFor(@SubjectId String id) {
      return "+44 7700 900123";
    }
  }

  public static class Misspelt {
    @UsedFor(value = "marketing.emial", categories = "contact.email")
    public String emailFor(@SubjectId String id) {
      return "ann@example.com";
    }
  }

  @UsedFor("support")
  public static class FinalMethod {
    public final String phoneFor(@SubjectId String id) {
      return "+44 7700 900123";
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TextsConfig {
    @Bean
    Texts texts() {
      return new Texts();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class MisspeltConfig {
    @Bean
    Misspelt misspelt() {
      return new Misspelt();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class FinalMethodConfig {
    @Bean
    FinalMethod finalMethod() {
      return new FinalMethod();
    }
  }

  @Test
  void notifyObligation_noHandlerNorNotifier_callRefusedNamingTheKind() {
    context
        .withUserConfiguration(TextsConfig.class)
        .run(
            started -> {
              assertThat(started).hasNotFailed();
              Texts texts = started.getBean(Texts.class);
              assertThatThrownBy(() -> texts.phoneFor("c-1"))
                  .isInstanceOf(UndischargedObligationException.class)
                  .hasMessageContaining("notify")
                  .hasMessageNotContaining("c-1");
            });
  }

  @Test
  void usedFor_unknownPurpose_startFailsWithDidYouMean() {
    context
        .withUserConfiguration(MisspeltConfig.class)
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .hasMessageContaining("Misspelt.emailFor")
                    .hasMessageContaining("marketing.emial")
                    .hasMessageContaining("did you mean 'marketing.email'?"));
  }

  @Test
  void usedFor_finalMethod_startFailsBecauseNoProxyCouldEnforceIt() {
    context
        .withUserConfiguration(FinalMethodConfig.class)
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .hasMessageContaining(
                        "FinalMethod.phoneFor is guarded by @UsedFor but is final"));
  }

  @Test
  void decisionLogFile_withoutPseudonymKey_startFails() {
    context
        .withPropertyValues("proviso.decision-log.file=target/never-written.jsonl")
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("proviso.pseudonym-key is not"));
  }
}

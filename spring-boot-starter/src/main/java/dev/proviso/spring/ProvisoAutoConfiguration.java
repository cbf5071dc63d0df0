package dev.proviso.spring;

import dev.proviso.consent.ConsentView;
import dev.proviso.guard.Guard;
import dev.proviso.guard.Notifier;
import dev.proviso.guard.ObligationHandler;
import dev.proviso.log.DecisionLog;
import dev.proviso.log.SubjectPseudonymizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * The policy and the {@link Guard}, deciding with the consent view of {@link
 * ProvisoJdbcAutoConfiguration} when there is one, and discharging obligations with the
 * application's {@link ObligationHandler}, {@link Notifier} and {@link SubjectPseudonymizer} beans.
 * Every bean backs off when the application declares its own. Without a consent store the guard
 * decides as if nobody consented, and an obligation nobody handles refuses the use: fail closed.
 */
@AutoConfiguration(after = {ProvisoJdbcAutoConfiguration.class, ProvisoLogAutoConfiguration.class})
@EnableConfigurationProperties(ProvisoProperties.class)
public class ProvisoAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  ServingPolicy provisoPolicy(ProvisoProperties properties, ResourceLoader resources) {
    return ServingPolicy.load(properties.policy().location(), resources.getClassLoader());
  }

  @Bean
  @ConditionalOnMissingBean
  SubjectResolver provisoSubjectResolver() {
    return dev.proviso.Subject::of;
  }

  @Bean
  @ConditionalOnMissingBean
  Guard provisoGuard(
      ServingPolicy policy,
      SubjectResolver subjects,
      ObjectProvider<ConsentView> consents,
      ObjectProvider<DecisionLog> decisionLog,
      ObjectProvider<DecisionObserver> observers,
      ObjectProvider<ObligationHandler> handlers,
      ObjectProvider<Notifier> notifier,
      ObjectProvider<SubjectPseudonymizer> pseudonymizer) {
    DecisionLog log = decisionLog.getIfAvailable(() -> DecisionLog.NONE);
    Guard.Builder guard =
        Guard.builder(policy)
            .consents(consents.getIfAvailable(() -> ConsentView.NONE))
            .decisionLog(ObservedDecisionLog.of(observers.orderedStream().toList(), log))
            .subjects(subjects::resolve);
    handlers.orderedStream().forEach(guard::obligation);
    notifier.ifAvailable(guard::notifier);
    pseudonymizer.ifAvailable(guard::pseudonymizer);
    return guard.build();
  }
}

package dev.proviso.spring;

import dev.proviso.consent.ConsentView;
import dev.proviso.guard.Guard;
import dev.proviso.log.DecisionLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * The policy and the {@link Guard}, deciding with the consent view of {@link
 * ProvisoJdbcAutoConfiguration} when there is one. Every bean backs off when the application
 * declares its own. Without a consent store the guard decides as if nobody consented: fail closed.
 */
@AutoConfiguration(after = ProvisoJdbcAutoConfiguration.class)
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
      ObjectProvider<DecisionLog> decisionLog) {
    return Guard.builder(policy)
        .consents(consents.getIfAvailable(() -> ConsentView.NONE))
        .decisionLog(decisionLog.getIfAvailable(() -> DecisionLog.NONE))
        .subjects(subjects::resolve)
        .build();
  }
}

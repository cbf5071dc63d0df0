package dev.proviso.spring.actuate;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.erasure.ErasureJournal;
import dev.proviso.guard.Guard;
import dev.proviso.metrics.ProvisoMetrics;
import dev.proviso.spring.ProvisoAutoConfiguration;
import dev.proviso.spring.ProvisoJdbcAutoConfiguration;
import dev.proviso.spring.ServingPolicy;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operations, each only when its library is there: the {@code proviso} Actuator endpoint, the
 * {@code proviso} health indicator for the consent and erasure stores, and the Micrometer meters.
 */
@AutoConfiguration(
    before = ProvisoAutoConfiguration.class,
    after = ProvisoJdbcAutoConfiguration.class)
public class ProvisoActuatorAutoConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Endpoint.class)
  static class EndpointConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ProvisoEndpoint provisoEndpoint(ServingPolicy policy, ObjectProvider<ProvisoMetrics> sources) {
      return new ProvisoEndpoint(policy, sources.orderedStream().toList());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnBean({ConsentLedger.class, ErasureJournal.class})
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "provisoHealthIndicator")
    HealthIndicator provisoHealthIndicator(ConsentLedger ledger, ErasureJournal journal) {
      return new ProvisoStoreHealth(ledger, journal);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class MetersConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ProvisoMeters provisoMeters(ObjectProvider<ProvisoMetrics> sources) {
      return new ProvisoMeters(sources);
    }

    @Bean
    MeterBinder provisoGuardMeters(ObjectProvider<Guard> guard) {
      return registry ->
          guard.ifAvailable(
              g ->
                  FunctionCounter.builder("proviso.guard.log.failures", g, Guard::logFailures)
                      .description("decisions the guard could not hand to its decision log")
                      .register(registry));
    }

    /** Times the consent view the guard asks, when the application has a meter registry. */
    @Bean
    static BeanPostProcessor provisoMeteredConsentViews(ObjectProvider<MeterRegistry> registry) {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof ConsentView view
              && !(bean instanceof MeteredConsentView)
              && !(bean instanceof ConsentLedger) // a store that is its own view keeps its type
              && !(bean instanceof ErasureJournal)) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null ? bean : new MeteredConsentView(view, meters);
          }
          return bean;
        }
      };
    }
  }
}

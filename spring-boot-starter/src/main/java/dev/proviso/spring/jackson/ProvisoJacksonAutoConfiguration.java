package dev.proviso.spring.jackson;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * Registers {@link ProvisoJacksonModule} with Spring Boot's Jackson 3 {@code JsonMapper} (Boot adds
 * every {@code JacksonModule} bean to it).
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JacksonModule.class)
public class ProvisoJacksonAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ProvisoJacksonModule provisoJacksonModule() {
    return new ProvisoJacksonModule();
  }
}

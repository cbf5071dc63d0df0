package dev.proviso.spring;

import dev.proviso.consent.ConsentLedger;
import dev.proviso.consent.ConsentView;
import dev.proviso.erasure.ErasureJournal;
import dev.proviso.jdbc.JdbcConsentLedger;
import dev.proviso.jdbc.JdbcErasureJournal;
import dev.proviso.jdbc.SchemaMigrations;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The consent ledger and erasure journal on the application's {@code DataSource}, their tables
 * migrated at start-up unless {@code proviso.jdbc.migrate=false}. Every bean backs off when the
 * application declares its own.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(JdbcConsentLedger.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(ProvisoProperties.class)
public class ProvisoJdbcAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ProvisoSchema provisoSchema(DataSource dataSource, ProvisoProperties properties) {
    if (!properties.jdbc().migrate()) {
      return new ProvisoSchema(false, SchemaMigrations.latestVersion());
    }
    return new ProvisoSchema(true, SchemaMigrations.migrate(dataSource));
  }

  @Bean
  @ConditionalOnMissingBean
  ConsentLedger provisoConsentLedger(DataSource dataSource, ProvisoSchema schema) {
    return JdbcConsentLedger.create(dataSource);
  }

  @Bean
  @ConditionalOnMissingBean
  ErasureJournal provisoErasureJournal(DataSource dataSource, ProvisoSchema schema) {
    return JdbcErasureJournal.create(dataSource);
  }

  @Bean
  @ConditionalOnMissingBean
  ConsentView provisoConsentView(ConsentLedger ledger, ErasureJournal erasures) {
    return ledger.view(erasures);
  }
}

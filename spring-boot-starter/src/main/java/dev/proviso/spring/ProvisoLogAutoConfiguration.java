package dev.proviso.spring;

import dev.proviso.jackson.DecisionLogCodec;
import dev.proviso.log.AsyncDecisionLogWriter;
import dev.proviso.log.DecisionLog;
import dev.proviso.log.DecisionRecordFormat;
import dev.proviso.log.SubjectPseudonymizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subject pseudonymizer from {@code proviso.pseudonym-key}, and the decision log: JSON lines
 * appended to {@code proviso.decision-log.file} by an {@link AsyncDecisionLogWriter} (bounded,
 * never blocking a decision; drops are counted). A configured log that cannot be opened, or has no
 * key to pseudonymize subject ids with, stops the start.
 */
@AutoConfiguration
@EnableConfigurationProperties(ProvisoProperties.class)
public class ProvisoLogAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty("proviso.pseudonym-key")
  SubjectPseudonymizer provisoPseudonymizer(ProvisoProperties properties) {
    byte[] key = properties.pseudonymKey().getBytes(StandardCharsets.UTF_8);
    if (key.length < 16) {
      throw new IllegalStateException("proviso.pseudonym-key needs at least 16 bytes");
    }
    return new SubjectPseudonymizer(key);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(DecisionLog.class)
  @ConditionalOnProperty("proviso.decision-log.file")
  AsyncDecisionLogWriter provisoDecisionLog(
      ProvisoProperties properties,
      ObjectProvider<SubjectPseudonymizer> pseudonymizer,
      ObjectProvider<DecisionRecordFormat> format) {
    Path file = properties.decisionLog().file();
    SubjectPseudonymizer key =
        pseudonymizer.getIfAvailable(
            () -> {
              throw new IllegalStateException(
                  "proviso.decision-log.file is set but proviso.pseudonym-key is not: the log"
                      + " records subjects only by their keyed pseudonym");
            });
    try {
      return AsyncDecisionLogWriter.toFile(
          file,
          format.getIfAvailable(ProvisoLogAutoConfiguration::noFormat),
          key,
          properties.decisionLog().capacity());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the decision log " + file, e);
    }
  }

  /** proviso-jackson's JSON lines, the one format every reader of a log understands. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.proviso.jackson.DecisionLogCodec")
  static class JsonLines {
    @Bean
    @ConditionalOnMissingBean
    DecisionRecordFormat provisoDecisionRecordFormat() {
      return DecisionLogCodec.JSON_LINES;
    }
  }

  private static DecisionRecordFormat noFormat() {
    throw new IllegalStateException(
        "proviso.decision-log.file is set but proviso-jackson is not on the class path; add"
            + " dev.proviso:proviso-jackson (its DecisionLogCodec writes the lines)");
  }
}

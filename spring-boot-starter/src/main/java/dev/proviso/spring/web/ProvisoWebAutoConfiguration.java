package dev.proviso.spring.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;

/** In a servlet web application: {@link PurposeViolationProblems}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ProblemDetail.class)
public class ProvisoWebAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PurposeViolationProblems provisoPurposeViolationProblems() {
    return new PurposeViolationProblems();
  }
}

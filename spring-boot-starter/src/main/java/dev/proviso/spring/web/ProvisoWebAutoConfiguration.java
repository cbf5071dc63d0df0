package dev.proviso.spring.web;

import dev.proviso.guard.Guard;
import dev.proviso.spring.ProvisoAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * In a servlet web application: {@link PurposeViolationProblems}, and the {@link RequestPurpose}
 * scope around the requests whose controllers ask for one.
 */
@AutoConfiguration(after = ProvisoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ProblemDetail.class)
public class ProvisoWebAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  PurposeViolationProblems provisoPurposeViolationProblems() {
    return new PurposeViolationProblems();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(WebMvcConfigurer.class)
  @ConditionalOnBean(Guard.class)
  static class RequestScopes implements WebMvcConfigurer {
    private final Guard guard;

    RequestScopes(Guard guard) {
      this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
      registry.addInterceptor(new RequestPurposeScopes(guard));
    }
  }
}

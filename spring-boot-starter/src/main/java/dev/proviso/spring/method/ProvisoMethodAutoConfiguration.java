package dev.proviso.spring.method;

import dev.proviso.guard.Guard;
import dev.proviso.spring.ProvisoAutoConfiguration;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Role;
import org.springframework.core.type.AnnotationMetadata;

/**
 * {@code @UsedFor} and {@code @SubjectId} on any Spring bean, enforced by a method interceptor
 * (class proxies, so a bean needs no interface). A bean whose annotations are wrong, or that cannot
 * be proxied, stops the start.
 */
@AutoConfiguration(after = ProvisoAutoConfiguration.class)
@ConditionalOnClass(MethodInterceptor.class)
@Import(ProvisoMethodAutoConfiguration.AutoProxying.class)
public class ProvisoMethodAutoConfiguration {

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static GuardedMethodInterceptor provisoMethodInterceptor(ObjectProvider<Guard> guard) {
    return new GuardedMethodInterceptor(guard);
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor provisoMethodAdvisor(GuardedMethodInterceptor provisoMethodInterceptor) {
    return new DefaultPointcutAdvisor(new UsedForPointcut(), provisoMethodInterceptor);
  }

  @Bean
  static GuardedBeans provisoGuardedBeans(
      ConfigurableListableBeanFactory beans, GuardedMethodInterceptor provisoMethodInterceptor) {
    return new GuardedBeans(beans, provisoMethodInterceptor);
  }

  /** Makes sure an auto-proxy creator runs even where Boot's AOP auto-configuration does not. */
  static final class AutoProxying implements ImportBeanDefinitionRegistrar {
    @Override
    public void registerBeanDefinitions(
        AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
      AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
    }
  }
}

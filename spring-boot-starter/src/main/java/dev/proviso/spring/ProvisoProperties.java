package dev.proviso.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code proviso.*} settings.
 *
 * @param policy where the policy is: {@code proviso.policy.location}
 * @param jdbc the stores on the application's {@code DataSource}: {@code proviso.jdbc.migrate}
 */
@ConfigurationProperties("proviso")
public record ProvisoProperties(@DefaultValue Policy policy, @DefaultValue Jdbc jdbc) {

  /**
   * @param location {@code classpath:policies/shop.policy} or {@code file:/etc/app/shop.policy}; a
   *     {@code file:} policy is reloaded when its files change (a change that does not compile is
   *     refused and the last good version keeps serving)
   */
  public record Policy(String location) {}

  /**
   * @param migrate create or upgrade the consent and erasure tables at start-up (default true)
   */
  public record Jdbc(@DefaultValue("true") boolean migrate) {}
}

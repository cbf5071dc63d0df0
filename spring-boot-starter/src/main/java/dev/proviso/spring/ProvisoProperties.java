package dev.proviso.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code proviso.*} settings.
 *
 * @param policy where the policy is: {@code proviso.policy.location}
 * @param jdbc the stores on the application's {@code DataSource}: {@code proviso.jdbc.migrate}
 * @param decisionLog where decisions are written: {@code proviso.decision-log.file}, {@code
 *     .capacity}
 * @param pseudonymKey the secret (at least 16 bytes of UTF-8) that keys subject pseudonyms in the
 *     decision log and for {@code pseudonymize(...)} obligations: {@code proviso.pseudonym-key};
 *     give it from the environment ({@code PROVISO_PSEUDONYMKEY}), never in a checked-in file
 */
@ConfigurationProperties("proviso")
public record ProvisoProperties(
    @DefaultValue Policy policy,
    @DefaultValue Jdbc jdbc,
    @DefaultValue DecisionLog decisionLog,
    String pseudonymKey) {

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

  /**
   * @param file the JSON-lines file decisions are appended to (needs proviso-jackson on the class
   *     path and {@code proviso.pseudonym-key}); unset: no decision log
   * @param capacity how many decisions may wait to be written before new ones are dropped and
   *     counted (default 10000)
   */
  public record DecisionLog(Path file, @DefaultValue("10000") int capacity) {}

  @Override
  public String toString() {
    return "ProvisoProperties[policy="
        + policy
        + ", jdbc="
        + jdbc
        + ", decisionLog="
        + decisionLog
        + ", pseudonymKey="
        + (pseudonymKey == null ? "unset" : "(set)")
        + "]"; // the key is a secret
  }
}

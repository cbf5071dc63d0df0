package dev.proviso.spring.web;

import dev.proviso.Decision;
import dev.proviso.PurposeViolationException;
import dev.proviso.Reason;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A denied use becomes HTTP 403 with an RFC 9457 problem body naming why (the policy, its version,
 * the rules and the explanation's lines) and nothing about the person: no subject id, no value. The
 * application's own advice wins (this one has the lowest precedence).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PurposeViolationProblems {

  /** The problem type, a stable identifier for clients. */
  public static final URI TYPE = URI.create("https://proviso.dev/problems/purpose-not-allowed");

  private static final URI INSTANCE = URI.create("urn:proviso:decision");

  @ExceptionHandler(PurposeViolationException.class)
  ResponseEntity<ProblemDetail> denied(PurposeViolationException e) {
    Decision decision = e.decision();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, "The data-use policy does not allow this use of personal data.");
    problem.setType(TYPE);
    problem.setTitle("Purpose not allowed");
    problem.setProperty("policy", decision.policyName());
    problem.setProperty("policyVersion", decision.policyVersion());
    problem.setProperty("rules", decision.ruleIds());
    problem.setProperty("reasons", reasons(decision));
    // The request path usually carries a subject id; Spring would copy it into "instance".
    problem.setInstance(INSTANCE);
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * The explanation's lines, except that a failure's own message (a store's or the engine's
   * exception text, which this code does not control) is left out: what failed and that the
   * decision failed closed is enough for a client.
   */
  static List<String> reasons(Decision decision) {
    List<String> lines = new ArrayList<>();
    lines.add(decision.explanation().lines().get(0)); // e.g. DENY contact.email for marketing
    for (Reason reason : decision.explanation().entries()) {
      if (reason instanceof Reason.ConditionFailed failed) {
        lines.add(
            "condition "
                + failed.condition()
                + " of "
                + failed.owner()
                + " could not be evaluated; failed closed ("
                + failed.consequence()
                + ")");
      } else if (reason instanceof Reason.EngineFailure) {
        lines.add("the decision could not be made; failed closed");
      } else {
        lines.add(reason.line());
      }
    }
    return List.copyOf(lines);
  }
}

package dev.proviso.spring.web;

import dev.proviso.guard.Guard;
import dev.proviso.guard.PurposeScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Opens the {@link RequestPurpose} scope before the handler runs and closes it when the request
 * completes, on the request's thread.
 */
final class RequestPurposeScopes implements HandlerInterceptor {
  private static final String SCOPE = RequestPurposeScopes.class.getName() + ".scope";
  private final Guard guard;

  RequestPurposeScopes(Guard guard) {
    this.guard = guard;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequestPurpose purpose = purposeOf(method);
    if (purpose == null) {
      return true;
    }
    String subjectId = subjectId(request, purpose.subject());
    if (subjectId == null || subjectId.isBlank()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "the request names no subject ('" + purpose.subject() + "')");
    }
    request.setAttribute(SCOPE, guard.scope(subjectId, purpose.value()));
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (request.getAttribute(SCOPE) instanceof PurposeScope scope) {
      request.removeAttribute(SCOPE);
      scope.close();
    }
  }

  private static RequestPurpose purposeOf(HandlerMethod method) {
    RequestPurpose onMethod =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestPurpose.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestPurpose.class);
  }

  @SuppressWarnings("unchecked")
  private static String subjectId(HttpServletRequest request, String name) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables instanceof Map<?, ?> map && map.get(name) instanceof String id) {
      return id;
    }
    return request.getParameter(name);
  }
}

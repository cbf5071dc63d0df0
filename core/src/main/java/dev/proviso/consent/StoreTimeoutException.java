package dev.proviso.consent;

/**
 * A consent store did not answer within the decision's budget ({@link DeadlineConsentView}); the
 * engine fails closed with this message as the reason.
 *
 * <pre>{@code
 * throw new StoreTimeoutException("the consent store did not answer within 200 ms");
 * }</pre>
 */
public final class StoreTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreTimeoutException(String message) {
    super(message);
  }
}

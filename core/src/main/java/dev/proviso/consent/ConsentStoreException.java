package dev.proviso.consent;

/**
 * The consent store could not answer or record (database down, query timed out). The engine treats
 * it as "cannot evaluate": allows that need consent do not match, denies do, and the explanation
 * carries this message.
 */
public class ConsentStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConsentStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

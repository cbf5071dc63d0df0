package dev.proviso.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 pseudonyms: stable for one key, unlinkable without it. Used for subject ids in
 * the decision log and for {@code pseudonymize(...)} obligations.
 *
 * <pre>{@code
 * SubjectPseudonymizer p = new SubjectPseudonymizer(secretKeyBytes);
 * String token = p.pseudonym("cust-42"); // 64 hex chars, same for the same key and id
 * }</pre>
 */
public final class SubjectPseudonymizer {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;
  // A Mac is not thread-safe and costly to create; one per thread keeps pseudonyms cheap.
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public SubjectPseudonymizer(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 16) {
      throw new IllegalArgumentException("a pseudonymisation key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The hex HMAC of {@code value} under this key. */
  public String pseudonym(String value) {
    return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }
}

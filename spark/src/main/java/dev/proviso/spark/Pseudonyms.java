package dev.proviso.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.unhex;

import dev.proviso.log.SubjectPseudonymizer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The guards' keyed pseudonym ({@link SubjectPseudonymizer}: hex HMAC-SHA256 of the UTF-8 text) as
 * a Spark expression built from {@code sha2}: {@code H((K ^ opad) || H((K ^ ipad) || m))}. The
 * padded keys come from a one-row relation joined in, never from a literal, so they do not appear
 * in the job's plan (explain output, Spark UI, event log).
 */
final class Pseudonyms {
  static final String INNER_PAD = "__proviso_ipad";
  static final String OUTER_PAD = "__proviso_opad";
  private static final int BLOCK = 64; // SHA-256's block size in bytes

  private final byte[] key;

  Pseudonyms(byte[] key) {
    new SubjectPseudonymizer(key); // the same rules for a key as the guards'
    this.key = key.clone();
  }

  /** A one-row frame holding the two padded keys. */
  Dataset<Row> pads(SparkSession spark) {
    byte[] k = key.length > BLOCK ? sha256(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      inner[i] = (byte) (b ^ 0x36);
      outer[i] = (byte) (b ^ 0x5c);
    }
    StructType schema =
        new StructType()
            .add(INNER_PAD, DataTypes.BinaryType, false)
            .add(OUTER_PAD, DataTypes.BinaryType, false);
    return spark.createDataFrame(List.of(RowFactory.create(inner, outer)), schema);
  }

  /** The pseudonym of a text column; NULL stays NULL. Needs the {@link #pads} joined in. */
  static Column of(Column text) {
    Column innerHash = sha2(concat(col(INNER_PAD), text.cast(DataTypes.BinaryType)), 256);
    return sha2(concat(col(OUTER_PAD), unhex(innerHash)), 256);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}

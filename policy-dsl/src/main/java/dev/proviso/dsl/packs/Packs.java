package dev.proviso.dsl.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Policy packs: {@code .policy} files on the classpath under {@code dev/proviso/packs/}, imported
 * by name with {@code import pack "gdpr"}. Proviso ships {@code gdpr}, {@code ccpa} and {@code
 * brand}; a company can ship its own packs in its own jar under the same folder.
 *
 * <pre>{@code
 * Packs.source("gdpr").orElseThrow(); // the text of dev/proviso/packs/gdpr.policy
 * }</pre>
 */
public final class Packs {

  /** The packs that ship with Proviso. */
  public static final List<String> SHIPPED = List.of("brand", "ccpa", "gdpr");

  private static final String FOLDER = "dev/proviso/packs/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private Packs() {}

  /** The text of pack {@code name}, or empty when no such pack is on the classpath. */
  public static Optional<String> source(String name) throws IOException {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Packs.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(FOLDER + name + ".policy")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

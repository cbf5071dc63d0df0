package dev.proviso.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code proviso --version}, filtered in from the Maven build. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"proviso " + current()};
  }

  static String current() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": a version is not worth failing for
    }
    return properties.getProperty("version", "unknown");
  }
}

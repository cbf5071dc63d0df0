package dev.proviso.maven;

import dev.proviso.maven.TestMojo.TimedResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Surefire's report format ({@code TEST-<suite>.xml}): one suite per policy, one test case per
 * {@code test} block, its failure message as the failure's text. Jenkins, GitLab and GitHub
 * reporters read it.
 */
final class JUnitXmlReport {
  private JUnitXmlReport() {}

  static Path write(Path directory, String policyName, List<TimedResult> results)
      throws MojoExecutionException {
    String suite = "proviso." + policyName;
    Path file = directory.resolve("TEST-" + suite.replaceAll("[^A-Za-z0-9._-]", "_") + ".xml");
    try {
      Files.createDirectories(directory);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute(
            "failures", Long.toString(results.stream().filter(r -> !r.result().passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToLong(TimedResult::nanos).sum()));
        for (TimedResult timed : results) {
          xml.writeCharacters("\n  ");
          testCase(xml, suite, timed);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
      }
    } catch (IOException | XMLStreamException e) {
      throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  private static void testCase(XMLStreamWriter xml, String suite, TimedResult timed)
      throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", timed.result().test().name());
    xml.writeAttribute("classname", suite);
    xml.writeAttribute("time", seconds(timed.nanos()));
    if (!timed.result().passed()) {
      String message = timed.result().failureMessage();
      xml.writeStartElement("failure");
      xml.writeAttribute("message", message.lines().findFirst().orElse(""));
      xml.writeAttribute("type", "policy test");
      xml.writeCharacters(message);
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}

package dev.proviso.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's access reports in a real headless Chromium, at a phone's width (375 CSS px) and a
 * desktop's (1280): every section is visible and says what it should, nothing overflows sideways,
 * and axe-core finds no serious or critical accessibility violation. Screenshots go to {@code
 * target/browser/} for a person to look at.
 */
class AccessReportBrowserTest {
  static final Path SCREENSHOTS = Path.of("target", "browser");
  static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  @TempDir static Path reports;
  static HeadlessChromium chromium;
  static String axe;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    assumeTrue(
        binary.isPresent(),
        "Chromium not found (looked at "
            + HeadlessChromium.looked()
            + "): install Debian's chromium package (.ci/run does) to run the browser test");
    ByteArrayOutputStream ignored = new ByteArrayOutputStream();
    new ShopDemo(new Console(new PrintStream(ignored, true, StandardCharsets.UTF_8)), reports)
        .run();
    try (InputStream in = AccessReportBrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
      assertThat(in).as("axe-core webjar on the test classpath").isNotNull();
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(SCREENSHOTS);
    chromium = HeadlessChromium.start(binary.get(), reports.resolve("chromium-profile"));
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Each report with the words each section must show. */
  static Stream<Arguments> pages() {
    Map<String, String> before =
        Map.of(
            "held", "Estimated spending power",
            "permitted", "Delivering and billing your orders",
            "uses", "Newsletter by email",
            "refused", "Predicted pregnancy",
            "retention", "INV-2024-118",
            "consents", "You gave consent: Newsletter by email",
            "erasure", "You have not asked us to erase your data.",
            "rights", "privacy@acme-shop.example");
    Map<String, String> german =
        Map.of(
            "held", "Geschätzte Kaufkraft",
            "refused", "Vorhergesagte Schwangerschaft",
            "retention", "Steuerunterlagen",
            "consents", "Sie haben eingewilligt: Newsletter per E-Mail",
            "rights", "Datenschutzbeauftragten");
    Map<String, String> erased =
        Map.of(
            "held", "kept for Tax records only",
            "erasure", "Invoice kept in Invoices",
            "kept", "Your consent history",
            "retention", "Kept until November 2, 2034");
    List<Arguments> all = new ArrayList<>();
    for (int width : new int[] {375, 1280}) {
      all.add(Arguments.of("access-report-anna", width, before));
      all.add(Arguments.of("access-report-anna.de", width, german));
      all.add(Arguments.of("access-report-anna-erased", width, erased));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1}px")
  @MethodSource("pages")
  void report_inChromium_showsEverySectionWithoutOverflowOrSeriousAccessibilityViolations(
      String name, int width, Map<String, String> expected) throws IOException {
    chromium.viewport(width, 900, width < 600);
    chromium.open(reports.resolve(name + ".html"));

    for (Map.Entry<String, String> section : expected.entrySet()) {
      assertThat(visibleText(section.getKey()))
          .as("visible text of section %s", section.getKey())
          .contains(section.getValue());
    }
    JsonNode widths =
        chromium.evaluate(
            "({page: document.documentElement.scrollWidth, view: window.innerWidth})");
    assertThat(widths.path("view").asInt()).isEqualTo(width);
    assertThat(widths.path("page").asInt())
        .as("page width (no sideways scrolling)")
        .isLessThanOrEqualTo(width);
    List<String> serious = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (JsonNode v : axeViolations()) {
      String line =
          v.path("impact").asText()
              + " "
              + v.path("id").asText()
              + ": "
              + v.path("help").asText()
              + " "
              + v.path("targets");
      (List.of("serious", "critical").contains(v.path("impact").asText()) ? serious : other)
          .add(line);
    }
    Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), chromium.screenshot(true));
    Files.write(SCREENSHOTS.resolve(name + "-" + width + "-top.png"), chromium.screenshot(false));
    if (!other.isEmpty()) {
      System.out.println("axe-core, minor/moderate on " + name + " at " + width + "px: " + other);
    }
    assertThat(serious).as("serious or critical axe-core violations").isEmpty();
  }

  /** Proves the checks can fail: a page with an unlabelled image and a too-wide box fails both. */
  @org.junit.jupiter.api.Test
  void checks_brokenPage_findTheViolationAndTheOverflow() throws IOException {
    Path broken = reports.resolve("broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
            + "</head><body><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
            + "<div style=\"width:800px\">wide</div></body></html>");
    chromium.viewport(375, 900, true);
    chromium.open(broken);

    assertThat(chromium.evaluate("document.documentElement.scrollWidth").asInt())
        .isGreaterThan(375);
    List<String> found = new ArrayList<>();
    axeViolations()
        .forEach(v -> found.add(v.path("impact").asText() + " " + v.path("id").asText()));
    assertThat(found).contains("critical image-alt", "serious html-has-lang");
  }

  /** The rendered, visible text of one section (empty when it is hidden or missing). */
  private static String visibleText(String id) {
    return chromium
        .evaluate(
            "(() => { const s = document.getElementById('"
                + id
                + "'); return s && s.offsetHeight > 0 ? s.innerText : ''; })()")
        .asText();
  }

  private static JsonNode axeViolations() {
    chromium.evaluate(axe + ";true");
    return chromium.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ({id:"
            + " v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map(n =>"
            + " n.target.join(' '))})))");
  }
}

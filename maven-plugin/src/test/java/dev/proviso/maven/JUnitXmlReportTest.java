package dev.proviso.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.Policy;
import dev.proviso.dsl.PolicyCompiler;
import dev.proviso.maven.TestMojo.TimedResult;
import dev.proviso.testing.runner.PolicyTestRunner;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitXmlReportTest {

  private static final String POLICY =
      """
      policy "shop & co" version 1
      category contact { email }
      purpose fulfilment
      allow contact for fulfilment
      test "allowed <for> orders" {
        expect allow contact.email for fulfilment
      }
      test "a \\"wrong\\" expectation" {
        expect deny contact.email for fulfilment
      }
      """;

  @Test
  void write_passedAndFailedTests_surefireReportThatParses(@TempDir Path reports) throws Exception {
    Policy policy = Policy.from(PolicyCompiler.compileString("shop.policy", POLICY).modelOrThrow());
    PolicyTestRunner runner = new PolicyTestRunner(policy);
    List<TimedResult> results =
        policy.model().tests().stream()
            .map(t -> new TimedResult(runner.run(t), 1_500_000))
            .toList();

    Path file = JUnitXmlReport.write(reports.resolve("surefire-reports"), policy.name(), results);

    assertThat(file.getFileName()).hasToString("TEST-proviso.shop___co.xml");
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element suite = xml.getDocumentElement();
    assertThat(suite.getAttribute("name")).isEqualTo("proviso.shop & co");
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("0.003");
    Element passed = (Element) suite.getElementsByTagName("testcase").item(0);
    assertThat(passed.getAttribute("name")).isEqualTo("allowed <for> orders");
    assertThat(passed.getElementsByTagName("failure").getLength()).isZero();
    Element failed = (Element) suite.getElementsByTagName("testcase").item(1);
    assertThat(failed.getAttribute("name")).isEqualTo("a \"wrong\" expectation");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getTextContent())
        .contains("shop.policy:9: expect deny contact.email for fulfilment")
        .contains("expected: DENY");
  }
}

package dev.proviso.cli;

import dev.proviso.analysis.CellAnalyzer;
import dev.proviso.analysis.Facts;
import dev.proviso.analysis.Matrix;
import dev.proviso.cli.input.CommandLineConsents;
import dev.proviso.cli.input.Names;
import dev.proviso.cli.input.RequestOptions;
import dev.proviso.cli.report.MatrixReport;
import dev.proviso.model.BuiltInName;
import dev.proviso.model.PolicyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code proviso matrix}: the categories × purposes table for what is known of one subject. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Print which categories may be used for which purposes, for one subject.",
      "Facts not given (consent, context, events, unknown attributes) stay open: such uses",
      "read 'when [n]' and note [n] gives the exact condition."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 usage or input errors.",
      "Examples:",
      "  proviso matrix shop.policy --subject region=EU,age=30",
      "  proviso matrix shop.policy --subject region=US-CA --purposes marketing --format markdown"
    })
final class MatrixCommand implements Callable<Integer> {

  @Mixin PolicyFiles files;

  @Option(
      names = "--categories",
      split = ",",
      paramLabel = "CATEGORY",
      description = "Only these categories and their descendants (rows).")
  List<String> categoryRoots = new ArrayList<>();

  @Option(
      names = "--purposes",
      split = ",",
      paramLabel = "PURPOSE",
      description = "Only these purposes and their sub-purposes (columns).")
  List<String> purposeRoots = new ArrayList<>();

  @Mixin RequestOptions request;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    PolicyModel model = PolicyLoader.model(files.expanded());
    if (request.erasureGiven()) {
      throw CliException.usage(
          "--erasure is not supported by matrix (erasure restricts every use); use explain");
    }
    Names.requireKnown(model, categoryRoots, purposeRoots);
    Map<String, Object> subject = request.subjectAttributes(model);
    Map<String, Object> context = request.contextAttributes(model);
    CommandLineConsents consents = request.consents(model);
    Facts facts =
        new Facts(
            subject,
            context,
            request.events(),
            request.at(),
            consents,
            consents.consents().keySet(),
            consents.optOuts().keySet(),
            false);
    Matrix matrix = Matrix.build(new CellAnalyzer(model), facts, categoryRoots, purposeRoots);
    Map<String, Object> known = new LinkedHashMap<>();
    subject.forEach((k, v) -> known.put("subject." + k, display(v)));
    context.forEach((k, v) -> known.put("context." + k, display(v)));
    request.events().forEach((k, v) -> known.put("event." + k, v.toString()));
    consents
        .consents()
        .forEach((k, v) -> known.put(BuiltInName.CONSENT.call(k), v.get(v.size() - 1).state()));
    consents.optOuts().forEach((k, v) -> known.put(BuiltInName.OPTED_OUT.call(k), "since " + v));
    request.givenAt().ifPresent(at -> known.put("at", at.toString()));
    new MatrixReport(matrix, known).print(output.out(), output.format, output.style());
    return Proviso.OK;
  }

  /** {@code 30} rather than {@code 30.0}: numbers as the author wrote them. */
  private static Object display(Object value) {
    return value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
        ? d.longValue()
        : value;
  }
}

package dev.proviso.cli;

import dev.proviso.Decision;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.cli.input.RequestFile;
import dev.proviso.cli.input.RequestOptions;
import dev.proviso.cli.report.ExplanationJson;
import dev.proviso.cli.report.Json;
import dev.proviso.testing.runner.ObligationText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code proviso explain}: decides one request with the engine and prints why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Decide one request and explain the decision with the rules' file:line.",
    footer = {
      "",
      "Exit codes: 0 allowed, 1 denied, 2 usage or input errors.",
      "Example:",
      "  proviso explain shop.policy --subject region=EU,age=30 \\",
      "      --consent marketing.email=given@2026-01-01T00:00:00Z \\",
      "      --category contact.email --purpose marketing.email --at 2026-02-01T00:00:00Z",
      "  proviso explain shop.policy --request request.json --format json",
      "  echo '{\"categories\":[\"contact.email\"],\"purpose\":\"fulfilment\"}' \\",
      "      | proviso explain shop.policy --request -"
    })
final class ExplainCommand implements Callable<Integer> {

  @Mixin PolicyFiles files;

  @Option(
      names = "--category",
      split = ",",
      paramLabel = "CATEGORY",
      description = "The data categories used, e.g. contact.email.")
  List<String> categories;

  @Option(
      names = "--purpose",
      paramLabel = "PURPOSE",
      description = "The purpose of the use, e.g. marketing.email.")
  String purpose;

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description =
          "The request as JSON ({\"categories\", \"purpose\", \"subject\", \"consent\", ...}) from"
              + " FILE, or - for standard input; instead of --category and --purpose.")
  String requestFile;

  @ParentCommand Proviso root;

  @Mixin RequestOptions request;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    readRequestFile();
    Policy policy = PolicyLoader.policy(files.expanded());
    Request req = request.request(policy, categories, purpose);
    Decision decision = policy.explain(req, request.consents(policy.model()));
    PrintWriter out = output.out();
    switch (output.format) {
      case JSON -> Json.print(out, json(req, decision));
      case MARKDOWN -> print(out, decision, "### ", "- ", output.style());
      case TEXT -> print(out, decision, "", "  ", output.style());
    }
    return decision.allowed() ? Proviso.OK : Proviso.NEGATIVE;
  }

  /** {@code --request}: categories, purpose and facts from JSON; else both flags are needed. */
  private void readRequestFile() {
    if (requestFile == null) {
      if (categories == null || categories.isEmpty() || purpose == null) {
        throw CliException.usage(
            "give --category and --purpose, or the request as JSON with --request FILE");
      }
      return;
    }
    if (categories != null || purpose != null) {
      throw CliException.usage(
          "--request gives the categories and the purpose: drop --category and --purpose");
    }
    boolean stdin = requestFile.equals("-");
    String json;
    try {
      json =
          stdin
              ? new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(requestFile), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.usage("cannot read " + requestFile + ": no such file");
    } catch (IOException e) {
      throw CliException.usage(
          "cannot read " + (stdin ? "standard input" : requestFile) + ": " + e.getMessage());
    }
    RequestFile parsed =
        RequestFile.parse(requestFile.equals("-") ? "<stdin>" : requestFile, json, request);
    categories = parsed.categories();
    purpose = parsed.purpose();
  }

  private static void print(
      PrintWriter out, Decision decision, String heading, String item, Style style) {
    List<String> lines = decision.explanation().lines();
    String first = lines.isEmpty() ? decision.outcome().name() : lines.get(0).strip();
    out.println(heading + (decision.allowed() ? style.green(first) : style.red(first)));
    lines.stream().skip(1).forEach(line -> out.println(item + line.strip()));
    if (!decision.obligations().isEmpty()) {
      out.println(item + "obligations: " + String.join(", ", obligations(decision)));
    }
    decision.advice().forEach(advice -> out.println(item + style.yellow("advice: " + advice)));
    out.println(
        item
            + style.dim(
                "policy "
                    + decision.policyName()
                    + " version "
                    + decision.policyVersion()
                    + " ("
                    + shortHash(decision.policyHash())
                    + ")"));
  }

  private Map<String, Object> json(Request req, Decision decision) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("outcome", decision.outcome().name());
    json.put("categories", categories);
    json.put("purpose", purpose);
    json.put("at", req.at().toString());
    json.put("obligations", obligations(decision));
    json.put("rules", decision.ruleIds());
    json.put("advice", decision.advice());
    json.put("explanation", decision.explanation().lines());
    json.put("reasons", ExplanationJson.reasons(decision));
    json.put(
        "policy",
        Map.of(
            "name", decision.policyName(),
            "version", decision.policyVersion(),
            "hash", decision.policyHash()));
    return json;
  }

  private static List<String> obligations(Decision decision) {
    return decision.obligations().stream().map(ObligationText::of).toList();
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}

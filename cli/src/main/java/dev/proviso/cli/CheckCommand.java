package dev.proviso.cli;

import dev.proviso.cli.report.Json;
import dev.proviso.dsl.CompilationResult;
import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.diagnostics.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code proviso check}: compiles policies and prints the diagnostics as the compiler renders them.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Compile policy files and report errors and warnings with file:line:col.",
    footer = {
      "",
      "The file that names the policy is the root; the others are loaded as if it imported them.",
      "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage or unreadable files.",
      "Examples:",
      "  proviso check shop.policy",
      "  proviso check policies/ --format json",
      "  proviso check --strict shop.policy   # warnings fail the check too"
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin PolicyFiles files;

  @Mixin OutputOptions output;

  @Option(names = "--strict", description = "Treat warnings as errors (exit code 1), for CI.")
  boolean strict;

  @Override
  public Integer call() {
    List<Path> expanded = files.expanded();
    CompilationResult compiled = PolicyLoader.compile(expanded);
    CompilationResult result = strict ? compiled.strict() : compiled;
    PrintWriter out = output.out();
    if (output.format == Format.JSON) {
      Json.print(out, json(result));
    } else {
      Style style = output.style();
      String rendered = result.render();
      if (!rendered.isEmpty()) {
        if (output.format == Format.MARKDOWN) {
          out.println("```");
        }
        out.print(colour(rendered, style));
        out.println(output.format == Format.MARKDOWN ? "```" : "");
      }
      out.println(summary(result, expanded));
    }
    return result.hasErrors() ? Proviso.NEGATIVE : Proviso.OK;
  }

  private static String summary(CompilationResult result, List<Path> files) {
    long errors = count(result, Severity.ERROR);
    long warnings = count(result, Severity.WARNING);
    String checked = result.sources().size() + (result.sources().size() == 1 ? " file" : " files");
    if (errors == 0 && warnings == 0) {
      return "ok: " + checked + " checked, no problems";
    }
    return (errors == 0 ? "ok: " : "failed: ")
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + " in "
        + (result.sources().isEmpty() ? files.size() + " file(s)" : checked);
  }

  private static String colour(String rendered, Style style) {
    return rendered
        .replaceAll("(?m)(: )(error)(\\[)", "$1" + style.red("$2") + "$3")
        .replaceAll("(?m)(: )(warning)(\\[)", "$1" + style.yellow("$2") + "$3");
  }

  private static long count(CompilationResult result, Severity severity) {
    return result.diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static Map<String, Object> json(CompilationResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", !result.hasErrors());
    json.put("files", result.sources().keySet().stream().sorted().toList());
    json.put("errors", count(result, Severity.ERROR));
    json.put("warnings", count(result, Severity.WARNING));
    json.put("diagnostics", result.diagnostics().stream().map(CheckCommand::json).toList());
    return json;
  }

  private static Map<String, Object> json(Diagnostic d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", d.span().file());
    json.put("line", d.span().line());
    json.put("column", d.span().column());
    json.put("length", d.span().length());
    json.put("severity", d.severity().label());
    json.put("code", d.code().name());
    json.put("message", d.message());
    json.put("help", d.help().orElse(null));
    return json;
  }
}

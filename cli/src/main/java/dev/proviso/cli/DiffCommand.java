package dev.proviso.cli;

import dev.proviso.cli.analysis.SemanticDiff;
import dev.proviso.cli.report.DiffReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code proviso diff OLD NEW}: what a policy change means for every use, from compiled policies.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Show every (category, purpose, regime) use that a policy change opens, closes, or whose",
      "condition or obligations change, with the rules responsible on each side.",
      "Computed from the compiled policies, not from text: reordering or reformatting is no change."
    },
    footer = {
      "",
      "OLD and NEW are policy files or directories of .policy files.",
      "Exit codes: 0 no semantic change, 1 changes found, 2 usage or compile errors.",
      "Examples:",
      "  proviso diff old/shop.policy shop.policy",
      "  git show main:shop.policy > /tmp/old.policy && proviso diff /tmp/old.policy shop.policy",
      "  proviso diff old/ new/ --format markdown >> review.md"
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The policy before the change.")
  Path oldPolicy;

  @Parameters(index = "1", paramLabel = "NEW", description = "The policy after the change.")
  Path newPolicy;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    var before = PolicyLoader.model(PolicyFiles.expand(List.of(oldPolicy)));
    var after = PolicyLoader.model(PolicyFiles.expand(List.of(newPolicy)));
    SemanticDiff diff = SemanticDiff.compare(before, after);
    new DiffReport(diff, oldPolicy.toString(), newPolicy.toString())
        .print(output.out(), output.format, output.style());
    return diff.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
  }
}

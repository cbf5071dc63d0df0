package dev.proviso.cli;

import dev.proviso.analysis.SemanticDiff;
import dev.proviso.cli.report.DiffReport;
import dev.proviso.model.PolicyModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
      "OLD and NEW are policy files, directories of .policy files, or REV:PATH for a policy",
      "as it is in git at a revision (PATH from the repository root, or ./PATH from here).",
      "Exit codes: 0 no semantic change, 1 changes found, 2 usage or compile errors.",
      "Examples:",
      "  proviso diff old/shop.policy shop.policy",
      "  proviso diff main:policies/shop.policy policies/shop.policy   # before merging",
      "  proviso diff old/ new/ --format markdown >> review.md"
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The policy before the change: a file, a directory, or REV:PATH in git.")
  String oldPolicy;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The policy after the change: a file, a directory, or REV:PATH in git.")
  String newPolicy;

  @Option(
      names = "-C",
      paramLabel = "DIR",
      description = "Run git in DIR for REV:PATH arguments (default: the current directory).")
  Path gitDir = Path.of("");

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    PolicyModel before = load(oldPolicy);
    PolicyModel after = load(newPolicy);
    SemanticDiff diff = SemanticDiff.compare(before, after);
    new DiffReport(diff, oldPolicy, newPolicy).print(output.out(), output.format, output.style());
    return diff.isEmpty() ? Proviso.OK : Proviso.NEGATIVE;
  }

  private PolicyModel load(String argument) {
    Optional<GitRevision> revision = GitRevision.parse(argument, gitDir.toAbsolutePath());
    if (revision.isPresent()) {
      return PolicyLoader.model(revision.get().compile());
    }
    return PolicyLoader.model(PolicyFiles.expand(List.of(Path.of(argument))));
  }
}

package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand answers every kind of bad input with one clear line and exit code 2. */
class BadInputTest {
  @TempDir Path dir;

  /** The arguments that follow the FILES of each subcommand (diff takes two policies). */
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("check"),
          List.of("test"),
          List.of("explain", "--category", "contact.email", "--purpose", "fulfilment"),
          List.of("matrix"),
          List.of("diff"),
          List.of("fmt", "--check"));

  private Cli.Result run(List<String> command, Path policy, String... extra) {
    List<Object> args = new ArrayList<>();
    args.add(command.get(0));
    if (command.get(0).equals("diff")) {
      args.add(Cli.write(dir, "good/shop.policy", Fixtures.SHOP));
    }
    args.add(policy);
    args.addAll(command.subList(1, command.size()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray());
  }

  @TestFactory
  Stream<DynamicTest> everyCommand_badInput_oneLine_exitsTwo() throws Exception {
    Path missing = dir.resolve("missing.policy");
    Path binary = Files.write(dir.resolve("binary.policy"), new byte[] {(byte) 0xFF, 0x00, 0x41});
    Path broken = Cli.write(dir, "broken/shop.policy", Fixtures.BROKEN);
    Path good = Cli.write(dir, "shop.policy", Fixtures.SHOP);
    List<DynamicTest> tests = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      String name = command.get(0);
      tests.add(expectOneLine(name + ": missing file", run(command, missing), "no such file"));
      tests.add(
          expectOneLine(name + ": file that is not text", run(command, binary), "not UTF-8 text"));
      tests.add(expectOneLine(name + ": unknown option", run(command, good, "--bogus"), "--bogus"));
      if (!name.equals("check")) { // check renders syntax errors in full and exits 1
        tests.add(expectOneLine(name + ": syntax error", run(command, broken), "14:"));
      }
      if (name.equals("explain") || name.equals("matrix")) {
        tests.add(
            expectOneLine(
                name + ": bad --subject", run(command, good, "--subject", "age"), "NAME=VALUE"));
      }
    }
    return tests.stream();
  }

  private static DynamicTest expectOneLine(String name, Cli.Result result, String mentioned) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(2);
          assertThat(result.errLines()).hasSize(1);
          assertThat(result.errLines().get(0)).startsWith("error: ").contains(mentioned);
          assertThat(result.out()).isEmpty();
        });
  }
}

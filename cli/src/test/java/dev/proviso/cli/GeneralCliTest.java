package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneralCliTest {

  @Test
  void version_printsProjectVersion_exitsZero() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("proviso 0.");
  }

  @Test
  void noArguments_printsUsageOnStderr_exitsTwo() {
    Cli.Result r = Cli.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: proviso", "check", "diff", "matrix");
  }

  @Test
  void help_listsEverySubcommandWithExamples() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("check", "test", "explain", "matrix", "diff", "fmt", "Examples:", "Exit codes");
  }

  @Test
  void unknownOption_oneLineNamingIt_exitsTwo() {
    Cli.Result r = Cli.run("check", "--frobnicate", "x.policy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).contains("--frobnicate").contains("proviso check --help");
  }

  @Test
  void unknownSubcommand_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("chek", "x.policy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: ").contains("chek");
  }

  @Test
  void unknownCommand_closeToOne_didYouMeanOnOneLine() {
    Cli.Result r = Cli.run("chek", "x.policy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "error: unknown command 'chek'; did you mean 'check'? (see 'proviso --help')");
  }

  @Test
  void unknownCommand_closeToNone_noSuggestion() {
    Cli.Result r = Cli.run("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: unknown command 'frobnicate' (see 'proviso --help')");
  }

  @Test
  void subcommandHelp_showsExamplesAndExitCodes() {
    Cli.Result r = Cli.run("explain", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("--subject", "--consent", "--event", "--context", "--at", "Example");
  }

  @Test
  void noColorOption_acceptedAfterAnySubcommand() {
    Cli.Result r = Cli.run("check", "--no-color", "missing.policy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("error: cannot read missing.policy: no such file");
  }

  @Test
  void subcommandVersion_printsTheVersionToo() {
    Cli.Result r = Cli.run("diff", "-V");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("proviso 0.");
  }

  @Test
  void style_coloursOnlyWhenEnabled() {
    assertThat(new Style(true).red("DENY")).isEqualTo("\u001b[31mDENY\u001b[0m");
    assertThat(new Style(false).red("DENY")).isEqualTo("DENY");
    assertThat(Proviso.colour(false)).as("no console under the test runner").isFalse();
  }
}

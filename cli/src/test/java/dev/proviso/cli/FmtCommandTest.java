package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  @TempDir Path dir;

  private static final String MESSY =
      Fixtures.SHOP.replace(
          "allow contact for fulfilment", "allow    contact   for fulfilment   # why");

  @Test
  void fmtCheck_unformattedFile_listedAndUnchanged_exitsOne() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", MESSY);
    Cli.Result r = Cli.run("fmt", "--check", shop);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("would reformat " + shop, "1 of 1 file(s) would be reformatted");
    assertThat(Files.readString(shop)).isEqualTo(MESSY);
  }

  @Test
  void fmt_rewritesInPlaceKeepingComments_thenCheckPasses() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", MESSY);
    Cli.Result r = Cli.run("fmt", shop);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("formatted " + shop);
    assertThat(Files.readString(shop)).contains("allow contact for fulfilment  # why");
    Cli.Result again = Cli.run("fmt", "--check", shop);
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("1 file(s) already formatted");
  }

  @Test
  void fmt_formattedPolicyStillMeansTheSame() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", MESSY);
    Path copy = Cli.write(dir, "old/shop.policy", MESSY);
    Cli.run("fmt", shop);
    assertThat(Cli.run("diff", copy, shop).exit()).isZero();
  }

  @Test
  void fmt_syntaxError_oneLine_changesNothing_exitsTwo() throws Exception {
    Path good = Cli.write(dir, "a.policy", MESSY);
    Path broken = Cli.write(dir, "b.policy", Fixtures.BROKEN);
    Cli.Result r = Cli.run("fmt", good, broken);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("error: cannot format " + broken + ": 14:");
    assertThat(Files.readString(good)).isEqualTo(MESSY);
  }

  @Test
  void fmt_missingFile_oneLine_exitsTwo() {
    Cli.Result r = Cli.run("fmt", dir.resolve("none.policy"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: cannot read " + dir.resolve("none.policy") + ": no such file");
  }
}

package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proviso.dsl.format.PolicyFormatter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  @TempDir Path dir;

  /** The fixture as the formatter prints it (its long require rule moves onto two lines). */
  private static final String CANONICAL = PolicyFormatter.format(Fixtures.SHOP);

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
  void fmtW_rewritesInPlaceKeepingComments_thenCheckPasses() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", MESSY);
    Cli.Result r = Cli.run("fmt", "-w", shop);
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
    Cli.run("fmt", "--write", shop);
    assertThat(Cli.run("diff", copy, shop).exit()).isZero();
  }

  @Test
  void fmt_syntaxError_oneLine_changesNothing_exitsTwo() throws Exception {
    Path good = Cli.write(dir, "a.policy", MESSY);
    Path broken = Cli.write(dir, "b.policy", Fixtures.BROKEN);
    Cli.Result r = Cli.run("fmt", "-w", good, broken);
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

  @Test
  void fmt_stdin_canonicalTextOnStdout() {
    Cli.Result r =
        Cli.runWithInput(
            "policy  \"shop\"   version 1\ncategory contact { email }\npurpose fulfilment\n"
                + "allow    contact   for fulfilment   # why\n",
            "fmt");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            policy "shop" version 1
            category contact { email }
            purpose fulfilment
            allow contact for fulfilment  # why
            """);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void fmt_dashIsStdin_alreadyCanonical_printedUnchanged() {
    Cli.Result r = Cli.runWithInput(CANONICAL, "fmt", "-");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(CANONICAL);
  }

  @Test
  void fmt_fileWithoutFlags_printsCanonicalTextAndChangesNothing() throws Exception {
    Path shop = Cli.write(dir, "shop.policy", MESSY);

    Cli.Result r = Cli.run("fmt", shop);

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            CANONICAL.replace(
                "allow contact for fulfilment\n", "allow contact for fulfilment  # why\n"));
    assertThat(Files.readString(shop)).isEqualTo(MESSY);
  }

  @Test
  void fmtL_listsOnlyTheFilesThatDiffer_exitsOneAndChangesNothing() throws Exception {
    Path messy = Cli.write(dir, "a/shop.policy", MESSY);
    Path canonical = Cli.write(dir, "b/shop.policy", CANONICAL);

    Cli.Result r = Cli.run("fmt", "-l", messy, canonical);

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(messy + "\n");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
  }

  @Test
  void fmtL_everythingCanonical_printsNothingExitsZero() throws Exception {
    Path canonical = Cli.write(dir, "shop.policy", CANONICAL);

    Cli.Result r = Cli.run("fmt", "--list", canonical);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void fmtD_twoDistantEdits_unifiedDiffWithTwoHunks() throws Exception {
    Path shop =
        Cli.write(
            dir,
            "shop.policy",
            CANONICAL
                .replace("policy \"acme-shop\" version 3", "policy  \"acme-shop\"  version 3")
                .replace("allow contact for fulfilment", "allow   contact for fulfilment"));

    Cli.Result r = Cli.run("fmt", "-d", shop);

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "--- a/"
                + shop
                + "\n+++ b/"
                + shop
                + "\n"
                + """
                @@ -1,4 +1,4 @@
                -policy  "acme-shop"  version 3
                +policy "acme-shop" version 3
                \s
                 subject { region: text, age: number, identified: bool }
                 context { channel: text, offer: text }
                @@ -11,7 +11,7 @@
                 purpose marketing { email, retargeting }
                 purpose analytics
                \s
                -allow   contact for fulfilment
                +allow contact for fulfilment
                 allow contact.email for marketing.email with audit
                 allow behavior for analytics with pseudonymize(contact)
                 allow behavior.cart for marketing.retargeting
                """);
    assertThat(Files.readString(shop)).contains("allow   contact for fulfilment");
  }

  @Test
  void fmtD_stdin_diffNamesStdin() {
    Cli.Result r = Cli.runWithInput("policy \"x\"  version 1\n", "fmt", "-d");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            """
            --- a/<stdin>
            +++ b/<stdin>
            @@ -1,1 +1,1 @@
            -policy "x"  version 1
            +policy "x" version 1
            """);
  }

  @Test
  void fmtW_stdin_oneLineUsageError_exitsTwo() {
    Cli.Result r = Cli.runWithInput(Fixtures.SHOP, "fmt", "-w");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("error: -w writes files: give FILES, or drop -w to format standard input");
  }

  @Test
  void fmt_stdinDoesNotParse_oneLineNamingStdin_exitsTwo() {
    Cli.Result r = Cli.runWithInput("policy \"x\" version 1\nallow contact fr x\n", "fmt");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("error: cannot format <stdin>: 2:15: expected 'for', found 'fr' [P001]");
  }
}

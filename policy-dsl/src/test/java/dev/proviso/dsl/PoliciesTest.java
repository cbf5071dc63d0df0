package dev.proviso.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.Decision;
import dev.proviso.Outcome;
import dev.proviso.Policy;
import dev.proviso.Request;
import dev.proviso.Subject;
import dev.proviso.dsl.diagnostics.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-step loading: a file, a directory or a classpath resource to a deciding policy. */
class PoliciesTest {

  private static final String ROOT =
      """
      policy "mail" version 2
      import "rules/gdpr.policy"

      subject { region: text }
      category contact { email }
      purpose marketing { email }

      allow contact.email for marketing.email
      """;
  private static final String GDPR =
      """
      regime gdpr applies when subject.region == "EU" {
        require consent(marketing.email) to use contact.email for marketing.email
      }
      """;

  private static Decision emailForMarketing(Policy policy, String region) {
    Subject subject = Subject.builder("c-1").set("region", region).build();
    return policy.decide(
        Request.of(subject, policy.category("contact.email"), policy.purpose("marketing.email")));
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void load_rootFile_decidesWithItsImports(@TempDir Path dir) throws Exception {
    Path root = write(dir, "mail.policy", ROOT);
    write(dir, "rules/gdpr.policy", GDPR);

    Policy policy = Policies.load(root);

    assertThat(policy.name()).isEqualTo("mail");
    assertThat(emailForMarketing(policy, "US").outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(emailForMarketing(policy, "EU").ruleIds()).containsExactly("rules/gdpr.policy:2");
  }

  @Test
  void load_directory_takesTheFileWithTheHeaderAsRootWhateverItsName(@TempDir Path dir)
      throws Exception {
    write(dir, "a-first-by-name.policy", "allow contact for marketing\n");
    write(dir, "z-mail.policy", ROOT.replace("import \"rules/gdpr.policy\"\n", ""));

    Policy policy = Policies.load(dir);

    assertThat(policy.name()).isEqualTo("mail");
    assertThat(policy.model().rules())
        .extracting(r -> r.id())
        .containsExactly("z-mail.policy:7", "a-first-by-name.policy:1");
  }

  @Test
  void load_directoryWithImportedFiles_loadsEachFileOnce(@TempDir Path dir) throws Exception {
    write(dir, "mail.policy", ROOT);
    write(dir, "rules/gdpr.policy", GDPR);

    Policy policy = Policies.load(dir);

    assertThat(policy.model().rules()).extracting(r -> r.id()).hasSize(2);
    assertThat(emailForMarketing(policy, "EU").outcome()).isEqualTo(Outcome.DENY);
  }

  @Test
  void load_errors_throwsWithEveryDiagnosticRendered(@TempDir Path dir) throws Exception {
    Path root =
        write(
            dir,
            "mail.policy",
            ROOT.replace("import \"rules/gdpr.policy\"\n", "")
                + "allow contact.emial for marketing\nallow contact for marketing.mail\n");

    assertThatThrownBy(() -> Policies.load(root))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("mail.policy:8:7: error[P101]")
        .hasMessageContaining("mail.policy:9:19: error[P102]")
        .hasMessageContaining("did you mean 'contact.email'?")
        .hasMessageContaining("^")
        .satisfies(
            e ->
                assertThat(((PolicyCompilationException) e).diagnostics())
                    .filteredOn(d -> d.isError())
                    .hasSize(2));
  }

  @Test
  void load_directoryWithoutPolicyFiles_throwsP121NamingIt(@TempDir Path dir) throws Exception {
    write(dir, "notes.txt", "not a policy");

    assertThatThrownBy(() -> Policies.load(dir))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("no .policy files in directory")
        .satisfies(
            e ->
                assertThat(((PolicyCompilationException) e).diagnostics())
                    .extracting(d -> d.code())
                    .containsExactly(DiagnosticCode.P121));
  }

  @Test
  void load_fileThatIsNotUtf8_throwsSayingSo(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("mail.policy");
    Files.write(root, new byte[] {'p', 'o', (byte) 0xC3, (byte) 0x28});

    assertThatThrownBy(() -> Policies.load(root))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("cannot read policy file 'mail.policy': it is not UTF-8 text");
  }

  @Test
  void fromClasspath_rootResource_namesFilesRelativeToItsDirectory() {
    Policy fromClasspath = Policies.fromClasspath("policies/shop/shop.policy");
    Policy fromFile = Policies.load(ShopExampleTest.SHOP);

    assertThat(fromClasspath.name()).isEqualTo("acme-shop");
    assertThat(fromClasspath.contentHash()).isEqualTo(fromFile.contentHash());
    assertThat(fromClasspath.model().rules())
        .extracting(r -> r.id())
        .isEqualTo(fromFile.model().rules().stream().map(r -> r.id()).toList());
  }

  @Test
  void fromClasspath_leadingSlash_findsTheSameResource() {
    assertThat(Policies.fromClasspath("/policies/shop/shop.policy").contentHash())
        .isEqualTo(Policies.fromClasspath("policies/shop/shop.policy").contentHash());
  }

  @Test
  void fromClasspath_missingResource_throwsNamingTheResource() {
    assertThatThrownBy(() -> Policies.fromClasspath("policies/nope/shop.policy"))
        .isInstanceOf(PolicyCompilationException.class)
        .hasMessageContaining("cannot find policy resource 'policies/nope/shop.policy'");
  }

  @Test
  void fromString_oneSource_decides() {
    Policy policy =
        Policies.fromString("mail.policy", ROOT.replace("import \"rules/gdpr.policy\"\n", ""));

    assertThat(emailForMarketing(policy, "EU").outcome()).isEqualTo(Outcome.ALLOW);
  }
}

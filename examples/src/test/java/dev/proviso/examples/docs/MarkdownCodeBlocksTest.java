package dev.proviso.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.proviso.examples.docs.MarkdownCodeBlocks.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownCodeBlocksTest {

  @Test
  void parse_fencesInListItems_keepTagLineHeadingAndUnindentedText() {
    List<CodeBlock> blocks =
        MarkdownCodeBlocks.parse(
            "docs/x.md",
            List.of(
                "# Title",
                "## P101",
                "- a list item:",
                "",
                "  ```policy-error P101 file=a.policy",
                "  regime gdpr {",
                "    deny contact for any",
                "  }",
                "  ```",
                "```",
                "$ proviso check",
                "```"));

    assertThat(blocks).hasSize(2);
    CodeBlock first = blocks.get(0);
    assertThat(first.location()).isEqualTo("docs/x.md:5");
    assertThat(first.tag()).isEqualTo("policy-error");
    assertThat(first.arguments()).containsExactly("P101", "file=a.policy");
    assertThat(first.heading()).isEqualTo("P101");
    assertThat(first.text()).isEqualTo("regime gdpr {\n  deny contact for any\n}\n");
    assertThat(blocks.get(1).tag()).isEmpty();
    assertThat(blocks.get(1).text()).isEqualTo("$ proviso check\n");
  }

  @Test
  void parse_hashLinesInsideABlock_areNotHeadings() {
    List<CodeBlock> blocks =
        MarkdownCodeBlocks.parse(
            "README.md",
            List.of("## Rules", "```policy", "# a comment", "```", "```java", "x();", "```"));

    assertThat(blocks).extracting(CodeBlock::heading).containsExactly("Rules", "Rules");
  }

  @Test
  void parse_unclosedFence_failsWithItsLine() {
    assertThatThrownBy(() -> MarkdownCodeBlocks.parse("README.md", List.of("text", "```policy")))
        .hasMessage("README.md:2: code block is never closed");
  }
}

package dev.proviso.cli;

import dev.proviso.lsp.Main;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code proviso lsp}: the language server for editors, over standard input and output. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run the Proviso language server over standard input and output, for an editor to start:",
      "diagnostics with quick fixes, hover, completion, definitions, references, formatting."
    },
    footer = {
      "",
      "Exit codes: 0 when the editor shut the server down, 1 when it exited without a shutdown.",
      "Setup for VS Code, IntelliJ and Neovim: docs/editor.md.",
      "Examples:",
      "  proviso lsp        # started by the editor, not by hand"
    })
final class LspCommand implements Callable<Integer> {

  @Override
  public Integer call() throws InterruptedException {
    return Main.serveStdio();
  }
}

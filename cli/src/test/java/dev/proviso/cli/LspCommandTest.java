package dev.proviso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** {@code proviso lsp} serves the protocol on standard input and output. */
class LspCommandTest {

  @Test
  void lsp_overStandardStreams_initializesAndShutsDownWithExitZero() throws Exception {
    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    System.setProperty("proviso.lsp.embedded", "true");
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PrintStream serverOut = new PrintStream(new PipedOutputStream(clientIn), true);
    CompletableFuture<Integer> exit;
    try {
      System.setIn(serverIn);
      System.setOut(serverOut);
      exit =
          CompletableFuture.supplyAsync(
              () -> Proviso.run(new String[] {"lsp"}, stdout, System.err));
      Launcher<LanguageServer> client =
          LSPLauncher.createClientLauncher(new QuietClient(), clientIn, clientOut);
      client.startListening();
      LanguageServer server = client.getRemoteProxy();

      InitializeResult result = server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
      assertThat(result.getServerInfo().getName()).isEqualTo("proviso-lsp");
      assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();

      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      clientOut.close();
      assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    } finally {
      System.setIn(stdin);
      System.setOut(stdout);
    }
  }

  @Test
  void help_listsTheLspCommand() {
    assertThat(Cli.run("--help").out()).contains("lsp");
    assertThat(Cli.run("lsp", "--help").out()).contains("language server", "docs/editor.md");
  }

  private static final class QuietClient implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}

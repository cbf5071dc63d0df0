package dev.proviso.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** {@code java -jar proviso-lsp.jar}: the language server over standard input and output. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    exit(serveStdio());
  }

  /**
   * Serves the protocol on standard input and output until the client disconnects (standard output
   * carries only the protocol meanwhile; anything else printed goes to standard error).
   *
   * @return 0 when the client shut the server down first, 1 otherwise
   */
  public static int serveStdio() throws InterruptedException {
    InputStream in = System.in;
    PrintStream out = System.out;
    System.setOut(new PrintStream(System.err, true));
    try {
      ProvisoLanguageServer server = new ProvisoLanguageServer();
      Future<Void> listening = start(server, in, out);
      try {
        listening.get();
      } catch (ExecutionException e) {
        System.err.println(
            "proviso-lsp: connection closed (" + e.getCause().getClass().getSimpleName() + ")");
      }
      return server.exitCode();
    } finally {
      System.setOut(out);
    }
  }

  /** Connects a server to a client over the streams and starts listening. */
  public static Future<Void> start(ProvisoLanguageServer server, InputStream in, OutputStream out) {
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }

  static void exit(int code) {
    if (!Boolean.getBoolean("proviso.lsp.embedded")) {
      System.exit(code);
    }
  }
}

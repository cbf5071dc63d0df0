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
    InputStream in = System.in;
    OutputStream out = System.out;
    // stdout carries the protocol: anything else printed there would corrupt it.
    System.setOut(new PrintStream(System.err, true));
    Future<Void> listening = start(new ProvisoLanguageServer(), in, out);
    try {
      listening.get();
    } catch (ExecutionException e) {
      System.err.println(
          "proviso-lsp: connection closed (" + e.getCause().getClass().getSimpleName() + ")");
    }
    exit(0);
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

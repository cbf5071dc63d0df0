package dev.proviso.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP4J client talking JSON-RPC to the server over a pair of pipes, recording what the
 * server sends back: published diagnostics per document, and log messages (the server logs only
 * when a request failed inside it).
 */
final class LspSession implements AutoCloseable {

  static final Path SHOP = Path.of("../examples/src/main/resources/policies/shop");

  final LanguageServer server;
  final InitializeResult initialized;
  final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, BlockingQueue<PublishDiagnosticsParams>> published =
      new ConcurrentHashMap<>();
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();

  LspSession() {
    this(ProvisoLanguageServer.DEBOUNCE_MILLIS);
  }

  LspSession(long debounceMillis) {
    System.setProperty("proviso.lsp.embedded", "true");
    try {
      PipedInputStream serverIn = new PipedInputStream(1 << 16);
      PipedOutputStream clientOut = new PipedOutputStream(serverIn);
      PipedInputStream clientIn = new PipedInputStream(1 << 16);
      PipedOutputStream serverOut = new PipedOutputStream(clientIn);
      Main.start(new ProvisoLanguageServer(debounceMillis), serverIn, serverOut);
      Launcher<LanguageServer> launcher =
          LSPLauncher.createClientLauncher(new Recorder(), clientIn, clientOut);
      launcher.startListening();
      server = launcher.getRemoteProxy();
      initialized = get(server.initialize(new InitializeParams()));
      server.initialized(new InitializedParams());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the example shop policies into {@code dir}. */
  static void copyShop(Path dir) throws IOException {
    for (String name : List.of("shop.policy", "gdpr.policy", "ccpa.policy", "brand.policy")) {
      Files.copy(SHOP.resolve(name), dir.resolve(name));
    }
  }

  String open(Path file) throws IOException {
    return open(file.toUri().toString(), Files.readString(file));
  }

  String open(String uri, String text) {
    versions.put(uri, 1);
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "proviso", 1, text)));
    return uri;
  }

  void change(String uri, String text) {
    int version = versions.merge(uri, 1, Integer::sum);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** The next diagnostics published for {@code uri} (waits up to 10 s). */
  PublishDiagnosticsParams nextDiagnostics(String uri) {
    try {
      PublishDiagnosticsParams p = queue(uri).poll(10, TimeUnit.SECONDS);
      if (p == null) {
        throw new AssertionError("no diagnostics published for " + uri + " within 10 s");
      }
      return p;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Forgets diagnostics published so far. */
  void drain() {
    published.values().forEach(BlockingQueue::clear);
  }

  static TextDocumentIdentifier doc(String uri) {
    return new TextDocumentIdentifier(uri);
  }

  /**
   * The position of the {@code nth} (0-based) occurrence of {@code needle}, plus {@code offset}.
   */
  static Position at(String text, String needle, int nth, int offset) {
    int index = -1;
    for (int i = 0; i <= nth; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) {
        throw new IllegalArgumentException("'" + needle + "' #" + nth + " not in text");
      }
    }
    index += offset;
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, index - lineStart);
  }

  static <T> T get(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private BlockingQueue<PublishDiagnosticsParams> queue(String uri) {
    return published.computeIfAbsent(uri, u -> new LinkedBlockingQueue<>());
  }

  @Override
  public void close() {
    get(server.shutdown());
    server.exit();
  }

  private final class Recorder implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      queue(diagnostics.getUri()).add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {
      logged.add(messageParams.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
      logged.add(message.getMessage());
    }
  }
}

package dev.proviso.lsp;

import dev.proviso.lsp.features.SemanticTokensFeature;
import dev.proviso.lsp.features.WorkspaceSymbols;
import dev.proviso.lsp.workspace.Workspace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Proviso language server: diagnostics while typing, quick fixes, hover, definition,
 * references, completion, formatting, outline, workspace symbols (rules by id) and semantic tokens
 * for {@code .policy} files.
 *
 * <pre>{@code
 * ProvisoLanguageServer server = new ProvisoLanguageServer();
 * Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
 * server.connect(launcher.getRemoteProxy());
 * launcher.startListening();
 * }</pre>
 */
public final class ProvisoLanguageServer implements LanguageServer, LanguageClientAware {

  /** How long the author must pause before diagnostics are published. */
  public static final long DEBOUNCE_MILLIS = 200;

  private final Workspace workspace = new Workspace();
  private final Guard guard = new Guard(this::log);
  private final DiagnosticsPublisher diagnostics;
  private final PolicyTextDocuments documents;
  private volatile LanguageClient client;
  private volatile int exitCode = 1;

  public ProvisoLanguageServer() {
    this(DEBOUNCE_MILLIS);
  }

  /** A server whose diagnostics wait {@code debounceMillis} after the last change. */
  public ProvisoLanguageServer(long debounceMillis) {
    this.diagnostics =
        new DiagnosticsPublisher(
            workspace,
            params -> {
              LanguageClient c = client;
              if (c != null) {
                c.publishDiagnostics(params);
              }
            },
            guard,
            debounceMillis);
    this.documents = new PolicyTextDocuments(workspace, diagnostics, guard);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
    capabilities.setHoverProvider(true);
    capabilities.setDefinitionProvider(true);
    capabilities.setReferencesProvider(true);
    capabilities.setDocumentFormattingProvider(true);
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setWorkspaceSymbolProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".", "(", " ")));
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    SemanticTokensWithRegistrationOptions tokens =
        new SemanticTokensWithRegistrationOptions(SemanticTokensFeature.legend(), true, false);
    capabilities.setSemanticTokensProvider(tokens);
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("proviso-lsp", version())));
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    exitCode = 0;
    diagnostics.close();
    return CompletableFuture.completedFuture(null);
  }

  /** 0 once the client has asked for a shutdown, 1 before (the protocol's exit code). */
  int exitCode() {
    return exitCode;
  }

  @Override
  public void exit() {
    diagnostics.close();
    Main.exit(exitCode);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(DidChangeConfigurationParams params) {}

      /** Rules by id and declared names, across the policies of the open documents. */
      @Override
      public CompletableFuture<
              Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>>
          symbol(WorkspaceSymbolParams params) {
        return CompletableFuture.completedFuture(
            Either.forRight(
                guard.call(
                    "workspaceSymbol",
                    () -> WorkspaceSymbols.matching(params.getQuery(), workspace.views()),
                    List.of())));
      }

      /** A policy file changed on disk: imports read from disk are compiled again. */
      @Override
      public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        guard.run(
            "didChangeWatchedFiles",
            () -> {
              workspace.filesChanged();
              diagnostics.schedule();
            });
      }
    };
  }

  private void log(String message) {
    LanguageClient c = client;
    if (c != null) {
      c.logMessage(new MessageParams(MessageType.Error, message));
    }
  }

  private static String version() {
    String v = ProvisoLanguageServer.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

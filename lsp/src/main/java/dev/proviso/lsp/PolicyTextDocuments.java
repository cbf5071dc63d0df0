package dev.proviso.lsp;

import dev.proviso.lsp.features.Completions;
import dev.proviso.lsp.features.Formatting;
import dev.proviso.lsp.features.Hovers;
import dev.proviso.lsp.features.Navigation;
import dev.proviso.lsp.features.Outline;
import dev.proviso.lsp.features.QuickFixes;
import dev.proviso.lsp.features.SemanticTokensFeature;
import dev.proviso.lsp.workspace.DocumentView;
import dev.proviso.lsp.workspace.Workspace;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document half of the protocol. Documents are synchronised in full; every request is
 * answered from the document's current text (compiling it if the cached compilation is stale), and
 * through {@link Guard}, so a failure answers empty instead of reaching the client.
 */
final class PolicyTextDocuments implements TextDocumentService {

  private final Workspace workspace;
  private final DiagnosticsPublisher diagnostics;
  private final Guard guard;

  PolicyTextDocuments(Workspace workspace, DiagnosticsPublisher diagnostics, Guard guard) {
    this.workspace = workspace;
    this.diagnostics = diagnostics;
    this.guard = guard;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    guard.run(
        "didOpen",
        () -> {
          workspace.put(params.getTextDocument().getUri(), params.getTextDocument().getText());
          diagnostics.schedule();
        });
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    guard.run(
        "didChange",
        () -> {
          List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
          if (changes.isEmpty()) {
            return;
          }
          // Full synchronisation: the last change holds the whole text.
          workspace.put(
              params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
          diagnostics.schedule();
        });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    guard.run(
        "didClose",
        () -> {
          workspace.close(params.getTextDocument().getUri());
          diagnostics.cleared(params.getTextDocument().getUri());
          diagnostics.schedule();
        });
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    guard.run(
        "didSave",
        () -> {
          workspace.filesChanged(); // other policies read the saved file from disk
          diagnostics.schedule();
        });
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(
        "hover",
        params.getTextDocument().getUri(),
        v -> Hovers.at(v, params.getPosition()).orElse(null),
        null);
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return answer(
        "definition",
        params.getTextDocument().getUri(),
        v -> Either.forLeft(Navigation.definition(v, params.getPosition())),
        Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean declarations =
        params.getContext() == null || params.getContext().isIncludeDeclaration();
    return answer(
        "references",
        params.getTextDocument().getUri(),
        v -> Navigation.references(v, params.getPosition(), declarations),
        List.of());
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return answer(
        "completion",
        params.getTextDocument().getUri(),
        v -> Either.forLeft(Completions.at(v, params.getPosition(), typedSpace(params))),
        Either.forLeft(List.of()));
  }

  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return answer("formatting", params.getTextDocument().getUri(), Formatting::format, List.of());
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(
        "codeAction",
        params.getTextDocument().getUri(),
        v ->
            QuickFixes.at(v, params.getRange()).stream()
                .map(Either::<Command, CodeAction>forRight)
                .toList(),
        List.of());
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return answer(
        "documentSymbol",
        params.getTextDocument().getUri(),
        v ->
            Outline.of(v).stream()
                .map(Either::<SymbolInformation, DocumentSymbol>forRight)
                .toList(),
        List.of());
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return answer(
        "semanticTokens",
        params.getTextDocument().getUri(),
        SemanticTokensFeature::of,
        new SemanticTokens(List.of()));
  }

  private static boolean typedSpace(CompletionParams params) {
    return params.getContext() != null && " ".equals(params.getContext().getTriggerCharacter());
  }

  private <T> CompletableFuture<T> answer(
      String what, String uri, Function<DocumentView, T> feature, T empty) {
    return CompletableFuture.completedFuture(
        guard.call(what, () -> workspace.view(uri).map(feature).orElse(empty), empty));
  }
}

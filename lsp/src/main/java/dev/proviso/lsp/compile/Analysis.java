package dev.proviso.lsp.compile;

import dev.proviso.dsl.diagnostics.Diagnostic;
import dev.proviso.dsl.internal.ast.PolicyFile;
import dev.proviso.dsl.internal.resolve.Symbols;
import dev.proviso.model.PolicyModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One compilation of a root document and everything it imports, as the editor features need it: the
 * compiler's diagnostics, the syntax tree and text of every loaded file (root first), the declared
 * symbols, and the model when there were no errors.
 *
 * @param root the display name of the root file
 * @param files every loaded file by display name, in load order
 * @param texts the text of every loaded file by display name
 */
public record Analysis(
    String root,
    List<Diagnostic> diagnostics,
    Map<String, PolicyFile> files,
    Map<String, String> texts,
    Symbols symbols,
    Optional<PolicyModel> model) {

  public Analysis {
    diagnostics = List.copyOf(diagnostics);
    files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    texts = Map.copyOf(texts);
  }

  /** True when {@code file} was loaded by this compilation. */
  public boolean loaded(String file) {
    return files.containsKey(file);
  }

  /** The diagnostics located in {@code file}. */
  public List<Diagnostic> diagnosticsIn(String file) {
    return diagnostics.stream().filter(d -> d.span().file().equals(file)).toList();
  }
}

package dev.proviso.lsp.index;

import dev.proviso.dsl.diagnostics.Span;

/** A name under the cursor, resolved: what it names, and the exact text range of the name. */
public record Target(SymbolKind kind, String path, Span span, boolean declaration) {}

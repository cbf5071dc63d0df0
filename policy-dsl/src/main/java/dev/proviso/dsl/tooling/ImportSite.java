package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import java.util.Optional;

/**
 * An {@code import} as written.
 *
 * @param written the quoted path, {@code gdpr.policy} or {@code gdpr} in {@code import pack "gdpr"}
 * @param kind {@code pack} or {@code taxonomy} for a shipped library, empty for a file
 * @param target the display name the import resolves to, {@code rules/gdpr.policy} or {@code
 *     pack:gdpr}
 * @param span the quoted path
 * @param loaded true when the compilation loaded the target
 */
public record ImportSite(
    String written, Optional<String> kind, String target, Span span, boolean loaded) {}

package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import java.util.Optional;

/**
 * A rule or retention as written.
 *
 * @param id its id in decisions, logs, coverage and diffs: the written name, else {@code file:line}
 * @param name the name written in brackets, {@code allow[marketing_email] ...}, if any
 * @param declaration where the id is written: the bracketed name, else the rule's first keyword
 * @param head the rule's first line, from its first token
 * @param range the whole rule, from its first token to the end of its last
 * @param regime the regime it sits in; empty at top level
 * @param purposes for a retention, the one purpose it keeps data for
 */
public record RuleSite(
    String id,
    Optional<String> name,
    RuleKind kind,
    boolean advisory,
    Span declaration,
    Span head,
    SourceRange range,
    Optional<String> regime,
    RuleSelection categories,
    RuleSelection purposes) {}

package dev.proviso.dsl.tooling;

import dev.proviso.dsl.diagnostics.Span;
import java.util.List;
import java.util.Optional;

/**
 * One thing a policy names, with every place it is written. A dotted name refers to its ancestors
 * too: in {@code allow contact.email for ...} the segment {@code contact} is a reference to the
 * category {@code contact}, and the whole name {@code contact.email} one to {@code contact.email}.
 *
 * @param name the full name: {@code contact.email}, {@code subject.age}, a rule's id
 * @param declarations where it is declared, in load order; several for a regime declared in parts,
 *     none for events, opt-outs and built-ins, and none for a name declared nowhere (an error the
 *     diagnostics report)
 * @param references every other place it is written, in load order
 * @param flags the keywords declared on it, e.g. {@code sensitive} and {@code provided} for a
 *     category, {@code conditional} for a regime with an {@code applies when} condition
 * @param description the description its taxonomy gives, for a category or purpose
 * @param type the type of an attribute, as written ({@code number}, {@code list of text})
 */
public record Symbol(
    SymbolKind kind,
    String name,
    List<Span> declarations,
    List<Span> references,
    List<String> flags,
    Optional<String> description,
    Optional<String> type) {

  public Symbol {
    declarations = List.copyOf(declarations);
    references = List.copyOf(references);
    flags = List.copyOf(flags);
  }

  /** True when the policy declares it. */
  public boolean declared() {
    return !declarations.isEmpty();
  }

  /** True when {@code flag} is declared on it (not inherited: see {@link ToolingResult}). */
  public boolean hasFlag(String flag) {
    return flags.contains(flag);
  }
}

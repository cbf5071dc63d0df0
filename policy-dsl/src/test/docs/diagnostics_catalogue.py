#!/usr/bin/env python3
"""Regenerates docs/diagnostics.md from the golden cases (policy-dsl/src/test/resources/golden).

Run from the repository root after changing a golden case or the wording below:
    python3 policy-dsl/src/test/docs/diagnostics_catalogue.py > docs/diagnostics.md
DiagnosticsCatalogueTest checks that every code has a section.
"""
import os

GOLDEN = 'policy-dsl/src/test/resources/golden'

# code: (title, trigger, fix)
TEXT = {
 'P001': ('syntax error', 'A statement does not follow the grammar. The message names what was expected in words (a name, a condition, `for`) and quotes what was found; a misspelled keyword gets a did-you-mean. Each broken statement is reported once and the compiler resumes at the next line that starts a statement; it never inserts or deletes input to "repair" it. ', 'Write the statement as the message says; see the construct in [language.md](language.md).'),
 'P002': ('unterminated text', 'A quoted text has no closing `"` on its line.', 'Close the text on the same line; use `\\n` for a line break inside it.'),
 'P003': ('unexpected character', 'A character that has no meaning in the language, such as `&`, `%` or `;`. Habits from other languages get specific help: `;` (statements end at the end of the line), `&&` (write `and`), `||` (write `or`), `!` (write `not`). A character outside printable ASCII is named by code point (`\'а\' (U+0430 CYRILLIC SMALL LETTER A)`), and a letter from another script that looks like an ASCII one says which (`it looks like \'a\' but is not`). A UTF-8 byte-order mark at the start of a file is not an error: it is ignored.', 'Use `and`/`or`/`not` for logic and `==` to compare; names are ASCII letters, digits and `_`; comments start with `#`.'),
 'P004': ('missing policy header', 'The root file has no `policy "name" version N` line.', 'Start the root file with `policy "name" version 1`.'),
 'P005': ('misplaced policy header', 'An imported file has a `policy` header, or a file has two. Only the root file names the policy.', 'Remove the header from the imported file.'),
 'P006': ('unclosed block', 'A `regime` or `test` block is not closed before the next statement that cannot be inside it (or the end of the file).', "Add the missing `}` after the block's last line."),
 'P007': ('beyond the compiler\'s limits', 'A file nests more than 100 levels deep (parentheses, list brackets, braces of category or purpose blocks and runs of `not`, counted together), or has more than 4,194,304 characters, or all of a policy\'s files together more than 16,777,216 (a file on disk over 16 MiB is not even read). The limits are checked on the tokens before any recursive stage runs, so no input can overflow the stack or exhaust the heap; the statement (or file) is not compiled.', 'Split the condition into simpler rules or flatten the nesting; split a huge file into imported files.'),
 'P101': ('unknown data category', 'A rule, retention, obligation or test names a category that is not declared (also: the parent of a dotted declaration such as `category contact.fax`).', 'Fix the spelling (see the did-you-mean) or declare the category. If the name is a purpose, the help says so: categories come before `for`.'),
 'P102': ('unknown purpose', 'A rule, retention, `consent(...)` or test names an undeclared purpose.', 'Fix the spelling or declare the purpose.'),
 'P103': ('unknown attribute', '`subject.x` or `context.x` is used (in a condition, `has(...)` or a test) but not declared in `subject { }` / `context { }`.', 'Fix the spelling or declare the attribute with its type.'),
 'P104': ('unknown event', 'A test gives an event that no rule, obligation or retention mentions. Events need no declaration; the rules define which exist.', 'Fix the spelling, or use the event in a rule first.'),
 'P105': ('unknown opt-out', 'A test gives `opted_out(x)`/`opted_in(x)` for a name no `opted_out(x)` condition mentions.', 'Fix the spelling.'),
 'P106': ('unknown attribute type', 'An attribute is declared with a type other than `text`, `number`, `bool`, `instant`, `list of text`.', 'Use one of the five types.'),
 'P107': ('unknown function or obligation', 'A condition calls something other than `consent`, `opted_out`, `has`, `elapsed`; an obligation other than `mask`, `pseudonymize`, `not_before`, `audit`, `notify`; a test gives something other than `consent`, `withdrawn`, `opted_out`, `opted_in`, `erasure`.', 'Fix the spelling (see the did-you-mean).'),
 'P108': ('unknown data subject kind', 'With `import taxonomy "fideslang"`, `subject.kind` is compared with (or a test sets it to) a kind the taxonomy does not define, so the condition could never match.', 'Use one of the taxonomy\'s kinds (see the did-you-mean, and [packs.md](packs.md)).'),
 'P110': ('duplicate category', 'The same category path is declared twice (in one file or across files). Re-declaring a node an imported taxonomy declares is allowed (to add flags or children).', 'Remove one declaration, or extend the tree with a dotted name (`category contact.fax`).'),
 'P111': ('duplicate purpose', 'The same purpose path is declared twice.', 'Remove one declaration.'),
 'P112': ('duplicate attribute', 'An attribute is declared again with a different type. Repeating the identical declaration (e.g. in a pack and in your policy) is fine.', 'Declare the attribute with one type.'),
 'P113': ('duplicate test', 'Two tests have the same name.', 'Give each test its own name, so failures can be told apart.'),
 'P114': ('regime condition declared twice', 'A regime split across files or blocks has `applies when` in more than one place.', 'State the condition once; the other parts write just `regime NAME { ... }`.'),
 'P115': ('conflicting category flags', 'A category carries more than one provenance (`provided`, `observed`, `derived`).', 'Keep one; children inherit it unless they declare their own.'),
 'P116': ('duplicate rule name', 'Two rules or retentions (in any files of the policy) have the same name `allow[name] ...`. A name is the rule\'s id in decisions, decision logs, receipts, journals and coverage, so it must be unique.', 'Give each rule its own name; unnamed rules keep their `file:line` id.'),
 'P117': ('exception outside its selection', 'An `except` names a category or purpose that is not strictly inside what the selection names (`contact except health`, `marketing except analytics`), or one that takes out all of a named path (`contact except contact`).', 'Except only a part of what is named: `contact except contact.email`, `any except legal`.'),
 'P118': ('duplicate consent', 'A consent is declared twice by name (in one file or across files), or its name is also a purpose path, which would make `consent(x)` ambiguous.', 'Remove one declaration, or name the consent after what the subject agrees to (`consent newsletter for marketing.email`).'),
 'P119': ('unknown consent', 'In a policy that declares consents, `consent(x)` names neither a declared consent nor a purpose. The did-you-mean looks at both. (In a policy without consent declarations an unknown name is P102, as before.)', 'Fix the spelling, or declare it: `consent x for PURPOSE`.'),
 'P120': ('import cycle', 'Files import each other in a cycle. The message lists the cycle.', 'Remove one import; move what both need into a third file.'),
 'P121': ('imported file not found', 'An `import` names a file (relative to the importing file), pack or taxonomy that does not exist, or it cannot be read; also a root file passed to the compiler that does not exist.', 'Fix the path; paths are relative to the importing file. Unknown packs and taxonomies get a did-you-mean.'),
 'P122': ('unsupported import kind', 'An import with a kind other than `pack` or `taxonomy` (`import library "x"`).', 'Import a relative file, a pack or a taxonomy.'),
 'P123': ('import outside the policy directory', 'A file import is absolute, climbs above the root policy\'s directory with `../`, or (on disk) is a symlink leading outside it. The file is not read, and nothing of its content is shown. Directories given to `allowing(...)` of `FileSourceResolver`, and the directories of every file passed to `PolicyCompiler.compile(...)`, are allowed too.', 'Keep imported files under the root policy\'s directory (copy shared rules there), or allow their directory explicitly.'),
 'P124': ('imported file without statements', 'An imported file is empty or holds only comments. Usually it was truncated (an editor that truncates before writing, a failed deploy), and compiling it as "nothing" would silently drop its denies, on a cold start and on reload alike.', 'Restore the file\'s rules, or remove the import.'),
 'P125': ('unknown lawful basis', 'A `basis` declaration or a `basis(...)` condition names something that is not one of the six GDPR Art. 6(1) bases (`consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task`, `legitimate_interests`), with a did-you-mean. Also: a consent basis that does not name its consent (`basis consent for marketing`), or another basis written with an argument (`basis contract(x) for ...`).', 'Write one of the six bases; a consent basis as `basis consent(marketing.email) for marketing.email`. See [language.md](language.md#lawful-bases).'),
 'P126': ('lawful basis outside a rule', 'A regime\'s `applies when` asks `basis(...)`. A basis belongs to a use (a purpose and categories), while a regime applies to a subject, so the question has no answer there.', 'Ask for the basis in the `when`, `unless` or `require` condition of the regime\'s rules.'),
 'P127': ('duplicate parameter', 'The same `param` is declared twice in your own files (or twice in packs). A declaration in your policy of a name a pack declares is not a duplicate: it overrides the pack\'s default.', 'Keep one declaration.'),
 'P128': ('unknown parameter', 'A retention period `param.x` names a parameter no file declares, with a did-you-mean.', 'Fix the spelling, or declare it: `param x = 10 years`.'),
 'P201': ('type mismatch', 'The two sides of a comparison have different types (`subject.age == "thirty"`), or `+` is used on something other than an instant and a duration literal.', 'Compare values of the same type; shift only instants: `event.x + 24h`.'),
 'P202': ('ordering on an unordered type', '`<`, `<=`, `>`, `>=` on text, bool or lists.', 'Only numbers, instants and durations are ordered; use `==`, `!=` or `in`.'),
 'P203': ("wrong types for 'in'", '`in` without a list on its right, with a list of mixed values, or with a value whose type differs from the elements.', 'Write `value in [a, b]` with elements of the value\'s type, or `"x" in subject.tags` for a `list of text` attribute.'),
 'P204': ('consent on a data category', '`consent(...)` (or a test\'s `consent`/`withdrawn`) names a data category. Consent is given for a purpose.', 'Name the purpose: `consent(marketing.email)`.'),
 'P205': ('elapsed time compared to a non-duration', '`elapsed(event.x)` is a duration but is compared with a number, text or instant.', 'Compare with a duration: `elapsed(event.x) >= 24h`.'),
 'P206': ('malformed duration', 'A duration with an unknown unit (`2 fortnights`; a near miss such as `2 weks` gets a did-you-mean), too large to represent, written with `M` (which could mean minutes or months: write `m`/`minutes` or `months`), or negative (`-24h`: durations have no sign).', 'Write `90s`, `15m`, `24h`, `30d`, or an amount and a unit: `1 week`, `2 weeks`, `6 months`, `10 years` (also seconds, minutes, hours, days). To look back in time, compare the other way: `elapsed(event.visit) < 24h`.'),
 'P207': ('malformed instant', 'An instant that is not a valid ISO-8601 UTC date-time or date (`2026-13-01T00:00:00Z`).', 'Write `2026-01-01T00:00:00Z`, or a date `2026-01-01` meaning midnight UTC.'),
 'P208': ('wrong argument', 'A function or obligation gets the wrong number or kind of arguments: `mask` needs a category and optionally a method (`partial`, `truncate`, `hash`, `redact`; an unknown method gets a did-you-mean), `pseudonymize` a category, `not_before` an instant, `notify` a quoted text and optionally a quoted channel, `audit` nothing or a quoted tag, `has` an attribute, `elapsed` an event, `opted_out` a name; `until` or `by ROLE` on anything but `given consent`.', 'Pass what the message asks for; the help shows an example.'),
 'P209': ('not a condition', 'Something that is not true or false stands where a condition is expected (`when subject.region`, `when marketing`).', 'Compare it (`subject.region == "EU"`), or for consent write `consent(marketing)`.'),
 'P210': ('malformed version', 'The header\'s version is not a whole number (or is too large).', 'Use a whole number: `version 3`.'),
 'P211': ('test value of the wrong type', 'A test sets a subject or context attribute to a value of another type (`age: "thirty"` for a `number`).', 'Give a value of the declared type.'),
 'P301': ('allow rule can never matter', 'A warning (an error with `proviso check --strict` or `CompilationResult.strict()`). An `allow` is fully covered by an unconditional, non-advisory `deny` in the same or a wider scope: every category and purpose the allow names is at or below one the deny names (or `any`, without an `except` that leaves part of the allow free). "Same or wider" means: the deny is at top level, in a regime without `applies when` (always in force), or in the allow\'s own regime. Deny overrides allow, so the allow can never take effect. Layering a protective deny over a business allow is ordinary, so the policy still loads; the message cites both rules (by name when they have one).', 'If the deny is meant to win, remove the allow; if the allow is meant to apply, narrow the deny (an `except`, or a condition).'),
 'P302': ('empty regime', 'A `regime` block has no rules or retentions.', 'Add rules or remove the block.'),
 'P303': ('duplicate rule', 'A rule repeats another rule of the same scope word for word (layout and comments aside).', 'Remove one.'),
 'P304': ('obligation on a deny rule', 'A `deny` has `with ...` obligations; obligations say how an allowed use must happen.', 'Move the obligations to the allow rule, or to an `oblige` rule.'),
 'P305': ('oblige rule that obliges nothing', 'An `oblige` rule has no `with ...` obligations (it would do nothing), or is marked `advisory` (an oblige rule never changes an outcome anyway).', 'Say what the use requires: `oblige contact for marketing with audit("ccpa_disclosure")`; to watch uses without blocking them, write an `advisory deny`.'),
 'W401': ('unused category', 'A declared category is never used: no rule, retention or obligation names it, an ancestor or a descendant (a rule on `contact` uses `contact.email`; a rule on `contact.email` uses the grouping node `contact`). Only the top of an unused subtree is reported. Tests do not count as use; categories from imported packs and taxonomies are never reported. Lints run only when there are no errors.', 'Use the category in a rule, or remove it.'),
 'W402': ('unused purpose', 'As W401, for purposes; `consent(p)` counts as a use of `p`.', 'Use the purpose in a rule, or remove it.'),
 'W403': ('sensitive data for marketing without consent', 'The CAN-vs-SHOULD lint. A non-advisory `allow` covers a `sensitive` category (GDPR Art. 9) or a `sensitive_pi` one (CCPA sensitive personal information, §1798.140(ae)), or one inheriting either flag, for a marketing-like purpose (a purpose path with a `marketing` or `advertising` part, such as fideslang\'s `marketing.advertising`), and nothing asks for consent to that purpose (a consent for it or a purpose above it; a consent for an unrelated purpose does not count; of the consents declared by name only an `explicit` one counts, GDPR Art. 9(2)(a), and the message then asks for explicit consent). The message names the category (as a `sensitive category`, or as `sensitive personal information (CCPA)` when only `sensitive_pi` applies) and the purpose; the pack `vocabulary` marks the CCPA list, so importing any pack makes the lint see card numbers, government ids and precise location. Nothing asks means: not the allow\'s own `when consent(...)`, not a `require consent(...)` (or `deny ... unless consent(...)`) covering that category and purpose in any regime, and no unconditional deny in an always-applying scope forbids the use anyway. Legal is not the same as right.', "Add `when consent(<purpose>)` to the allow, or a `require consent(<purpose>) to use <category> for <purpose>` rule (for example in a house-rules regime)."),
 'W404': ('zero duration', 'A duration literal is zero (`0h`, `0 days`): `elapsed(event.x) >= 0h` always holds and a retention of `0d` keeps nothing, so the author almost certainly meant an amount.', 'Write the amount you mean, e.g. `24h`.'),
 'W405': ('policy without rules', 'No loaded file has a rule or regime: the policy compiles to one that denies every use (default deny), which is rarely what a header-only root file means.', 'Add allow rules, or import the files that hold them.'),
 'W406': ('regime name close to another', 'Two regimes have names one small edit apart (`gdpr`, `gpdr`; a numbered series such as `r1`, `r2` is not reported). A regime block with a misspelled name does not add to the regime meant: it becomes a new regime, and without `applies when` it applies to everyone. The warning is placed on the block without a condition (else on the later one).', 'Fix the name (see the did-you-mean); if both regimes are meant, rename one so they cannot be confused.'),
 'W407': ('consent for another purpose', 'A rule asks for `consent(p)` (in a require, a deny\'s `unless`, or an allow\'s `when`) but `p` is unrelated to a purpose the rule names (neither above nor below it): `require consent(marketing.email) to use contact for marketing.sms`. A consent is given for one purpose; one for a sibling does not count. A consent declared by name (`consent(newsletter)`) is for the purposes it is declared for. Asking for a narrower consent on a broader rule (`deny x for marketing unless consent(marketing.email)`) is a deliberate choice and not reported.', 'Ask for the consent of the purpose the rule is about, or of a purpose above both.'),
 'W408': ('event or opt-out name close to another', 'Events and opt-outs need no declaration, so a misspelling (`event.cart_abandonned`, `opted_out(sael)`) silently makes a new name that nothing records. A name the rules use only once, one small edit from another name of the same kind, is reported (of two names used once each, the later).', 'Fix the spelling (see the did-you-mean).'),
 'W409': ('allow rule in a conditional regime', 'An `allow` sits inside a regime with an `applies when` condition. It grants only while the condition is known to be true: when the condition cannot be evaluated (a missing attribute, the consent store down) the regime applies for its denies and requirements only (semantics rule 1), so the allow silently stops granting.', 'Regimes are for denies and requirements: move the allow to the top level (the regime\'s denies still restrict it), or write the condition into the allow\'s `when`.'),
 'P900': ('internal compiler error', 'Something went wrong inside the compiler, not in the policy: an exception escaped a compilation stage (a bug in Proviso, or in a source resolver it called). The compiler never throws; it reports this instead, naming the stage and the exception\'s class but never its message, which could quote policy text or anything else the failing code held. No policy is produced, so a reloading application keeps serving the previous version.', 'Report it to the Proviso project with the policy that triggers it (and the resolver, if it is your own); compiling again will fail the same way.'),
}

def golden(code):
    d = os.path.join(GOLDEN, code)
    expected = open(os.path.join(d, 'expected.txt')).read().rstrip('\n')
    files = sorted(f for f in os.listdir(d) if f.endswith('.policy'))
    return files, expected

WARNINGS = {'P301'}

def severity(code):
    return "warning" if code.startswith("W") or code in WARNINGS else "error"

out = []
out.append('''# Diagnostics catalogue

Every diagnostic the Proviso compiler reports has a stable code. `P0xx` are syntax errors, `P1xx`
names and imports, `P2xx` types and literals, `P3xx` rule analysis, `W4xx` lints. Codes starting
with `P` are errors, except the warning P301: a compilation with any error yields no policy. Codes
starting with `W`, and P301, are warnings: the policy is still produced. `proviso check --strict`
(and `CompilationResult.strict()` in code) turns every warning into an error, for CI. The compiler
collects all diagnostics in one run; it never stops at the first. It never throws either: should
anything escape it (a bug), the result is P900, an internal compiler error.

Every diagnostic is rendered the same way: `file:line:column: severity[CODE]: message`, the source
line, a caret run under the offending span, and optional help (often a did-you-mean):

```
shop.policy:12:7: error[P101]: unknown data category 'contact.emial'
   |
12 | allow contact.emial for marketing.email
   |       ^^^^^^^^^^^^^
   = help: did you mean 'contact.email'?
```

File names are relative to the root file's directory (packs show as `pack:gdpr`, taxonomies as
`taxonomy:fideslang`). In code: `CompilationResult.diagnostics()` gives `Diagnostic` records (code,
severity, message, span, help), `CompilationResult.render()` the text above.

The examples below are the golden test cases of `GoldenDiagnosticsTest`
(`policy-dsl/src/test/resources/golden/<CODE>/`), so they are exactly what the compiler prints.
This page is generated from them by `policy-dsl/src/test/docs/diagnostics_catalogue.py`.

| code | severity | title |
|---|---|---|
''')
for code, (title, _, _) in TEXT.items():
    out.append(f'| [{code}](#{code.lower()}) | {severity(code)} | {title} |\n')
for code, (title, trigger, fix) in TEXT.items():
    files, expected = golden(code)
    out.append(f'\n## {code}\n\n**{title}** ({severity(code)})\n\n')
    out.append(f'*Trigger.* {trigger}\n\n')
    out.append('*Example.*\n\n```\n' + expected + '\n```\n\n')
    if len(files) > 1:
        out.append('(The example spans the files ' + ', '.join(f'`{f}`' for f in files) + '.)\n\n')
    out.append(f'*Fix.* {fix}\n')
print(''.join(out), end='')

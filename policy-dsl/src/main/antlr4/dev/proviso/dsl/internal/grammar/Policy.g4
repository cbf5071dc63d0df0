/*
 * The Proviso policy language, v1. See docs/language.md.
 *
 * The generated parser is internal (dev.proviso.dsl.internal.grammar); dev.proviso.dsl.internal.syntax.SourceParser
 * drives it one statement at a time:
 * the entry rules are topItem, regimeHead, regimeItem, testHead and testStep, so that a syntax
 * error is reported once per broken statement and parsing resumes at the next statement without
 * inventing input. Function-like names (consent, has, elapsed, mask, ...) are ordinary names here
 * and are interpreted by the AST builder, which gives better messages than a grammar could.
 */
grammar Policy;

// Set by SourceParser on the word consent that opens a declaration, never by the lexer.
tokens { CONSENT_START }

// ---- statements --------------------------------------------------------------------------------

topItem
    : header
    | importDecl
    | attributeBlock
    | categoryDecl
    | purposeDecl
    | ruleDecl
    | retainDecl
    | basisDecl
    | paramDecl
    ;

header         : POLICY STRING VERSION NUMBER ;
importDecl     : IMPORT kind=ID? STRING ;
attributeBlock : scope=(SUBJECT | CONTEXT) LBRACE (attributeDecl (COMMA attributeDecl)* COMMA?)? RBRACE ;
attributeDecl  : ID COLON typeRef ;
typeRef        : ID (OF ID)? ;

categoryDecl   : CATEGORY categoryNode ;
categoryNode   : dottedName categoryFlag* (LBRACE categoryNode (COMMA categoryNode)* COMMA? RBRACE)? ;
categoryFlag   : SENSITIVE | SENSITIVE_PI | PROVIDED | OBSERVED | DERIVED ;

purposeDecl    : PURPOSE purposeNode ;
purposeNode    : dottedName (LBRACE purposeNode (COMMA purposeNode)* COMMA? RBRACE)? ;

// consent NAME for PURPOSE, ... [valid DURATION] [explicit] [given by ROLE]. consent is not reserved
// (consent(...) is a call): SourceParser retypes the word consent to CONSENT_START where it opens a
// line and is followed by a name, which nothing else in the language can be, so no other statement
// can run into a declaration (not even a trailing number, as in "16 consent"). This entry rule is
// referenced by no other rule; SourceParser reads the clauses after the purposes itself, on the
// same line (ConsentClauses), so that their words (valid, explicit, by) stay ordinary names.
consentHead    : CONSENT_START dottedName FOR dottedName (COMMA dottedName)* ;

regimeHead     : REGIME dottedName (APPLIES WHEN condition)? LBRACE ;
regimeItem     : ruleDecl | retainDecl ;

ruleDecl
    : ADVISORY? effect=(ALLOW | DENY | OBLIGE) ruleName? categories=ruleSelection FOR purposes=ruleSelection
      (WHEN whenCond=condition)? (UNLESS unlessCond=condition)?
      (WITH obligation (COMMA obligation)*)? because?                       # effectRule
    | ADVISORY? REQUIRE ruleName? required=condition TO USE categories=ruleSelection FOR purposes=ruleSelection
      (WHEN whenCond=condition)? because?                                   # requireRule
    ;

// A stable rule name, used as the rule's id instead of file:line: allow[marketing_email] ...
ruleName       : LBRACKET dottedName RBRACKET ;
because        : BECAUSE STRING ;
selection      : ANY | dottedName (COMMA dottedName)* ;
// What a rule or retention covers: a selection minus whole subtrees, e.g. any except legal.
ruleSelection  : selection (EXCEPT dottedName (COMMA dottedName)*)? ;

// A lawful basis (GDPR Art. 6) for uses: basis consent(marketing.email) for marketing.email,
// basis contract to use user.contact for essential.service.
basisDecl      : BASIS basisKind (TO USE categories=ruleSelection)? FOR purposes=ruleSelection because? ;
basisKind      : call | dottedName ;

// A retention period the importing policy may set: param invoice_retention = 10 years.
paramDecl      : PARAM ID ASSIGN duration because? ;

retainDecl     : RETAIN ruleName? ruleSelection FOR dottedName (duration | PARAM DOT period=ID)
                 AFTER EVENT DOT dottedName (WHEN condition)? because? ;

testHead       : TEST STRING (AT INSTANT)? LBRACE ;
testStep
    : SUBJECT LBRACE (field (COMMA field)* COMMA?)? RBRACE                  # subjectStep
    | GIVEN EVENT DOT dottedName AT INSTANT                                 # givenEvent
    | GIVEN CONTEXT DOT dottedName ASSIGN literal                           # givenContext
    | GIVEN call (by=ID role=ID)? AT INSTANT (UNTIL INSTANT)?              # givenCall
    | GIVEN ID AT INSTANT                                                   # givenFact
    | EXPECT outcome=(ALLOW | DENY) selection FOR dottedName (AT INSTANT)?
      (WITH obligation (COMMA obligation)*)? because?                       # expectStep
    ;
field          : ID COLON literal ;

// ---- conditions and values ----------------------------------------------------------------------

condition      : andCond (OR andCond)* ;
andCond        : notCond (AND notCond)* ;
notCond        : NOT notCond | predicate ;
predicate      : sum (compareOp sum | IN sum)? ;
compareOp      : EQ | NE | LT | LE | GT | GE ;
sum            : primary (PLUS primary)? ;
primary
    : LPAREN condition RPAREN                                               # parenthesized
    | call                                                                  # callValue
    | scope=(SUBJECT | CONTEXT | EVENT) DOT dottedName                      # attribute
    | dottedName                                                            # bareName
    | literal                                                               # literalValue
    ;
call           : (dottedName | BASIS) LPAREN (condition (COMMA condition)*)? RPAREN ;
obligation     : call | dottedName ;
literal
    : STRING                                                                # textLiteral
    | NUMBER                                                                # numberLiteral
    | (TRUE | FALSE)                                                        # boolLiteral
    | INSTANT                                                               # instantLiteral
    | duration                                                              # durationLiteral
    | LBRACKET (literal (COMMA literal)* COMMA?)? RBRACKET                  # listLiteral
    ;
duration       : DURATION | NUMBER ID ;
dottedName     : name (DOT name)* ;
// Keywords that cannot be mistaken where a name stands are names too, so a taxonomy with a
// 'derived' or 'context' node needs no renaming. Words that end or join a clause (for, when, with,
// any, except, and, ...) stay reserved. SyntaxMessages says "a name" for all of these.
name           : ID | contextualKeyword ;
contextualKeyword
    : POLICY | VERSION | IMPORT | SUBJECT | CONTEXT | EVENT | CATEGORY | PURPOSE | SENSITIVE
    | SENSITIVE_PI | PROVIDED | OBSERVED | DERIVED | REGIME | APPLIES | ADVISORY | REQUIRE | OBLIGE | USE | RETAIN
    | AFTER | TEST | GIVEN | EXPECT | UNTIL | OF
    ;

// ---- lexer -----------------------------------------------------------------------------------------

POLICY    : 'policy' ;
VERSION   : 'version' ;
IMPORT    : 'import' ;
SUBJECT   : 'subject' ;
CONTEXT   : 'context' ;
EVENT     : 'event' ;
CATEGORY  : 'category' ;
PURPOSE   : 'purpose' ;
SENSITIVE : 'sensitive' ;
SENSITIVE_PI : 'sensitive_pi' ;
PROVIDED  : 'provided' ;
OBSERVED  : 'observed' ;
DERIVED   : 'derived' ;
REGIME    : 'regime' ;
APPLIES   : 'applies' ;
WHEN      : 'when' ;
UNLESS    : 'unless' ;
ADVISORY  : 'advisory' ;
ALLOW     : 'allow' ;
DENY      : 'deny' ;
OBLIGE    : 'oblige' ;
REQUIRE   : 'require' ;
TO        : 'to' ;
USE       : 'use' ;
FOR       : 'for' ;
WITH      : 'with' ;
BECAUSE   : 'because' ;
ANY       : 'any' ;
EXCEPT    : 'except' ;
RETAIN    : 'retain' ;
BASIS     : 'basis' ;
PARAM     : 'param' ;
AFTER     : 'after' ;
TEST      : 'test' ;
GIVEN     : 'given' ;
EXPECT    : 'expect' ;
AT        : 'at' ;
UNTIL     : 'until' ;
OF        : 'of' ;
AND       : 'and' ;
OR        : 'or' ;
NOT       : 'not' ;
IN        : 'in' ;
TRUE      : 'true' ;
FALSE     : 'false' ;

EQ        : '==' ;
NE        : '!=' ;
LE        : '<=' ;
GE        : '>=' ;
LT        : '<' ;
GT        : '>' ;
ASSIGN    : '=' ;
PLUS      : '+' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACKET  : '[' ;
RBRACKET  : ']' ;
COMMA     : ',' ;
COLON     : ':' ;
DOT       : '.' ;

// Loose on purpose: the AST builder validates dates and durations and explains what is wrong.
INSTANT   : DIGIT+ '-' DIGIT+ '-' DIGIT+ ([Tt] [0-9:.+\-Zz]*)? ;
DURATION  : DIGIT+ [a-zA-Z_]+ ;
NUMBER    : DIGIT+ ('.' DIGIT+)? ;
STRING    : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
ID        : [a-zA-Z_] [a-zA-Z_0-9]* ;

COMMENT   : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS        : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Never thrown away silently: the parser turns these into precise diagnostics.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? ;
UNKNOWN_CHAR        : . ;

fragment DIGIT : [0-9] ;

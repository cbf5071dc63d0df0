// Copies what the extension needs from the repository into this folder: the TextMate grammar
// (kept once, in editors/textmate) and the language server jar built by Maven.
const fs = require('fs');
const path = require('path');

const here = path.join(__dirname, '..');
const repo = path.join(here, '..', '..');

fs.mkdirSync(path.join(here, 'syntaxes'), { recursive: true });
fs.copyFileSync(
  path.join(repo, 'editors', 'textmate', 'proviso.tmLanguage.json'),
  path.join(here, 'syntaxes', 'proviso.tmLanguage.json'));

const target = path.join(repo, 'lsp', 'target');
const jars = fs.existsSync(target) ? fs.readdirSync(target).filter((f) => /^proviso-lsp-.*-executable\.jar$/.test(f)) : [];
if (jars.length === 0) {
  console.error('no lsp/target/proviso-lsp-*-executable.jar: run ./mvnw -B -ntp -pl lsp -am package -DskipTests first');
  process.exit(1);
}
fs.mkdirSync(path.join(here, 'server'), { recursive: true });
fs.copyFileSync(path.join(target, jars[0]), path.join(here, 'server', 'proviso-lsp.jar'));
console.log('copied the grammar and ' + jars[0]);

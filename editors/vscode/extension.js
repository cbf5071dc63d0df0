// Starts the Proviso language server (java -jar proviso-lsp-VERSION-executable.jar, over stdio) for
// .policy files. Everything else (diagnostics, hover, completion, formatting, ...) is the server's.
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverJar(context) {
  const configured = vscode.workspace.getConfiguration('proviso').get('server.jar');
  if (configured) {
    return configured;
  }
  return path.join(context.extensionPath, 'server', 'proviso-lsp.jar');
}

async function activate(context) {
  const jar = serverJar(context);
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(
      `Proviso: no language server at ${jar}. Build it (./mvnw -pl lsp -am package) and run ` +
        '"npm run sync" in editors/vscode, or set proviso.server.jar.');
    return;
  }
  const java = vscode.workspace.getConfiguration('proviso').get('server.java') || 'java';
  const server = { command: java, args: ['-jar', jar], transport: TransportKind.stdio };
  client = new LanguageClient(
    'proviso',
    'Proviso language server',
    { run: server, debug: server },
    {
      documentSelector: [{ scheme: 'file', language: 'proviso' }, { scheme: 'untitled', language: 'proviso' }],
      // Imports that are not open are read from disk: tell the server when they change.
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.policy') },
    });
  await client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

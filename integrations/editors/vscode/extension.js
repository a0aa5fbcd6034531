// Starts `faaslint lsp` for the workspace and hands VS Code its diagnostics, quick fixes and
// rule pages. Settings: faaslint.path, faaslint.config, faaslint.variables.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function settings() {
  const c = vscode.workspace.getConfiguration("faaslint");
  return { config: c.get("config") || "", variables: c.get("variables") || {} };
}

async function activate(context) {
  const command = vscode.workspace.getConfiguration("faaslint").get("path") || "faaslint";
  const serverOptions = { command, args: ["lsp"] };
  const clientOptions = {
    documentSelector: ["yaml", "json", "python", "javascript", "javascriptreact", "typescript", "typescriptreact", "c", "cpp"].map(
      (language) => ({ scheme: "file", language })
    ),
    initializationOptions: settings(),
    synchronize: {
      configurationSection: "faaslint",
      fileEvents: vscode.workspace.createFileSystemWatcher("**/.faaslint.yaml"),
    },
  };
  client = new LanguageClient("faaslint", "faaslint", serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };

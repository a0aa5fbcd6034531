#!/usr/bin/env bash
# The VS Code extension packages (scripts/package-vscode.sh, pinned npm packages) into a .vsix that
# holds its entry point, its manifest and the language client it needs at run time, and nothing of
# the packaging tools. (VS Code itself is not on Debian 12; the server it starts is tested by
# e2e.lsp and e2e.neovim.) Usage: vscode.sh SOURCE_DIR
set -euo pipefail
src=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
vsix=$("$src/scripts/package-vscode.sh" "$work/faaslint.vsix")
unzip -q "$vsix" -d "$work/x"
ext="$work/x/extension"
node --check "$ext/extension.js"
node -e '
const m = require(process.argv[1] + "/package.json");
const assert = (c, what) => { if (!c) { console.error("FAIL: " + what); process.exit(1); } };
assert(m.main === "./extension.js", "main is extension.js");
assert(m.contributes.configuration.properties["faaslint.path"].default === "faaslint", "faaslint.path setting");
assert(m.activationEvents.includes("onLanguage:yaml") && m.activationEvents.includes("onLanguage:python"), "activates on manifests and handlers");
' "$ext"
grep -q '"lsp"' "$ext/extension.js"
for f in vscode-languageclient/node.js vscode-languageserver-protocol/package.json vscode-jsonrpc/package.json; do
  [ -f "$ext/node_modules/$f" ] || { echo "FAIL: the .vsix lacks node_modules/$f"; exit 1; }
done
if [ -d "$ext/node_modules/@vscode/vsce" ]; then echo "FAIL: the packaging tool is in the .vsix"; exit 1; fi
echo "vscode extension: $(basename "$vsix") $(du -k "$vsix" | cut -f1) KB, OK"

#!/usr/bin/env bash
# Packages the VS Code extension (integrations/editors/vscode) into a .vsix with the npm packages
# its package-lock.json pins. Usage: scripts/package-vscode.sh [OUT.vsix] (default build/faaslint.vsix).
# Install it with `code --install-extension faaslint.vsix`; it runs `faaslint lsp`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-build/faaslint.vsix}")
mkdir -p "$(dirname "$out")"
cd integrations/editors/vscode
# --ignore-scripts: vsce's optional signing and keyring helpers are not needed to package.
[ -f node_modules/@vscode/vsce/vsce ] && [ -f node_modules/vscode-languageclient/node.js ] ||
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2  # stdout carries only the .vsix path
node_modules/.bin/vsce package --out "$out" >/dev/null
echo "$out"

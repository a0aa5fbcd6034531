#!/usr/bin/env bash
# faaslint lsp in a real Neovim (Debian's 0.7.2, headless), configured as the docs say: the
# diagnostics must be those `faaslint check` reports, at the same lines and columns; a quick fix,
# a hover and an unsaved edit must work. Usage: neovim.sh FAASLINT SOURCE_DIR
set -euo pipefail
exe=$1 src=$2
command -v nvim >/dev/null || { echo "neovim is not installed (scripts/setup.sh --with-test-tools installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/tests/e2e/neovim/project" "$work/project"
cd "$work/project"
git init -q .  # the workspace root the configuration looks for
export FAASLINT="$exe" FAASLINT_SOURCE="$src" XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" HOME="$work"
set +e
timeout 120 nvim --headless --clean -u "$src/tests/e2e/neovim/init.lua" template.yaml -c 'lua E2E()' >"$work/nvim.out" 2>"$work/nvim.err"
rc=$?
set -e
cat "$work/nvim.out"
if [ $rc -ne 0 ] || ! grep -qx OK "$work/nvim.out"; then
  echo "--- Neovim failed (exit $rc); stderr:"; cat "$work/nvim.err"; exit 1
fi
# The same findings as the command line: path:line:col: CODE of every finding in the two files.
"$exe" check --no-cache . >"$work/check.out" 2>/dev/null || [ $? -eq 1 ]
sed -nE 's/^([^ :]+):([0-9]+):([0-9]+): (error|warning|note): .*\[([A-Z]+[0-9]+)\]$/\1:\2:\3: \5/p' "$work/check.out" | sort >"$work/check.txt"
grep -E '^[^ ]+:[0-9]+:[0-9]+: [A-Z]+[0-9]+$' "$work/nvim.out" | sort >"$work/editor.txt"
if ! diff -u "$work/check.txt" "$work/editor.txt"; then
  echo "the editor's diagnostics differ from faaslint check's (- check, + editor)"; exit 1
fi
grep -q 'action: Suppress SEC005' "$work/nvim.out"
grep -q 'after the quick fix: # faaslint: ignore\[SEC005\]' "$work/nvim.out"
echo "neovim e2e: OK"

#!/usr/bin/env bash
# Opens every manifest and handler file of a project in a real headless Neovim running
# `faaslint lsp` as configured by integrations/editors/neovim/faaslint.lua, and fails unless the
# editor shows exactly the findings `faaslint check` reports for those files, at the same lines and
# columns. Usage: neovim_compare.sh FAASLINT SOURCE_DIR PROJECT_DIR...
set -euo pipefail
exe=$1 src=$2; shift 2
command -v nvim >/dev/null || { echo "neovim is not installed (scripts/setup.sh --with-test-tools installs it)"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export FAASLINT="$exe" FAASLINT_SOURCE="$src" XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" HOME="$work"
fail=0
projects=()
for p in "$@"; do projects+=("$(realpath "$p")"); done
for project in "${projects[@]}"; do
  cd "$project"
  # The files a user edits: manifests and handler code (the names faaslint reads).
  files=$(find . -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.py' -o -name '*.js' -o -name '*.mjs' \
            -o -name '*.ts' -o -name '*.cpp' -o -name '*.cc' -o -name '*.c' \) -not -path '*/node_modules/*' -not -path '*/.*/*' \
            | sed 's|^\./||' | sort)
  "$exe" check --no-cache . >"$work/check.out" 2>/dev/null || [ $? -eq 1 ]
  sed -nE 's/^([^ :]+):([0-9]+):([0-9]+): (error|warning|note): .*\[([A-Z]+[0-9]+)\]$/\1:\2:\3: \5/p' "$work/check.out" | sort >"$work/check.txt"
  set +e
  FAASLINT_FILES="$files" timeout 300 nvim --headless --clean -u "$src/tests/e2e/neovim/report.lua" -c 'lua Report()' \
    >"$work/nvim.out" 2>"$work/nvim.err"
  rc=$?
  set -e
  if [ $rc -ne 0 ] || ! grep -qx DONE "$work/nvim.out"; then
    echo "FAIL $project: Neovim exit $rc"; cat "$work/nvim.out" "$work/nvim.err"; fail=1; continue
  fi
  grep -vx DONE "$work/nvim.out" | sort >"$work/editor.txt"
  if diff -u "$work/check.txt" "$work/editor.txt" >"$work/diff.txt"; then
    echo "ok   $project: $(wc -l <"$work/editor.txt") findings in $(echo "$files" | wc -w) files, the same in the editor as in faaslint check"
  else
    echo "FAIL $project: the editor differs from faaslint check (- check, + editor):"; cat "$work/diff.txt"; fail=1
  fi
done
exit $fail

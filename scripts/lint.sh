#!/usr/bin/env bash
# Style and static checks. `lint.sh format` fails when a C++ file is not clang-formatted
# (`lint.sh format --fix` rewrites them); `lint.sh tidy [BUILD_DIR]` runs clang-tidy with the
# repository's .clang-tidy over every translation unit, using BUILD_DIR/compile_commands.json.
#
# clang-tidy results are kept in BUILD_DIR/tidy-cache, keyed by the translation unit, the
# project headers it includes (from the build's dependency records, `ninja -t deps`; every
# project header when there are none), the .clang-tidy file, the compile command and
# clang-tidy's version: a file whose key is unchanged was clean before and is not checked again
# (like ccache for the compiler), so a warm re-run checks only what a change can affect. A clean
# checkout checks everything.
set -euo pipefail
cd "$(dirname "$0")/.."
# Rule fixtures under tests/rules/<family>/<rule>/ are inputs, not our code: left out.
# fuzz/FuzzMain.cpp is built only by the Clang fuzz build (no compile command here): formatted,
# not tidied.
files() { find analyzer rules tests fuzz -path 'tests/rules/*/*' -prune -o -path fuzz/FuzzMain.cpp -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort; }
case "${1:-}" in
  format)
    if [ "${2:-}" = "--fix" ]; then { files; echo fuzz/FuzzMain.cpp; } | xargs clang-format -i; exit 0; fi
    { files; echo fuzz/FuzzMain.cpp; } | xargs clang-format --dry-run --Werror
    echo "clang-format: $(files | wc -l) files clean"
    ;;
  tidy)
    build="${2:-build}"
    [ -f "$build/compile_commands.json" ] || { echo "lint.sh: $build/compile_commands.json is missing; build first" >&2; exit 2; }
    cache="$build/tidy-cache"
    mkdir -p "$cache"
    # The translation units to check: those whose key has no clean result in the cache.
    mapfile -t todo < <(files | python3 -c '
import hashlib, json, os, re, shlex, subprocess, sys
build, cache = sys.argv[1], sys.argv[2]
paths = sys.stdin.read().split()
root = os.path.abspath(".")
shared = hashlib.sha256(subprocess.run(["clang-tidy", "--version"], capture_output=True).stdout)
shared.update(open(".clang-tidy", "rb").read())
commands = {os.path.abspath(os.path.join(e["directory"], e["file"])): e.get("command") or " ".join(e["arguments"])
            for e in json.load(open(os.path.join(build, "compile_commands.json")))}
# The headers each object was built from, as the build recorded them (ninja -t deps); when they
# are unknown (another generator), every project header counts.
deps, current = {}, None
out = subprocess.run(["ninja", "-C", build, "-t", "deps"], capture_output=True, text=True).stdout if os.path.exists(os.path.join(build, ".ninja_deps")) else ""
for line in out.splitlines():
    if line and not line.startswith(" "):
        current = line.split(":")[0]
        deps[current] = []
    elif current and line.strip():
        deps[current].append(line.strip())
everyHeader = [os.path.abspath(p) for p in paths if p.endswith(".h")]
for p in paths:
    if not p.endswith(".cpp"): continue
    cmd = commands.get(os.path.abspath(p), "")
    args = shlex.split(cmd)
    obj = args[args.index("-o") + 1] if "-o" in args else ""
    headers = [h for h in deps.get(obj, everyHeader) if h.startswith(root + "/") and not h.endswith(".cpp")] if obj in deps else everyHeader
    h = shared.copy()
    h.update(cmd.encode() + b"\0" + open(p, "rb").read())
    for header in sorted(headers):
        if os.path.exists(header): h.update(header.encode() + b"\0" + open(header, "rb").read())
    key = h.hexdigest()
    if not os.path.exists(os.path.join(cache, key)): print(p + ":" + key)
' "$build" "$cache")
    total=$(files | grep -c '\.cpp$')
    if [ ${#todo[@]} -gt 0 ]; then
      printf '%s\n' "${todo[@]}" | xargs -P "$(nproc)" -I{} bash -c 'f=${1%%:*}; key=${1##*:}; clang-tidy -p "$2" --quiet "$f" 2>/dev/null && touch "$3/$key"' _ {} "$build" "$cache"
    fi
    echo "clang-tidy: $total translation units clean ($(( total - ${#todo[@]} )) unchanged since a clean run)"
    ;;
  *) echo "usage: lint.sh format [--fix] | tidy [BUILD_DIR]" >&2; exit 2 ;;
esac

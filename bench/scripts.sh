#!/usr/bin/env bash
# Python and JavaScript handler analysis, side by side with the peer tools on the same files:
# Debian's bandit on the Python files, eslint with eslint-plugin-security (bench/eslint, pinned)
# on the JavaScript files. Generates COUNT Python and COUNT JavaScript handlers (default 1000
# each) with bench/gen_scripts.py, then prints, for each tool: wall time, files/s, MB/s of
# source, peak RSS; then faaslint's time for an unchanged file from its cache.
# Usage: bench/scripts.sh [COUNT]     Needs: bandit (apt-get install bandit), GNU time, node/npm.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
bin=build/faaslint
[ -x "$bin" ] || scripts/build.sh --target faaslint
command -v bandit >/dev/null || { echo "bench/scripts.sh needs bandit: apt-get install bandit" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/scripts.sh needs GNU time: apt-get install time" >&2; exit 2; }
[ -x bench/eslint/node_modules/.bin/eslint ] || (cd bench/eslint && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
corpus=bench/scripts-corpus
rm -rf "$corpus"
python3 bench/gen_scripts.py "$n" "$corpus"
py="$corpus/python" js="$corpus/javascript"
bytes() { cat "$1"/* | wc -c; }
pyb=$(bytes "$py") jsb=$(bytes "$js")
echo "corpus: $n Python files ($((pyb / 1024)) KiB), $n JavaScript files ($((jsb / 1024)) KiB)"
# run LABEL FILES BYTES CMD...: wall time and peak RSS of one run (after one warm-up run).
run() {
  local label=$1 files=$2 size=$3; shift 3
  "$@" >/dev/null 2>&1 || true
  /usr/bin/time -o "$corpus/.time" -f '%e %M' "$@" >/dev/null 2>&1 || true
  local out; out=$(tail -1 "$corpus/.time")
  local wall=${out% *} rss=${out#* }
  python3 -c "
import sys
label, files, size, wall, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
wall = max(wall, 0.01)
print(f'{label:<44} {wall:7.2f} s {files / wall:9.0f} files/s {size / wall / 1e6:7.2f} MB/s {rss / 1024:7.1f} MB peak RSS')" \
    "$label" "$files" "$size" "$wall" "$rss"
  echo "$wall" > "$corpus/.last"
}
# The floor: tree-sitter's parse alone with the grammars faaslint links, two processes (one per
# core) over halves of the files; what faaslint adds to a parse is the rest of its time.
floor=build/bench/parse_floor
mkdir -p build/bench
cc -O2 -o "$floor" -Inode_modules/tree-sitter/vendor/tree-sitter/lib/include bench/parse_floor.c \
  build/libfaaslint_grammar_python.a build/libfaaslint_grammar_javascript.a build/libfaaslint_tree_sitter.a
halves=(bash -c 'find "$3" -type f | sort | xargs -n "$1" -P2 "$0" "$2"' "$floor" $(((n + 1) / 2)))
fl=("$bin" check -q --exit-zero --no-cache -j2)
run "faaslint, Python files (-j2)" "$n" "$pyb" "${fl[@]}" "$py"; fpy=$(cat "$corpus/.last")
run "tree-sitter parse alone, same files (2 procs)" "$n" "$pyb" "${halves[@]}" python "$py"; ppy=$(cat "$corpus/.last")
run "bandit -r, same Python files" "$n" "$pyb" bandit -q -r "$py"; bpy=$(cat "$corpus/.last")
run "faaslint, JavaScript files (-j2)" "$n" "$jsb" "${fl[@]}" "$js"; fjs=$(cat "$corpus/.last")
run "tree-sitter parse alone, same files (2 procs)" "$n" "$jsb" "${halves[@]}" javascript "$js"; pjs=$(cat "$corpus/.last")
run "eslint + eslint-plugin-security, same files" "$n" "$jsb" bench/eslint/node_modules/.bin/eslint --no-config-lookup \
  -c bench/eslint/eslint.config.js "$js"; ejs=$(cat "$corpus/.last")
run "faaslint, all $((2 * n)) files (-j2)" "$((2 * n))" "$((pyb + jsb))" "${fl[@]}" "$corpus"
echo "faaslint is $(echo "scale=1; $bpy / $fpy" | bc)x faster than bandit and $(echo "scale=1; $ejs / $fjs" | bc)x faster than eslint on the same files"
echo "the parse alone is $(echo "scale=1; $bpy / $ppy" | bc)x faster than bandit and $(echo "scale=1; $ejs / $pjs" | bc)x faster than eslint;" \
  "faaslint takes $(echo "scale=2; $fpy / $ppy" | bc)x (Python) and $(echo "scale=2; $fjs / $pjs" | bc)x (JavaScript) the parse's time"
# Cached: a second scan of unchanged files reads their facts from the cache; per file over an
# empty scan (the same process start and rule set), median of 5.
cache=$(mktemp -d); empty=$(mktemp -d)
"$bin" check -q --exit-zero --cache-dir "$cache" "$corpus" >/dev/null
python3 - "$bin" "$cache" "$corpus" "$empty" "$((2 * n))" <<'PY'
import statistics, subprocess, sys, time
bin, cache, corpus, empty, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def median(path):
    runs = []
    for _ in range(5):
        s = time.perf_counter()
        subprocess.run([bin, "check", "-q", "--exit-zero", "--cache-dir", cache, "-j2", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - s)
    return statistics.median(runs)
full, base = median(corpus), median(empty)
print(f"cached: {files} unchanged files {full * 1000:.0f} ms, an empty scan {base * 1000:.0f} ms: "
      f"{(full - base) / files * 1000:.3f} ms per unchanged file")
PY
rm -rf "$cache" "$empty"

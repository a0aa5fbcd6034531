#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/Targets.h) for N seconds each and prints execs/s per target.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      default: 60 seconds, every target
# Builds into build-fuzz/ with Clang 14, ASan and UBSan (-DFAASLINT_FUZZ=ON). Seeds come from the
# team's own fixtures and examples (copied into build-fuzz/corpus/<target>/, where libFuzzer adds
# what it finds); fuzz/yaml.dict guides the YAML-based targets. A crash, a leak or a timeout
# leaves its input in build-fuzz/crashes/<target>/ and makes the script exit 1: reduce it, and add
# it to fuzz/regressions/<target>/ so the suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
command -v clang++-14 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang-14; }
scripts/setup.sh
[ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFAASLINT_FUZZ=ON \
  -DFAASLINT_BUILD_TESTS=OFF -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz-all

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml json compile-db serverless-vars python javascript pipeline)
seed() {  # seed(target, byte-prefix-or-empty, files...)
  local dir=build-fuzz/corpus/$1 prefix=$2; shift 2
  mkdir -p "$dir"
  for f in "$@"; do
    local out="$dir/seed-$(printf '%s' "$f" | md5sum | cut -c1-12)"
    [ -f "$out" ] && continue
    { [ -n "$prefix" ] && printf "$prefix"; head -c 65536 "$f"; } > "$out"
  done
}
mapfile -t yamls < <(find tests/rules examples -name '*.yaml' -o -name '*.yml' | sort)
mapfile -t jsons < <(find tests/rules examples -name '*.json' | sort)
mapfile -t pys < <(find tests/rules examples -name '*.py' | sort)
mapfile -t jss < <(find tests/rules examples \( -name '*.js' -o -name '*.ts' -o -name '*.mjs' \) | sort)
mapfile -t slss < <(find tests/rules examples -name 'serverless.y*ml' | sort)
mapfile -t cfns < <(find tests/rules examples -name 'template.yaml' -o -name 'template.yml' | sort)
status=0
printf '%-16s %10s %12s %10s %s\n' target seconds executions 'execs/s' result
for t in "${targets[@]}"; do
  case $t in
    yaml) seed yaml '' "${yamls[@]}" ;;
    json|compile-db) seed "$t" '' "${jsons[@]}" ;;
    serverless-vars) seed serverless-vars '' "${slss[@]}" ;;
    python) seed python '' "${pys[@]}" ;;
    javascript) seed javascript '' "${jss[@]}" ;;
    pipeline) seed pipeline '\x00' "${cfns[@]}"; seed pipeline '\x02' "${slss[@]}"; seed pipeline '\x04' "${pys[@]}"; seed pipeline '\x05' "${jss[@]}" ;;
    *) echo "fuzz.sh: no target $t" >&2; exit 2 ;;
  esac
  cp -n fuzz/regressions/"$t"/* build-fuzz/corpus/"$t"/ 2>/dev/null || true
  mkdir -p build-fuzz/crashes/"$t"
  dict=(); case $t in yaml|serverless-vars|pipeline) dict=(-dict=fuzz/yaml.dict) ;; esac
  log=build-fuzz/fuzz-$t.log
  # 2 GB of RSS and 10 s per input: a hostile file must stay cheap (the scan's own budgets are lower).
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 build-fuzz/fuzz/fuzz-"$t" build-fuzz/corpus/"$t" "${dict[@]}" \
      -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix=build-fuzz/crashes/"$t"/ >"$log" 2>&1; then result=clean; else result="FAILED (see $log)"; status=1; fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  took=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  printf '%-16s %10s %12s %10s %s\n' "$t" "$seconds" "$runs" "$took" "$result"
done
exit $status

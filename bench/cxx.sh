#!/usr/bin/env bash
# C/C++ handler analysis against a bare `clang-14 -fsyntax-only` of the same files with the same
# flags. Generates COUNT deterministic aws-lambda-cpp-style handlers (real std headers, plus
# the runtime header faaslint serves as a stand-in, written to the corpus for clang), then:
#   1. one file, fresh process each, median of 20 (taking turns): faaslint check FILE  vs  clang-14 -fsyntax-only FILE
#   2. all files on both cores: faaslint check -j2 DIR  vs  xargs -P2 clang-14 -fsyntax-only
#   3. the same manifest-only scan as bench/run.sh never opens libfaaslint_clang.so (checked)
# Usage: bench/cxx.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
bin=build/faaslint
[ -x "$bin" ] && [ -f build/libfaaslint_clang.so ] || scripts/build.sh --target faaslint
corpus=bench/cxx-corpus
rm -rf "$corpus"; mkdir -p "$corpus/src" "$corpus/include/aws/lambda-runtime" "$corpus/cxx-none"
# The same declarations faaslint's stand-in provides, so clang parses what faaslint parses.
cat > "$corpus/include/aws/lambda-runtime/runtime.h" <<'H'
#pragma once
#include <chrono>
#include <functional>
#include <string>
namespace aws { namespace lambda_runtime {
struct invocation_request { std::string payload, request_id, xray_trace_id, client_context, cognito_identity, function_arn;
  std::chrono::time_point<std::chrono::system_clock> deadline; std::chrono::milliseconds get_time_remaining() const; };
class invocation_response { public:
  static invocation_response success(std::string const& payload, std::string const& content_type);
  static invocation_response failure(std::string const& error_message, std::string const& error_type);
  bool is_success() const; std::string const& get_payload() const; };
void run_handler(std::function<invocation_response(invocation_request const&)> const& handler);
}}
H
for i in $(seq 1 "$n"); do
  {
    echo '#include <aws/lambda-runtime/runtime.h>'
    echo '#include <chrono>'
    echo '#include <cstdlib>'
    echo '#include <string>'
    echo '#include <thread>'
    echo '#include <vector>'
    echo 'using namespace aws::lambda_runtime;'
    for j in $(seq 1 $((i % 8 + 4))); do
      printf 'static std::string step%d(std::string const& in) {\n  std::vector<std::string> parts;\n' "$j"
      printf '  for (int k = 0; k < %d; ++k) parts.push_back(in + std::to_string(k));\n' $((j * 3))
      [ $((i % 5)) = 0 ] && printf '  std::this_thread::sleep_for(std::chrono::milliseconds(%d));\n' $((j * 10))
      printf '  return parts.empty() ? in : parts.back();\n}\n'
    done
    printf 'static invocation_response handler%d(invocation_request const& req) {\n  std::string v = req.payload;\n' "$i"
    for j in $(seq 1 $((i % 8 + 4))); do printf '  v = step%d(v);\n' "$j"; done
    [ $((i % 7)) = 0 ] && printf '  std::system(("echo " + req.payload).c_str());\n'
    printf '  return invocation_response::success(v, "application/json");\n}\n'
    printf 'int main() {\n  run_handler(handler%d);\n  return 0;\n}\n' "$i"
  } > "$corpus/src/h$i.cpp"
done
flags=(-std=c++17 -fsyntax-only -ferror-limit=0 -fno-spell-checking -Wno-everything -I"$corpus/include")
echo "corpus: $n handlers, $(cat "$corpus"/src/*.cpp | wc -l) lines"
one="$corpus/src/h1.cpp"
"$bin" check -q --exit-zero "$one" >/dev/null; clang-14 "${flags[@]}" "$one"  # warm caches
# Median wall time in ms of N runs of each command, the commands taking turns so that a slow
# spell of the machine hits both alike. Commands are separated by a lone "--".
medians() { python3 -c "
import subprocess, sys, time
n = int(sys.argv[1]); cmds = [c.split('\x1f') for c in sys.argv[2:]]; times = [[] for _ in cmds]
for _ in range(n):
    for i, cmd in enumerate(cmds):
        s = time.perf_counter(); subprocess.run(cmd, stdout=subprocess.DEVNULL); times[i].append(time.perf_counter() - s)
print(' '.join(f'{sorted(t)[len(t) // 2] * 1000:.1f}' for t in times))" "$@"; }
join() { local IFS=$'\x1f'; echo "$*"; }
read -r f1 c1 < <(medians 20 "$(join "$bin" check -q --exit-zero --no-cache -j1 -- "$one")" "$(join clang-14 "${flags[@]}" "$one")")
echo "one file, fresh process (median of 20, taking turns): faaslint ${f1} ms, clang-14 -fsyntax-only ${c1} ms, ratio $(echo "scale=2; $f1 / $c1" | bc)"
s=$(date +%s.%N); "$bin" check -q --exit-zero --no-cache -j2 "$corpus/src" >/dev/null; e=$(date +%s.%N); fall=$(echo "$e - $s" | bc)
s=$(date +%s.%N); ls "$corpus"/src/*.cpp | xargs -P2 -n1 clang-14 "${flags[@]}"; e=$(date +%s.%N); call=$(echo "$e - $s" | bc)
echo "all $n files on 2 cores: faaslint ${fall} s, clang-14 -fsyntax-only ${call} s, ratio $(echo "scale=2; $fall / $call" | bc)"
# Memory: the scanning process and its analysis workers together, sampled every 20 ms.
python3 -c "
import os, subprocess, sys, time
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL); peak = 0; largest = 0
def rss(pid):
    try:
        for line in open(f'/proc/{pid}/status'):
            if line.startswith('VmRSS:'): return int(line.split()[1])
    except OSError: pass
    return 0
while p.poll() is None:
    kids = []  # workers are children of the thread that started them
    for t in os.listdir(f'/proc/{p.pid}/task') if os.path.exists(f'/proc/{p.pid}/task') else []:
        try: kids += open(f'/proc/{p.pid}/task/{t}/children').read().split()
        except OSError: pass
    sizes = [rss(p.pid)] + [rss(k) for k in kids]
    peak = max(peak, sum(sizes)); largest = max(largest, max(sizes)); time.sleep(0.02)
print(f'peak RSS over all files: {peak // 1024} MB for the scan and its workers together, {largest // 1024} MB the largest process')
" "$bin" check -q --exit-zero --no-cache -j2 "$corpus/src"
# The result cache: an unchanged file, fresh process, mean of 20 (after one run fills the cache).
cache=$(mktemp -d)
"$bin" check -q --exit-zero --cache-dir "$cache" -- "$one" >/dev/null
echo "one unchanged file from the cache, fresh process (median of 20): $(medians 20 "$(join "$bin" check -q --exit-zero --cache-dir "$cache" -- "$one")") ms"
"$bin" check -q --exit-zero --cache-dir "$cache" -j2 "$corpus/src" >/dev/null
read -r empty all < <(medians 10 "$(join "$bin" check -q --exit-zero --cache-dir "$cache" -j2 "$corpus/cxx-none")" \
  "$(join "$bin" check -q --exit-zero --cache-dir "$cache" -j2 "$corpus/src")")
echo "all $n unchanged files from the cache in one run (median of 10): ${all} ms; $(echo "scale=2; ($all - $empty) / $n" | bc) ms per file over an empty scan (${empty} ms)"
rm -rf "$cache"
# A manifest-only scan must not map the Clang libraries.
if LD_DEBUG=libs "$bin" check -q --exit-zero examples/serverless-shop 2>&1 >/dev/null | grep -q "libclang-cpp"; then
  echo "manifest-only scan: Clang libraries LOADED (unexpected)"; exit 1
else
  echo "manifest-only scan: Clang libraries not loaded"
fi

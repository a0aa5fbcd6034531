#!/usr/bin/env bash
# The binary as users run it: exit codes, formats, select/ignore, files-from, bad usage.
set -u
bin=$1; src=$2
fail=0; pass=0
check() {  # check NAME EXPECTED_RC ACTUAL_RC
  if [ "$2" = "$3" ]; then pass=$((pass+1)); else echo "FAIL: $1: expected exit $2, got $3"; fail=$((fail+1)); fi
}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
cat > clean.yaml <<'Y'
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.13, MemorySize: 512, Timeout: 10, TracingConfig: {Mode: Active}}
Y
cat > bad.yaml <<'Y'
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.13, MemorySize: 20480, TracingConfig: {Mode: Active}}
Y
"$bin" check -q clean.yaml >/dev/null; check clean 0 $?
"$bin" check -q bad.yaml >out.txt; check findings 1 $?
grep -q "^bad.yaml:5:51: error: Memory of function 'Fn' is 20480 MB" out.txt || { echo "FAIL: text location"; cat out.txt; fail=$((fail+1)); }
"$bin" check -q --exit-zero bad.yaml >/dev/null; check exit-zero 0 $?
"$bin" check -q --ignore MEM bad.yaml >/dev/null; check ignore-prefix 0 $?
"$bin" check -q --select SEC bad.yaml >/dev/null; check select 0 $?
"$bin" check -q --fail-on none bad.yaml >/dev/null; check fail-on-none 0 $?
# Selectors are case-insensitive and take lists; one that names nothing is a usage error (it would
# turn every rule off), with the nearest code or name.
"$bin" check -q --select mem bad.yaml >/dev/null; check select-lower-case 1 $?
"$bin" check -q --select SEC,mem002 bad.yaml >/dev/null; check select-list 1 $?
"$bin" check -q --select memory-out-of-range bad.yaml >/dev/null; check select-name 1 $?
"$bin" check -q --select sec bad.yaml >/dev/null; check select-other-family 0 $?
"$bin" check -q --select MEM2 bad.yaml 2>err.txt; check select-unknown 2 $?
grep -q "did you mean 'MEM002'" err.txt || { echo "FAIL: select did-you-mean"; cat err.txt; fail=$((fail+1)); }
"$bin" check -q --ignore oversize-memory bad.yaml 2>err.txt; check ignore-unknown 2 $?
grep -q "did you mean 'oversized-memory'" err.txt || { echo "FAIL: ignore did-you-mean"; cat err.txt; fail=$((fail+1)); }
"$bin" check -q --select XYZ bad.yaml 2>/dev/null; check select-nothing-near 2 $?
# Nothing to scan is a warning, or exit 2 for CI gates; a CDK app gets a hint.
mkdir -p empty cdkapp && touch cdkapp/cdk.json
"$bin" check -q empty 2>err.txt; check empty-warns 0 $?
grep -q "warning: nothing to scan" err.txt || { echo "FAIL: empty warning"; cat err.txt; fail=$((fail+1)); }
"$bin" check -q --fail-on-empty cdkapp 2>err.txt; check empty-fails 2 $?
grep -q "cdkapp is a CDK app: run \`cdk synth\` and scan cdkapp/cdk.out" err.txt || { echo "FAIL: cdk hint"; cat err.txt; fail=$((fail+1)); }
# A report that cannot be written says why.
"$bin" check -q -o no/such/dir/out.txt bad.yaml 2>err.txt; check unwritable-output 2 $?
grep -q "cannot write no/such/dir/out.txt: No such file or directory" err.txt || { echo "FAIL: write error reason"; cat err.txt; fail=$((fail+1)); }
# Handler languages not read yet get one note per run.
mkdir -p gofn/sub && touch gofn/main.go gofn/sub/util.go gofn/Handler.java
"$bin" check gofn 2>err.txt; check unanalysed-languages 0 $?
grep -q "note: handler code in Go (2 files) and Java (1 file) is not analysed yet" err.txt || { echo "FAIL: languages note"; cat err.txt; fail=$((fail+1)); }
"$bin" check -q --fail-on-empty clean.yaml 2>err.txt; check not-empty 0 $?
[ ! -s err.txt ] || { echo "FAIL: a scan with a manifest warned"; cat err.txt; fail=$((fail+1)); }
"$bin" check -q --format json bad.yaml | grep -q '"code": "MEM002"'; check json 0 $?
"$bin" check -q nope.yaml 2>/dev/null; check missing-file 2 $?
"$bin" check -q --fail-on sometimes bad.yaml 2>/dev/null; check bad-fail-on 2 $?
"$bin" check -q --bogus 2>/dev/null; check bad-flag 2 $?
printf 'rules:\n  MEM002: {severity: loud}\n' > bad-config.yaml
"$bin" check -q --config bad-config.yaml clean.yaml >/dev/null; check bad-config 2 $?
"$bin" check -q --config missing.yaml clean.yaml 2>/dev/null >/dev/null; check missing-config 2 $?
printf 'bad.yaml\n' | "$bin" check -q --files-from - >/dev/null; check files-from 1 $?
"$bin" check -q -- bad.yaml >/dev/null; check double-dash 1 $?
printf 'Resources: [\n' > template.yaml
"$bin" check -q template.yaml >out.txt; check parse-error-is-finding 1 $?
grep -q "FL000" out.txt || { echo "FAIL: FL000 missing"; fail=$((fail+1)); }
"$bin" check -q --sarif-output s.sarif bad.yaml >/dev/null; check sarif-output 1 $?
grep -q '"version": "2.1.0"' s.sarif || { echo "FAIL: sarif-output"; fail=$((fail+1)); }
"$bin" rules | grep -q "SEC005 *public-function-url"; check rules 0 $?
"$bin" explain SEC005 | grep -q "AuthType"; check explain 0 $?
"$bin" explain NOPE 2>/dev/null; check explain-unknown 2 $?
"$bin" --version | grep -q "faaslint"; check version 0 $?
# Same output at any thread count.
"$bin" check -q -j1 --format sarif "$src/examples" >a.sarif; "$bin" check -q -j2 --format sarif "$src/examples" >b.sarif
cmp -s a.sarif b.sarif; check deterministic 0 $?
# Baseline: record, then only new findings count; SARIF marks both states.
"$bin" check -q --write-baseline base.json bad.yaml >/dev/null; check write-baseline 0 $?
"$bin" check -q --baseline base.json bad.yaml >out.txt; check baseline-nothing-new 0 $?
[ ! -s out.txt ] || { echo "FAIL: baseline findings printed"; fail=$((fail+1)); }
"$bin" check -q --baseline base.json --format sarif bad.yaml | grep -q '"baselineState": "unchanged"'; check baseline-sarif 0 $?
printf '{"nope": 1}' > notbase.json
"$bin" check -q --baseline notbase.json bad.yaml 2>/dev/null >/dev/null; check baseline-malformed 2 $?
# --select takes one value per flag: a path after it stays a path.
"$bin" check -q --select MEM bad.yaml >/dev/null; check select-then-path 1 $?
"$bin" check -q --var nonsense bad.yaml 2>/dev/null >/dev/null; check bad-var 2 $?
# Serverless: a planted environment secret is never read.
mkdir -p sls && printf 'service: s\nprovider:\n  name: aws\n  runtime: python3.13\n  memorySize: ${env:FAASLINT_E2E_MEM}\nfunctions:\n  f: {handler: h.f}\n' > sls/serverless.yml
FAASLINT_E2E_MEM=10240 "$bin" check -q --format json sls >out.json
grep -q '"FL003"' out.json && ! grep -q 'MEM001' out.json; check env-never-read 0 $?
# C/C++: a file that runs away is stopped at sources.max-file-seconds; the others are analysed.
# slow.cpp takes Clang many minutes; the limit is generous for main.cpp on a loaded machine.
mkdir -p slow && cd slow
printf 'sources:\n  max-file-seconds: 8\n' > .faaslint.yaml
{ echo 'constexpr long f(long n) { long s = 0; for (long i = 0; i < n; ++i) s += i % 7; return s; }'
  for k in $(seq 4000); do echo "static_assert(f(250000 + $k) > 0, \"\");"; done; } > slow.cpp
printf '#include <unistd.h>\nint main() { sleep(600); }\n' > main.cpp
"$bin" check -q --no-cache . >out.txt; check time-limit 0 $?  # a warning and a note: below --fail-on error
grep -q "^slow.cpp:1:1: note: This source file was not analysed: its analysis took longer than 8 s" out.txt &&
  grep -q "^main.cpp:2:14: .*DUR004" out.txt || { echo "FAIL: time limit"; cat out.txt; fail=$((fail+1)); }
# A worker does not outlive a scan that is killed while it analyses a runaway file.
printf 'sources:\n  max-file-seconds: 120\n' > .faaslint.yaml
"$bin" check -q --no-cache slow.cpp >/dev/null 2>&1 & scan=$!
workers=""; for _ in $(seq 300); do workers=$(pgrep -P $scan); [ -n "$workers" ] && break; sleep 0.1; done
kill -9 $scan; wait $scan 2>/dev/null
left=""; for _ in $(seq 300); do left=$(for w in $workers; do kill -0 "$w" 2>/dev/null && echo "$w"; done); [ -z "$left" ] && break; sleep 0.1; done
[ -n "$workers" ] && [ -z "$left" ]; check worker-ends-with-its-scan 0 $?
cd ..
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

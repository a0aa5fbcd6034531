#!/usr/bin/env bash
# Generates a deterministic corpus of SAM templates (default 500) and times `faaslint check`
# over it: wall time, files/s and peak RSS; then one small template in a fresh process.
# Usage: bench/run.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
bin=build/faaslint
[ -x "$bin" ] || scripts/build.sh --target faaslint
corpus=bench/corpus
rm -rf "$corpus"; mkdir -p "$corpus"
runtimes=(python3.12 python3.9 nodejs20.x java21 provided.al2023 nodejs18.x)
for i in $(seq 1 "$n"); do
  {
    echo "AWSTemplateFormatVersion: '2010-09-09'"
    echo "Transform: AWS::Serverless-2016-10-31"
    printf 'Globals:\n  Function:\n    Runtime: %s\n    MemorySize: %d\n' "${runtimes[$((i % 6))]}" $((128 * (i % 30 + 1)))
    echo "Resources:"
    for j in $(seq 1 $((i % 7 + 3))); do
      res=$([ $((j % 3)) = 0 ] && echo "'*'" || echo "!GetAtt Table.Arn")
      printf '  Fn%d:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: src/fn%d/\n      Handler: app.handler\n      Timeout: %d\n' $j $j $(( (i * j) % 960 + 1 ))
      printf '      Environment:\n        Variables:\n          TABLE: !Ref Table\n          STAGE: prod\n          API_KEY: k%dx%dQz\n' $((i * 7919 % 100000)) $((j * 104729))
      printf '      Policies:\n        - Statement:\n            - Effect: Allow\n              Action: [dynamodb:GetItem, dynamodb:PutItem]\n              Resource: %s\n' "$res"
      printf '      Events:\n        Api:\n          Type: Api\n          Properties: {Path: /fn%d, Method: get}\n        Queue:\n          Type: SQS\n          Properties: {Queue: !GetAtt Queue.Arn}\n' $j
    done
    printf '  Queue:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: %d}\n  Table:\n    Type: AWS::DynamoDB::Table\n' $((i % 200 + 10))
  } > "$corpus/t$i.yaml"
done
echo "corpus: $n templates, $(cat "$corpus"/*.yaml | wc -c) bytes"
"$bin" check -q --exit-zero "$corpus" >/dev/null  # warm the page cache
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o /tmp/faaslint-bench-rss "$bin" check -q --exit-zero "$corpus" >/dev/null
end=$(date +%s.%N)
wall=$(echo "$end - $start" | bc -l)
printf 'wall: %.3f s, %.0f files/s, peak RSS: %d KB\n' "$wall" "$(echo "$n / $wall" | bc -l)" "$(cat /tmp/faaslint-bench-rss)"
start=$(date +%s.%N)
for k in $(seq 1 20); do "$bin" check -q --exit-zero "$corpus/t1.yaml" >/dev/null; done
end=$(date +%s.%N)
printf 'one small template, fresh process: %.1f ms (mean of 20)\n' "$(echo "($end - $start) * 1000 / 20" | bc -l)"

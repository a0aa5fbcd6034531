"""Latency of `faaslint lsp`: a scripted client replays edits to a 1,000-line SAM template and to a
500-line Python handler that one of its functions runs, and measures the time from sending each
didChange to receiving the publishDiagnostics for that version. Edits come at a fast typist's pace
(one every 80 ms at most: the client waits for each edit's diagnostics, then until 80 ms have
passed since it sent the edit); a last case sends bursts of 20 edits at once (a paste, a
formatter) and measures from the burst's last edit to its diagnostics, which includes the
server's debounce (20 ms). Prints p50/p95/max per case, and
beside it what running `faaslint check` on the project after each change costs (the editor
integration a linter without a server offers: a fresh process on save).
Usage: bench/lsp.py [FAASLINT] [EDITS]"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "tests", "e2e"))
from lsp_client import Client, uri  # noqa: E402

exe = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "build", "faaslint"))
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def template(functions=40):
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Transform: AWS::Serverless-2016-10-31",
             "Globals:", "  Function:", "    Runtime: python3.12", "    Tracing: Active", "Resources:"]
    for i in range(functions):
        lines += [f"  Fn{i}:", "    Type: AWS::Serverless::Function", "    Properties:",
                  "      CodeUri: src/", f"      Handler: {'handler' if i == 0 else 'other'}.handler",
                  f"      MemorySize: {128 * (i % 8 + 1)}", f"      Timeout: {i % 60 + 3}",
                  "      Environment:", "        Variables:", f"          TABLE: table{i}", "          STAGE: prod",
                  "      Policies:", "        - Statement:", "            - Effect: Allow",
                  "              Action: [dynamodb:GetItem, dynamodb:PutItem]", f"              Resource: arn:aws:dynamodb:*:*:table/t{i}",
                  "      Events:", "        Api:", "          Type: Api", f"          Properties: {{Path: /fn{i}, Method: get}}",
                  "        Queue:", "          Type: SQS", "          Properties: {Queue: !GetAtt Queue.Arn}", ""]
    lines += ["  Queue:", "    Type: AWS::SQS::Queue", "    Properties: {VisibilityTimeout: 900}"]
    return "\n".join(lines) + "\n"


def handler(lines=500):
    out = ["import json", "import os", "import subprocess", "import time", "", "import boto3", "",
           "TABLE = boto3.resource('dynamodb').Table(os.environ['TABLE'])", ""]
    i = 0
    while len(out) < lines - 12:
        out += [f"def helper_{i}(item):", f"    value = item.get('k{i}', {i})", "    if value > 10:",
                f"        TABLE.put_item(Item={{'id': str(value), 'n': {i}}})", "    return value", "", ""]
        i += 1
    out += ["def handler(event, context):", "    body = json.loads(event.get('body') or '{}')",
            "    total = 0", f"    for n in range({i}):", "        total += globals()[f'helper_{n}'](body)",
            "    time.sleep(1)", "    return {'statusCode': 200, 'body': json.dumps(total)}"]
    return "\n".join(out) + "\n"


def percentiles(samples):
    s = sorted(samples)
    return s[len(s) // 2], s[min(len(s) - 1, int(len(s) * 0.95))], s[-1]


PACE = 0.080  # seconds between a typist's edits
BURST = 20


def replay(c, path, text, line, variants, count, burst=1):
    """Replaces `line` with each variant in turn, `burst` edits at a time; the milliseconds from
    each burst's last edit to its diagnostics."""
    c.open(path, text, 1)
    c.diagnostics(uri(path), 1, 120)
    old = text.split("\n")[line]
    times = []
    v = 1
    for _ in range(count):
        for _ in range(burst):
            v += 1
            new = variants[v % len(variants)]
            change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": len(old)}}, "text": new}
            sent = c.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": v}, "contentChanges": [change]})
            old = new
        got = c.diagnostics(uri(path), v, 120)
        times.append((got["_received"] - sent) * 1000)
        time.sleep(max(0.0, sent + PACE - time.monotonic()))
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri(path)}})
    return times


def main():
    work = tempfile.mkdtemp()
    try:
        project = os.path.join(work, "project")
        os.makedirs(os.path.join(project, "src"))
        t, h = template(), handler()
        tpath, hpath = os.path.join(project, "template.yaml"), os.path.join(project, "src", "handler.py")
        open(tpath, "w").write(t)
        open(hpath, "w").write(h)
        open(os.path.join(project, "src", "other.py"), "w").write("def handler(event, context):\n    return {}\n")
        print(f"project: template.yaml {t.count(chr(10))} lines, src/handler.py {h.count(chr(10))} lines, "
              f"{edits} edits each; {os.cpu_count()} cores")
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"))
        os.environ.update(env)
        c = Client([exe, "lsp"], cwd=project)
        c.initialize(project)
        tl = t.split("\n")
        mem_line = next(i for i, l in enumerate(tl) if l.startswith("      MemorySize:"))
        manifest = replay(c, tpath, t, mem_line, ["      MemorySize: 10240", "      MemorySize: 512"], edits)
        hl = h.split("\n")
        sleep_line = next(i for i, l in enumerate(hl) if l.strip() == "time.sleep(1)")
        c.open(tpath, t, 1)  # the handler's finding needs its manifest: both are open, as when editing a project
        c.diagnostics(uri(tpath), 1, 120)
        code = replay(c, hpath, h, sleep_line, ["    time.sleep(30)", "    total += 1"], edits)
        c.notify("textDocument/didClose", {"textDocument": {"uri": uri(tpath)}})
        bursts = replay(c, tpath, t, mem_line, ["      MemorySize: 10240", "      MemorySize: 512"], max(10, edits // 10), BURST)
        rss = c.rss_kb()
        c.close()
        # The same change checked by a fresh `faaslint check` of the project (what a run-on-save
        # editor integration costs), median of 20.
        cli = []
        for _ in range(20):
            start = time.monotonic()
            subprocess.run([exe, "check", "-q", "--exit-zero", "."], cwd=project, stdout=subprocess.DEVNULL, env=env, check=True)
            cli.append((time.monotonic() - start) * 1000)
        print(f"{'case':44} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   target")
        for name, samples, target in [("manifest edit -> its diagnostics", manifest, "p95 < 30"),
                                      ("handler edit -> its diagnostics (+ manifest)", code, "p95 < 60"),
                                      (f"burst of {BURST} manifest edits -> diagnostics", bursts, ""),
                                      ("faaslint check of the project (fresh process)", cli, "")]:
            p50, p95, worst = percentiles(samples)
            print(f"{name:44} {p50:8.1f} {p95:8.1f} {worst:8.1f}   {target}")
        print(f"server RSS at the end: {rss // 1024} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


main()

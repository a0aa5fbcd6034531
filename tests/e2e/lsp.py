"""faaslint lsp driven as a client drives it: open, diagnostics, an edit, a code action, hover,
bad input, 10,000 rapid edits, and a client that goes away. Usage: lsp.py FAASLINT SOURCE_DIR"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, uri  # noqa: E402

exe, src = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp()
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def codes(message):
    return [d["code"] for d in message["params"]["diagnostics"]]


try:
    project = os.path.join(work, "project")
    shutil.copytree(os.path.join(src, "tests/e2e/neovim/project"), project)
    template = os.path.join(project, "template.yaml")
    text = open(template).read()
    env_cache = {"XDG_CACHE_HOME": os.path.join(work, "cache")}
    os.environ.update(env_cache)

    c = Client([exe, "lsp"], cwd=work)
    # Before initialize: refused with ServerNotInitialized.
    check(c.request("textDocument/hover", {})["error"]["code"] == -32002, "a request before initialize is refused (-32002)")
    caps = c.initialize(project)["result"]["capabilities"]
    check(caps["positionEncoding"] == "utf-16" and caps["hoverProvider"], "initialize: UTF-16 positions, hover, code actions")

    c.open(template, text)
    first = c.diagnostics(uri(template), 1)
    check("SEC005" in codes(first), "the template's buffer gets SEC005")
    sec005 = next(d for d in first["params"]["diagnostics"] if d["code"] == "SEC005")
    check(sec005["range"]["start"] == {"line": 10, "character": 18}, "SEC005 is at 11:19 as faaslint check says")

    # An incremental edit: NONE -> AWS_IAM.
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(template), "version": 2},
                                        "contentChanges": [{"range": sec005["range"], "text": "AWS_IAM"}]})
    check("SEC005" not in codes(c.diagnostics(uri(template), 2)), "editing AuthType to AWS_IAM clears SEC005")
    c.notify("textDocument/didChange", {"textDocument": {"uri": uri(template), "version": 3}, "contentChanges": [{"text": text}]})
    check("SEC005" in codes(c.diagnostics(uri(template), 3)), "a full-text change brings it back")

    actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri(template)}, "range": sec005["range"],
                                                    "context": {"diagnostics": [sec005]}})["result"]
    check(any("Suppress SEC005" in a["title"] for a in actions), "a code action suppresses SEC005")
    hover = c.request("textDocument/hover", {"textDocument": {"uri": uri(template)}, "position": sec005["range"]["start"]})["result"]
    check("# SEC005 public-function-url" in hover["contents"]["value"], "hover shows the rule's page")

    # Bad input: answered, and the server goes on.
    c.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    check(c.wait(lambda m: "error" in m)["error"]["code"] == -32700, "a body that is not JSON: ParseError")
    check(c.request("textDocument/definition", {})["error"]["code"] == -32601, "an unknown request: MethodNotFound")

    # 10,000 rapid edits (type a character, delete it), sent without waiting: debounced, not
    # queued; the last version's diagnostics are the first's; memory stays bounded.
    rss_before = c.rss_kb()
    at = {"line": 0, "character": 0}
    version = 3
    for i in range(10000):
        version += 1
        change = {"range": {"start": at, "end": at}, "text": "#"} if i % 2 == 0 else \
                 {"range": {"start": at, "end": {"line": 0, "character": 1}}, "text": ""}
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri(template), "version": version}, "contentChanges": [change]})
    published = []
    last = c.wait(lambda m: published.append(m) is None and m.get("method") == "textDocument/publishDiagnostics"
                  and m["params"].get("version") == version, 300, "the last edit's diagnostics")
    publishes = sum(1 for m in published if m.get("method") == "textDocument/publishDiagnostics")
    check(codes(last) == codes(first), "after 10,000 edits the diagnostics are the first ones again")
    check(publishes < 10000, "the edits were debounced (%d publishes for 10,000 edits)" % publishes)
    rss_after = c.rss_kb()
    print("     memory: %d MB before the edits, %d MB after" % (rss_before // 1024, rss_after // 1024))
    check(rss_after < rss_before + 100 * 1024, "memory stays bounded")

    c.notify("textDocument/didClose", {"textDocument": {"uri": uri(template)}})
    check(c.diagnostics(uri(template))["params"]["diagnostics"] == [], "closing clears the diagnostics")
    check(c.close() == 0, "shutdown then exit: exit code 0")
    check(c.garbage is None, "stdout carried nothing but protocol messages")

    # A client that goes away without shutdown: the server ends by itself, with exit code 1.
    gone = Client([exe, "lsp"], cwd=work)
    gone.initialize(project)
    gone.open(template, text)
    gone.proc.stdin.close()
    check(gone.proc.wait(60) == 1, "a client that disconnects: the server exits (code 1)")

    # Framing that cannot be read: the server stops instead of guessing.
    broken = Client([exe, "lsp"], cwd=work)
    broken.send_raw(b"Content-Length: nope\r\n\r\n{}")
    check(broken.proc.wait(60) == 1, "unreadable framing: the server exits (code 1)")
finally:
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print("%d check(s) failed" % len(failures))
    sys.exit(1)
print("lsp e2e: OK")

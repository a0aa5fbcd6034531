"""A minimal Language Server Protocol client over a child process's stdio (standard library
only), for the end-to-end test (tests/e2e/lsp.py) and the latency benchmark (bench/lsp.py)."""
import json
import os
import queue
import subprocess
import threading
import time


class Client:
    def __init__(self, command, cwd=None):
        self.proc = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.stderr = []
        self.garbage = None  # set when stdout carried anything but framed JSON
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=lambda: self.stderr.extend(self.proc.stderr), daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if not line.endswith(b"\r\n") or b":" not in line:
                    self.garbage = line
                    self.messages.put(None)
                    return
                name, value = line.decode().split(":", 1)
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            try:
                message = json.loads(body)
            except ValueError:
                self.garbage = body
                self.messages.put(None)
                return
            message["_received"] = time.monotonic()
            self.messages.put(message)

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        return time.monotonic()

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=60):
        i = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == i and "method" not in m, timeout, "the reply to " + method)

    def wait(self, predicate, timeout=60, what="a message"):
        """The first message that satisfies predicate; messages before it are dropped."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError("no %s within %d s" % (what, timeout))
            try:
                m = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if m is None:
                raise EOFError("the server closed its output while waiting for %s (garbage: %r)" % (what, self.garbage))
            if predicate(m):
                return m

    def diagnostics(self, uri, version=None, timeout=60):
        def match(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version
        return self.wait(match, timeout, "diagnostics for %s (version %s)" % (uri, version))

    def initialize(self, root, capabilities=None):
        reply = self.request("initialize", {"processId": os.getpid(), "rootUri": uri(root), "capabilities": capabilities or {}})
        self.notify("initialized", {})
        return reply

    def open(self, path, text, version=1, language="yaml"):
        return self.notify("textDocument/didOpen",
                           {"textDocument": {"uri": uri(path), "languageId": language, "version": version, "text": text}})

    def close(self, timeout=30):
        """shutdown, exit; the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        return self.proc.wait(timeout)

    def rss_kb(self):
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0


def uri(path):
    from urllib.parse import quote
    return "file://" + quote(os.path.abspath(path))

#!/usr/bin/python3
"""A source server that misbehaves on request, for the net tests (issue 4).

Listens on 127.0.0.1 only, on a free port it prints as "PORT <n>". Every path
/<name> is a resource whose behaviour the test sets with POST /_control/<name>
(a JSON object, see Resource) and whose requests it reads with GET /_stats/<name>.
Standard library only: run it with Debian's /usr/bin/python3.
"""

import argparse
import gzip
import hashlib
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
RESOURCES = {}  # name -> settings dict
STATS = {}  # name -> counters and the last request's headers
STOPPING = threading.Event()


def settings_of(name):
    with LOCK:
        return dict(RESOURCES.get(name, {"mode": "status", "status": 404}))


def count(name, headers):
    with LOCK:
        stats = STATS.setdefault(name, {"requests": 0, "conditional": 0, "times": []})
        stats["requests"] += 1
        if headers.get("If-None-Match") or headers.get("If-Modified-Since"):
            stats["conditional"] += 1
        stats["times"].append(time.monotonic())
        stats["authorization"] = headers.get("Authorization")
        stats["accept_encoding"] = headers.get("Accept-Encoding")
        stats["if_none_match"] = headers.get("If-None-Match")
        stats["user_agent"] = headers.get("User-Agent")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet: the test prints what matters
        pass

    def send_body(self, status, body, content_type="application/json", extra=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        payload = self.rfile.read(length)
        if not self.path.startswith("/_control/"):
            self.send_body(404, b"{}")
            return
        name = self.path[len("/_control/"):]
        settings = json.loads(payload)
        with LOCK:
            RESOURCES[name] = settings
            if settings.get("reset_stats", True):
                STATS.pop(name, None)
        self.send_body(200, b"{}")

    def do_GET(self):
        if self.path.startswith("/_stats/"):
            name = self.path[len("/_stats/"):]
            with LOCK:
                stats = dict(STATS.get(name, {"requests": 0, "conditional": 0, "times": []}))
            self.send_body(200, json.dumps(stats).encode())
            return
        name = self.path.lstrip("/")
        count(name, self.headers)
        settings = settings_of(name)
        mode = settings.get("mode")
        body = settings.get("body", "").encode()
        if mode == "document":
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            extra = {"ETag": etag}
            if "cache_control" in settings:
                extra["Cache-Control"] = settings["cache_control"]
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                body = gzip.compress(body)
                extra["Content-Encoding"] = "gzip"
            self.send_body(200, body, extra=extra)
        elif mode == "status":
            extra = {}
            if "retry_after" in settings:
                extra["Retry-After"] = str(settings["retry_after"])
            self.send_body(int(settings["status"]), b'{"error": "as asked"}', extra=extra)
        elif mode == "html":
            self.send_body(200, b"<!DOCTYPE html><html><body>Log in</body></html>", "text/html")
        elif mode == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body) + 1000))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif mode == "oversized":
            # No Content-Length: the client can only stop it while receiving.
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b" " * 65536
            try:
                for _ in range(int(settings.get("bytes", 8 << 20)) // len(chunk)):
                    self.wfile.write(chunk)
                    with LOCK:
                        STATS[name]["sent"] = STATS[name].get("sent", 0) + len(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif mode == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"{")
            self.wfile.flush()
            STOPPING.wait(float(settings.get("seconds", 30)))
            self.close_connection = True
        elif mode == "redirect_loop":
            self.send_response(302)
            self.send_header("Location", "/" + name)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_body(404, b'{"error": "no such resource"}')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("PORT", server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        STOPPING.set()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Nothing exposed (issue 8, part 6), checked on the real binary:

- the running kiosk, headless, polling a source on 127.0.0.1, owns no listening
  socket (TCP, UDP or Unix) — checked through its own /proc/PID/fd and
  /proc/PID/net/*, with the detector first shown to find a listening socket;
- the bearer token never appears in argv, stderr, the status file (which holds
  the banner and setup texts), the cache, or what `validate` and `render` print —
  not even when the server echoes it back or redirects to another port;
- there is no command-line flag for a token; a token file others may read is
  refused before any request;
- the kiosk is not dumpable (PR_SET_DUMPABLE 0): another process of the same
  user cannot read its /proc/PID/environ, while it can a plain process's;
- no config key and no environment variable turns TLS verification off.

Usage: exposure_test.py --binary PATH   (standard library only; Debian's python3)
"""

import argparse
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from kiosk_harness import kiosk_env

BINARY = None
TOKEN = "hgw-secret-token-7f3a9c1e5b"
MONDAY_MORNING = "2026-11-30T09:00:00+01:00"


class Recorder:
    """What a server saw: the Authorization header of every request."""

    def __init__(self):
        self.lock = threading.Lock()
        self.authorizations = []

    def add(self, value):
        with self.lock:
            self.authorizations.append(value)

    def seen(self):
        with self.lock:
            return list(self.authorizations)


def start_server(handler_for, context=None):
    recorder = Recorder()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            recorder.add(self.headers.get("Authorization"))
            status, headers, body = handler_for(self)
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server, recorder


def socket_inodes(pid):
    inodes = set()
    folder = f"/proc/{pid}/fd"
    for name in os.listdir(folder):
        try:
            target = os.readlink(os.path.join(folder, name))
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:["):-1])
    return inodes


def listening_inodes(pid):
    """Sockets in pid's network namespace that take connections or datagrams from
    anyone: TCP in LISTEN, UDP bound and unconnected, Unix with SO_ACCEPTCON."""
    found = {}
    for table in ("tcp", "tcp6"):
        with open(f"/proc/{pid}/net/{table}") as handle:
            for line in handle.readlines()[1:]:
                fields = line.split()
                if fields[3] == "0A":
                    found[fields[9]] = f"{table} {fields[1]} LISTEN"
    for table in ("udp", "udp6"):
        with open(f"/proc/{pid}/net/{table}") as handle:
            for line in handle.readlines()[1:]:
                fields = line.split()
                remote = fields[2].split(":")
                if set(remote[0]) == {"0"} and remote[1] == "0000":
                    found[fields[9]] = f"{table} {fields[1]} bound"
    with open(f"/proc/{pid}/net/unix") as handle:
        for line in handle.readlines()[1:]:
            fields = line.split()
            if int(fields[3], 16) & 0x10000:  # __SO_ACCEPTCON
                found[fields[6]] = "unix " + (fields[7] if len(fields) > 7 else "(unnamed)")
    return found


def listening_sockets_of(pid):
    mine = socket_inodes(pid)
    return sorted(what for inode, what in listening_inodes(pid).items() if inode in mine)


class Wall:
    """A config folder with a token file and one source, and the kiosk on it."""

    def __init__(self, folder, url, token_mode=0o600):
        self.folder = folder
        self.token = os.path.join(folder, "board.token")
        with open(self.token, "w") as handle:
            handle.write(TOKEN + "\n")
        os.chmod(self.token, token_mode)
        self.status = os.path.join(folder, "status.json")
        self.cache = os.path.join(folder, "cache")
        self.config = os.path.join(folder, "wall.conf")
        with open(self.config, "w") as handle:
            handle.write(f"[source]\nurl = {url}\ntoken_file = board.token\npoll_seconds = 10\n"
                         f"\n[cache]\ndirectory = {self.cache}\n")
        self.process = None

    def start(self, **popen):
        self.process = subprocess.Popen(
            [BINARY, "--headless", "--size", "480x270", "--config", self.config,
             "--status-file", self.status, "--now", MONDAY_MORNING],
            env=kiosk_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
        return self.process

    def wait_for_status(self, predicate, seconds=20):
        deadline = time.monotonic() + seconds
        last = None
        while time.monotonic() < deadline:
            try:
                with open(self.status) as handle:
                    last = json.load(handle)
                if predicate(last):
                    return last
            except (OSError, ValueError):
                pass
            if self.process.poll() is not None:
                raise AssertionError(f"the kiosk ended: {self.process.communicate()}")
            time.sleep(0.1)
        raise AssertionError(f"status never as expected: {last}")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        return self.process.communicate(timeout=15)

    def every_file_text(self):
        texts = {}
        for root, _, files in os.walk(self.folder):
            for name in files:
                path = os.path.join(root, name)
                if path == self.token:
                    continue
                with open(path, "rb") as handle:
                    texts[path] = handle.read().decode("utf-8", "replace")
        return texts


def first_source_failing(status):
    sources = status.get("sources") or []
    return bool(sources) and sources[0].get("error") is not None and sources[0].get("last_try")


class ExposureTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="hgw-exposure-")
        self.servers = []

    def tearDown(self):
        for server in self.servers:
            server.shutdown()
            server.server_close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def server(self, handler_for, context=None):
        server, recorder = start_server(handler_for, context)
        self.servers.append(server)
        return server.server_address[1], recorder

    def test_the_detector_finds_a_listening_socket(self):
        # Without this, "no listening socket" could be a detector that sees nothing.
        port, _ = self.server(lambda handler: (404, {}, b""))
        found = listening_sockets_of(os.getpid())
        self.assertTrue(any(f"{port:04X}" in entry for entry in found), found)

    def test_the_running_kiosk_opens_no_listening_socket(self):
        port, recorder = self.server(lambda handler: (503, {"Retry-After": "1"}, b"{}"))
        wall = Wall(self.folder, f"http://127.0.0.1:{port}/board.json")
        process = wall.start()
        try:
            wall.wait_for_status(first_source_failing)
            self.assertTrue(recorder.seen(), "the kiosk never polled")
            self.assertEqual(listening_sockets_of(process.pid), [], "the kiosk listens")
        finally:
            wall.stop()

    def test_the_token_is_sent_but_never_written_or_shown(self):
        # The server echoes the token in a header and the body, redirects to another
        # port, and serves a document that quotes it: none of it may end up anywhere.
        other_port, other = self.server(lambda handler: (500, {}, b"{}"))
        calls = {"n": 0}

        def hostile(handler):
            calls["n"] += 1
            echoed = (handler.headers.get("Authorization") or "").encode()
            if calls["n"] % 3 == 1:
                return 401, {"WWW-Authenticate": "Bearer error=" + echoed.decode()}, echoed
            if calls["n"] % 3 == 2:
                return 302, {"Location": f"http://127.0.0.1:{other_port}/steal"}, b""
            return 200, {"Content-Type": "application/json", "ETag": '"' + TOKEN + '"'}, \
                b'{"format": "' + echoed + b'"}'

        port, recorder = self.server(hostile)
        url = f"http://127.0.0.1:{port}/board.json"
        wall = Wall(self.folder, url)
        process = wall.start()
        try:
            with open(f"/proc/{process.pid}/cmdline", "rb") as handle:
                self.assertNotIn(TOKEN.encode(), handle.read())
            deadline = time.monotonic() + 40
            while calls["n"] < 3 and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1)
            self.assertGreaterEqual(calls["n"], 3, "the kiosk did not poll often enough")
        finally:
            out, err = wall.stop()
        self.assertIn(f"Bearer {TOKEN}", recorder.seen(), "the token was not sent at all")
        self.assertNotIn(f"Bearer {TOKEN}", other.seen(), "the redirect took the token along")
        self.assertNotIn(TOKEN, out + err)
        texts = wall.every_file_text()
        self.assertIn(wall.status, texts)
        for path, text in texts.items():
            self.assertNotIn(TOKEN, text, path)
        # validate and render with --config read the same token.
        for command in (["validate", url], ["render", url, "--out", self.folder + "/pages"]):
            for _ in range(3):
                done = subprocess.run([BINARY, *command, "--config", wall.config],
                                      env=kiosk_env(), capture_output=True, text=True, timeout=60)
                self.assertNotIn(TOKEN, done.stdout + done.stderr, command)

    def test_a_token_file_others_may_read_is_refused_without_showing_the_token(self):
        port, recorder = self.server(lambda handler: (200, {}, b'{"format": "hgw-dashboard/1"}'))
        wall = Wall(self.folder, f"http://127.0.0.1:{port}/board.json", token_mode=0o644)
        wall.start()
        try:
            # The config is refused at start: the setup page, no source polled.
            status = wall.wait_for_status(lambda status: status.get("sources") == [])
            time.sleep(1)
        finally:
            out, err = wall.stop()
        self.assertIn("board.token may be read by others (mode 0644); a token must be private: "
                      "run chmod 600", err)
        self.assertEqual(recorder.seen(), [], "a request went out without a safe token")
        self.assertNotIn(TOKEN, json.dumps(status) + out + err)
        done = subprocess.run([BINARY, "validate", f"http://127.0.0.1:{port}/board.json",
                               "--config", wall.config], capture_output=True, text=True,
                              env=kiosk_env(), timeout=60)
        self.assertEqual(done.returncode, 1)
        self.assertIn("chmod 600", done.stdout)
        self.assertNotIn(TOKEN, done.stdout + done.stderr)

    def test_there_is_no_command_line_flag_for_a_token(self):
        help_text = subprocess.run([BINARY, "--help"], capture_output=True, text=True).stdout
        self.assertNotIn("token", help_text.replace("token_file", ""))
        for flag in ("--token", "--bearer", "--token-file", "--password", "--auth"):
            done = subprocess.run([BINARY, "validate", "-", flag, TOKEN], input="{}",
                                  capture_output=True, text=True, env=kiosk_env())
            self.assertEqual(done.returncode, 2, (flag, done.stderr))
            self.assertNotIn(TOKEN, done.stdout + done.stderr, flag)

    @unittest.skipUnless(os.geteuid() == 0, "needs root to run processes as nobody")
    def test_the_kiosk_is_not_dumpable(self):
        nobody = 65534
        os.chmod(self.folder, 0o755)
        port, _ = self.server(lambda handler: (503, {}, b"{}"))
        wall = Wall(self.folder, f"http://127.0.0.1:{port}/board.json")
        for root, folders, files in os.walk(self.folder):
            for name in folders + files:
                os.chown(os.path.join(root, name), nobody, nobody)
        os.chown(self.folder, nobody, nobody)

        def environ_readable_by_nobody(pid):
            probe = subprocess.run(
                [sys.executable, "-c", f"open('/proc/{pid}/environ', 'rb').read()"],
                user=nobody, group=nobody, capture_output=True, text=True)
            return probe.returncode == 0

        # The control: a plain process of nobody's is open to another of nobody's.
        plain = subprocess.Popen(["sleep", "30"], user=nobody, group=nobody)
        try:
            self.assertTrue(environ_readable_by_nobody(plain.pid))
        finally:
            plain.kill()
            plain.wait()
        process = wall.start(user=nobody, group=nobody)
        try:
            wall.wait_for_status(first_source_failing)
            self.assertFalse(environ_readable_by_nobody(process.pid),
                             "the kiosk can be read (and dumped) by its own user")
        finally:
            wall.stop()

    def test_no_config_key_turns_tls_verification_off(self):
        for key in ("insecure = yes", "tls_verify = no", "verify = no", "ssl_verify = false",
                    "verify_peer = 0", "verify_host = 0", "skip_verify = true"):
            config = os.path.join(self.folder, "wall.conf")
            with open(config, "w") as handle:
                handle.write(f"[source]\nurl = https://127.0.0.1:1/board.json\n{key}\n")
            done = subprocess.run([BINARY, "validate", "https://127.0.0.1:1/board.json",
                                   "--config", config], capture_output=True, text=True,
                                  env=kiosk_env())
            self.assertEqual(done.returncode, 1, key)
            self.assertIn(f"{config}:3: [source] {key.split()[0]}: unknown key", done.stdout)

    def test_no_environment_variable_turns_tls_verification_off(self):
        key = os.path.join(self.folder, "self.key")
        cert = os.path.join(self.folder, "self.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                        "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"], check=True,
                       capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        port, _ = self.server(
            lambda handler: (200, {"Content-Type": "application/json"},
                             b'{"format": "hgw-dashboard/1"}'), context)
        url = f"https://127.0.0.1:{port}/board.json"
        # The control: with the certificate as ca_file the same server is fine.
        config = os.path.join(self.folder, "wall.conf")
        with open(config, "w") as handle:
            handle.write(f"[source]\nurl = {url}\nca_file = {cert}\n")
        trusted = subprocess.run([BINARY, "validate", url, "--config", config],
                                 capture_output=True, text=True, env=kiosk_env(), timeout=60)
        self.assertEqual(trusted.returncode, 0, trusted.stdout + trusted.stderr)
        attempts = {"CURL_INSECURE": "1", "CURLOPT_SSL_VERIFYPEER": "0", "GIT_SSL_NO_VERIFY": "1",
                    "PYTHONHTTPSVERIFY": "0", "NODE_TLS_REJECT_UNAUTHORIZED": "0",
                    "HGW_INSECURE": "1", "HGW_TLS_VERIFY": "0", "SSL_NO_VERIFY": "1",
                    "CURL_CA_BUNDLE": cert, "SSL_CERT_FILE": cert, "SSL_CERT_DIR": self.folder}
        done = subprocess.run([BINARY, "validate", url], capture_output=True, text=True,
                              env=kiosk_env(**attempts), timeout=60)
        self.assertEqual(done.returncode, 1, done.stdout + done.stderr)
        self.assertIn("tls", done.stdout + done.stderr)


def main():
    global BINARY
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args, rest = parser.parse_known_args()
    BINARY = os.path.abspath(args.binary)
    unittest.main(argv=[sys.argv[0], "-v", *rest])


if __name__ == "__main__":
    main()

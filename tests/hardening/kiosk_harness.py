"""What the power-cut and soak runs share: the headless kiosk's environment, a
stand-in for systemd's NOTIFY_SOCKET, a source server on 127.0.0.1 that the
test scripts in-process, reading the kiosk's JSON files, and the names of the
temporary files an interrupted atomic write leaves (dashboard/platform/atomic_file).

Standard library only: run with Debian's /usr/bin/python3.
"""

import json
import os
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# mkostemp's six characters after the target's name (platform/atomic_file.cpp).
TEMPORARY_FILE = re.compile(r".+\.tmp-[A-Za-z0-9]{6}$")


def kiosk_env(**extra):
    """No display, no systemd of the caller's, and the school's time zone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTIFY_", "WATCHDOG_"))}
    env.update({"TZ": "Europe/Amsterdam", "SDL_VIDEODRIVER": "dummy", "DISPLAY": "",
                "WAYLAND_DISPLAY": ""})
    env.update(extra)
    return env


def temporary_files(folder):
    """Leftovers of atomic writes that never reached their rename."""
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder) if TEMPORARY_FILE.match(name))


def read_json(path):
    """The parsed file; raises (with the text) when it is not whole JSON."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        return json.loads(data)
    except ValueError as error:
        raise AssertionError(f"{path} is not whole JSON ({error}): {data[:200]!r}...") from None


class NotifySocket:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, folder):
        self.path = os.path.join(folder, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)

    def wait_for(self, needle, seconds):
        """The datagrams up to and including the first that holds `needle`."""
        deadline = time.monotonic() + seconds
        seen = []
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {needle!r} within {seconds} s; got {seen!r}")
            self.sock.settimeout(left)
            try:
                text = self.sock.recv(4096).decode()
            except socket.timeout:
                continue
            seen.append(text)
            if needle in text:
                return seen

    def drain(self):
        self.sock.setblocking(False)
        try:
            while True:
                self.sock.recv(4096)
        except BlockingIOError:
            pass
        finally:
            self.sock.setblocking(True)

    def close(self):
        self.sock.close()
        os.unlink(self.path)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a killed kiosk resets its connections: expected, not news


class SourceServer:
    """An HTTP source on 127.0.0.1 whose every GET is answered by `respond(name,
    request_headers)`, which returns (status, headers dict, body bytes) or a
    callable taking the handler (for answers that trickle or hang). `stop()` closes
    the port, so the kiosk sees the server down; `start()` opens the same port
    again."""

    def __init__(self, respond):
        self.respond = respond
        self.port = 0
        self.server = None
        self.thread = None
        self.start()

    def start(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                answer = outer.respond(self.path.lstrip("/"), self.headers)
                if callable(answer):
                    answer(self)
                    return
                status, headers, body = answer
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass  # the kiosk was killed mid-transfer

        self.server = _QuietServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    def url(self, name):
        return f"http://127.0.0.1:{self.port}/{name}"

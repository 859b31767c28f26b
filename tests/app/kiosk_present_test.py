#!/usr/bin/env python3
"""The kiosk with a real X11 window under Xvfb (issue 15):

- on the framebuffer path no GL stack is mapped (no libLLVM, *_dri.so, libEGL,
  libGL), while the GPU path under the same Xvfb does map one — so the check can
  tell them apart;
- a lit wall with nothing changing sleeps between its deadlines: over ~20 s it
  wakes for the page turns and the minute tick, not on an input-polling timer.

Usage: kiosk_present_test.py --binary PATH --demo-json PATH
"""

import argparse
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

BINARY = None
DEMO_JSON = None
GL_LIBRARIES = ("libLLVM", "_dri.so", "libEGL", "libGL")
IDLE_SECONDS = 20


def wakeups(pid):
    """Voluntary context switches summed over the process's threads (docs/ARCHITECTURE.md, "Platform facts")."""
    total = 0
    for status in glob.glob(f"/proc/{pid}/task/*/status"):
        try:
            with open(status, encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("voluntary_ctxt_switches:"):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass  # a thread that just ended
    return total


def gl_mappings(pid):
    with open(f"/proc/{pid}/maps", encoding="utf-8") as handle:
        paths = {line.split()[-1] for line in handle if "/" in line}
    return sorted(p for p in paths if any(name in os.path.basename(p) for name in GL_LIBRARIES))


class Xvfb:
    def __init__(self):
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as reader:
            self.display = ":" + reader.readline().strip()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Kiosk:
    """hgw-dashboard on the Xvfb display, lit all day, 15 s pages; waits for READY."""

    def __init__(self, folder, display, present):
        self.folder = os.path.join(folder, present)
        os.makedirs(self.folder)
        with open(DEMO_JSON, encoding="utf-8") as handle:
            document = json.load(handle)
        document["display"]["page_seconds"] = 15
        document["display"]["schedule"] = {
            "days": ["ma", "di", "wo", "do", "vr", "za", "zo"], "on": "00:00", "off": "23:59"}
        with open(os.path.join(self.folder, "wall.json"), "w", encoding="utf-8") as handle:
            json.dump(document, handle)
        config = os.path.join(self.folder, "wall.conf")
        with open(config, "w", encoding="utf-8") as handle:
            handle.write(f"[source]\nurl = file://{self.folder}/wall.json\npoll_seconds = 3600\n"
                         f"[cache]\ndirectory = {self.folder}/cache\n")
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind(os.path.join(self.folder, "notify.sock"))
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("NOTIFY_", "WATCHDOG_", "SDL_"))}
        env.update({"DISPLAY": display, "WAYLAND_DISPLAY": "", "TZ": "Europe/Amsterdam",
                    "NOTIFY_SOCKET": os.path.join(self.folder, "notify.sock")})
        self.stderr = open(os.path.join(self.folder, "stderr"), "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [BINARY, "--config", config, "--present", present], env=env,
            stdout=subprocess.DEVNULL, stderr=self.stderr)

    def wait_ready(self, seconds=15):
        self.notify.settimeout(seconds)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if b"READY=1" in self.notify.recv(4096):
                return
        raise AssertionError("no READY=1")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=15)
        self.notify.close()
        self.stderr.seek(0)
        log = self.stderr.read()
        self.stderr.close()
        return code, log


class PresentTest(unittest.TestCase):
    def test_framebuffer_maps_no_gl_and_sleeps_between_deadlines(self):
        folder = tempfile.mkdtemp(prefix="hgw-present-")
        xvfb = Xvfb()
        try:
            framebuffer = Kiosk(folder, xvfb.display, "framebuffer")
            gpu = Kiosk(folder, xvfb.display, "gpu")
            framebuffer.wait_ready()
            gpu.wait_ready()
            self.assertEqual(gl_mappings(framebuffer.process.pid), [])
            self.assertNotEqual(gl_mappings(gpu.process.pid), [],
                                "the GPU path maps mesa: the check above can fail")
            gpu_code, gpu_log = gpu.stop()
            self.assertEqual(gpu_code, 0, gpu_log)

            before = wakeups(framebuffer.process.pid)
            time.sleep(IDLE_SECONDS)
            woken = wakeups(framebuffer.process.pid) - before
            code, log = framebuffer.stop()
            self.assertEqual(code, 0, log)
            self.assertIn("presenting through framebuffer", log)
            # Due in 20 s: one or two page turns, at most one minute tick, and the
            # poller's and Xlib's own few. A 4 Hz input poll alone would be 80.
            print(f"framebuffer kiosk: {woken} wake-ups in {IDLE_SECONDS} s; {log}", file=sys.stderr)
            self.assertLessEqual(woken, 25, log)
        finally:
            xvfb.stop()
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--demo-json", required=True)
    arguments, rest = parser.parse_known_args()
    BINARY = os.path.abspath(arguments.binary)
    DEMO_JSON = arguments.demo_json
    unittest.main(argv=[sys.argv[0]] + rest)

#!/usr/bin/env python3
"""The running kiosk as systemd and the school see it (issue 5), headless:

- READY=1 arrives once the first frame is up, WATCHDOG=1 keeps arriving at half
  WATCHDOG_USEC, SIGTERM ends it cleanly (exit 0, STOPPING=1);
- (that a hung loop stops the pings is kiosk_loop_test.cpp's, in kiosk_parts);
- over a simulated evening, night and morning (--now, --time-scale) the
  display-off and display-on commands run exactly once each, at 17:30 and 07:30;
- a night draws no frame at all;
- --status-file tells each source's state, the page and display on/off.

Usage: kiosk_runtime_test.py --binary PATH --demo-json PATH
"""

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

BINARY = None
MONDAY_MORNING = "2026-11-30T09:00:00+01:00"
DEMO_JSON = None


def kiosk_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTIFY_", "WATCHDOG_"))}
    env.update({"TZ": "Europe/Amsterdam", "SDL_VIDEODRIVER": "dummy", "DISPLAY": "",
                "WAYLAND_DISPLAY": ""})
    env.update(extra)
    return env


class NotifySocket:
    """A datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, folder):
        self.path = os.path.join(folder, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)

    def messages(self, seconds):
        """Every datagram received within `seconds`, as (arrival time, text)."""
        received = []
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return received
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                return received
            received.append((time.monotonic(), data.decode()))

    def wait_for(self, needle, seconds):
        deadline = time.monotonic() + seconds
        seen = []
        while time.monotonic() < deadline:
            for _, text in self.messages(min(0.2, deadline - time.monotonic())):
                seen.append(text)
                if needle in text:
                    return seen
        raise AssertionError(f"no {needle!r} within {seconds} s; got {seen!r}")

    def close(self):
        self.sock.close()


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


class KioskRuntimeTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.dir = self.folder.name

    def tearDown(self):
        self.folder.cleanup()

    def start(self, *arguments, **env):
        return subprocess.Popen(
            [BINARY, "--headless", "--size", "480x270", *arguments],
            env=kiosk_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def stop(self, process):
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=10)
        return process.returncode, err

    def test_ready_then_watchdog_at_half_the_interval_and_clean_exit_on_sigterm(self):
        notify = NotifySocket(self.dir)
        try:
            # A Monday morning: the demo school's wall is lit then.
            process = self.start("--now", MONDAY_MORNING, NOTIFY_SOCKET=notify.path,
                                 WATCHDOG_USEC="400000")
            seen = notify.wait_for("READY=1", 15)
            self.assertTrue(any("STATUS=showing" in text for text in seen), seen)
            pings = [m for m in notify.messages(2.0) if "WATCHDOG=1" in m[1]]
            # Every 200 ms: about 10 in two seconds; allow for a slow machine.
            self.assertGreaterEqual(len(pings), 7, pings)
            self.assertLessEqual(len(pings), 13, pings)
            code, err = self.stop(process)
            self.assertEqual(code, 0, err)
            self.assertIn("STOPPING=1", "".join(t for _, t in notify.messages(0.5)))
            self.assertIn("frames drawn", err)
        finally:
            notify.close()

    def school_config(self, extra=""):
        log = os.path.join(self.dir, "display.log")
        config = os.path.join(self.dir, "wall.conf")
        write(config, f"""[source]
url = file://{DEMO_JSON}
poll_seconds = 600

[schedule]
on = 07:30
off = 17:30
display_off_command = echo "off $HGW_WALL_TIME" >> {log}
display_on_command = echo "on $HGW_WALL_TIME" >> {log}

[cache]
directory = {self.dir}/cache
{extra}""")
        return config, log

    def read_log(self, log):
        if not os.path.exists(log):
            return []
        with open(log, encoding="utf-8") as handle:
            return [line.split() for line in handle.read().splitlines()]

    def test_evening_night_morning_runs_each_display_command_once_at_its_time(self):
        config, log = self.school_config()
        # Monday 16:00, one simulated hour a real second: dark at 17:30 (1.5 s in),
        # light at 07:30 on Tuesday (15.5 s in). The accelerated clock also counts
        # start-up (fonts, first frame) and every frame drawn meanwhile — the clock
        # ticks a minute each 17 ms, so the loop draws all evening — which takes
        # longer under a sanitizer on a busy machine. Hence 1.5 s of head room, and
        # a quarter of an hour (250 ms real) for "at its time".
        process = self.start("--config", config, "--now", "2026-11-30T16:00:00+01:00",
                             "--time-scale", "3600")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(self.read_log(log)) < 2:
            time.sleep(0.1)
        time.sleep(0.3)
        code, err = self.stop(process)
        self.assertEqual(code, 0, err)
        lines = self.read_log(log)
        self.assertEqual([line[0] for line in lines], ["off", "on"], lines)
        self.assertTrue("2026-11-30T17:30" <= lines[0][1] < "2026-11-30T17:45", lines)
        self.assertTrue("2026-12-01T07:30" <= lines[1][1] < "2026-12-01T07:45", lines)
        self.assertIn("1 dark period", err)

    def test_a_night_draws_nothing(self):
        config, log = self.school_config()
        status = os.path.join(self.dir, "status.json")
        # A kiosk restarted at night has yesterday's document in its cache; without
        # one it shows the setup page (lit, whatever the hours) until data arrives.
        warm_up = self.start("--config", config, "--now", "2026-11-30T10:00:00+01:00")
        deadline = time.monotonic() + 15
        cache = os.path.join(self.dir, "cache")
        while time.monotonic() < deadline and not (os.path.isdir(cache) and os.listdir(cache)):
            time.sleep(0.1)
        self.assertEqual(self.stop(warm_up)[0], 0)
        process = self.start("--config", config, "--now", "2026-11-30T20:00:00+01:00",
                             "--time-scale", "3600", "--status-file", status)
        time.sleep(2.5)  # two and a half hours of night
        code, err = self.stop(process)
        self.assertEqual(code, 0, err)
        self.assertIn(" 0 frames drawn", err)
        self.assertEqual([line[0] for line in self.read_log(log)], ["off"])
        with open(status, encoding="utf-8") as handle:
            self.assertIs(json.load(handle)["display_on"], False)

    def test_status_file_tells_each_source_and_the_page(self):
        token = os.path.join(self.dir, "token")
        write(token, "s3cr3t-token-value\n")
        os.chmod(token, 0o600)
        missing = os.path.join(self.dir, "missing.json")
        config, _ = self.school_config(f"""
[source]
url = file://{missing}
token_file = {token}
""")
        status = os.path.join(self.dir, "status.json")
        process = self.start("--config", config, "--now", "2026-11-30T09:00:00+01:00",
                             "--status-file", status)
        deadline = time.monotonic() + 15
        state = None
        while time.monotonic() < deadline:
            if os.path.exists(status):
                with open(status, encoding="utf-8") as handle:
                    text = handle.read()
                state = json.loads(text)
                if all(source.get("last_try") for source in state["sources"]):
                    break
            time.sleep(0.1)
        code, err = self.stop(process)
        self.assertEqual(code, 0, err)
        self.assertIsNotNone(state)
        self.assertNotIn("s3cr3t", text)
        self.assertEqual(len(state["sources"]), 2, state)
        self.assertEqual(state["page"], "overzicht")
        self.assertTrue(state["display_on"])
        self.assertFalse(state["sources"][0].get("error"), state)
        self.assertTrue(state["sources"][1].get("error"), state)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--demo-json", required=True)
    arguments, rest = parser.parse_known_args()
    BINARY = arguments.binary
    DEMO_JSON = arguments.demo_json
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)

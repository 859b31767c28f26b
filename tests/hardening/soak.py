#!/usr/bin/python3
"""Weeks of running (issue 8): the headless kiosk against two sources on
127.0.0.1 whose document changes every five simulated minutes of the working
day and which fail now and then (500, garbage, an invalid document, a cut-off
body, an answer that trickles until the kiosk gives up), with the kiosk's clock
running --time-scale times faster than real time, over N simulated days.

What scales and what does not: --time-scale speeds up the wall's time (school
hours, nights, weekends, holidays, page turns, the data's age and the sources'
timestamps); poll intervals, backoff and fetch timeouts stay in real seconds,
because they are what a server and the network see. So a simulated school day
brings a handful of polls per source, the mornings a fetch at once (the wall
polls slowly while dark and fetches as it lights up), and the document has
changed between most polls — while 304s come after the working day ends.

Checked:
- the kiosk runs to the end (no crash) and stops cleanly on SIGTERM;
- RSS (VmRSS, sampled every half second) does not grow after the first
  simulated day by more than --rss-margin-kib; first/last/max are printed;
- the display-off/on commands run exactly at the schedule's edges (school days
  07:30-17:30, a parents' evening, a closed study day, the Christmas holiday);
- every status file read is whole JSON whose display_on matches the schedule
  at its written_at;
- at the end, per source: ETag, data_generated_at, last_success, HTTP status
  and error (kind, number of failures in a row) are what the server last did.

The CI version is 3 simulated days in about 75 s; by hand:
  soak.py --binary build/dashboard/app/hgw-dashboard --demo-json ... --days 30 --seconds 1200
Leaks: run the same against a -DHGW_SANITIZE=address build (LeakSanitizer makes
the exit code non-zero), or with --tool "valgrind --leak-check=full
--error-exitcode=99" and a short run (--tool loosens the timing checks).

Usage: soak.py --binary PATH --demo-json PATH [--days 3] [--seconds 75] [--seed N]
"""

import argparse
import copy
import datetime
import json
import os
import random
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zoneinfo

from kiosk_harness import SourceServer, kiosk_env, read_json

ZONE = zoneinfo.ZoneInfo("Europe/Amsterdam")
WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
SCHEDULE = {
    "days": ["ma", "di", "wo", "do", "vr"], "on": "07:30", "off": "17:30",
    "closed": [{"from": "2026-12-18", "to": "2026-12-18", "name": "Studiedag"},
               {"from": "2026-12-19", "to": "2027-01-03", "name": "Kerstvakantie"}],
    "events": [{"date": "2026-12-17", "on": "19:00", "off": "21:00", "name": "Kijkavond"}],
}
SOURCES = ("api", "bord")
CHANGE_MINUTES = 5  # the kc'er and the school's API change the document this often...
WORK_HOURS = (8 * 60, 16 * 60)  # ...while they work, on weekdays


def parse_time(text):
    return datetime.datetime.fromisoformat(text)


def minutes(hhmm):
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def screen_on_at(moment):
    """core::screen_on_at for SCHEDULE, at a local datetime."""
    date = moment.date().isoformat()
    minute = moment.hour * 60 + moment.minute
    for event in SCHEDULE["events"]:
        if event["date"] == date and minutes(event["on"]) <= minute < minutes(event["off"]):
            return True
    if WEEKDAYS[moment.weekday()] not in SCHEDULE["days"]:
        return False
    if any(c["from"] <= date <= c["to"] for c in SCHEDULE["closed"]):
        return False
    return minutes(SCHEDULE["on"]) <= minute < minutes(SCHEDULE["off"])


def screen_edges(begin, end):
    """(state, local datetime) for every change of screen_on_at in (begin, end]."""
    edges = []
    utc = datetime.timezone.utc
    moment = begin.astimezone(utc).replace(second=0, microsecond=0)
    state = screen_on_at(begin.astimezone(ZONE))
    while moment <= end:
        moment += datetime.timedelta(minutes=1)
        now_on = screen_on_at(moment.astimezone(ZONE))
        if now_on != state:
            edges.append(("on" if now_on else "off", moment.astimezone(ZONE)))
            state = now_on
    return edges


def document_version(start, moment):
    """How many changes the document has had between start and moment, and when
    the last one was: every CHANGE_MINUTES of working hours on weekdays."""
    version = 0
    last = start
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    while day <= moment:
        if day.weekday() < 5:
            for minute in range(WORK_HOURS[0], WORK_HOURS[1] + 1, CHANGE_MINUTES):
                tick = day + datetime.timedelta(minutes=minute)
                if start < tick <= moment:
                    version += 1
                    last = tick
        day = (day + datetime.timedelta(days=1, hours=3)).replace(hour=0)
    return version, last


class SimulatedTime:
    """The test's view of the kiosk's clock: --now plus real time × scale."""

    def __init__(self, start, scale):
        self.start = start
        self.scale = scale
        self.origin = time.monotonic()

    def restart(self):
        self.origin = time.monotonic()

    def now(self):
        # In UTC, then local: Python adds a timedelta to a zoned time as wall time.
        elapsed = datetime.timedelta(seconds=(time.monotonic() - self.origin) * self.scale)
        return (self.start.astimezone(datetime.timezone.utc) + elapsed).astimezone(ZONE)


class FlakySources:
    """The two sources: their document follows the simulated clock; some answers
    fail, decided by a seeded random source so a failing run can be repeated."""

    def __init__(self, demo, clock, seed, timeout_every):
        self.demo = demo
        self.clock = clock
        self.random = {name: random.Random(f"{seed}-{name}") for name in SOURCES}
        self.timeout_every = timeout_every
        self.lock = threading.Lock()
        self.log = {name: [] for name in SOURCES}  # one dict per request
        self.in_flight = 0

    def document(self, name, version, generated_at):
        document = copy.deepcopy(self.demo)
        document["generated_at"] = generated_at.isoformat(timespec="seconds")
        document["school"]["name"] = f"{self.demo['school']['name']} ({name} v{version})"
        document["display"]["schedule"] = SCHEDULE
        return json.dumps(document, ensure_ascii=False).encode()

    def plan(self, name, index):
        if index == 0:
            return "good"  # the wall gets data at once, so the schedule applies
        if self.timeout_every and name == "bord" and index % self.timeout_every == 3:
            return "timeout"
        draw = self.random[name].random()
        for kind, share in (("server_error", 0.10), ("not_json", 0.05),
                            ("invalid_document", 0.05), ("truncated", 0.03)):
            if draw < share:
                return kind
            draw -= share
        return "good"

    def respond(self, name, headers):
        if name not in self.log:
            return 404, {}, b"{}"
        moment = self.clock.now()
        with self.lock:
            index = len(self.log[name])
            entry = {"index": index, "kind": self.plan(name, index), "started": moment}
            self.log[name].append(entry)
            self.in_flight += 1
        def done():
            with self.lock:
                self.in_flight -= 1
                entry["finished"] = self.clock.now()

        answer = self.answer(name, entry, headers, moment)
        if not callable(answer):
            done()
            return answer

        def then_done(handler):  # an answer that takes its time is done when it ends
            try:
                answer(handler)
            finally:
                done()
        return then_done

    def answer(self, name, entry, headers, moment):
        kind = entry["kind"]
        json_type = {"Content-Type": "application/json"}
        if kind == "server_error":
            return 500, json_type, b'{"error": "database busy"}'
        if kind == "not_json":
            return 200, {"Content-Type": "text/html"}, b"<html><body>Inloggen</body></html>"
        if kind == "invalid_document":
            return 200, json_type, b'{"format": "hgw-dashboard/1", "goals": [{"id": 7}]}'
        if kind == "truncated":
            def cut_off(handler):
                handler.send_response(200)
                handler.send_header("Content-Type", "application/json")
                handler.send_header("Content-Length", "50000")
                handler.end_headers()
                handler.wfile.write(b'{"format": "hgw-dashboard/1", "school"')
                handler.wfile.flush()
                handler.close_connection = True
            return cut_off
        if kind == "timeout":
            # 20 bytes a second: below the kiosk's low-speed limit (100 B/s for 20
            # s), so it gives up; the next write after that fails, which ends this.
            def trickle(handler):
                handler.send_response(200)
                handler.send_header("Content-Type", "application/json")
                handler.send_header("Content-Length", "50000")
                handler.end_headers()
                handler.close_connection = True
                try:
                    handler.wfile.write(b"{")
                    for _ in range(1200):
                        time.sleep(0.05)
                        handler.wfile.write(b" ")
                        handler.wfile.flush()
                except OSError:
                    pass
            return trickle
        version, generated_at = document_version(self.clock.start, moment)
        etag = f'"{name}-v{version}"'
        entry.update(etag=etag, generated_at=generated_at)
        if headers.get("If-None-Match") == etag:
            entry["kind"] = "not_modified"
            return 304, {"ETag": etag}, b""
        entry["kind"] = "document"
        return 200, {**json_type, "ETag": etag}, self.document(name, version, generated_at)

    def settled_logs(self):
        with self.lock:
            if self.in_flight:
                return None
            return {name: [dict(e) for e in entries] for name, entries in self.log.items()}


def vm_rss_kib(pid):
    with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Soak:
    def __init__(self, arguments):
        self.arguments = arguments
        self.start = parse_time(arguments.start).astimezone(ZONE)
        self.scale = arguments.days * 86400 / arguments.seconds
        self.slow = bool(arguments.tool)
        with open(arguments.demo_json, encoding="utf-8") as handle:
            demo = json.load(handle)
        self.clock = SimulatedTime(self.start, self.scale)
        self.sources = FlakySources(demo, self.clock, arguments.seed,
                                    timeout_every=arguments.timeout_every)
        self.server = SourceServer(self.sources.respond)
        self.folder = tempfile.mkdtemp(prefix="hgw-soak-")
        # The status file on a RAM disk, as on the device (/run).
        ram = "/dev/shm" if os.access("/dev/shm", os.W_OK) else self.folder
        self.ram_folder = tempfile.mkdtemp(prefix="hgw-soak-run-", dir=ram)
        self.status = os.path.join(self.ram_folder, "status.json")
        self.display_log = os.path.join(self.folder, "display.log")
        self.config = os.path.join(self.folder, "wall.conf")
        with open(self.config, "w", encoding="utf-8") as handle:
            for name in SOURCES:
                handle.write(f"[source]\nurl = {self.server.url(name)}\npoll_seconds = 10\n\n")
            handle.write(f"""[schedule]
display_off_command = echo "off $HGW_WALL_TIME" >> {self.display_log}
display_on_command = echo "on $HGW_WALL_TIME" >> {self.display_log}

[cache]
directory = {self.folder}/cache
""")
        self.failures = []
        self.rss = []  # (simulated datetime, KiB)
        self.statuses_read = 0
        self.kiosk_lead = None  # simulated seconds the kiosk's clock is ahead of ours

    def fail(self, text):
        self.failures.append(text)

    def tolerance_seconds(self):
        """How late (in simulated seconds) the kiosk may act on an edge: a
        quarter of a real second on a loaded machine, at least three minutes."""
        return max(180.0, (2.5 if self.slow else 0.25) * self.scale)

    def run(self):
        command = [self.arguments.binary, "--headless", "--size", "480x270", "--config",
                   self.config, "--now", self.arguments.start, "--time-scale",
                   f"{self.scale:.3f}", "--status-file", self.status]
        if self.arguments.tool:
            command = shlex.split(self.arguments.tool) + command
        log_path = os.path.join(self.folder, "kiosk.log")
        with open(log_path, "w", encoding="utf-8") as log:
            self.clock.restart()
            process = subprocess.Popen(command, env=kiosk_env(), stdout=log,
                                       stderr=subprocess.STDOUT)
        print(f"soak: {self.arguments.days} simulated days in {self.arguments.seconds} s "
              f"(time scale {self.scale:.0f}) from {self.arguments.start}, seed "
              f"{self.arguments.seed}, pid {process.pid}", flush=True)
        began = time.monotonic()
        next_rss = began
        try:
            while time.monotonic() - began < self.arguments.seconds:
                if process.poll() is not None:
                    self.fail(f"the kiosk ended early with exit code {process.returncode}")
                    break
                if time.monotonic() >= next_rss:
                    rss = vm_rss_kib(process.pid)
                    if rss > 1024:  # not the moment between fork and exec
                        self.rss.append((self.clock.now(), rss))
                    next_rss += 0.5
                self.sample_status()
                time.sleep(0.1)
            if process.poll() is None:
                self.check_end_state()
                process.send_signal(signal.SIGTERM)
                try:
                    code = process.wait(timeout=120 if self.slow else 20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    code = process.wait()
                if code != 0:
                    self.fail(f"exit code {code} after SIGTERM (a sanitizer or valgrind report?)")
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            end = self.clock.now()
            self.server.stop()
        with open(log_path, encoding="utf-8", errors="replace") as handle:
            kiosk_log = handle.read()
        self.check_display_commands(end)
        self.check_rss()
        self.report(kiosk_log)
        if self.failures:
            print("kiosk log (last 40 lines):\n" + "\n".join(kiosk_log.splitlines()[-40:]))
        return not self.failures

    def sample_status(self):
        if not os.path.exists(self.status):
            return
        try:
            status = read_json(self.status)
        except AssertionError as failure:
            self.fail(str(failure))
            return
        self.statuses_read += 1
        # The kiosk's clock started a moment after the test's (process start-up):
        # written_at is never later than the kiosk's "now", so the largest lead seen
        # is how far ahead (negative: behind) the kiosk's clock is.
        lead = (parse_time(status["written_at"]) - self.clock.now()).total_seconds()
        self.kiosk_lead = lead if self.kiosk_lead is None else max(self.kiosk_lead, lead)
        if not any(source["has_document"] for source in status["sources"]):
            return  # the setup page stays lit until the first data
        written = parse_time(status["written_at"]).astimezone(ZONE)
        if status["display_on"] != screen_on_at(written):
            self.fail(f"status at {status['written_at']}: display_on {status['display_on']}, "
                      f"the schedule says {screen_on_at(written)}")

    def check_display_commands(self, end):
        if not os.path.exists(self.display_log):
            self.fail("no display command ever ran")
            return
        with open(self.display_log, encoding="utf-8") as handle:
            ran = [(state, parse_time(when).astimezone(ZONE))
                   for state, when in (line.split() for line in handle if line.strip())]
        # The wall starts lit (setup page) and goes dark as its first data arrives,
        # outside school hours: that first "off" is at start-up, not at an edge.
        first_data = self.start
        if ran and ran[0][0] == "off" and not screen_on_at(ran[0][1]):
            first_data = ran[0][1]
            ran = ran[1:]
        slack = datetime.timedelta(seconds=self.tolerance_seconds())
        expected = [e for e in screen_edges(first_data, end) if e[1] + slack < end]
        self.commands = len(ran)
        matched = ran[:len(expected)]
        if [s for s, _ in matched] != [s for s, _ in expected] or len(ran) > len(expected) + 1:
            self.fail("display commands " + ", ".join(f"{s} {t:%a %d %H:%M}" for s, t in ran) +
                      "; the schedule's edges: " +
                      ", ".join(f"{s} {t:%a %d %H:%M}" for s, t in expected))
            return
        for (state, when), (_, edge) in zip(matched, expected):
            if not edge <= when <= edge + slack:
                self.fail(f"display {state} ran at {when:%a %d %H:%M:%S}, the edge is "
                          f"{edge:%a %d %H:%M}")

    def check_end_state(self):
        """Waits for a quiet moment (no request in flight, none started while the
        status file was read), then compares the status file with the server's log."""
        for _ in range(200):
            logs = self.sources.settled_logs()
            if logs is None:
                time.sleep(0.25)
                continue
            time.sleep(2.5 if self.slow else 0.7)  # the kiosk handles the last answer
            status = read_json(self.status)
            if self.sources.settled_logs() == logs:
                break
        else:
            self.fail("the sources never settled at the end")
            return
        written = parse_time(status["written_at"])
        slack = datetime.timedelta(seconds=self.tolerance_seconds())
        lead = datetime.timedelta(seconds=self.kiosk_lead or 0.0)
        oldest = None
        for source in status["sources"]:
            name = source["url"].rsplit("/", 1)[1]
            entries = logs[name]
            good = [e for e in entries if e["kind"] in ("document", "not_modified")]
            documents = [e for e in entries if e["kind"] == "document"]
            last = entries[-1]
            trailing = 0
            for entry in reversed(entries):
                if entry["kind"] in ("document", "not_modified"):
                    break
                trailing += 1
            where = f"end state of {name} (last answer {last['kind']}, {len(entries)} requests)"
            if not documents:
                self.fail(f"{where}: the server never sent a document")
                continue
            if source["etag"] != documents[-1]["etag"]:
                self.fail(f"{where}: etag {source['etag']}, last sent {documents[-1]['etag']}")
            generated = documents[-1]["generated_at"]
            if parse_time(source["data_generated_at"]) != generated:
                self.fail(f"{where}: data_generated_at {source['data_generated_at']}, "
                          f"the last document's is {generated.isoformat()}")
            oldest = generated if oldest is None else min(oldest, generated)
            success = parse_time(source["last_success"])
            if abs(success - (good[-1]["finished"] + lead)) > slack:
                self.fail(f"{where}: last_success {source['last_success']}, the last good "
                          f"answer was at {good[-1]['finished'].isoformat()}")
            if trailing == 0:
                expected_status = 304 if last["kind"] == "not_modified" else 200
                if source["error"] is not None or source["http_status"] != expected_status:
                    self.fail(f"{where}: error {source['error']}, http_status "
                              f"{source['http_status']}")
                continue
            error = source["error"] or {}
            if error.get("kind") != last["kind"] or error.get("failures") != trailing:
                self.fail(f"{where}: error {error}; expected {last['kind']} x{trailing}")
            if last["kind"] == "server_error" and source["http_status"] != 500:
                self.fail(f"{where}: http_status {source['http_status']}")
            first_failure = entries[-trailing]["finished"] + lead
            if error.get("since") and abs(parse_time(error["since"]) - first_failure) > slack:
                self.fail(f"{where}: failing since {error['since']}, the first failure in a "
                          f"row was at {first_failure.isoformat()}")
        if oldest and status["data_age_seconds"] != int((written - oldest).total_seconds()):
            self.fail(f"data_age_seconds {status['data_age_seconds']} at {written.isoformat()}, "
                      f"oldest data {oldest.isoformat()}")
        self.end_status = status

    def check_rss(self):
        if len(self.rss) < 4:
            self.fail("too few RSS samples")
            return
        warm = self.start + datetime.timedelta(days=1)
        before = [kib for moment, kib in self.rss if moment < warm] or [self.rss[0][1]]
        after = [kib for moment, kib in self.rss if moment >= warm]
        self.rss_figures = {"first": self.rss[0][1], "after_day_1": before[-1],
                            "last": self.rss[-1][1], "max": max(k for _, k in self.rss),
                            "samples": len(self.rss)}
        if self.slow or not after:
            return  # under valgrind, VmRSS is valgrind's
        growth = max(after) - max(before)
        self.rss_figures["growth_after_day_1"] = growth
        if growth > self.arguments.rss_margin_kib:
            self.fail(f"RSS grew by {growth} KiB after the first simulated day "
                      f"(limit {self.arguments.rss_margin_kib} KiB)")

    def report(self, kiosk_log):
        kinds = {}
        for entries in self.sources.log.values():
            for entry in entries:
                kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
        print("soak: requests " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print(f"soak: kiosk clock ahead by {self.kiosk_lead or 0:.0f} simulated s; "
              f"status files read {self.statuses_read}, display commands "
              f"{getattr(self, 'commands', 0)}")
        print(f"soak: RSS KiB {getattr(self, 'rss_figures', {})}")
        series = self.rss[:: max(1, len(self.rss) // 12)]
        print("soak: RSS series " + " ".join(f"{m:%d/%H}h:{k}" for m, k in series))
        for line in kiosk_log.splitlines():
            if "stopped after" in line:
                print("soak: kiosk " + line.split("hgw-dashboard: ", 1)[-1])
        for failure in self.failures:
            print("FAIL: " + failure)

    def clean_up(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        shutil.rmtree(self.ram_folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--demo-json", required=True)
    parser.add_argument("--days", type=float, default=3)
    parser.add_argument("--seconds", type=float, default=75)
    parser.add_argument("--start", default="2026-12-16T06:00:00+01:00",
                        help="a Wednesday: two school days with a parents' evening, a "
                             "study day, then the weekend and the Christmas holiday")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--timeout-every", type=int, default=12,
                        help="every Nth request of one source trickles until the kiosk "
                             "gives up (20 real seconds); 0: never")
    parser.add_argument("--rss-margin-kib", type=int, default=3072)
    parser.add_argument("--tool", help='run the kiosk under this, e.g. "valgrind '
                        '--leak-check=full --error-exitcode=99"; loosens timing checks')
    parser.add_argument("--keep", action="store_true", help="keep the work folders")
    soak = Soak(parser.parse_args())
    try:
        ok = soak.run()
    finally:
        if not soak.arguments.keep:
            soak.clean_up()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Check that the JSON Schema, the examples and the C++ validator agree.

    /usr/bin/python3 tests/schema/check_schema_agreement.py \\
        --binary build/hgw-dashboard --api-dir dashboard/api [--extra FILE...]
    /usr/bin/python3 tests/schema/check_schema_agreement.py --schema-only --api-dir dashboard/api

What is checked (one output line per check, then "N passed, M failed"; exit 1
on any failure):

* the schema is a valid JSON Schema draft-07 (Draft7Validator.check_schema);
* every valid example (API_DIR/examples/valid/*.json), API_DIR/demo-school.json
  and every --extra FILE: the schema accepts it, and `BINARY validate FILE`
  exits 0;
* every invalid example API_DIR/examples/invalid/NAME.json with its
  NAME.expected (one JSON path per line, e.g. `actions[2].when`, `format`,
  `(document)`; an optional first line `# schema-agrees: no`):
    - `BINARY validate FILE` exits 1 and its output (stdout and stderr) has,
      for every expected path, a line containing `error: PATH:`;
    - unless marked `# schema-agrees: no`, the schema rejects the document,
      and every path the schema complains about is one of the expected paths
      (so an example fails for the reasons it says, not by accident);
    - when marked `# schema-agrees: no`, the schema accepts the document (the
      example then breaks only rules the schema cannot express: real calendar
      dates, unique ids, references, date ordering);
    - a file that is not JSON at all is not given to the schema; it must
      expect exactly `(document)`;
* examples/crowded.json is what examples/make_crowded.py generates today;
* openapi.yaml parses as YAML, says OpenAPI 3.0.x and every file it $refs
  exists.

Needs only Debian's python3-jsonschema and python3-yaml; no network.
"""
import argparse
import glob
import json
import os
import re
import signal
import subprocess
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - reported as a failed check below
    jsonschema = None

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

SCHEMA_NAME = "hgw-dashboard-1.schema.json"
MARKER = re.compile(r"^#\s*schema-agrees:\s*no\s*$", re.IGNORECASE)
MAX_OUTPUT_LINES = 40


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, name, detail="", output=None):
        if ok:
            self.passed += 1
            print("PASS %s%s" % (name, (" (%s)" % detail) if detail else ""))
        else:
            self.failed += 1
            print("FAIL %s%s" % (name, (": %s" % detail) if detail else ""))
            if output:
                lines = output.splitlines()
                for line in lines[:MAX_OUTPUT_LINES]:
                    print("    | " + line)
                if len(lines) > MAX_OUTPUT_LINES:
                    print("    | ... (%d more lines)" % (len(lines) - MAX_OUTPUT_LINES))
        sys.stdout.flush()
        return ok


class NotJson(Exception):
    pass


def _reject_constant(name):
    # Python's json accepts NaN / Infinity; JSON (and nlohmann::json) does not.
    raise ValueError("%s is not JSON" % name)


def load_json(path):
    """Parse strictly as JSON (UTF-8, no NaN/Infinity). Raises NotJson."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError) as e:
        raise NotJson(str(e))


def json_path(parts):
    """deque(['goals', 0, 'measure']) -> 'goals[0].measure'; [] -> '(document)'."""
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += "[%d]" % p
        else:
            out += ("." if out else "") + str(p)
    return out or "(document)"


def schema_error_paths(validator, doc):
    """Paths of all schema errors, written like the C++ validator writes them.

    A missing required property is reported at the property's own path
    (`teams[1].id`), as the validator does."""
    paths = set()
    for err in validator.iter_errors(doc):
        base = list(err.absolute_path)
        if err.validator == "required" and isinstance(err.instance, dict):
            m = re.match(r"^'(.*)' is a required property$", err.message)
            names = [m.group(1)] if m else [p for p in err.validator_value if p not in err.instance]
            for name in names:
                paths.add(json_path(base + [name]))
        else:
            paths.add(json_path(base))
    return paths


def read_expected(path):
    """Returns (schema_agrees, [paths]). Blank lines and other '#' lines are skipped."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\r\n") for l in f]
    agrees = True
    paths = []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if s.startswith("#"):
            if i == 0 and MARKER.match(s):
                agrees = False
            continue
        paths.append(s)
    return agrees, paths


class Binary:
    def __init__(self, path, timeout, now):
        self.path = path
        self.timeout = timeout
        self.now = now

    def validate(self, file):
        """Returns (exit code or None, combined output, problem description or None)."""
        cmd = [self.path, "validate"]
        if self.now:
            cmd += ["--now", self.now]
        cmd.append(file)
        try:
            # Own process group, so a hung validator and anything it started can be killed.
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as e:
            return None, "", "could not run %s: %s" % (self.path, e)
        try:
            raw, _ = proc.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
            raw, _ = proc.communicate()
            return None, raw.decode("utf-8", "replace"), "timed out after %gs" % self.timeout
        out = raw.decode("utf-8", "replace")
        if proc.returncode < 0:
            return proc.returncode, out, "killed by signal %d" % -proc.returncode
        return proc.returncode, out, None


def rel(path, base):
    try:
        return os.path.relpath(path, base)
    except ValueError:
        return path


def check_valid(report, validator, binary, path, base):
    name = rel(path, base)
    try:
        doc = load_json(path)
    except NotJson as e:
        report.check(False, "schema accepts %s" % name, "not JSON: %s" % e)
        doc = None
    except OSError as e:
        report.check(False, "schema accepts %s" % name, str(e))
        return
    if doc is not None and validator is not None:
        errors = sorted(schema_error_paths(validator, doc))
        detail = ""
        if errors:
            msgs = ["%s: %s" % (json_path(e.absolute_path), e.message) for e in validator.iter_errors(doc)]
            detail = "; ".join(msgs[:8]) + (" ..." if len(msgs) > 8 else "")
        report.check(not errors, "schema accepts %s" % name, detail)
    if binary is not None:
        code, out, problem = binary.validate(path)
        if problem:
            report.check(False, "validate accepts %s" % name, problem, out)
        else:
            report.check(code == 0, "validate accepts %s" % name,
                         "" if code == 0 else "exit %d, expected 0" % code, None if code == 0 else out)


def check_invalid(report, validator, binary, path, base):
    name = rel(path, base)
    expected_file = path[:-len(".json")] + ".expected"
    if not os.path.exists(expected_file):
        report.check(False, "expected paths for %s" % name, "missing %s" % rel(expected_file, base))
        return
    agrees, expected = read_expected(expected_file)
    if not expected:
        report.check(False, "expected paths for %s" % name, "%s lists no path" % rel(expected_file, base))
        return

    # Schema half.
    try:
        doc = load_json(path)
        is_json = True
    except NotJson:
        is_json = False
        doc = None
    if not is_json:
        report.check(expected == ["(document)"], "%s is not JSON, expects (document) only" % name,
                     "" if expected == ["(document)"] else "expects %s" % ", ".join(expected))
    elif validator is not None:
        found = schema_error_paths(validator, doc)
        if not agrees:
            report.check(not found, "schema accepts %s (validator-only rules)" % name,
                         "" if not found else "schema rejects at %s; drop '# schema-agrees: no'?"
                         % ", ".join(sorted(found)))
        else:
            surprise = sorted(found - set(expected))
            if not found:
                report.check(False, "schema rejects %s" % name,
                             "schema accepts it; add '# schema-agrees: no' if the schema cannot express the rule")
            else:
                uncovered = [p for p in expected if p not in found]
                detail = ""
                if uncovered and not surprise:
                    detail = "validator-only here: " + ", ".join(uncovered)
                if surprise:
                    detail = "schema also rejects at unexpected %s" % ", ".join(surprise)
                report.check(not surprise, "schema rejects %s" % name, detail)

    # Binary half.
    if binary is not None:
        code, out, problem = binary.validate(path)
        if problem:
            report.check(False, "validate rejects %s" % name, problem, out)
            return
        lines = out.splitlines()
        missing = [p for p in expected if not any(("error: %s:" % p) in line for line in lines)]
        problems = []
        if code != 1:
            problems.append("exit %d, expected 1" % code)
        if missing:
            problems.append("no 'error: PATH:' line for %s" % ", ".join(missing))
        report.check(not problems, "validate rejects %s" % name, "; ".join(problems),
                     out if problems else None)


def check_crowded(report, api_dir, base):
    script = os.path.join(api_dir, "examples", "make_crowded.py")
    target = os.path.join(api_dir, "examples", "valid", "crowded.json")
    name = "%s is what %s generates" % (rel(target, base), rel(script, base))
    if not os.path.exists(script):
        report.check(False, name, "missing script")
        return
    try:
        proc = subprocess.run([sys.executable, script, "-"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        report.check(False, name, str(e))
        return
    if proc.returncode != 0:
        report.check(False, name, "script exit %d" % proc.returncode, proc.stderr.decode("utf-8", "replace"))
        return
    try:
        with open(target, "rb") as f:
            current = f.read()
    except OSError as e:
        report.check(False, name, str(e))
        return
    report.check(current == proc.stdout, name, "" if current == proc.stdout else "out of date: rerun the script")


def collect_refs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out.append(v)
            else:
                collect_refs(v, out)
    elif isinstance(node, list):
        for v in node:
            collect_refs(v, out)


def check_openapi(report, api_dir, base):
    path = os.path.join(api_dir, "openapi.yaml")
    name = rel(path, base)
    if yaml is None:
        report.check(False, "%s parses as YAML" % name, "python3-yaml is not installed")
        return
    try:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except (OSError, yaml.YAMLError) as e:
        report.check(False, "%s parses as YAML" % name, str(e).splitlines()[0] if str(e) else repr(e))
        return
    ok = isinstance(doc, dict) and str(doc.get("openapi", "")).startswith("3.0.")
    report.check(ok, "%s parses as YAML, OpenAPI 3.0.x" % name,
                 "" if ok else "openapi: %r" % (doc.get("openapi") if isinstance(doc, dict) else doc))
    refs = []
    collect_refs(doc, refs)
    missing = sorted({r.split("#", 1)[0] for r in refs
                      if not r.startswith("#") and not os.path.exists(os.path.join(api_dir, r.split("#", 1)[0]))})
    report.check(not missing, "%s: every external $ref exists" % name,
                 ("%d external" % sum(1 for r in refs if not r.startswith("#"))) if not missing
                 else "missing %s" % ", ".join(missing))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", help="path to hgw-dashboard (runs `BINARY validate FILE`)")
    ap.add_argument("--api-dir", default=os.path.join(repo, "dashboard", "api"),
                    help="folder with %s, demo-school.json and examples/ (default: %%(default)s)" % SCHEMA_NAME)
    ap.add_argument("--extra", nargs="+", action="extend", default=[], metavar="FILE",
                    help="more documents that must be valid")
    ap.add_argument("--schema-only", action="store_true", help="check the schema and examples without the binary")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per validate run (default 30)")
    ap.add_argument("--now", help="pass --now TIMESTAMP to every validate run")
    args = ap.parse_args(argv)

    if not args.schema_only and not args.binary:
        ap.error("--binary is required (or --schema-only)")

    api_dir = os.path.abspath(args.api_dir)
    base = os.getcwd()
    report = Report()

    # The schema itself.
    validator = None
    schema_path = os.path.join(api_dir, SCHEMA_NAME)
    if jsonschema is None:
        report.check(False, "python3-jsonschema available", "apt-get install python3-jsonschema")
    else:
        try:
            schema = load_json(schema_path)
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
            report.check(True, "%s is a valid draft-07 schema" % rel(schema_path, base))
        except (OSError, NotJson, jsonschema.exceptions.SchemaError) as e:
            report.check(False, "%s is a valid draft-07 schema" % rel(schema_path, base),
                         str(e).splitlines()[0] if str(e) else repr(e))

    # The binary.
    binary = None
    if not args.schema_only:
        bpath = os.path.abspath(args.binary)
        if not (os.path.isfile(bpath) and os.access(bpath, os.X_OK)):
            report.check(False, "binary %s is an executable file" % args.binary,
                         "not found or not executable; validate checks skipped")
        else:
            binary = Binary(bpath, args.timeout, args.now)

    # Valid documents.
    valid = sorted(glob.glob(os.path.join(api_dir, "examples", "valid", "*.json")))
    report.check(len(valid) > 0, "valid examples found", "%d" % len(valid))
    demo = os.path.join(api_dir, "demo-school.json")
    for path in valid + [demo] + [os.path.abspath(p) for p in args.extra]:
        check_valid(report, validator, binary, path, base)

    # Invalid documents.
    inv_dir = os.path.join(api_dir, "examples", "invalid")
    invalid = sorted(glob.glob(os.path.join(inv_dir, "*.json")))
    report.check(len(invalid) > 0, "invalid examples found", "%d" % len(invalid))
    orphans = sorted(p for p in glob.glob(os.path.join(inv_dir, "*.expected"))
                     if not os.path.exists(p[:-len(".expected")] + ".json"))
    report.check(not orphans, "every .expected has its .json",
                 "" if not orphans else ", ".join(rel(p, base) for p in orphans))
    for path in invalid:
        check_invalid(report, validator, binary, path, base)

    check_crowded(report, api_dir, base)
    check_openapi(report, api_dir, base)

    print("%d passed, %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())

// The editor's words for dates and figures (dashboard/editor/labels.js), in node:
// a goal card's summary line names when each figure was measured, the way the
// wall writes it under the figure.
//
//   node --test tests/editor/labels_test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";

// labels.js has no imports: loaded as a data URL (see merge_test.mjs for why).
const source = fs.readFileSync(new URL("../../dashboard/editor/labels.js", import.meta.url), "utf8");
const L = await import(`data:text/javascript,${encodeURIComponent(source)}`);

const inDecember2026 = new Date(2026, 11, 2);

test("a day of this year without its year, of another year with ’YY", () => {
  assert.equal(L.dayMonth("2026-11-18", inDecember2026), "18 nov");
  assert.equal(L.dayMonth("2025-09-07", inDecember2026), "7 sep \u201925");
  assert.equal(L.dayMonth("2027-03-01", inDecember2026), "1 mrt \u201927");
  assert.equal(L.dayMonth("12 dec", inDecember2026), "12 dec", "what is no date stays as typed");
  assert.equal(L.monthYear("2027-06-23"), "jun \u201927");
});

test("the goal's summary: each figure with its date, the target with its month", () => {
  const measure = {
    unit: "percent",
    baseline: 62,
    current: 71.5,
    target: 80,
    baseline_on: "2025-10-06",
    current_on: "2026-11-18",
    target_on: "2027-06-23",
  };
  assert.equal(L.measureSummary(measure, inDecember2026), "62% op 6 okt \u201925 → 71,5% op 18 nov → 80% in jun \u201927");
});

test("a figure without a date, a missing figure, a score", () => {
  assert.equal(
    L.measureSummary({ unit: "percent", baseline: 45, current: 72, target: 80 }, inDecember2026),
    "45% → 72% → 80%",
  );
  assert.equal(
    L.measureSummary({ unit: "score", target: 138, current_on: "2026-11-16", target_on: "2026-11-20" }, inDecember2026),
    "? → ? op 16 nov → 138 in nov \u201926",
  );
  assert.equal(L.measureSummary(undefined), "");
});

// "Samenvoegen" (dashboard/editor/merge.js): what the kc'er changed since she
// loaded is re-applied onto the newer version; nothing either side did is lost.

import assert from "node:assert/strict";
import fs from "node:fs";
import test from "node:test";

// The editor's modules are browser ES modules beside no package.json; Node (18 in
// Debian) would read them as CommonJS, so merge.js (no imports) is loaded as a data URL.
const source = fs.readFileSync(new URL("../../dashboard/editor/merge.js", import.meta.url), "utf8");
const { merge } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

const base = {
  format: "hgw-dashboard/1",
  goals: [{ id: "g1", title: "Rekenen" }],
  teams: [{ id: "bb", name: "Bovenbouw", cycle: { phase: "signaleren_analyseren", until: "2026-12-04" } }],
  actions: [
    { id: "a1", what: "Leesplan", who: "Anna", when: "2026-12-01", status: "open" },
    { id: "a2", what: "MDO", who: "Kc'er", when: "2026-12-03", status: "open" },
  ],
  messages: [{ text: "Studiedag" }],
  display: { page_seconds: 20, schedule: { on: "07:30", closed: [{ from: "2026-12-19", to: "2027-01-03" }] } },
};
const copy = (value) => JSON.parse(JSON.stringify(value));

test("her new action and someone else's new message both stay", () => {
  const mine = copy(base);
  mine.actions.unshift({ id: "a3", what: "Nieuw", who: "Tim", when: "2026-12-11" });
  const theirs = copy(base);
  theirs.messages.push({ text: "Teamuitje" });
  const merged = merge(base, mine, theirs);
  assert.deepEqual(merged.actions.map((a) => a.id).sort(), ["a1", "a2", "a3"]);
  assert.deepEqual(merged.messages, [{ text: "Studiedag" }, { text: "Teamuitje" }]);
});

test("changes to different fields of one item both stay; the same field: hers", () => {
  const mine = copy(base);
  mine.teams[0].cycle.phase = "evalueren_aanscherpen";
  mine.actions[0].status = "gereed";
  const theirs = copy(base);
  theirs.teams[0].name = "Bovenbouw (7-8)";
  theirs.actions[0].status = "bezig";
  theirs.actions[0].who = "Anna en Bram";
  const merged = merge(base, mine, theirs);
  assert.equal(merged.teams[0].name, "Bovenbouw (7-8)");
  assert.equal(merged.teams[0].cycle.phase, "evalueren_aanscherpen");
  assert.equal(merged.teams[0].cycle.until, "2026-12-04");
  assert.equal(merged.actions[0].status, "gereed");
  assert.equal(merged.actions[0].who, "Anna en Bram");
});

test("what she removed goes; what they removed stays gone unless she changed it", () => {
  const mine = copy(base);
  mine.actions = mine.actions.filter((a) => a.id !== "a2");
  mine.messages = [];
  const theirs = copy(base);
  theirs.actions = theirs.actions.filter((a) => a.id !== "a1");
  const merged = merge(base, mine, theirs);
  assert.deepEqual(merged.actions, []);
  assert.deepEqual(merged.messages, []);

  const edited = copy(base);
  edited.actions[0].when = "2026-12-02";
  const kept = merge(base, edited, theirs);
  assert.deepEqual(kept.actions.map((a) => a.id).sort(), ["a1", "a2"], "her edit of a removed action is not lost");
});

test("sections she did not touch come from the newer version, unknown ones included", () => {
  const mine = copy(base);
  mine.display.page_seconds = 30;
  const theirs = copy(base);
  theirs.goals.push({ id: "g2", title: "Lezen" });
  theirs.future_section = { anything: true };
  theirs.display.schedule.on = "08:00";
  const merged = merge(base, mine, theirs);
  assert.equal(merged.goals.length, 2);
  assert.deepEqual(merged.future_section, { anything: true });
  assert.equal(merged.display.page_seconds, 30);
  assert.equal(merged.display.schedule.on, "08:00");
  assert.deepEqual(merged.display.schedule.closed, base.display.schedule.closed);
});

test("a section she emptied away is removed, one she added appears", () => {
  const mine = copy(base);
  delete mine.messages;
  mine.positives = [{ text: "Iedereen voelt zich veilig" }];
  const merged = merge(base, mine, copy(base));
  assert.equal("messages" in merged, false);
  assert.deepEqual(merged.positives, [{ text: "Iedereen voelt zich veilig" }]);
});

test("goals and trends merge per id: her corrected point and someone else's new goal both stay", () => {
  const start = {
    ...copy(base),
    trends: [{ id: "t1", title: "Rekenen", unit: "percent", points: [{ label: "M5", value: 70 }] }],
  };
  const mine = copy(start);
  mine.trends[0].points[0].value = 72.5;
  mine.trends.push({ id: "lvs-mb-rekenen-1f", title: "Rekenen Middenbouw", unit: "percent", points: [{ label: "M5", value: 66.7, n: 21 }] });
  const theirs = copy(start);
  theirs.goals.push({ id: "g2", title: "Lezen" });
  theirs.trends[0].title = "Rekenen groep 8";
  const merged = merge(start, mine, theirs);
  assert.deepEqual(merged.goals.map((goal) => goal.id), ["g1", "g2"]);
  assert.equal(merged.trends[0].title, "Rekenen groep 8");
  assert.deepEqual(merged.trends[0].points, [{ label: "M5", value: 72.5 }]);
  assert.equal(merged.trends[1].id, "lvs-mb-rekenen-1f");
});

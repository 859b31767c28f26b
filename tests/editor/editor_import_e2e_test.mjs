#!/usr/bin/env node
// End to end (issue 12): goals, trends and support from the kc'er's browser,
// and the LVS import, in Debian's chromium against a real hgw-board and a
// headless kiosk.
//
//   Doelen, Trends, Ondersteuning: add, edit, remove, each with a server error
//   shown at its field; a goal card's line with the dates of its figures; the
//   other sections untouched by a save; the versions list on a 390 px phone;
//   a field's error is its aria-describedby; a required field's name has no
//   star. The import: the three sample exports
//   give exactly the aggregates make_samples.py computed; no request during or
//   after an import holds a pupil number or name; every bad input gets its
//   Dutch message and nothing is saved; the wall shows the imported trend and
//   the edited goal. Prints the import time for 10,000 and 100,000 rows.
//
// Usage: node editor_import_e2e_test.mjs --board BIN --dashboard BIN --editor-dir DIR
//          --demo-json FILE --samples DIR [--chromium /usr/bin/chromium] [--screenshots DIR]

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as P from "./board_processes.mjs";
import { openEditor, launchBrowser } from "./browser.mjs";
import { runScenario, startSeededBoard, startWallReading, Steps, waitFor } from "./e2e_support.mjs";
import { slug, measureLabel } from "../../dashboard/editor/lvs_trends.js";

const { values: options } = parseArgs({
  options: {
    board: { type: "string" },
    dashboard: { type: "string" },
    "editor-dir": { type: "string" },
    "demo-json": { type: "string" },
    samples: { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    screenshots: { type: "string" },
  },
});
for (const required of ["board", "dashboard", "editor-dir", "demo-json", "samples"]) {
  if (!options[required]) throw new Error(`--${required} is required`);
}

const steps = new Steps();
const step = steps.step.bind(steps);
const without = (doc, ...keys) => Object.fromEntries(Object.entries(doc).filter(([key]) => !keys.includes(key)));
const dutch = (number) => String(number).replace(".", ",");

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hgw-editor-import-e2e-"));
await runScenario("editor import e2e", folder, async ({ children, browsers }) => {
  const { base, config, api, seed, seedEtag, seedFile } = await startSeededBoard(options, folder, children);
  const current = async () => (await api.call("GET", "/api/board")).json;
  const currentEtag = async () => (await api.call("GET", "/api/board")).etag;
  const { statusFile, kioskEtag } = await startWallReading(options, folder, config, children, seedEtag);

  const browser = await launchBrowser(options.chromium, folder, "kc");
  browsers.push(browser);
  const editor = await openEditor(browser, base, { width: 390, height: 844 });
  const page = editor.page;
  await editor.open();
  await editor.login(P.PASSWORD, "Sanne");
  const field = (p) => editor.field(p);
  const openCard = async (selector) => {
    const card = page.locator(selector);
    if (!(await card.evaluate((node) => node.open))) await card.locator("summary").click();
    return card;
  };
  // The server's error at `p`, and the field described by it.
  const errorAt = async (p) => {
    const text = await editor.saveExpectingFieldError(p);
    const note = page.locator(`[data-path="${p}"] + .field-error`);
    const described = (await field(p).getAttribute("aria-describedby")) || "";
    assert.ok(described.split(" ").includes(await note.getAttribute("id")), `${p}: the error is the field's aria-describedby`);
    return text;
  };

  await step("no required field anywhere has the star in its name", async () => {
    await page.evaluate(() => document.querySelectorAll("#editor details").forEach((node) => (node.open = true)));
    const required = await page.locator('#editor [aria-required="true"]').count();
    assert.ok(required >= 10, `the open editor has its required fields (${required})`);
    assert.equal(await page.locator("#editor").getByRole("textbox", { name: /\*/ }).count(), 0);
    assert.equal(await page.locator("#editor").getByRole("textbox", { name: "Wat", exact: true }).count(), (seed.actions || []).length);
    await page.evaluate(() => document.querySelectorAll("#editor details").forEach((node) => (node.open = false)));
  });

  console.log("Doelen (phone, 390x844):");
  await step("add a goal; a target that is no number is refused at its field", async () => {
    await page.getByTestId("add-goal").click();
    await field("goals[0].title").fill("85% van de middenbouw leest op 1F");
    await field("goals[0].team").selectOption("mb");
    await field("goals[0].domain").selectOption("leren");
    await field("goals[0].subject").fill("begrijpend_lezen");
    await field("goals[0].feed_up").fill("Iedere leerling leest met begrip.");
    await field("goals[0].feedback").fill("M5: 79% op 1F.");
    await field("goals[0].feed_forward").fill("Dagelijks modelen met hardop denken.");
    await field("goals[0].measure.unit").selectOption("percent");
    await field("goals[0].measure.baseline").fill("77");
    await field("goals[0].measure.current").fill("79,5");
    await field("goals[0].measure.target").fill("veel");
    await field("goals[0].evaluate_on").fill("2027-06-15");
    const card = page.locator("#doelen details.card").first();
    assert.equal(await card.getByRole("textbox", { name: "Doel", exact: true }).count(), 1, "the required field's name has no star");
    const text = await errorAt("goals[0].measure.target");
    assert.match(text, /getal/);
    assert.match(text, /veel/);
  });
  const goalSaved = await step("correct it and save", async () => {
    await field("goals[0].measure.target").fill("85");
    return editor.save();
  });
  let doc = await current();
  assert.deepEqual(without(doc.goals[0], "id"), {
    team: "mb",
    domain: "leren",
    subject: "begrijpend_lezen",
    title: "85% van de middenbouw leest op 1F",
    feed_up: "Iedere leerling leest met begrip.",
    feedback: "M5: 79% op 1F.",
    feed_forward: "Dagelijks modelen met hardop denken.",
    measure: { unit: "percent", baseline: 77, current: 79.5, target: 85 },
    evaluate_on: "2027-06-15",
  });
  assert.deepEqual(doc.goals.slice(1), seed.goals, "the other goals untouched");
  assert.deepEqual(without(doc, "goals"), without(seed, "goals"), "every other section untouched");
  void goalSaved;

  await step("edit a goal: link an action, new current value; remove the new goal", async () => {
    const card = await openCard('details[data-goal="g-rek-bb"]');
    // The card's line says when each figure was measured, as the wall does
    // (the year only when it is not this year's), and follows the date picker.
    const summary = card.locator("summary .meta");
    const year = (y) => (new Date().getFullYear() === 2000 + y ? "" : ` ’${y}`);
    assert.equal(await summary.innerText(), `Bovenbouw · 81% op 21 jan${year(26)} → 87% op 18 nov${year(26)} → 90% in jun ’27`);
    await field("goals[1].measure.current").fill("88");
    await field("goals[1].measure.current_on").fill("2026-11-25");
    assert.equal(await summary.innerText(), `Bovenbouw · 81% op 21 jan${year(26)} → 88% op 25 nov${year(26)} → 90% in jun ’27`);
    if (options.screenshots) {
      // the measure whole, each figure beside its date, under the sticky tabs
      await field("goals[1].measure.unit").evaluate((node) => {
        node.closest("fieldset").scrollIntoView({ block: "start" });
        window.scrollBy(0, -80);
      });
      await page.screenshot({ path: path.join(options.screenshots, "editor-goal-phone.png") });
    }
    const action = seed.actions.find((a) => a.goal !== "g-rek-bb");
    await card.getByRole("checkbox", { name: action.what, exact: true }).check();
    await openCard("#doelen details.card >> nth=0");
    await page.locator("#doelen details.card").first().getByTestId("goal-remove").click();
    await editor.save();
    doc = await current();
    assert.equal(doc.goals.length, seed.goals.length);
    assert.equal(doc.goals.find((g) => g.id === "g-rek-bb").measure.current, 88);
    assert.equal(doc.goals.find((g) => g.id === "g-rek-bb").measure.current_on, "2026-11-25");
    assert.equal(doc.actions.find((a) => a.id === action.id).goal, "g-rek-bb");
  });

  console.log("Trends:");
  await step("add a trend with a measurement; a percentage over 100 is refused at its field", async () => {
    await page.getByTestId("add-trend").click();
    await field("trends[0].title").fill("Technisch lezen onderbouw — % op of boven 1F");
    await field("trends[0].team").selectOption("ob");
    await field("trends[0].subject").fill("technisch_lezen");
    await field("trends[0].reference.label").fill("Schoolambitie");
    await field("trends[0].reference.value").fill("80");
    await page.locator("#trends details.card").first().getByTestId("add-point").click();
    await field("trends[0].points[0].label").fill("M4");
    await field("trends[0].points[0].date").fill("2026-01-26");
    await field("trends[0].points[0].value").fill("112");
    await field("trends[0].points[0].n").fill("41");
    assert.match(await errorAt("trends[0].points[0].value"), /112/);
    await field("trends[0].points[0].value").fill("76,5");
    await editor.save();
    doc = await current();
    assert.deepEqual(without(doc.trends[0], "id"), {
      unit: "percent",
      points: [{ label: "M4", date: "2026-01-26", value: 76.5, n: 41 }],
      title: "Technisch lezen onderbouw — % op of boven 1F",
      team: "ob",
      subject: "technisch_lezen",
      reference: { label: "Schoolambitie", value: 80 },
    });
    assert.deepEqual(without(doc, "trends", "goals", "actions"), without(seed, "trends", "goals", "actions"));
  });
  await step("correct a measurement, remove one, remove the new trend", async () => {
    const index = doc.trends.findIndex((t) => t.id === "t-rek-bb");
    await openCard('details[data-trend="t-rek-bb"]');
    await field(`trends[${index}].points[4].value`).fill("86");
    await page.locator('details[data-trend="t-rek-bb"]').getByTestId("point-remove").first().click();
    await openCard("#trends details.card >> nth=0");
    await page.locator("#trends details.card").first().getByTestId("trend-remove").click();
    await editor.save();
    doc = await current();
    const trend = doc.trends.find((t) => t.id === "t-rek-bb");
    const seedTrend = seed.trends.find((t) => t.id === "t-rek-bb");
    assert.deepEqual(trend.points, [...seedTrend.points.slice(1, 4), { ...seedTrend.points[4], value: 86 }]);
    assert.equal(doc.trends.length, seed.trends.length);
  });

  console.log("Ondersteuning:");
  await step("a negative count is refused at its field; as-of date, a label and a level removed", async () => {
    await field("support.levels[0].count").fill("-3");
    assert.match(await errorAt("support.levels[0].count"), /-3/);
    await field("support.levels[0].count").fill("170");
    await field("support.levels[1].label").fill("Extra aandacht");
    await field("support.as_of").fill("2026-12-01");
    await page.getByRole("button", { name: "Niveau 4 verwijderen" }).click();
    await editor.save();
    doc = await current();
    assert.deepEqual(doc.support, {
      as_of: "2026-12-01",
      levels: [{ ...seed.support.levels[0], count: 170 }, { ...seed.support.levels[1], label: "Extra aandacht" }, seed.support.levels[2]],
      // The earlier count the pyramid is compared with stays as it was.
      previous: seed.support.previous,
    });
  });
  await step("the pyramid removed and filled in again", async () => {
    await page.getByTestId("support-remove").click();
    await editor.save();
    assert.equal((await current()).support, undefined);
    await page.getByTestId("add-support").click();
    for (const [i, count] of [150, 52, 21, 9].entries()) await field(`support.levels[${i}].count`).fill(String(count));
    await field("support.as_of").fill("2026-11-30");
    await editor.save();
    doc = await current();
    assert.deepEqual(doc.support.levels.map((l) => l.count), [150, 52, 21, 9]);
  });

  await step("versions on a 390 px phone: nothing scrolls sideways", async () => {
    await page.getByRole("button", { name: /Versies (tonen|vernieuwen)/ }).click();
    await page.locator("#versions tbody tr").nth(3).waitFor();
    await page.locator("#versions tbody tr").nth(2).getByRole("button", { name: "Terugzetten" }).click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the page is ${width} px wide`);
    const box = await page.locator("#versions tbody tr").nth(2).getByRole("button").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, "the restore button is whole on screen");
    if (options.screenshots) await page.locator("#versies").screenshot({ path: path.join(options.screenshots, "editor-versions-phone.png") });
    await page.reload();
    await editor.waitForEditor();
  });

  console.log("the LVS import (laptop, 1366x900):");
  await page.setViewportSize({ width: 1366, height: 900 });
  const expected = JSON.parse(fs.readFileSync(path.join(options.samples, "expected.json"), "utf8"));
  // Everything that leaves the page from here on is recorded.
  const requests = [];
  await browser.route("**/*", async (route) => {
    const request = route.request();
    requests.push({ url: decodeURIComponent(request.url()), headers: JSON.stringify(await request.allHeaders()), body: request.postData() || "" });
    await route.continue();
  });
  const teamName = (id) => seed.teams.find((t) => t.id === id)?.name || id;
  const tableRows = () =>
    page.locator('[data-testid="import-table"] tbody tr').evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
  const expectedRows = (cells) =>
    cells.map((c) => [
      c.group === null ? teamName(c.team) : `groep ${c.group}`,
      c.subject,
      c.moment,
      c.date,
      String(c.n),
      c.suppressed ? "n<10" : dutch(c.percent),
      c.suppressed ? "n<10" : dutch(c.mean),
    ]);
  const sorted = (rows) => rows.map((row) => row.join(" | ")).sort();
  const importFile = async (file) => {
    await page.getByTestId("open-import").click();
    const started = performance.now();
    await page.getByTestId("import-file").setInputFiles(file);
    await page.locator('[data-testid="import-table"], .import-status.error, .import-mapping + .import-result .field-error').first().waitFor();
    return Math.round(performance.now() - started);
  };
  // Closed, the dialog takes the file's table with it: its worker is ended.
  const closeImport = async () => {
    await page.getByTestId("import-close").click();
    await page.locator("dialog.import").waitFor({ state: "detached" });
    await waitFor(() => !page.workers().some((w) => w.url().includes("lvs_worker")), 5, "the import's worker is ended");
  };

  for (const name of Object.keys(expected)) {
    await step(`${name}: exactly the expected aggregates, per team and per group year`, async () => {
      const ms = await importFile(path.join(options.samples, name));
      assert.deepEqual(sorted(await tableRows()), sorted(expectedRows(expected[name].by_team)));
      await page.locator("#import-by").selectOption("year");
      await page.waitForFunction(() => document.querySelector('[data-testid="import-table"] td')?.textContent.startsWith("groep"));
      assert.deepEqual(sorted(await tableRows()), sorted(expectedRows(expected[name].by_year)));
      assert.ok(expected[name].by_year.some((c) => c.suppressed) && expected[name].by_team.some((c) => c.suppressed), "a group under min_n");
      await page.locator("#import-by").selectOption("team");
      await page.waitForFunction(() => !document.querySelector('[data-testid="import-table"] td')?.textContent.startsWith("groep"));
      console.log(`      file chosen -> table: ${ms} ms`);
      if (options.screenshots && name === "cito-lovs.csv")
        await page.locator("dialog.import").screenshot({ path: path.join(options.screenshots, "editor-import-laptop.png") });
      await closeImport();
    });
  }

  const cito = expected["cito-lovs.csv"];
  const importSaved = await step("take the Cito export over into trends and a goal, save", async () => {
    await importFile(path.join(options.samples, "cito-lovs.csv"));
    const cell = cito.by_team.find((c) => !c.suppressed && c.subject === "Begrijpend lezen" && c.moment === "E5");
    const goalSelect = page.locator('select[data-goal="g-bl-mb"]');
    const option = await goalSelect.locator("option", { hasText: `Middenbouw · Begrijpend lezen · E5: ${dutch(cell.percent)}%` }).getAttribute("value");
    await goalSelect.selectOption(option);
    await page.getByTestId("import-apply").click();
    await page.locator("dialog.import").waitFor({ state: "detached" });
    await page.locator("#notice").filter({ hasText: "Geïmporteerd" }).waitFor();
    const saved = await editor.save();
    doc = await current();
    for (const c of cito.by_team.filter((x) => !x.suppressed)) {
      const series = doc.trends.filter((t) => t.team === c.team && slug(t.subject || "") === slug(c.subject));
      assert.ok(
        series.some((t) => t.points.some((p) => p.label === c.moment && p.value === c.percent && p.n === c.n && p.date === c.date)),
        `${c.subject} ${c.moment} is a point of a ${c.team} trend`,
      );
    }
    assert.ok(!doc.trends.some((t) => t.team === "ob" && t.id.startsWith("lvs-")), "the suppressed team got no series");
    const goal = doc.goals.find((g) => g.id === "g-bl-mb");
    assert.deepEqual([goal.measure.current, goal.measure.n], [cell.percent, cell.n]);
    assert.equal(goal.measure.current_on, cell.date, "the goal's current value is dated by the moment it came from");
    return saved;
  });
  const savedAt = performance.now();
  const wallSeen = waitFor(() => kioskEtag() === importSaved.etag, 15, "the kiosk's status file shows the import's ETag").then(() => performance.now());
  wallSeen.catch(() => {}); // awaited at the end

  await step("no request held a pupil number or name; nothing of the file stored in the browser", async () => {
    const known = JSON.stringify(seed) + fs.readFileSync(new URL(import.meta.url), "utf8");
    const secrets = new Set();
    for (const file of Object.values(expected)) {
      for (const number of file.pupil_numbers) secrets.add(number);
      for (const name of file.pupil_names) {
        secrets.add(name);
        for (const part of name.split(" ")) if (part.length >= 4 && !known.includes(part)) secrets.add(part);
      }
    }
    assert.ok(requests.some((r) => r.body.includes("Begrijpend lezen") || r.body.includes("begrijpend_lezen")), "the save was recorded");
    for (const request of requests) {
      for (const secret of secrets) {
        for (const part of ["url", "headers", "body"])
          assert.ok(!request[part].includes(secret), `a request's ${part} holds “${secret}”: ${request.url}`);
      }
    }
    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      databases: (await indexedDB.databases()).map((db) => db.name),
    }));
    for (const secret of secrets) assert.ok(!stored.local.includes(secret) && !stored.session.includes(secret), `storage holds “${secret}”`);
    assert.deepEqual(stored.databases, []);
    assert.ok(Object.keys(JSON.parse(stored.local)).every((key) => key.startsWith("hgw-lvs-mapping:")), "only the column choice is remembered");
  });

  console.log("bad input: a Dutch message, nothing saved:");
  const before = await currentEtag();
  const bad = (name, content) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const header = "Leerlingnummer;Groep;Toets;Afnamemoment;Afnamedatum;Score;Niveau\n";
  const refusals = [
    ["a file without the needed columns", bad("kolommen.csv", "Naam;Klas;Cijfer\nJan;5A;7\n"), /‘Vak of toets’.*|‘Afnamedatum’/s],
    ["an unreadable encoding", bad("tekens.csv", Buffer.from([...Buffer.from(header), 0x31, 0x3b, 0x81, 0x0a])), /niet te lezen \(regel 2\)/],
    ["UTF-16", bad("utf16.csv", Buffer.from("\ufeffLeerling;Groep\n", "utf16le")), /UTF-16/],
    ["a ZIP renamed to .csv", bad("export.csv", fs.readFileSync(path.join(options.samples, "resultaten.xlsx"))), /geen CSV-bestand/],
    ["text renamed to .xlsx", bad("export.xlsx", header), /geen Excel-bestand/],
    ["an old .xls", bad("oud.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /oud Excel-bestand/],
    ["a file over 20 MB", bad("groot.csv", Buffer.alloc(20 * 1024 * 1024 + 1, 0x41)), /het maximum is 20 MB/],
  ];
  for (const [what, file, message] of refusals) {
    await step(what, async () => {
      await importFile(file);
      const shown = await page.locator("dialog.import").innerText();
      assert.match(shown, message);
      assert.ok(await page.getByTestId("import-apply").isDisabled(), "nothing to take over");
      await closeImport();
    });
  }
  await step("bad rows listed with row and column; unknown group mapped or skipped", async () => {
    const rows = [
      "1001;5A;Rekenen;M5;20-01-2026;200;1F",
      ";;;;;;",
      "1002;5A;Rekenen",
      "1003;5A;Rekenen;M5;20-01-2026;ziek;1F",
      "1004;5A;Rekenen;M5;20-01-2026;200;3F",
      "1005;9C;Rekenen;M5;20-01-2026;200;1F",
      "1006;5A;Rekenen;M5;;200;1F",
      ...Array.from({ length: 10 }, (_, i) => `${2000 + i};5B;Rekenen;M5;20-01-2026;210;1F`),
    ];
    await importFile(bad("regels.csv", header + rows.join("\n") + "\n"));
    const problems = page.locator(".import-problems");
    for (const text of [
      "Regel 3: de regel is leeg.",
      "Regel 4, kolom ‘Afnamedatum’: de regel is te kort",
      "Regel 5, kolom ‘Score’: ‘ziek’ is geen getal.",
      "Regel 6, kolom ‘Niveau’: ‘3F’ is geen bekend niveau",
      "Regel 7, kolom ‘Groep’: groep ‘9C’ hoort bij geen team",
      "Regel 8, kolom ‘Afnamedatum’: het toetsmoment ‘M5’ heeft geen datum.",
    ])
      assert.ok((await problems.innerText()).includes(text), `listed: ${text}`);
    assert.ok(await page.getByTestId("import-apply").isDisabled(), "not before she chose to skip the unreadable rows");
    await page.locator('select[data-group="9C"]').selectOption("");
    await page.waitForFunction(() => !document.querySelector(".import-problems")?.textContent.includes("9C"));
    await page.locator(".import-problems").getByRole("checkbox").check();
    assert.ok(await page.getByTestId("import-apply").isEnabled());
    await closeImport();
  });
  await step("a score threshold: asked for, then counted; the choices remembered for the same headers", async () => {
    await importFile(path.join(options.samples, "cito-lovs.csv"));
    await page.locator("#import-measure").selectOption("score");
    await page.locator(".import-result .field-error").filter({ hasText: "vanaf welke score" }).waitFor();
    assert.ok(await page.getByTestId("import-apply").isDisabled());
    await page.locator("#import-threshold").fill("200");
    await page.locator("#import-threshold").press("Enter");
    await page.locator('[data-testid="import-table"] th', { hasText: "% met score 200 of hoger" }).waitFor();
    assert.equal((await tableRows()).length, cito.by_team.length);
    await page.locator("#import-by").selectOption("year");
    await page.waitForFunction(() => document.querySelector('[data-testid="import-table"] td')?.textContent.startsWith("groep"));
    // The same headers again: her choices are back, the data is read anew.
    await closeImport();
    await importFile(path.join(options.samples, "cito-lovs.csv"));
    assert.equal(await page.locator("#import-measure").inputValue(), "score", "the measure is remembered");
    assert.equal(await page.locator("#import-threshold").inputValue(), "200");
    assert.equal(await page.locator("#import-by").inputValue(), "year");
    await page.locator('[data-testid="import-table"] th', { hasText: "% met score 200 of hoger" }).waitFor();
    assert.ok((await tableRows()).every((row) => row[0].startsWith("groep")));
    await page.locator("#import-by").selectOption("team");
    await page.locator("#import-measure").selectOption("1F"); // the remembered choice back as it was
    await page.locator('[data-testid="import-table"] th', { hasText: "% op of boven 1F" }).waitFor();
    await closeImport();
  });
  assert.equal(await currentEtag(), before, "nothing was saved by a bad input");

  console.log("import speed (printed, not asserted):");
  for (const pupils of [500, 5000]) {
    const lines = [header.trim()];
    for (let p = 0; p < pupils; p++)
      for (let test = 0; test < 10; test++)
        for (const [moment, date] of [["M", "21-01-2026"], ["E", "10-06-2026"]]) {
          const year = 3 + (p % 6);
          lines.push(`${100000 + p};${year}${"AB"[p % 2]};Toets ${test + 1};${moment}${year};${date};${150 + ((p * 7 + test * 13) % 100)},5;${["<1F", "1F", "2F"][(p + test) % 3]}`);
        }
    const file = bad(`groot-${pupils}.csv`, lines.join("\n") + "\n");
    const frames = await page.evaluate(() => {
      window.__gaps = [];
      let last = performance.now();
      const tick = (now) => {
        window.__gaps.push(now - last);
        last = now;
        if (window.__gaps.length < 100000) window.__frame = requestAnimationFrame(tick);
      };
      window.__frame = requestAnimationFrame(tick);
      return true;
    });
    void frames;
    const ms = await importFile(file);
    const longest = await page.evaluate(() => (cancelAnimationFrame(window.__frame), Math.round(window.__gaps.reduce((a, b) => Math.max(a, b), 0))));
    assert.ok((await tableRows()).length > 0);
    console.log(`  ${String(lines.length - 1).padStart(7)} rows: file chosen -> aggregated table ${ms} ms; longest frame gap ${longest} ms`);
    await closeImport();
  }

  await step("the import on a 390 px phone: the figures in view, the buttons too", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await importFile(path.join(options.samples, "cito-lovs.csv"));
    await page.locator('[data-testid="import-table"]').evaluate((node) => node.scrollIntoView({ block: "center" }));
    const [scroll, width] = await page.locator(".import-table-wrap").evaluate((node) => [node.scrollWidth, node.clientWidth]);
    assert.ok(scroll <= width, `the table scrolls sideways (${scroll} px in ${width} px)`);
    for (const header of ["n", measureLabel({ level: "1F" })]) {
      const cell = page.locator('[data-testid="import-table"] th').filter({ hasText: new RegExp(`^${header}$`) });
      assert.ok(await cell.isVisible(), `the ${header} column is shown`);
    }
    for (const id of ["import-apply", "import-close"]) {
      const box = await page.getByTestId(id).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844, `${id} whole on screen`);
    }
    if (options.screenshots) await page.screenshot({ path: path.join(options.screenshots, "editor-import-phone.png") });
    await closeImport();
  });

  console.log("the wall:");
  await step("the kiosk has the imported trend and the edited goal within one poll, and draws them", async () => {
    console.log(`      the kiosk had it ${Math.round((await wallSeen) - savedAt)} ms after saving (poll interval 10 s)`);
    const cached = P.cachedDocument(path.join(folder, "cache"), `${base}/api/board`);
    const wallDoc = JSON.parse(cached.document);
    assert.deepEqual(wallDoc.trends, doc.trends);
    assert.deepEqual(wallDoc.goals, doc.goals);
    const wallFile = path.join(folder, "wall.json");
    fs.writeFileSync(wallFile, cached.document);
    assert.equal(P.validate(options.dashboard, wallFile).status, 0, "the wall's document validates");
    for (const wallPage of ["trends", "doelen", "ondersteuning"]) {
      const seedPng = P.renderPage(options.dashboard, seedFile, wallPage, path.join(folder, "before", wallPage));
      const wallPng = P.renderPage(options.dashboard, wallFile, wallPage, path.join(folder, "after", wallPage));
      assert.ok(!seedPng.equals(wallPng), `the wall's ${wallPage} page changed`);
      if (options.screenshots) fs.writeFileSync(path.join(options.screenshots, `wall-${wallPage}-after-import.png`), wallPng);
    }
  });
  editor.assertNoScriptErrors();
});

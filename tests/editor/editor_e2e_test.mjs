#!/usr/bin/env node
// End to end (issue 7): the kc'er's editor in Debian's chromium against a real
// hgw-board on 127.0.0.1 and a headless kiosk reading it.
//
//   log in, add an action, set a team's phase, save -> the preview shows it and,
//   within one poll interval, the kiosk's status file and cached document have it
//   (rendered with the wall's renderer); two editors at once -> the second gets
//   the conflict, merges and loses nothing; a goal's current value dated with
//   the date picker, and the server's error under that date; an MDO moved,
//   planned and removed in Ondersteuning, and one for a new team without a
//   phase refused at that MDO; "12 dec" -> an error next to the
//   field; a board refusing every save with 403 -> one retry with a fresh CSRF
//   token, then the refusal is shown; five wrong passwords -> slowed down, then
//   refused with 429.
//
// Usage: node editor_e2e_test.mjs --board BIN --dashboard BIN --editor-dir DIR
//          --demo-json FILE [--chromium /usr/bin/chromium] [--screenshots DIR]
// Prints the time each step of "change the wall" took and the page weight.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import * as P from "./board_processes.mjs";
import { openEditor, launchBrowser } from "./browser.mjs";
import { ApiClient, runScenario, startSeededBoard, startWallReading, Steps, waitFor } from "./e2e_support.mjs";

const without = (object, ...keys) => Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));

const { values: options } = parseArgs({
  options: {
    board: { type: "string" },
    dashboard: { type: "string" },
    "editor-dir": { type: "string" },
    "demo-json": { type: "string" },
    chromium: { type: "string", default: "/usr/bin/chromium" },
    screenshots: { type: "string" },
  },
});
for (const required of ["board", "dashboard", "editor-dir", "demo-json"]) {
  if (!options[required]) throw new Error(`--${required} is required`);
}

const steps = new Steps();
const timings = steps.timings;
const step = steps.step.bind(steps);

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "hgw-editor-e2e-"));
await runScenario("editor e2e", folder, async ({ children, browsers }) => {
  // The school's board as the demo has it, saved once by a script: goals, trends
  // and support are sections the editor does not manage and must keep untouched.
  const { base, config, api: setup, seed, seedEtag, seedFile } = await startSeededBoard(options, folder, children);
  const boardUrl = `${base}/api/board`;
  const { statusFile, kioskEtag } = await startWallReading(options, folder, config, children, seedEtag);

  // Every part of the actions page, as the wall turns through them ("Acties 1/3").
  const actionPreviews = async () => {
    const first = await setup.call("GET", `/api/preview/acties.png?width=960&height=540`);
    assert.equal(first.status, 200);
    const parts = Number(first.headers.get("x-page-parts"));
    assert.ok(parts >= 1, "X-Page-Parts says how many parts");
    const images = [first.text];
    for (let part = 2; part <= parts; ++part) {
      const next = await setup.call("GET", `/api/preview/acties.png?width=960&height=540&part=${part}`);
      assert.equal(next.status, 200, `part ${part}`);
      images.push(next.text);
    }
    return images;
  };
  const previewBefore = await actionPreviews();

  browsers.push(...(await Promise.all([launchBrowser(options.chromium, folder, "a"), launchBrowser(options.chromium, folder, "b")])));
  const [sanne, bram] = browsers;

  console.log("change the wall (phone, 390x844):");
  const editor = await openEditor(sanne, base, { width: 390, height: 844 });
  await step("open the page, login form shown", () => editor.open());
  if (options.screenshots) await editor.page.screenshot({ path: path.join(options.screenshots, "editor-login-phone.png") });
  await step("log in", () => editor.login(P.PASSWORD, "Sanne"));
  await step("add an action (wat, wie, wanneer, hoe, waarom, and when it began)", () =>
    editor.addAction({
      what: "Leesmotivatie groep 6 bespreken",
      who: "Juf Anna met de kc'er",
      when: "2026-12-08",
      how: "Samen de leesdossiers doornemen",
      why: "Begrijpend lezen blijft onder de signaleringswaarde",
      start: "2-11-2026",
    }),
  );
  await step("set the phase of Bovenbouw", () => editor.setPhase("bb", "evalueren_aanscherpen"));
  const saved = await step("save", () => editor.save());
  const savedAt = performance.now();
  // Watched from the moment of saving, while the preview step runs: one poll interval (10 s) and slack.
  const wallSeen = waitFor(() => kioskEtag() === saved.etag, 15, "the kiosk's status file shows the new ETag").then(() =>
    performance.now(),
  );
  wallSeen.catch(() => {}); // awaited below; a failure before then must not go unhandled

  const afterSave = await setup.call("GET", "/api/board");
  assert.equal(afterSave.etag, saved.etag, "the editor's ETag is the server's");
  const savedDoc = afterSave.json;
  assert.equal(savedDoc.actions[0].what, "Leesmotivatie groep 6 bespreken");
  assert.equal(savedDoc.actions[0].when, "2026-12-08");
  assert.equal(savedDoc.actions[0].start, "2026-11-02", "the Dutch date is written as YYYY-MM-DD");
  assert.equal(savedDoc.teams.find((team) => team.id === "bb").cycle.phase, "evalueren_aanscherpen");
  for (const untouched of ["goals", "trends", "support", "school", "privacy"]) {
    assert.deepEqual(savedDoc[untouched], seed[untouched], `${untouched} kept as it was`);
  }
  assert.equal(savedDoc.actions.length, seed.actions.length + 1);

  await step("the preview shows the saved version", async () => {
    await editor.previewLoaded("acties", saved.etag);
    const previewAfter = await actionPreviews();
    assert.notDeepEqual(previewAfter, previewBefore, "the acties preview changed with the new action");
    // The editor shows each part the wall turns through, not only the first.
    const wide = await setup.call("GET", `/api/preview/acties.png`);
    const parts = Number(wide.headers.get("x-page-parts"));
    if (parts > 1) {
      await editor.page.waitForSelector(`figure[data-page-part="acties ${parts}"] img`, { state: "attached", timeout: 20000 });
      const caption = await editor.page.locator(`figure[data-page="acties"] figcaption`).innerText();
      assert.ok(caption.includes(`1/${parts}`), `the first part's caption says 1/${parts}: ${caption}`);
    }
  });

  const seenAt = await wallSeen;
  timings.push(["save -> the kiosk's status file has the new ETag", Math.round(seenAt - savedAt)]);
  console.log(`  ok  the wall has it ${Math.round(seenAt - savedAt)} ms after saving (poll interval 10 s)`);

  // What the wall shows is its cached copy: it must hold the change, and the
  // wall's renderer must draw it differently from before.
  const cached = P.cachedDocument(path.join(folder, "cache"), boardUrl);
  assert.ok(cached, "the kiosk cached the board");
  const wallDoc = JSON.parse(cached.document);
  assert.equal(wallDoc.actions[0].what, "Leesmotivatie groep 6 bespreken");
  assert.equal(wallDoc.teams.find((team) => team.id === "bb").cycle.phase, "evalueren_aanscherpen");
  const wallFile = path.join(folder, "wall.json");
  fs.writeFileSync(wallFile, cached.document);
  assert.equal(P.validate(options.dashboard, wallFile).status, 0, "the wall's document validates");
  for (const page of ["acties", "cyclus"]) {
    const before = P.renderPage(options.dashboard, seedFile, page, path.join(folder, "render-before", page));
    const after = P.renderPage(options.dashboard, wallFile, page, path.join(folder, "render-after", page));
    assert.ok(!before.equals(after), `the wall's ${page} page changed`);
  }

  if (options.screenshots) await editor.screenshots(options.screenshots, "phone");

  console.log("two editors at once:");
  const second = await openEditor(bram, base, { width: 1366, height: 900 });
  await second.open();
  await second.login(P.PASSWORD, "Bram");
  await editor.page.reload();
  await editor.waitForEditor();
  // Both have the same version open. Bram saves first.
  await second.addMessage("Teamuitje vrijdag: verzamelen om 16:00 bij de ingang", "2026-12-04");
  const bramSaved = await second.save();
  await editor.addAction({ what: "Groepsplan rekenen groep 5 bijstellen", who: "Meester Tim", when: "2026-12-11" });
  await editor.setPhase("kb", "signaleren_analyseren");
  const conflict = await step("second save meets the newer version (412)", () => editor.saveExpectingConflict());
  assert.match(conflict, /Bram/, "the conflict says who saved");
  if (options.screenshots) await editor.page.screenshot({ path: path.join(options.screenshots, "editor-conflict-phone.png") });
  const merged = await step("merge and save again", async () => {
    await editor.merge();
    return editor.save();
  });
  assert.notEqual(merged.etag, bramSaved.etag);
  const both = (await setup.call("GET", "/api/board")).json;
  assert.ok(
    both.messages.some((message) => message.text.startsWith("Teamuitje vrijdag")),
    "Bram's message kept",
  );
  assert.ok(
    both.actions.some((action) => action.what === "Groepsplan rekenen groep 5 bijstellen"),
    "Sanne's new action kept",
  );
  assert.ok(
    both.actions.some((action) => action.what === "Leesmotivatie groep 6 bespreken"),
    "the first action kept",
  );
  assert.equal(both.teams.find((team) => team.id === "kb").cycle.phase, "signaleren_analyseren", "Sanne's phase kept");
  const message = both.messages.find((entry) => entry.text.startsWith("Teamuitje"));
  assert.match(message.until, /^2026-12-04T17:00:00\+01:00$/, "a message's date becomes a timestamp on the wall's clock");

  console.log("dates of a goal's measure and of an MDO (issue 12):");
  const page = editor.page;
  const goalIndex = both.goals.findIndex((goal) => goal.id === "g-rek-bb");
  const currentOn = `goals[${goalIndex}].measure.current_on`;
  await step("a goal's current value dated with the date picker, saved", async () => {
    const card = page.locator('details[data-goal="g-rek-bb"]');
    if (!(await card.evaluate((node) => node.open))) await card.locator("summary").click();
    assert.equal(await editor.field(currentOn).getAttribute("type"), "date", "a date picker, not free text");
    await editor.field(currentOn).fill("2026-11-25");
    return editor.save();
  });
  let dated = (await setup.call("GET", "/api/board")).json;
  assert.equal(dated.goals[goalIndex].measure.current_on, "2026-11-25");
  assert.equal(dated.goals[goalIndex].measure.current, both.goals[goalIndex].measure.current, "the figure kept");
  const orderError = await step("a current_on before baseline_on: the server's error under that field", async () => {
    await editor.field(currentOn).fill("2025-12-01");
    return editor.saveExpectingFieldError(currentOn);
  });
  assert.match(orderError, /vóór de datum van de beginwaarde/);
  assert.equal((await setup.call("GET", "/api/board")).json.goals[goalIndex].measure.current_on, "2026-11-25", "nothing saved");
  await editor.field(currentOn).fill("2026-11-25");

  const teams = dated.teams;
  const bb = teams.findIndex((team) => team.id === "bb");
  const pg = teams.findIndex((team) => team.id === "pg");
  assert.equal(teams[bb].cycle.next_meeting.kind, "mdo", "the demo plans an MDO for Bovenbouw");
  const mdoDate = (i) => page.locator(`#ondersteuning [data-path="teams[${i}].cycle.next_meeting.date"]`);
  await step("move Bovenbouw's MDO and plan one for the Peutergroep in Ondersteuning, save", async () => {
    assert.equal(await mdoDate(bb).getAttribute("type"), "date", "a date picker, not free text");
    await mdoDate(bb).fill("2026-12-10");
    // Teams shows the same meeting: it follows at once.
    assert.equal(await page.locator(`#teams [data-path="teams[${bb}].cycle.next_meeting.date"]`).inputValue(), "2026-12-10");
    await page.locator("#ondersteuning").getByLabel("MDO plannen voor").selectOption("pg");
    await page.getByTestId("add-mdo").click();
    await mdoDate(pg).fill("2026-12-17");
    return editor.save();
  });
  dated = (await setup.call("GET", "/api/board")).json;
  assert.deepEqual(dated.teams[bb].cycle.next_meeting, { ...teams[bb].cycle.next_meeting, date: "2026-12-10" }, "kind and time kept");
  assert.deepEqual(dated.teams[pg].cycle.next_meeting, { kind: "mdo", date: "2026-12-17" }, "the teamvergadering replaced");
  assert.deepEqual(without(dated.teams[pg], "cycle"), without(teams[pg], "cycle"));
  await step("remove the Peutergroep's MDO again, save", async () => {
    await page.locator(`#ondersteuning fieldset[data-path="teams[${pg}].cycle.next_meeting"]`).getByTestId("mdo-remove").click();
    return editor.save();
  });
  dated = (await setup.call("GET", "/api/board")).json;
  assert.equal(dated.teams[pg].cycle.next_meeting, undefined);
  assert.equal(dated.teams[pg].cycle.phase, teams[pg].cycle.phase, "the rest of the cycle kept");

  // A new team has no cycle: its MDO makes one, and a cycle needs a phase. The
  // server's error for it must meet her at the MDO she planned, not only under Teams.
  const fresh = dated.teams.length;
  const freshMdo = page.locator(`#ondersteuning fieldset[data-path="teams[${fresh}].cycle.next_meeting"]`);
  const phasePath = `teams[${fresh}].cycle.phase`;
  await step("an MDO for a new team without a phase: the error where she planned it", async () => {
    await page.getByTestId("add-team").click();
    await editor.field(`teams[${fresh}].name`).fill("Nieuwkomers");
    const choose = page.locator("#ondersteuning").getByLabel("MDO plannen voor");
    // the new name is offered at once, not the team's id
    await choose.selectOption({ label: "Nieuwkomers" });
    await page.getByTestId("add-mdo").click();
    await freshMdo.getByLabel("Datum").fill("2026-12-15");
    const response = await editor.clickSave();
    assert.equal(response.status(), 422);
    const note = freshMdo.locator(`[data-path="${phasePath}"] + .field-error`);
    await note.waitFor({ state: "visible" });
    assert.match(await note.innerText(), /Vul dit in/);
    assert.ok(await note.isVisible(), "the error is at the MDO row");
    assert.equal(await freshMdo.locator(`[data-path="${phasePath}"]`).getAttribute("aria-invalid"), "true");
    assert.ok(
      await page.evaluate(() => document.activeElement?.closest("section")?.id === "ondersteuning"),
      "the refused save takes her to the field in Ondersteuning",
    );
    const box = await note.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 844, "the error is on screen");
  });
  await step("the phase chosen beside the MDO, saved; Teams shows it too", async () => {
    await freshMdo.getByLabel("Fase in de cyclus").selectOption("signaleren_analyseren");
    assert.equal(await page.locator(`#teams [data-path="${phasePath}"]`).inputValue(), "signaleren_analyseren");
    assert.match(await page.locator(`#teams details.card >> nth=${fresh}`).locator("summary").innerText(), /Signaleren en analyseren/);
    return editor.save();
  });
  dated = (await setup.call("GET", "/api/board")).json;
  assert.deepEqual(dated.teams[fresh].cycle, { phase: "signaleren_analyseren", next_meeting: { kind: "mdo", date: "2026-12-15" } });
  assert.equal(dated.teams[fresh].name, "Nieuwkomers");

  console.log('a date typed as "12 dec":');
  const versionBefore = (await setup.call("GET", "/api/board")).etag;
  const error = await step('save with "12 dec" shows the error at the field', async () => {
    await editor.addAction({ what: "Oudergesprekken plannen", who: "Leerkrachten groep 8", when: "12 dec" });
    return editor.saveExpectingFieldError("actions[0].when");
  });
  assert.match(error, /12 dec/);
  assert.match(error, /2026-12-12|JJJJ|jaar/);
  assert.equal((await setup.call("GET", "/api/board")).etag, versionBefore, "nothing saved");
  if (options.screenshots) {
    await editor.page.screenshot({ path: path.join(options.screenshots, "editor-date-error-phone.png") });
    await editor.page.setViewportSize({ width: 1366, height: 900 });
    await editor.field("actions[0].when").evaluate((node) => node.scrollIntoView({ block: "center" }));
    await editor.page.screenshot({ path: path.join(options.screenshots, "editor-date-error-laptop.png") });
    await second.page.reload();
    await second.waitForEditor();
    await second.screenshots(options.screenshots, "laptop");
  }

  console.log("a board that refuses every save (403):");
  await step("the editor fetches a fresh token once, then shows the refusal", async () => {
    let puts = 0;
    const refuse = (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      puts += 1;
      return route.fulfill({
        status: 403,
        contentType: "application/json",
        body: JSON.stringify({ error: "csrf", message: "Deze aanvraag mist de beveiligingscode; laad de pagina opnieuw." }),
      });
    };
    await editor.page.route("**/api/board", refuse);
    try {
      await editor.page.getByRole("button", { name: "Opslaan" }).click();
      await editor.page.locator("#save-errors").filter({ hasText: "beveiligingscode" }).waitFor({ timeout: 10000 });
      await P.sleep(1000); // a save that kept retrying would have sent many more by now
      assert.equal(puts, 2, "the save and one retry with a fresh token, no more");
    } finally {
      await editor.page.unroute("**/api/board", refuse);
    }
    assert.equal((await setup.call("GET", "/api/board")).etag, versionBefore, "nothing saved");
  });

  console.log("version history:");
  const seedVersion = (await setup.call("GET", "/api/versions")).json.find((entry) => entry.etag === seedEtag).version;
  await second.page.reload();
  await second.waitForEditor();
  await step(`restore version ${seedVersion} (the board before the editors)`, () => second.restoreVersion(seedVersion));
  assert.deepEqual((await setup.call("GET", "/api/board")).json, seed, "the restored board is the seeded one");
  const history = (await setup.call("GET", "/api/versions")).json;
  assert.equal(history[0].restored_from, seedVersion);
  assert.ok(history.some((entry) => entry.saved_by === "Sanne") && history.some((entry) => entry.saved_by === "Bram"));

  console.log("five wrong passwords:");
  await second.logout();
  const attempts = await step("wrong password until refused", () => second.wrongPasswords(6));
  console.log(`    answers: ${attempts.map((a) => `${a.status} in ${a.ms} ms`).join(", ")}`);
  const refusedAt = attempts.findIndex((attempt) => attempt.status === 429);
  assert.ok(refusedAt >= 0 && refusedAt <= 5, "refused with 429 by the sixth attempt");
  assert.ok(attempts.slice(0, refusedAt).every((attempt) => attempt.status === 401));
  // Each failure waits longer; the password check itself varies with the load, so
  // the last two failures are compared with the first two.
  const mean = (list) => list.reduce((sum, attempt) => sum + attempt.ms, 0) / list.length;
  assert.ok(
    mean(attempts.slice(refusedAt - 2, refusedAt)) > mean(attempts.slice(0, 2)),
    "later failures are answered more slowly",
  );
  assert.match(attempts[refusedAt].shown, /Te veel mislukte pogingen/);
  const rightButRefused = await new ApiClient(base).call("POST", "/api/login", { body: { password: P.PASSWORD } });
  assert.equal(rightButRefused.status, 429, "even the right password waits now");

  console.log("a board with no password yet:");
  const barePort = await P.freePort();
  const bareFolder = path.join(folder, "bare");
  fs.mkdirSync(bareFolder);
  const bareBoard = P.startBoard(options.board, P.writeConfig(bareFolder, barePort, "", path.resolve(options["editor-dir"])));
  children.push(bareBoard);
  await bareBoard.waitForOutput(`listening on http://127.0.0.1:${barePort}`, 20);
  // The whole first run is editor_first_run_e2e_test.mjs.
  await step("the page asks for the wall's setup code and a new password", async () => {
    await editor.page.goto(`http://127.0.0.1:${barePort}/`);
    const setup = editor.page.locator("#setup");
    await setup.waitFor({ state: "visible" });
    assert.match(await setup.innerText(), /Eerste keer instellen/);
    assert.equal(await editor.page.locator("#login").isVisible(), false);
  });

  const weight = ["index.html", "editor.css", ...fs.readdirSync(options["editor-dir"]).filter((name) => name.endsWith(".js"))]
    .map((name) => fs.statSync(path.join(options["editor-dir"], name)).size)
    .reduce((sum, size) => sum + size, 0);
  console.log("\nchange the wall, step by step:");
  for (const [name, ms] of timings) console.log(`  ${String(ms).padStart(6)} ms  ${name}`);
  console.log(`page weight: ${weight} bytes (html + css + js, uncompressed)`);
});

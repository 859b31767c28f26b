// The LVS import's readers and aggregation, in node (no browser): the three
// sample exports under dashboard/api/examples/lvs must give exactly the
// aggregates make_samples.py computed on its own, and every bad input a
// Dutch message naming its row and column.
//
//   node --test tests/editor/lvs_test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// The editor's modules are browser ES modules beside no package.json; a Node
// without module detection (Debian's 18) would read them as CommonJS, so they
// are loaded from a copy that has one.
const modules = fs.mkdtempSync(path.join(os.tmpdir(), "hgw-editor-modules-"));
process.on("exit", () => fs.rmSync(modules, { recursive: true, force: true }));
for (const name of fs.readdirSync(path.join(root, "dashboard/editor")).filter((n) => n.endsWith(".js")))
  fs.copyFileSync(path.join(root, "dashboard/editor", name), path.join(modules, name));
fs.writeFileSync(path.join(modules, "package.json"), '{ "type": "module" }\n');
const load = (name) => import(pathToFileURL(path.join(modules, name)).href);
const { LvsError, decodeText, parseCsv, guessSeparator, MAX_BYTES } = await load("lvs_csv.js");
const { readXlsx, serialToDate, columnIndex, sheetRows, sharedStrings, dateStyles } = await load("lvs_xlsx.js");
const { readExport } = await load("lvs_file.js");
const A = await load("lvs_aggregate.js");
const { applyToTrends, applyToGoal } = await load("lvs_trends.js");
const samples = path.join(root, "dashboard/api/examples/lvs");
const expected = JSON.parse(fs.readFileSync(path.join(samples, "expected.json"), "utf8"));
const teams = JSON.parse(fs.readFileSync(path.join(root, "dashboard/api/demo-school.json"), "utf8")).teams;

const bytesOf = (text, encoding = "utf-8") =>
  encoding === "utf-8" ? new TextEncoder().encode(text) : Uint8Array.from(Buffer.from(text, encoding));
const win1252 = (text) => Uint8Array.from([...text].map((c) => ({ "é": 0xe9, "ë": 0xeb, "ç": 0xe7, "€": 0x80 })[c] ?? c.charCodeAt(0)));
const read = (name) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(samples, name)));
  return readExport({ name, size: bytes.length }, async () => bytes);
};
const fromText = (name, text) => {
  const bytes = typeof text === "string" ? bytesOf(text) : text;
  return readExport({ name, size: bytes.length }, async () => bytes);
};
const canonical = (cells) => cells.map((c) => JSON.stringify(c, Object.keys(c).sort())).sort();

test("Windows-1252 with é, ë and ç is read when the bytes are not UTF-8", () => {
  const { text, encoding } = decodeText(win1252("naam;plaats\nZoë;Curaçao\nRené;€\n"));
  assert.equal(encoding, "Windows-1252");
  assert.equal(text, "naam;plaats\nZoë;Curaçao\nRené;€\n");
});

test("UTF-8 with and without a BOM gives the same text", () => {
  const plain = decodeText(bytesOf("Leerling;Groep\nZoë;5A\n"));
  const bom = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf("Leerling;Groep\nZoë;5A\n")]));
  assert.equal(plain.encoding, "UTF-8");
  assert.equal(bom.text, plain.text);
  assert.deepEqual(parseCsv(bom.text).header, ["Leerling", "Groep"]);
});

test("an encoding that is neither UTF-8 nor Windows-1252 is refused with its line", () => {
  assert.throws(() => decodeText(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x81, 0x63])), /niet te lezen \(regel 3\)/);
  assert.throws(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00])), /UTF-16/);
  assert.throws(() => decodeText(Uint8Array.from([0x61, 0x00, 0x62])), /geen tekstbestand/);
});

test("quoted fields keep `;`, `\"\"` and line breaks, and rows keep their file line", () => {
  const table = parseCsv('a;b;c\r\n1;"x; y";"regel\r\nnog een"\r\n2;"zei ""ja""";\r\n\r\n');
  assert.equal(table.separator, ";");
  assert.deepEqual(table.rows, [
    { line: 2, cells: ["1", "x; y", "regel\r\nnog een"] },
    { line: 4, cells: ["2", 'zei "ja"', ""] },
  ]);
  assert.throws(() => parseCsv('a;b\n1;"open\n'), /Regel 2: een veld begint met "/);
});

test("the separator is guessed from the header: `;`, `,` or tab", () => {
  assert.equal(guessSeparator("a;b;c\n1,5;2;3"), ";");
  assert.equal(guessSeparator('a,b,"c;d"\n'), ",");
  assert.equal(guessSeparator("a\tb\tc,d\n"), "\t");
});

test("decimal commas, dates and group names as Dutch exports write them", () => {
  assert.equal(A.parseNumber("187,5"), 187.5);
  assert.equal(A.parseNumber("1.234,5"), 1234.5);
  assert.equal(A.parseNumber("42"), 42);
  assert.ok(Number.isNaN(A.parseNumber("ziek")));
  assert.equal(A.parseDate("21-01-2026"), "2026-01-21");
  assert.equal(A.parseDate("1/2/2026 09:30"), "2026-02-01");
  assert.equal(A.parseDate("2026-02-30"), null);
  assert.equal(A.normaliseGroup("groep 5a"), "5A");
  assert.equal(A.normaliseGroup("Gr. 6"), "6");
  assert.equal(A.levelRank("onder 1F"), 0);
  assert.equal(A.levelRank("1S"), A.levelRank("2F"));
  assert.ok(A.levelRank("1F") < A.levelRank("2F"));
  assert.equal(A.levelRank("3F?"), undefined);
});

test("a team listing 5 takes 5A and 5B; one listing 5A takes only 5A", () => {
  const some = [
    { id: "mb", groups: ["5", "6"] },
    { id: "a", groups: ["7A"] },
  ];
  assert.equal(A.teamOfGroup("5A", some).id, "mb");
  assert.equal(A.teamOfGroup("5B", some).id, "mb");
  assert.equal(A.teamOfGroup("7A", some).id, "a");
  assert.equal(A.teamOfGroup("7B", some), null);
  assert.equal(A.teamOfGroup("56", some), null);
});

test("XLSX pieces: shared strings with rich text, inline strings, date styles, column letters", () => {
  const strings = sharedStrings('<sst><si><t>5A</t></si><si><r><t>Rekenen &amp; </t></r><r><t xml:space="preserve">wiskunde</t></r><rPh><t>x</t></rPh></si></sst>');
  assert.deepEqual(strings, ["5A", "Rekenen & wiskunde"]);
  const dates = dateStyles('<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>');
  assert.deepEqual([...dates], [1, 3]);
  assert.equal(columnIndex("AB12"), 27);
  assert.equal(serialToDate(46043), "2026-01-21");
  assert.equal(serialToDate(46043 - 1462, true), "2026-01-21", "a 1904 workbook");
  const rows = sheetRows(
    '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>1F</t></is></c><c r="D1" s="3"><v>46043</v></c><c r="E1" s="2"><v>187.5</v></c></row><row r="2"/>',
    strings,
    dates,
  );
  assert.deepEqual(rows, [
    { line: 1, cells: ["Rekenen & wiskunde", "", "1F", "2026-01-21", "187.5"] },
    { line: 2, cells: [] },
  ]);
});

for (const name of Object.keys(expected)) {
  test(`${name}: exactly the expected aggregates, by team and by group year`, async () => {
    const table = await read(name);
    assert.equal(table.rows.length, expected[name].rows);
    const mapping = A.guessMapping(table.header);
    assert.deepEqual(A.missingColumns(mapping, { level: "1F" }), []);
    const { results, problems } = A.readResults(table, { mapping, teams, measure: { level: "1F" } });
    assert.deepEqual(problems, []);
    for (const by of ["team", "year"]) {
      const cells = A.aggregate(results, { by, measure: { level: "1F" }, minN: expected[name].min_n });
      assert.deepEqual(canonical(cells), canonical(expected[name][`by_${by}`]));
    }
  });
}

test("Cito sample: Windows-1252, pupil number chosen over the name, remarks with `;` and a line break", async () => {
  const table = await read("cito-lovs.csv");
  assert.equal(table.encoding, "Windows-1252");
  assert.equal(table.separator, ";");
  assert.ok(table.rows.some((row) => row.cells.includes("ziek; later ingehaald")));
  assert.ok(table.rows.some((row) => row.cells.some((cell) => cell.includes("\n"))));
  assert.ok(table.rows.some((row) => row.cells.includes("François")));
  const mapping = A.guessMapping(table.header);
  assert.equal(table.header[mapping.pupil], "Leerlingnummer");
  assert.equal(table.header[mapping.score], "Vaardigheidsscore");
  assert.equal(table.header[mapping.level], "Referentieniveau");
  assert.equal(table.header[mapping.moment], "Afnamemoment");
  assert.equal(table.header[mapping.date], "Afnamedatum");
});

test("XLSX sample: date cells become dates, inline strings and shared strings are read", async () => {
  const table = await read("resultaten.xlsx");
  assert.equal(table.kind, "xlsx");
  assert.deepEqual(table.header, ["Leerlingnr", "Groep", "Toets", "Moment", "Afnamedatum", "Score", "Niveau"]);
  assert.deepEqual(table.rows[0].cells.slice(1, 5), ["6A", "Rekenen", "M6", "2026-01-19"]);
  assert.match(table.rows[0].cells[6], /^(<1F|1F|2F)$/);
});

test("a pupil tested twice on one moment counts once, with the latest result", () => {
  const row = (line, date, level) => ({ line, pupil: "p1", group: "5A", team: "mb", subject: "Rekenen", moment: "M5", date, score: null, level });
  const others = Array.from({ length: 9 }, (_, i) => ({ ...row(10 + i, "2026-01-20", 0), pupil: `q${i}` }));
  const [cell] = A.aggregate([row(2, "2026-01-27", 1), row(3, "2026-01-20", 0), ...others], { minN: 10 });
  assert.equal(cell.n, 10);
  assert.equal(cell.percent, 10);
  assert.equal(cell.date, "2026-01-27");
});

test("a cell under min_n is not computed at all", () => {
  const rows = Array.from({ length: 9 }, (_, i) => ({ line: i + 2, pupil: `p${i}`, group: "4", team: "ob", subject: "Rekenen", moment: "M4", date: "2026-01-20", score: 200, level: 1 }));
  assert.deepEqual(A.aggregate(rows, { minN: 10 }), [
    { by: "team", team: "ob", group: null, subject: "Rekenen", moment: "M4", date: "2026-01-20", n: 9, suppressed: true },
  ]);
  assert.equal(A.aggregate(rows, { minN: 9 })[0].percent, 100);
  assert.equal(A.effectiveMinN({ min_n: 3 }), 5);
  assert.equal(A.effectiveMinN(undefined), 10);
});

test("a score threshold instead of a level", () => {
  const rows = [190, 200, 210, 220].map((score, i) => ({ line: i + 2, pupil: `p${i}`, group: "5A", team: "mb", subject: "R", moment: "M5", date: "2026-01-20", score, level: null }));
  const [cell] = A.aggregate(rows, { measure: { threshold: 200 }, minN: 4 });
  assert.equal(cell.percent, 75);
  assert.equal(cell.mean, 205);
});

const header = "Leerlingnummer;Groep;Toets;Afnamemoment;Afnamedatum;Score;Niveau\n";
async function problemsOf(body, options = {}) {
  const table = await fromText("x.csv", header + body);
  return A.readResults(table, { mapping: A.guessMapping(table.header), teams, measure: { level: "1F" }, ...options });
}

test("bad rows: each listed with its line, its column and why, in Dutch", async () => {
  const { results, problems, unknownGroups } = await problemsOf(
    [
      "1;5A;Rekenen;M5;20-01-2026;200;1F", // line 2: good
      ";;;;;;", // 3: empty
      "2;5A;Rekenen", // 4: short
      "3;5A;Rekenen;M5;20-01-2026;ziek;1F", // 5: score
      "4;5A;Rekenen;M5;20-01-2026;200;3F", // 6: level
      "5;9C;Rekenen;M5;20-01-2026;200;1F", // 7: group
      "6;5A;Rekenen;M5;;200;1F", // 8: moment without date
      "7;5A;Rekenen;M5;31-02-2026;200;1F", // 9: no such date
      "Groepsgemiddelde;5A;Rekenen;M5;20-01-2026;201,5;1F", // 10: an average, no pupil
      "Totaal;5A;Rekenen;M5;20-01-2026;;", // 11: a total
    ].join("\n"),
  );
  assert.equal(results.length, 1);
  assert.deepEqual(
    problems.map((p) => p.message),
    [
      "Regel 3: de regel is leeg.",
      "Regel 4, kolom ‘Afnamedatum’: de regel is te kort (3 van de 7 velden); deze kolom ontbreekt.",
      "Regel 5, kolom ‘Score’: ‘ziek’ is geen getal.",
      "Regel 6, kolom ‘Niveau’: ‘3F’ is geen bekend niveau (verwacht: onder 1F, 1F, 2F of 1S).",
      "Regel 7, kolom ‘Groep’: groep ‘9C’ hoort bij geen team van het prikbord. Koppel de groep aan een team of sla hem over.",
      "Regel 8, kolom ‘Afnamedatum’: het toetsmoment ‘M5’ heeft geen datum.",
      "Regel 9, kolom ‘Afnamedatum’: ‘31-02-2026’ is geen datum (schrijf 20-01-2027 of 2027-01-20).",
      "Regel 10, kolom ‘Leerlingnummer’: ‘Groepsgemiddelde’ is geen leerling maar een regel met een gemiddelde of totaal.",
      "Regel 11, kolom ‘Leerlingnummer’: ‘Totaal’ is geen leerling maar een regel met een gemiddelde of totaal.",
    ],
  );
  assert.deepEqual(unknownGroups, [{ group: "9C", rows: 1 }]);
});

test("an unknown group mapped to a team is used; one skipped is left out without a problem", async () => {
  const body = "1;9C;Rekenen;M5;20-01-2026;200;1F\n";
  assert.equal((await problemsOf(body, { groupMap: { "9C": "bb" } })).results[0].team, "bb");
  const skipped = await problemsOf(body, { groupMap: { "9C": "" } });
  assert.deepEqual([skipped.results.length, skipped.problems.length], [0, 0]);
});

test("a file without the needed columns is refused whole, naming them", async () => {
  const table = await fromText("x.csv", "Naam;Klas;Cijfer\nZoë;5A;7\n");
  const mapping = A.guessMapping(table.header);
  assert.throws(
    () => A.readResults(table, { mapping, teams }),
    (error) => error instanceof LvsError && /‘Vak of toets’/.test(error.message) && /‘Afnamedatum’/.test(error.message),
  );
});

test("files of another kind, renamed, and files over 20 MB are refused before reading", async () => {
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  await assert.rejects(fromText("export.csv", zip), /geen CSV-bestand/);
  await assert.rejects(fromText("export.xlsx", "Leerling;Groep\n1;5A\n"), /geen Excel-bestand/);
  await assert.rejects(fromText("export.xlsx", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1])), /oud Excel-bestand/);
  await assert.rejects(fromText("export.csv", bytesOf("%PDF-1.7\n")), /PDF/);
  await assert.rejects(fromText("export.docx", "x"), /‘\.docx’/);
  await assert.rejects(fromText("leeg.csv", new Uint8Array(0)), /leeg/);
  let read = false;
  await assert.rejects(
    readExport({ name: "groot.csv", size: MAX_BYTES + 1 }, async () => ((read = true), new Uint8Array(0))),
    /20,0 MB|20\.0 MB; het maximum is 20 MB/,
  );
  assert.equal(read, false, "a file over 20 MB is not read at all");
});

test("an XLSX whose sheet is damaged says so", async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(samples, "resultaten.xlsx")));
  const cut = bytes.slice(0, bytes.length - 30);
  await assert.rejects(readXlsx(cut), LvsError);
});

test("the mapping is remembered under the header set only", () => {
  const key = A.headerKey(["Leerlingnummer", "Groep", "Toets"]);
  assert.equal(key, "hgw-lvs-mapping:leerlingnummer|groep|toets");
});

test("aggregates become trend points: new series, a corrected moment, suppressed cells never written", async () => {
  const doc = {
    teams,
    trends: [
      { id: "t-rek-bb", team: "bb", subject: "rekenen", title: "Rekenen — % op of boven 1F", unit: "percent", points: [{ label: "M8", date: "2026-11-18", value: 87, n: 52 }] },
      { id: "t-rek-bb-2f", team: "bb", subject: "rekenen", title: "Rekenen — % op of boven 2F/1S", unit: "percent", points: [{ label: "M8", date: "2026-11-18", value: 55, n: 52 }] },
    ],
  };
  const cells = [
    { by: "team", team: "bb", group: null, subject: "Rekenen", moment: "M8", date: "2026-11-20", n: 50, suppressed: false, percent: 88.5, mean: 210 },
    { by: "team", team: "bb", group: null, subject: "Rekenen", moment: "E7", date: "2026-06-10", n: 51, suppressed: false, percent: 80, mean: 200 },
    { by: "team", team: "mb", group: null, subject: "Begrijpend lezen", moment: "M5", date: "2026-01-21", n: 23, suppressed: false, percent: 70, mean: 190 },
    { by: "team", team: "ob", group: null, subject: "Begrijpend lezen", moment: "M4", date: "2026-01-21", n: 7, suppressed: true },
  ];
  const summary = applyToTrends(doc, cells, { measure: { level: "1F" } });
  assert.deepEqual(summary, { created: ["Begrijpend lezen Middenbouw — % op of boven 1F"], added: 2, corrected: 1 });
  assert.deepEqual(doc.trends[0].points, [
    { label: "E7", date: "2026-06-10", value: 80, n: 51 },
    { label: "M8", date: "2026-11-20", value: 88.5, n: 50 },
  ]);
  assert.deepEqual(doc.trends[1].points, [{ label: "M8", date: "2026-11-18", value: 55, n: 52 }], "a 2F/1S series is not a 1F one");
  assert.deepEqual(doc.trends[2], {
    id: "lvs-mb-begrijpend_lezen-1f",
    team: "mb",
    subject: "begrijpend_lezen",
    title: "Begrijpend lezen Middenbouw — % op of boven 1F",
    unit: "percent",
    points: [{ label: "M5", date: "2026-01-21", value: 70, n: 23 }],
  });
  assert.equal(doc.trends.length, 3, "the suppressed team got no series");
  const goal = { id: "g", measure: { unit: "percent", baseline: 60, target: 80 } };
  assert.equal(applyToGoal(goal, cells[3]), false);
  assert.equal(applyToGoal(goal, cells[2]), true);
  assert.deepEqual(goal.measure, { unit: "percent", baseline: 60, current: 70, target: 80, n: 23, current_on: "2026-01-21" });
});

test("the samples are what make_samples.py writes today", async () => {
  const { spawnSync } = await import("node:child_process");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "lvs-samples-"));
  const run = spawnSync("/usr/bin/python3", [path.join(samples, "make_samples.py"), "--out", out], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  for (const name of ["cito-lovs.csv", "boom-lvs.csv", "resultaten.xlsx", "expected.json"])
    assert.ok(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(samples, name))), `${name} is up to date`);
  fs.rmSync(out, { recursive: true, force: true });
});

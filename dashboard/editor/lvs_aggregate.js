// From pupil rows to the figures the wall may show: which column holds what
// (guessed from the headers), which team a group belongs to, and per team or
// group year × subject × moment: n distinct pupils, % at or above a level or
// score, mean score. Cells over fewer than min_n pupils are not computed at all.
// Pure functions; the rows never leave this module except as counts.

import { LvsError } from "./lvs_csv.js";

// [key, Dutch name, header patterns]; the first pattern that matches wins, so
// a pupil number goes before a name.
export const fields = [
  ["pupil", "Leerling (nummer of naam)", [/leerlingn(umme)?r|llnr|leerling ?id|studentn/, /^leerling$|leerlingnaam|^naam$|achternaam|^roepnaam/]],
  ["group", "Groep", [/^(jaar)?groep$|^groepsnaam|^klas$|^groep\b/]],
  ["subject", "Vak of toets", [/^vak|^toets$|^toetsnaam|^leergebied|^domein|^onderdeel|^toets\b(?!.*(moment|datum|niveau|score))/]],
  ["moment", "Toetsmoment", [/moment|^periode|^afname$/]],
  ["date", "Afnamedatum", [/datum|^date/]],
  ["score", "Score", [/vaardigheidsscore|^score|^vs$|standaardscore|ruwe ?score/]],
  ["level", "Niveau (1F, 2F, 1S)", [/referentieniveau|^niveau|^ref\.? ?niveau|f-?niveau|beheersingsniveau/]],
];
export const fieldName = (key) => fields.find(([k]) => k === key)[1];

const simplify = (header) => header.toLowerCase().replace(/[_.\-]+/g, " ").replace(/\s+/g, " ").trim();

// header -> {pupil: index, group: index, ...}; a field without a column is absent.
export function guessMapping(header) {
  const mapping = {};
  const taken = new Set();
  for (const [key, , patterns] of fields) {
    for (const pattern of patterns) {
      const index = header.findIndex((name, i) => !taken.has(i) && pattern.test(simplify(name)));
      if (index >= 0) {
        mapping[key] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

// The key a mapping is remembered under: the header set, not any data.
export function headerKey(header) {
  return `hgw-lvs-mapping:${header.map(simplify).join("|")}`;
}

// What a mapping still lacks for the chosen measure; Dutch, one line each.
export function missingColumns(mapping, measure) {
  const needed = ["pupil", "group", "subject", "date", measure?.threshold !== undefined ? "score" : "level"];
  return needed
    .filter((key) => mapping[key] === undefined)
    .map((key) => `Kies welke kolom ‘${fieldName(key)}’ bevat: zonder die kolom kan er niets berekend worden.`);
}

// Reference levels in order; 2F and 1S are one step (the inspectie's "1S/2F").
export const levelChoices = [
  ["1F", "1F of hoger"],
  ["2F", "2F/1S of hoger"],
];
export function levelRank(text) {
  const compact = text.toUpperCase().replace(/\s+/g, "");
  if (compact === "1F") return 1;
  if (/^(2F|1S|2F\/1S|1S\/2F)$/.test(compact)) return 2;
  if (/^(<1F|ONDER1F|NIET1F|BENEDEN1F|GEEN|-|NIETBEHAALD|<F1)$/.test(compact)) return 0;
  return undefined;
}

// "512,5" and "512.5" -> 512.5; "1.234,5" -> 1234.5; anything else -> NaN.
export function parseNumber(text) {
  let t = text.trim().replace(/\s/g, "");
  if (t.includes(",") && t.includes(".")) t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(",", ".");
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function validDate(y, m, d) {
  const days = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}
// "2026-01-20", "20-01-2026", "20/1/2026", "20.01.2026" (a time after it is ignored) -> "2026-01-20" or null.
export function parseDate(text) {
  const t = text.trim().split(/[ T]/)[0];
  let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  let y, mo, d;
  if (m) [y, mo, d] = [m[1], m[2], m[3]].map(Number);
  else if ((m = t.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) [d, mo, y] = [m[1], m[2], m[3]].map(Number);
  else return null;
  if (!validDate(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// "groep 5a", "Gr. 5A", "5 a" -> "5A"; "Peuters" -> "PEUTERS".
export function normaliseGroup(text) {
  return text
    .trim()
    .replace(/^(groep|gr\.?|jaargroep|klas)\s*/i, "")
    .replace(/\s+/g, "")
    .toUpperCase();
}
export const groupYear = (group) => group.match(/^\d+/)?.[0] ?? group;

// A team listing "5" takes "5A" and "5B"; a team listing "5A" takes only 5A.
export function teamOfGroup(group, teams) {
  for (const team of teams || []) {
    for (const listed of team.groups || []) {
      const own = normaliseGroup(String(listed));
      if (own === group || (/^\d+$/.test(own) && group.startsWith(own) && /^[A-Z]*$/.test(group.slice(own.length))))
        return team;
    }
  }
  return null;
}

// Without a moment column: B, M or E by the month of the test, and the school year.
export function momentOfDate(date) {
  const [year, month] = date.split("-").map(Number);
  const letter = month >= 8 && month <= 11 ? "B" : month >= 4 && month <= 7 ? "E" : "M";
  const start = month >= 8 ? year : year - 1;
  return `${letter} ${String(start % 100).padStart(2, "0")}-${String((start + 1) % 100).padStart(2, "0")}`;
}

const summaryRow = /gemiddelde|^(totaal|landelijk|norm)\b|^(groep|school)\s*(totaal|score)?$/i;

// table: {header, rows}; options: {mapping, teams, groupMap: {group: teamId | ""}, measure: {level} | {threshold}}
// -> {results: [{line, pupil, group, team, subject, moment, date, score, level}], problems, unknownGroups}
export function readResults(table, { mapping, teams = [], groupMap = {}, measure = { level: "1F" } }) {
  const missing = missingColumns(mapping, measure);
  if (missing.length) throw new LvsError(missing.join(" "));
  const column = (key) => `kolom ‘${table.header[mapping[key]] || fieldName(key)}’`;
  const results = [];
  const problems = [];
  const unknownGroups = new Map();
  const usesScore = measure.threshold !== undefined;
  // An export repeats a few groups, dates and levels over thousands of rows:
  // each distinct text is read once.
  const once = (read) => {
    const seen = new Map();
    return (text) => {
      if (!seen.has(text)) seen.set(text, read(text));
      return seen.get(text);
    };
  };
  const groupOf = once(normaliseGroup);
  const teamOf = once((group) => teamOfGroup(group, teams));
  const dateOf = once(parseDate);
  const rankOf = once(levelRank);
  for (const { line, cells } of table.rows) {
    const problem = (key, text) => problems.push({ line, column: key && table.header[mapping[key]], message: `Regel ${line}${key ? `, ${column(key)}` : ""}: ${text}` });
    if (cells.every((cell) => cell.trim() === "")) {
      problem(null, "de regel is leeg.");
      continue;
    }
    const value = (key) => (mapping[key] === undefined ? "" : (cells[mapping[key]] ?? "").trim());
    const short = ["pupil", "group", "subject", "date", usesScore ? "score" : "level"].find(
      (key) => mapping[key] >= cells.length,
    );
    if (short) {
      problem(short, `de regel is te kort (${cells.length} van de ${table.header.length} velden); deze kolom ontbreekt.`);
      continue;
    }
    const pupil = value("pupil");
    if (!pupil) {
      problem("pupil", "geen leerling ingevuld.");
      continue;
    }
    // Some exports close a group with its average or total: counted as a pupil,
    // it would change n and the percentage without anyone seeing it.
    if (summaryRow.test(pupil)) {
      problem("pupil", `‘${pupil}’ is geen leerling maar een regel met een gemiddelde of totaal.`);
      continue;
    }
    const groupText = value("group");
    if (!groupText) {
      problem("group", "geen groep ingevuld.");
      continue;
    }
    const group = groupOf(groupText);
    let team = null;
    if (group in groupMap) {
      if (groupMap[group] === "") continue; // she chose to skip this group
      team = teams.find((t) => t.id === groupMap[group]) || null;
    } else team = teamOf(group);
    if (!team) {
      unknownGroups.set(group, (unknownGroups.get(group) || 0) + 1);
      problem("group", `groep ‘${groupText}’ hoort bij geen team van het prikbord. Koppel de groep aan een team of sla hem over.`);
      continue;
    }
    const subject = value("subject");
    if (!subject) {
      problem("subject", "geen vak of toets ingevuld.");
      continue;
    }
    const momentText = value("moment");
    const dateText = value("date");
    if (!dateText) {
      problem("date", momentText ? `het toetsmoment ‘${momentText}’ heeft geen datum.` : "geen afnamedatum ingevuld.");
      continue;
    }
    const date = dateOf(dateText);
    if (!date) {
      problem("date", `‘${dateText}’ is geen datum (schrijf 20-01-2027 of 2027-01-20).`);
      continue;
    }
    let score = null;
    const scoreText = value("score");
    if (scoreText) {
      score = parseNumber(scoreText);
      if (Number.isNaN(score)) {
        problem("score", `‘${scoreText}’ is geen getal.`);
        continue;
      }
    } else if (usesScore) {
      problem("score", "geen score ingevuld.");
      continue;
    }
    let level = null;
    const levelText = value("level");
    if (levelText) {
      level = rankOf(levelText);
      if (level === undefined) {
        problem("level", `‘${levelText}’ is geen bekend niveau (verwacht: onder 1F, 1F, 2F of 1S).`);
        continue;
      }
    } else if (!usesScore) {
      problem("level", "geen niveau ingevuld.");
      continue;
    }
    results.push({ line, pupil: pupil.toLowerCase(), group, team: team.id, subject, moment: momentText || momentOfDate(date), date, score, level });
  }
  return { results, problems, unknownGroups: [...unknownGroups].map(([group, rows]) => ({ group, rows })) };
}

export function effectiveMinN(privacy) {
  const given = privacy?.min_n;
  if (given === undefined || given === null) return 10;
  return Math.max(5, given);
}

const round1 = (x) => Math.round(x * 10) / 10;

// results -> cells [{by, team, group, subject, moment, date, n, suppressed, percent, mean}],
// sorted by team or group, subject and date. by: "team" | "year".
export function aggregate(results, { by = "team", measure = { level: "1F" }, minN = 10 } = {}) {
  const cells = new Map();
  for (const result of results) {
    const group = by === "year" ? groupYear(result.group) : null;
    const key = [by === "team" ? result.team : group, result.subject.toLowerCase(), result.moment].join("\u0000");
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { team: result.team, group, subject: result.subject, moment: result.moment, pupils: new Map() }));
    const earlier = cell.pupils.get(result.pupil);
    // a retake on the same moment: the latest counts (by date, then by row)
    if (!earlier || result.date > earlier.date || (result.date === earlier.date && result.line > earlier.line))
      cell.pupils.set(result.pupil, result);
  }
  const out = [];
  for (const cell of cells.values()) {
    const pupils = [...cell.pupils.values()];
    const date = pupils.reduce((latest, r) => (r.date > latest ? r.date : latest), "");
    const row = { by, team: cell.team, group: cell.group, subject: cell.subject, moment: cell.moment, date, n: pupils.length };
    if (pupils.length < minN) {
      out.push({ ...row, suppressed: true });
      continue;
    }
    const reached = (r) =>
      measure.threshold !== undefined ? r.score >= measure.threshold : r.level >= levelRank(measure.level);
    const judged = pupils.filter((r) => (measure.threshold !== undefined ? r.score !== null : r.level !== null));
    const scored = pupils.filter((r) => r.score !== null);
    out.push({
      ...row,
      suppressed: false,
      percent: judged.length ? round1((100 * judged.filter(reached).length) / judged.length) : null,
      mean: scored.length ? round1(scored.reduce((sum, r) => sum + r.score, 0) / scored.length) : null,
    });
  }
  const unitOf = (c) => (by === "team" ? c.team : c.group.padStart(3, "0"));
  return out.sort(
    (a, b) =>
      unitOf(a).localeCompare(unitOf(b)) || a.subject.localeCompare(b.subject) || a.date.localeCompare(b.date) || a.moment.localeCompare(b.moment),
  );
}

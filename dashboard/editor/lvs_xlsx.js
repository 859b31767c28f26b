// Reading the first sheet of an XLSX with what the browser (and node) has:
// the ZIP's central directory by hand, DecompressionStream('deflate-raw') to
// unpack, and a small reader for the few SpreadsheetML elements a results
// export uses (no DOMParser, so the same code runs under `node --test`).

import { LvsError } from "./lvs_csv.js";

const u16 = (b, at) => b[at] | (b[at + 1] << 8);
const u32 = (b, at) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

// bytes -> Map(name -> {method, offset, size}) from the central directory.
export function zipEntries(bytes) {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new LvsError("Dit is geen Excel-bestand (.xlsx): de inhoudsopgave van het bestand ontbreekt. Is het beschadigd of hernoemd?");
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries = new Map();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== 0x02014b50) throw new LvsError("Dit Excel-bestand is beschadigd (inhoudsopgave klopt niet).");
    const method = u16(bytes, at + 10);
    const size = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { method, local, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflateRaw(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function unzipText(bytes, entries, name) {
  const entry = entries.get(name);
  if (!entry) return null;
  const at = entry.local;
  if (u32(bytes, at) !== 0x04034b50) throw new LvsError(`Dit Excel-bestand is beschadigd (${name}).`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.size);
  let raw;
  if (entry.method === 0) raw = data;
  else if (entry.method === 8) {
    try {
      raw = await inflateRaw(data);
    } catch {
      throw new LvsError(`Dit Excel-bestand is beschadigd: ${name} is niet uit te pakken.`);
    }
  } else throw new LvsError(`Dit Excel-bestand gebruikt een onbekende compressie (${entry.method}).`);
  return new TextDecoder().decode(raw);
}

const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name[0] === "#")
      return String.fromCodePoint(name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });
}

const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

// All <t> texts of a string item (<si> or <is>), rich-text runs joined, phonetic runs left out.
function itemText(xml) {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) text += match[1] ?? "";
  return unescapeXml(text);
}

export function sharedStrings(xml) {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((match) => itemText(match[1] ?? ""));
}

// Which cell styles (s="n") show a date: built-in formats 14-22 and 45-47, or
// a custom format with d, m or y outside quotes and brackets.
export function dateStyles(xml) {
  const dates = new Set();
  if (!xml) return dates;
  const custom = new Map();
  for (const match of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId"));
    const code = unescapeXml(attribute(match[0], "formatCode") || "")
      .replace(/"[^"]*"|\[[^\]]*\]/g, "")
      .toLowerCase();
    custom.set(id, /[dmy]/.test(code) && !/^[#0.,%\s]*$/.test(code));
  }
  const xfs = xml.match(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] || "";
  [...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((match, index) => {
    const id = Number(attribute(match[0], "numFmtId") || 0);
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || custom.get(id)) dates.add(index);
  });
  return dates;
}

// Excel's day 0 is 1899-12-30 (it counts the 1900 leap day that never was);
// a workbook from an old Mac counts from 1904-01-01, 1462 days later.
export function serialToDate(serial, date1904 = false) {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400) * 1000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function columnIndex(ref) {
  let index = 0;
  for (const char of ref.match(/^[A-Z]+/)?.[0] || "") index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

// A sheet's rows as [{line, cells}] with cells as the text Excel would show for
// strings and numbers (dates as YYYY-MM-DD).
export function sheetRows(xml, strings, dates, date1904 = false) {
  const rows = [];
  for (const rowMatch of xml.matchAll(/<row\b((?:[^>/]|\/(?!>))*)>([\s\S]*?)<\/row>|<row\b([^>]*)\/>/g)) {
    const line = Number(attribute(rowMatch[1] ?? rowMatch[3], "r")) || rows.length + 1;
    const cells = [];
    let next = 0;
    for (const cellMatch of (rowMatch[2] || "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = cellMatch[1];
      const body = cellMatch[2] || "";
      const ref = attribute(tag, "r");
      const column = ref ? columnIndex(ref) : next;
      next = column + 1;
      const type = attribute(tag, "t") || "n";
      const value = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      let text = "";
      if (type === "s") text = strings[Number(value)] ?? "";
      else if (type === "inlineStr") text = itemText(body.match(/<is>([\s\S]*?)<\/is>/)?.[1] || "");
      else if (type === "str" || type === "e") text = unescapeXml(value ?? "");
      else if (type === "b") text = value === "1" ? "WAAR" : "ONWAAR";
      else if (value !== undefined) {
        const style = Number(attribute(tag, "s") || 0);
        text = dates.has(style) ? serialToDate(Number(value), date1904) : String(Number(value));
      }
      while (cells.length < column) cells.push("");
      cells[column] = text;
    }
    rows.push({ line, cells });
  }
  return rows;
}

// The first sheet in the workbook's order.
async function firstSheetName(bytes, entries, workbook) {
  const rels = await unzipText(bytes, entries, "xl/_rels/workbook.xml.rels");
  const sheet = workbook?.match(/<sheet\b[^>]*>/)?.[0];
  const id = sheet && attribute(sheet, "r:id");
  const rel = id && [...(rels || "").matchAll(/<Relationship\b[^>]*>/g)].find((m) => attribute(m[0], "Id") === id);
  const target = rel && attribute(rel[0], "Target");
  if (target) return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  return [...entries.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort()[0];
}

// bytes -> {header, rows} as parseCsv gives them.
export async function readXlsx(bytes) {
  if (u32(bytes, 0) !== 0x04034b50) throw new LvsError("Dit is geen Excel-bestand (.xlsx). Is het hernoemd? Kies de export zoals het LVS hem gaf.");
  const entries = zipEntries(bytes);
  const workbook = await unzipText(bytes, entries, "xl/workbook.xml");
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook || "");
  const name = await firstSheetName(bytes, entries, workbook);
  const xml = name && (await unzipText(bytes, entries, name));
  if (!xml) throw new LvsError("In dit Excel-bestand staat geen werkblad. Is het een .xlsx van het LVS?");
  const strings = sharedStrings(await unzipText(bytes, entries, "xl/sharedStrings.xml"));
  const dates = dateStyles(await unzipText(bytes, entries, "xl/styles.xml"));
  const rows = sheetRows(xml, strings, dates, date1904);
  const blank = (row) => row.cells.every((value) => value.trim() === "");
  while (rows.length && blank(rows[0])) rows.shift();
  while (rows.length > 1 && blank(rows.at(-1))) rows.pop();
  const headerRow = rows.shift();
  if (!headerRow) throw new LvsError("Het werkblad is leeg: er staat geen kopregel met kolomnamen in.");
  return { separator: null, header: headerRow.cells.map((cell) => cell.trim()), rows };
}

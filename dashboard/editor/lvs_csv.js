// Reading a results export (CSV) as Dutch Excel and the LVS packages write it:
// `;`, `,` or tab between fields, UTF-8 with or without BOM or Windows-1252,
// quoted fields that may hold the separator and line breaks. Runs in the
// browser and in node; nothing here leaves the kc'er's computer.

export const MAX_BYTES = 20 * 1024 * 1024;

// A problem with the whole file: nothing of it can be used.
export class LvsError extends Error {}

// Windows-1252 leaves these five bytes undefined; a file holding them is not
// text in any encoding Excel writes.
const undefined1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// bytes: Uint8Array -> {text, encoding}
export function decodeText(bytes) {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new LvsError(
      "Dit bestand is opgeslagen als Unicode (UTF-16). Sla het in Excel op als ‘CSV UTF-8 (met scheidingstekens)’ en kies het opnieuw.",
    );
  const probe = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (probe.includes(0))
    throw new LvsError("Dit is geen tekstbestand (CSV): er staan binaire gegevens in. Kies de export als .csv of .xlsx.");
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "UTF-8" };
  } catch {
    // not UTF-8: Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)" is Windows-1252
  }
  for (let i = 0; i < bytes.length; i++) {
    if (undefined1252.has(bytes[i])) {
      const line = 1 + bytes.subarray(0, i).reduce((count, byte) => count + (byte === 10 ? 1 : 0), 0);
      throw new LvsError(
        `De tekens in dit bestand zijn niet te lezen (regel ${line}): het is geen UTF-8 en geen Windows-1252. Sla het in Excel op als ‘CSV UTF-8’.`,
      );
    }
  }
  return { text: fixC1(new TextDecoder("windows-1252").decode(bytes)), encoding: "Windows-1252" };
}

// Node's TextDecoder("windows-1252") decodes 0x80-0x9F as Latin-1 control
// characters (browsers give €, ‘, …); map them as Windows-1252 does.
const c1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function fixC1(text) {
  return text.replace(/[\u0080-\u009f]/g, (char) => c1[char.charCodeAt(0) - 0x80]);
}

// The separator is the one of `;`, tab and `,` the header line (outside quotes) has most of.
export function guessSeparator(text) {
  const counts = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ";";
}

// text -> {separator, header: [..], rows: [{line, cells: [..]}]}; `line` is the
// file's line where the record starts (1 = the header), as Excel numbers rows.
export function parseCsv(text, separator = guessSeparator(text)) {
  const records = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const n = text.length;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    records.push({ line: startLine, cells });
    cells = [];
  };
  while (i < n) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
      i++;
      continue;
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === separator) endCell();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      startLine = line;
    } else cell += char;
    i++;
  }
  if (quoted) throw new LvsError(`Regel ${startLine}: een veld begint met " maar het sluitende " ontbreekt.`);
  if (cell !== "" || cells.length) endRecord();
  const blank = (record) => record.cells.every((value) => value.trim() === "");
  while (records.length > 1 && blank(records.at(-1))) records.pop(); // Excel's trailing ";;;;" lines
  const all = records;
  const headerRecord = all.shift();
  if (!headerRecord || headerRecord.cells.every((c) => c.trim() === ""))
    throw new LvsError("Het bestand is leeg: er staat geen kopregel met kolomnamen in.");
  const header = headerRecord.cells.map((name) => name.trim().replace(/^\uFEFF/, ""));
  return { separator, header, rows: all.map(({ line: at, cells: values }) => ({ line: at, cells: values })) };
}

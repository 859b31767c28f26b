// One chosen export file -> its table, whatever kind it is; refuses what is
// too large or not what its name says before reading any of it as data.

import { LvsError, MAX_BYTES, decodeText, parseCsv } from "./lvs_csv.js";
import { readXlsx } from "./lvs_xlsx.js";

const startsWith = (bytes, ...signature) => signature.every((byte, i) => bytes[i] === byte);

// file: {name, size}; read(): Promise<Uint8Array>. -> {kind, encoding, separator, header, rows}
export async function readExport(file, read) {
  if (file.size > MAX_BYTES)
    throw new LvsError(
      `Dit bestand is ${(file.size / 1024 / 1024).toFixed(1)} MB; het maximum is 20 MB. Exporteer minder toetsen of één schooljaar tegelijk.`,
    );
  const bytes = await read();
  if (bytes.length === 0) throw new LvsError("Dit bestand is leeg.");
  const zip = startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
  const oldExcel = startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);
  const pdf = startsWith(bytes, 0x25, 0x50, 0x44, 0x46);
  const extension = (file.name.match(/\.([^.]+)$/)?.[1] || "").toLowerCase();
  if (oldExcel)
    throw new LvsError("Dit is een oud Excel-bestand (.xls). Sla het in Excel op als ‘Excel-werkmap (.xlsx)’ of als CSV en kies het opnieuw.");
  if (pdf) throw new LvsError("Dit is een PDF, geen export met toetsresultaten. Kies een .csv- of .xlsx-bestand uit het LVS.");
  if (extension === "xlsx" || (zip && extension !== "csv")) {
    if (!zip) throw new LvsError("Dit is geen Excel-bestand (.xlsx), al heet het zo. Kies de export zoals het LVS hem gaf.");
    return { kind: "xlsx", encoding: null, ...(await readXlsx(bytes)) };
  }
  if (zip) throw new LvsError("Dit is geen CSV-bestand, al heet het zo: het is een ZIP- of Excel-bestand. Hernoem het naar .xlsx of kies de CSV-export.");
  if (extension !== "csv" && extension !== "txt" && extension !== "tsv")
    throw new LvsError(`Bestanden van het soort ‘.${extension || "?"}’ kan de editor niet lezen. Kies een .csv- of .xlsx-bestand.`);
  const { text, encoding } = decodeText(bytes);
  return { kind: "csv", encoding, ...parseCsv(text) };
}

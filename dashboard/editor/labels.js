// Dutch labels for the format's keys (docs/ARCHITECTURE.md).

export const phases = [
  ["signaleren_analyseren", "Signaleren en analyseren"],
  ["behoeften_formuleren", "Behoeften en aanhaakactie formuleren"],
  ["plannen_uitvoeren", "Aanbod plannen en uitvoeren"],
  ["evalueren_aanscherpen", "Evalueren en aanscherpen"],
];

export const meetingKinds = [
  ["groepsbespreking", "Groepsbespreking"],
  ["leerlingbespreking", "Leerlingbespreking"],
  ["mdo", "MDO (multidisciplinair overleg)"],
  ["trendanalyse", "Trendanalyse"],
  ["teamvergadering", "Teamvergadering"],
];

export const actionStatuses = [
  ["open", "Open"],
  ["bezig", "Bezig"],
  ["gereed", "Gereed"],
];

export const roles = [
  ["", "Geen rol"],
  ["leercoordinator", "Leercoördinator"],
  ["trendanalist", "Trendanalist"],
  ["zorgregisseur", "Zorgregisseur"],
];

export const pages = [
  ["overzicht", "Overzicht"],
  ["cyclus", "Cyclus"],
  ["doelen", "Doelen"],
  ["trends", "Trends"],
  ["acties", "Acties"],
  ["ondersteuning", "Ondersteuning"],
];

export const days = [
  ["ma", "maandag"],
  ["di", "dinsdag"],
  ["wo", "woensdag"],
  ["do", "donderdag"],
  ["vr", "vrijdag"],
  ["za", "zaterdag"],
  ["zo", "zondag"],
];

export function labelOf(list, key) {
  return list.find(([value]) => value === key)?.[1] ?? key ?? "";
}

const dateFormat = new Intl.DateTimeFormat("nl-NL", { weekday: "short", day: "numeric", month: "short" });

// "2026-12-10" -> "do 10 dec"; anything else as typed.
export function shortDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text || "")) return text || "";
  const [year, month, day] = text.split("-").map(Number);
  return dateFormat.format(new Date(year, month - 1, day));
}

// The wall's short months (core's i18n), without Intl's trailing dots ("dec.").
const shortMonths = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const dateParts = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text || "") ? text.split("-").map(Number) : null);

// As the wall writes a measurement's day: "18 nov", with the year only when it
// is not this year's ("7 sep ’25"); anything else as typed.
export function dayMonth(text, today = new Date()) {
  const parts = dateParts(text);
  if (!parts) return text || "";
  const [year, month, day] = parts;
  const short = `${day} ${shortMonths[month - 1]}`;
  return year === today.getFullYear() ? short : `${short} ’${String(year % 100).padStart(2, "0")}`;
}

// As the wall writes a target's month: "jun ’27".
export function monthYear(text) {
  const parts = dateParts(text);
  if (!parts) return text || "";
  return `${shortMonths[parts[1] - 1]} ’${String(parts[0] % 100).padStart(2, "0")}`;
}

// A goal's measure in one line, each figure with its date as the wall shows it:
// "81% op 21 jan → 87% op 18 nov → 90% in jun ’27"; decimals with a comma.
export function measureSummary(measure, today = new Date()) {
  if (!measure) return "";
  const figure = (value) =>
    value === undefined || value === null
      ? "?"
      : `${typeof value === "number" ? String(value).replace(".", ",") : value}${measure.unit === "percent" ? "%" : ""}`;
  const on = (date) => (date ? ` op ${dayMonth(date, today)}` : "");
  return [
    figure(measure.baseline) + on(measure.baseline_on),
    figure(measure.current) + on(measure.current_on),
    figure(measure.target) + (measure.target_on ? ` in ${monthYear(measure.target_on)}` : ""),
  ].join(" → ");
}

const dayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit" });

// An RFC 3339 instant as "vandaag om 09:12" or "28 nov. 2026 om 16:40".
export function when(timestamp) {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp || "";
  const today = new Date().toDateString() === date.toDateString();
  return `${today ? "vandaag" : dayFormat.format(date)} om ${timeFormat.format(date)}`;
}

export const domains = [
  ["leren", "Leren"],
  ["werkhouding", "Werkhouding"],
  ["sociaal_emotioneel", "Sociaal-emotioneel"],
];

export const goalStatuses = [
  ["op_koers", "Op koers"],
  ["aandacht", "Aandacht nodig"],
  ["behaald", "Behaald"],
  ["niet_behaald", "Niet behaald"],
];

export const units = [
  ["percent", "Percentage (%)"],
  ["score", "Score"],
  ["count", "Aantal"],
];

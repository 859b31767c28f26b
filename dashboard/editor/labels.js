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

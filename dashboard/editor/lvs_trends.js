// Aggregates into the board document: each computed cell becomes a point of a
// trend series (a new point, or the corrected one for a moment already there),
// and a goal the kc'er links takes a cell's figure as its current value.
// Suppressed cells (n < min_n) are never written.

export const slug = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

export function measureLabel(measure) {
  if (measure.threshold !== undefined) return `% met score ${String(measure.threshold).replace(".", ",")} of hoger`;
  return measure.level === "2F" ? "% op of boven 2F/1S" : "% op of boven 1F";
}

export function cellLabel(cell, teams) {
  const team = (teams || []).find((t) => t.id === cell.team)?.name || cell.team;
  return `${cell.group !== null && cell.group !== undefined ? `groep ${cell.group}` : team} · ${cell.subject} · ${cell.moment}`;
}

function seriesId(cell, measure) {
  const unit = cell.group !== null && cell.group !== undefined ? `groep${slug(cell.group)}` : slug(cell.team);
  const how = measure.threshold !== undefined ? `s${slug(String(measure.threshold))}` : slug(measure.level);
  return `lvs-${unit}-${slug(cell.subject)}-${how}`;
}

// A hand-made series names its level in its title or reference ("… op of boven 1F").
function sameMeasure(trend, measure) {
  if (measure.threshold !== undefined) return false;
  const text = `${trend.title || ""} ${trend.reference?.label || ""}`.toUpperCase();
  const higher = /2F|1S/.test(text);
  return measure.level === "2F" ? higher : /1F/.test(text) && !higher;
}

// -> {created: [titles], added: n, corrected: n}
export function applyToTrends(doc, cells, { measure, teams = doc.teams || [] }) {
  const summary = { created: [], added: 0, corrected: 0 };
  const byTeam = (cell) => cell.group === null || cell.group === undefined;
  for (const cell of cells) {
    if (cell.suppressed || cell.percent === null || cell.percent === undefined) continue;
    const id = seriesId(cell, measure);
    doc.trends ??= [];
    let trend = doc.trends.find((t) => t.id === id);
    // a series she made by hand for the same team and subject is continued, not doubled
    trend ??= byTeam(cell)
      ? doc.trends.find(
          (t) =>
            t.team === cell.team &&
            t.unit === "percent" &&
            slug(t.subject || "") === slug(cell.subject) &&
            !t.id.startsWith("lvs-") &&
            sameMeasure(t, measure),
        )
      : undefined;
    if (!trend) {
      const who = byTeam(cell) ? teams.find((t) => t.id === cell.team)?.name || cell.team : `groep ${cell.group}`;
      trend = { id, team: cell.team, subject: slug(cell.subject), title: `${cell.subject} ${who} — ${measureLabel(measure)}`, unit: "percent", points: [] };
      doc.trends.push(trend);
      summary.created.push(trend.title);
    }
    trend.points ??= [];
    const point = { label: cell.moment, date: cell.date, value: cell.percent, n: cell.n };
    const at = trend.points.findIndex((p) => p.label === cell.moment);
    if (at >= 0) {
      trend.points[at] = { ...trend.points[at], ...point };
      summary.corrected++;
    } else {
      trend.points.push(point);
      summary.added++;
    }
    trend.points.sort((a, b) => (a.date || "").localeCompare(b.date || ""));
  }
  return summary;
}

// The goal's current value, its n and the day it was measured from one cell (a
// percentage goal only): the wall says when the figure is from.
export function applyToGoal(goal, cell) {
  if (cell.suppressed || cell.percent === null || cell.percent === undefined) return false;
  goal.measure ??= { unit: "percent" };
  goal.measure.current = cell.percent;
  goal.measure.n = cell.n;
  if (cell.date) goal.measure.current_on = cell.date;
  else delete goal.measure.current_on;
  return true;
}

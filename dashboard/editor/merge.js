// Three-way merge for "Samenvoegen": re-apply what the kc'er changed since she
// loaded (base -> mine) onto the newer version someone else saved (theirs).
// Items with an id (actions, teams) merge per id and per field; items without
// one (messages, positives, closed periods) count as removed or added whole.
// Where both changed the same value, hers wins: she reviews before saving again.
// Nothing she added or changed is dropped.

export function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function hasIds(...lists) {
  return lists.every((list) => list.every((item) => isObject(item) && typeof item.id === "string"));
}

export function merge(base, mine, theirs) {
  if (same(mine, base)) return clone(theirs);
  if (same(theirs, base)) return clone(mine);
  if (isObject(base) && isObject(mine) && isObject(theirs)) return mergeObjects(base, mine, theirs);
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    return hasIds(base, mine, theirs) ? mergeById(base, mine, theirs) : mergeWhole(base, mine, theirs);
  }
  return clone(mine);
}

function mergeObjects(base, mine, theirs) {
  const result = clone(theirs);
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (same(base[key], mine[key])) continue;
    const merged = merge(base[key], mine[key], theirs[key]);
    if (merged === undefined) delete result[key];
    else result[key] = merged;
  }
  return result;
}

function mergeById(base, mine, theirs) {
  const byId = (list) => new Map(list.map((item) => [item.id, item]));
  const baseItems = byId(base);
  const mineItems = byId(mine);
  const result = clone(theirs).filter((item) => !(baseItems.has(item.id) && !mineItems.has(item.id)));
  for (const item of mine) {
    const before = baseItems.get(item.id);
    const index = result.findIndex((other) => other.id === item.id);
    if (before && same(before, item)) continue;
    if (index >= 0) result[index] = before ? merge(before, item, result[index]) : clone(item);
    else result.push(clone(item)); // hers, or one she changed that they removed
  }
  return result;
}

function mergeWhole(base, mine, theirs) {
  const key = (item) => JSON.stringify(item);
  const mineKeys = new Set(mine.map(key));
  const baseKeys = new Set(base.map(key));
  const removed = new Set(base.map(key).filter((k) => !mineKeys.has(k)));
  const result = clone(theirs).filter((item) => !removed.has(key(item)));
  const present = new Set(result.map(key));
  for (const item of mine) {
    if (!baseKeys.has(key(item)) && !present.has(key(item))) result.push(clone(item));
  }
  return result;
}

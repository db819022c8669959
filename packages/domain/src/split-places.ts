/**
 * Splits a provision's places over categories in proportion to `weights`.
 * Largest-remainder rounding keeps the total exactly equal to the places given.
 */
export function splitPlaces(places: number, weights: Map<string, number>): Map<string, number> {
  const positive = [...weights].filter(([, w]) => w > 0);
  const total = positive.reduce((s, [, w]) => s + w, 0);
  const out = new Map<string, number>();
  if (total === 0 || places <= 0) return out;
  const exact = positive.map(([code, w]) => ({ code, v: (places * w) / total }));
  let assigned = 0;
  for (const x of exact) {
    const floor = Math.floor(x.v);
    out.set(x.code, floor);
    assigned += floor;
  }
  exact
    .sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)))
    .slice(0, places - assigned)
    .forEach((x) => out.set(x.code, out.get(x.code)! + 1));
  for (const [k, v] of out) if (v === 0) out.delete(k);
  return out;
}

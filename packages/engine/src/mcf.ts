/**
 * Exact min-cost-flow solver for the pure transport part of the model.
 *
 * A block is a network when every column is continuous from 0, sits in exactly
 * one supply row (equality, coefficient 1: a zone's demand) and in a chain of
 * capacity rows (≤, one coefficient h > 0 per row, each row nested in the next:
 * category places ⊂ shared places, or rung-1 pupils ⊂ one specialist pool).
 * Then the LP is a min-cost flow: supply node → (column arc: cost, upper bound)
 * → capacity node → … → sink, with capacity arcs of hi / h. It is solved by
 * successive shortest paths with potentials (primal–dual: Dijkstra, then
 * blocking flows on zero-reduced-cost arcs), which is exact for real-valued
 * capacities. Row duals come from the final node potentials.
 */
import type { LpResult } from './backends.ts';
import { objectiveOf, type LpModel } from './lp.ts';

interface Network {
  nNodes: number;
  source: number;
  sink: number;
  /** arc e: tail, head, residual capacity, cost; arcs come in pairs e, e^1. */
  from: Int32Array;
  to: Int32Array;
  cap: Float64Array;
  cost: Float64Array;
  /** adjacency: first arc out of each node, next arc. */
  first: Int32Array;
  next: Int32Array;
  /** arc carrying column j (forward arc index). */
  colArc: Int32Array;
  /** per row: its node (−1 for supply rows: they have nodes too, see rowNode). */
  rowNode: Int32Array;
  /** per capacity row: its outgoing capacity arc; per supply row: −1. */
  rowArc: Int32Array;
  rowCoef: Float64Array;
  supplyTotal: number;
}

const EPS = 1e-11;

/** Returns the network form of a block, or null when it is not a pure transport problem. */
// eslint-disable-next-line max-lines-per-function -- one pass over the columns that fills the network's shared index arrays
export function asNetwork(m: LpModel): Network | null {
  const R = m.numRows;
  const isSupply = new Uint8Array(R);
  const coef = new Float64Array(R).fill(NaN);
  const size = new Int32Array(R);
  for (let j = 0; j < m.numCols; j++) {
    if (m.integrality[j] === 1 || m.colLower[j] !== 0) return null;
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const i = m.index[q]!;
      const v = m.value[q]!;
      if (!(v > 0)) return null;
      if (Number.isNaN(coef[i]!)) coef[i] = v;
      else if (Math.abs(coef[i]! - v) > 1e-12 * v) return null;
      size[i]!++;
    }
  }
  for (let i = 0; i < R; i++) {
    const lo = m.rowLower[i]!;
    const hi = m.rowUpper[i]!;
    if (lo === hi) {
      if (!(hi >= 0) || (size[i]! > 0 && coef[i] !== 1)) return null;
      isSupply[i] = 1;
    } else if (lo === -Infinity && hi >= 0 && hi < Infinity) {
      // capacity row
    } else return null;
  }
  // parent of each capacity row in the nesting chain: −2 unset, −1 sink
  const parent = new Int32Array(R).fill(-2);
  const firstCap = new Int32Array(m.numCols);
  const supplyOf = new Int32Array(m.numCols);
  const caps: number[] = [];
  for (let j = 0; j < m.numCols; j++) {
    let sup = -1;
    caps.length = 0;
    for (let q = m.starts[j]!; q < m.starts[j + 1]!; q++) {
      const i = m.index[q]!;
      if (isSupply[i]) {
        if (sup >= 0) return null;
        sup = i;
      } else caps.push(i);
    }
    if (sup < 0) return null;
    supplyOf[j] = sup;
    caps.sort((a, b) => size[a]! - size[b]! || a - b);
    for (let t = 0; t < caps.length; t++) {
      const r = caps[t]!;
      const p = t + 1 < caps.length ? caps[t + 1]! : -1;
      if (parent[r] === -2) parent[r] = p;
      else if (parent[r] !== p) return null;
    }
    firstCap[j] = caps.length > 0 ? caps[0]! : -1;
  }
  // a row nested in a parent must have no more columns than it
  for (let i = 0; i < R; i++) if (parent[i]! >= 0 && size[parent[i]!]! < size[i]!) return null;

  // nodes: rows (supply and capacity) + source + sink
  const source = R;
  const sink = R + 1;
  const nNodes = R + 2;
  let nCap = 0;
  for (let i = 0; i < R; i++) if (!isSupply[i] && size[i]! > 0) nCap++;
  let nSup = 0;
  for (let i = 0; i < R; i++) if (isSupply[i] && m.rowUpper[i]! > 0) nSup++;
  const nArcs = 2 * (m.numCols + nCap + nSup);
  const from = new Int32Array(nArcs);
  const to = new Int32Array(nArcs);
  const cap = new Float64Array(nArcs);
  const cost = new Float64Array(nArcs);
  const next = new Int32Array(nArcs);
  const first = new Int32Array(nNodes).fill(-1);
  let e = 0;
  const add = (u: number, v: number, c: number, w: number): number => {
    from[e] = u;
    to[e] = v;
    cap[e] = c;
    cost[e] = w;
    next[e] = first[u]!;
    first[u] = e;
    from[e + 1] = v;
    to[e + 1] = u;
    cap[e + 1] = 0;
    cost[e + 1] = -w;
    next[e + 1] = first[v]!;
    first[v] = e + 1;
    e += 2;
    return e - 2;
  };
  const colArc = new Int32Array(m.numCols);
  const rowArc = new Int32Array(R).fill(-1);
  let supplyTotal = 0;
  for (let i = 0; i < R; i++) {
    if (isSupply[i] && m.rowUpper[i]! > 0) {
      add(source, i, m.rowUpper[i]!, 0);
      supplyTotal += m.rowUpper[i]!;
    }
  }
  for (let i = 0; i < R; i++) {
    if (isSupply[i] || size[i] === 0) continue;
    const p = parent[i]!;
    rowArc[i] = add(i, p >= 0 ? p : sink, m.rowUpper[i]! / coef[i]!, 0);
  }
  for (let j = 0; j < m.numCols; j++) {
    const head = firstCap[j]! >= 0 ? firstCap[j]! : sink;
    colArc[j] = add(supplyOf[j]!, head, m.colUpper[j]!, m.colCost[j]!);
  }
  return {
    nNodes,
    source,
    sink,
    from,
    to,
    cap,
    cost,
    first,
    next,
    colArc,
    rowNode: Int32Array.from({ length: R }, (_, i) => i),
    rowArc,
    rowCoef: coef,
    supplyTotal,
  };
}

/** Binary heap keyed by distance. */
class Heap {
  private k: Float64Array;
  private v: Int32Array;
  n = 0;
  constructor(cap: number) {
    this.k = new Float64Array(cap);
    this.v = new Int32Array(cap);
  }
  push(key: number, val: number): void {
    if (this.n === this.k.length) {
      const k = new Float64Array(this.n * 2);
      k.set(this.k);
      this.k = k;
      const v = new Int32Array(this.n * 2);
      v.set(this.v);
      this.v = v;
    }
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.k[p]! <= key) break;
      this.k[i] = this.k[p]!;
      this.v[i] = this.v[p]!;
      i = p;
    }
    this.k[i] = key;
    this.v[i] = val;
  }
  pop(): [number, number] {
    const key = this.k[0]!;
    const val = this.v[0]!;
    const lk = this.k[--this.n]!;
    const lv = this.v[this.n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.n) break;
      if (c + 1 < this.n && this.k[c + 1]! < this.k[c]!) c++;
      if (this.k[c]! >= lk) break;
      this.k[i] = this.k[c]!;
      this.v[i] = this.v[c]!;
      i = c;
    }
    this.k[i] = lk;
    this.v[i] = lv;
    return [key, val];
  }
}

/** Shortest reduced-cost distances from `s` over residual arcs (forward or, with `reverse`, towards s). */
function dijkstra(g: Network, pi: Float64Array, s: number, reverse: boolean, dist: Float64Array, stopAt = -1): void {
  dist.fill(Infinity);
  dist[s] = 0;
  const heap = new Heap(1024);
  heap.push(0, s);
  const done = new Uint8Array(g.nNodes);
  while (heap.n > 0) {
    const [d, u] = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    // Nodes not settled when the target is reached keep a tentative distance ≥ dist[target]:
    // the potential update caps at dist[target], so stopping here is exact.
    if (u === stopAt) break;
    for (let e = g.first[u]!; e >= 0; e = g.next[e]!) {
      // forward: residual arc e = u→v; reverse: arc e^1 = v→u must be residual
      const v = g.to[e]!;
      const arc = reverse ? e ^ 1 : e;
      if (g.cap[arc]! <= EPS) continue;
      const rc = reverse ? g.cost[arc]! + pi[v]! - pi[u]! : g.cost[e]! + pi[u]! - pi[v]!;
      const nd = d + Math.max(0, rc);
      if (nd < dist[v]!) {
        dist[v] = nd;
        heap.push(nd, v);
      }
    }
  }
}

/**
 * Solves a network block exactly: successive shortest paths from each supply
 * node in turn (Dijkstra on reduced costs, stopped at the sink, which keeps the
 * potentials valid), augmenting by the bottleneck. Searches stay local while
 * capacity is not short, so this scales with the number of zones, not with the
 * number of distinct path lengths.
 */
// eslint-disable-next-line max-lines-per-function -- one successive-shortest-path loop over shared potentials, distances and flows (a numerical kernel)
export function solveNetwork(m: LpModel, g: Network): LpResult {
  const t0 = performance.now();
  const N = g.nNodes;
  const pi = new Float64Array(N);
  const dist = new Float64Array(N).fill(Infinity);
  const pred = new Int32Array(N).fill(-1);
  const settled = new Int32Array(N);
  const touched: number[] = [];
  const heap = new Heap(1024);
  let stamp = 0;
  let searches = 0;
  let sent = 0;
  const excess = new Float64Array(N);
  // supply arcs from the super source are not used here: supply sits on the rows
  for (let e = g.first[g.source]!; e >= 0; e = g.next[e]!) {
    excess[g.to[e]!] = g.cap[e]!;
    g.cap[e] = 0;
  }
  for (let d = 0; d < N; d++) {
    while (excess[d]! > EPS * (1 + excess[d]!)) {
      stamp++;
      searches++;
      heap.n = 0;
      dist[d] = 0;
      touched.push(d);
      heap.push(0, d);
      let dt = Infinity;
      while (heap.n > 0) {
        const [du, u] = heap.pop();
        if (settled[u] === stamp || du > dist[u]!) continue;
        settled[u] = stamp;
        if (u === g.sink) {
          dt = du;
          break;
        }
        for (let e = g.first[u]!; e >= 0; e = g.next[e]!) {
          if (g.cap[e]! <= EPS) continue;
          const v = g.to[e]!;
          if (settled[v] === stamp) continue;
          const nd = du + Math.max(0, g.cost[e]! + pi[u]! - pi[v]!);
          if (nd < dist[v]!) {
            if (dist[v] === Infinity) touched.push(v);
            dist[v] = nd;
            pred[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dt === Infinity) break;
      // potentials: settled nodes move by dist − dt, the others stay
      for (const v of touched) if (settled[v] === stamp) pi[v]! += dist[v]! - dt;
      // bottleneck along the path sink ← … ← d
      let f = excess[d]!;
      for (let v = g.sink; v !== d; v = g.from[pred[v]!]!) f = Math.min(f, g.cap[pred[v]!]!);
      for (let v = g.sink; v !== d; v = g.from[pred[v]!]!) {
        const e = pred[v]!;
        g.cap[e]! -= f;
        g.cap[e ^ 1]! += f;
      }
      excess[d]! -= f;
      sent += f;
      for (const v of touched) dist[v] = Infinity;
      touched.length = 0;
    }
  }
  const phases = searches;
  const x = new Float64Array(m.numCols);
  for (let j = 0; j < m.numCols; j++) x[j] = g.cap[g.colArc[j]! ^ 1]!;
  const objective = objectiveOf(m, x);
  const unmetSupply = g.supplyTotal - sent;
  if (unmetSupply > 1e-7 * (1 + g.supplyTotal)) {
    return {
      status: 'infeasible',
      objective: NaN,
      bound: NaN,
      x,
      message: `network: ${unmetSupply} units of demand cannot reach the sink`,
      backend: 'mcf',
      solveMs: performance.now() - t0,
    };
  }
  // duals: φ(v) = cheapest residual cost from v to the sink
  dijkstra(g, pi, g.sink, true, dist);
  const phi = (v: number) => (dist[v] === Infinity ? Infinity : dist[v]! - pi[v]! + pi[g.sink]!);
  const rowDual = new Float64Array(m.numRows);
  for (let i = 0; i < m.numRows; i++) {
    const a = g.rowArc[i]!;
    if (a < 0) {
      const p = phi(i);
      rowDual[i] = Number.isFinite(p) ? p : 0;
    } else {
      const u = g.from[a]!;
      const v = g.to[a]!;
      const w = Math.min(0, g.cost[a]! - phi(u) + phi(v));
      rowDual[i] = Number.isFinite(w) ? w / g.rowCoef[i]! : 0;
    }
  }
  return {
    status: 'optimal',
    objective,
    bound: objective,
    x,
    rowDual,
    message: `min-cost flow, ${phases} shortest-path searches`,
    backend: 'mcf',
    solveMs: performance.now() - t0,
  };
}

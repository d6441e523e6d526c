// Evidently's `small_distribution` ({x, y}) for reference and current -> one Histogram on shared bins.
// Categorical columns: x are the categories and y their counts. Numeric columns: x are bin edges (one more
// than y) and y densities, and reference and current each have their OWN edges; to show them side by side
// the masses are spread onto one common grid, assuming values are uniform within a bin. Values are shares
// of each side (each sums to 1), since densities carry no counts.

import type { Histogram } from '../../../types.js';
import { isFiniteNumber, isRecord } from '../../result.js';

interface Side {
  x: unknown[];
  y: number[];
}

function side(raw: unknown): Side | undefined {
  const dist = isRecord(raw) ? raw.small_distribution : undefined;
  if (!isRecord(dist) || !Array.isArray(dist.x) || !Array.isArray(dist.y)) return undefined;
  if (!dist.y.every((v) => isFiniteNumber(v) && v >= 0)) return undefined;
  return { x: dist.x, y: dist.y as number[] };
}

/** The histogram, or undefined when the report has none (or an unusable one). `rebinned` says whether bins were redrawn. */
export function evidentlyHistogram(
  reference: unknown,
  current: unknown,
): { histogram: Histogram; rebinned: boolean } | undefined {
  const ref = side(reference);
  const cur = side(current);
  if (!ref || !cur) return undefined;
  if (ref.x.length === ref.y.length && cur.x.length === cur.y.length) return categorical(ref, cur);
  if (ref.x.length === ref.y.length + 1 && cur.x.length === cur.y.length + 1) return numeric(ref, cur);
  return undefined;
}

function shares(values: number[]): number[] | undefined {
  const total = values.reduce((a, b) => a + b, 0);
  return total > 0 ? values.map((v) => v / total) : undefined;
}

function categorical(ref: Side, cur: Side): { histogram: Histogram; rebinned: boolean } | undefined {
  const labels: string[] = [];
  const index = new Map<string, number>();
  for (const x of [...ref.x, ...cur.x]) {
    const label = String(x);
    if (!index.has(label)) {
      index.set(label, labels.length);
      labels.push(label);
    }
  }
  const counts = (s: Side): number[] => {
    const out = new Array<number>(labels.length).fill(0);
    s.x.forEach((x, i) => (out[index.get(String(x))!] += s.y[i]));
    return out;
  };
  const r = shares(counts(ref));
  const c = shares(counts(cur));
  return r && c ? { histogram: { labels, reference: r, current: c }, rebinned: false } : undefined;
}

function edgesOf(s: Side): number[] | undefined {
  const edges = s.x;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (!isFiniteNumber(e) || (i > 0 && e < (edges[i - 1] as number))) return undefined;
  }
  return edges as number[];
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function numeric(ref: Side, cur: Side): { histogram: Histogram; rebinned: boolean } | undefined {
  const re = edgesOf(ref);
  const ce = edgesOf(cur);
  if (!re || !ce) return undefined;
  const sameBins = re.length === ce.length && re.every((e, i) => near(e, ce[i]));
  const grid = sameBins ? re : commonGrid(re, ce, Math.max(ref.y.length, cur.y.length));
  const r = shares(spread(re, ref.y, grid));
  const c = shares(spread(ce, cur.y, grid));
  if (!r || !c) return undefined;
  const labels = grid
    .slice(0, -1)
    .map((lo, i) => `[${fmt(lo)}, ${fmt(grid[i + 1])}${i === grid.length - 2 ? ']' : ')'}`);
  return { histogram: { labels, reference: r, current: c }, rebinned: !sameBins };
}

function commonGrid(a: number[], b: number[], bins: number): number[] {
  const lo = Math.min(a[0], b[0]);
  const hi = Math.max(a[a.length - 1], b[b.length - 1]);
  const width = (hi - lo) / bins;
  return Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + i * width));
}

/** Masses (density x width) of the source bins, spread over the target bins by overlap. */
function spread(edges: number[], density: number[], grid: number[]): number[] {
  const out = new Array<number>(grid.length - 1).fill(0);
  for (let i = 0; i < density.length; i++) {
    const a = edges[i];
    const b = edges[i + 1];
    const mass = density[i] * (b - a);
    if (mass <= 0) continue;
    for (let j = 0; j < out.length; j++) {
      const overlap = Math.min(b, grid[j + 1]) - Math.max(a, grid[j]);
      if (overlap > 0) out[j] += mass * (overlap / (b - a));
    }
  }
  return out;
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(4)));
}

// The drift statistics, each as Evidently's legacy stattests compute it (scipy underneath), on a
// ColumnPair: both samples of one column, numeric (sorted, no missing values) or categorical (counts
// per category, the same categories on both sides).

import {
  evidentlyCategoricalShares,
  evidentlyNumericShares,
  histogramSorted,
  quantileShares,
  sturgesEdges,
  valueCountsUnion,
  type BinnedShares,
} from './binning.js';
import { ks2sampSorted, type KsResult } from './ks.js';
import { sortedCopy } from './sort.js';
import { chi2Sf, normalTwoSided } from './special.js';

export interface NumericPair {
  type: 'numeric';
  /** Ascending, finite, non-empty. */
  reference: Float64Array;
  current: Float64Array;
  /** Both samples are integer data to numpy (pandas int64): histogram bins are at least 1 wide. */
  integer?: boolean;
}

export interface CategoricalPair {
  type: 'categorical';
  labels: string[];
  /** Counts per label, same order as labels. */
  reference: Float64Array;
  current: Float64Array;
  /** Labels already in Python's sorted order (numbers numerically, text by code point). */
  sorted?: boolean;
}

export type ColumnPair = NumericPair | CategoricalPair;

/** Builds a pair from plain arrays: numbers make a numeric pair, strings a categorical one. */
export function columnPair(
  reference: ArrayLike<number> | readonly string[],
  current: ArrayLike<number> | readonly string[],
): ColumnPair {
  const isStrings = (a: ArrayLike<number> | readonly string[]): a is readonly string[] =>
    a.length > 0 && typeof a[0] === 'string';
  if (isStrings(reference) || isStrings(current)) {
    const index = new Map<string, number>();
    const count = (values: ArrayLike<number> | readonly string[], into: number[]): void => {
      for (let i = 0; i < values.length; i++) {
        const label = String(values[i]);
        let k = index.get(label);
        if (k === undefined) {
          k = index.size;
          index.set(label, k);
        }
        into[k] = (into[k] ?? 0) + 1;
      }
    };
    const r: number[] = [];
    const c: number[] = [];
    count(reference, r);
    count(current, c);
    const labels = [...index.keys()];
    return {
      type: 'categorical',
      labels,
      reference: Float64Array.from(labels, (_, k) => r[k] ?? 0),
      current: Float64Array.from(labels, (_, k) => c[k] ?? 0),
    };
  }
  return {
    type: 'numeric',
    reference: sortedCopy(reference as ArrayLike<number>),
    current: sortedCopy(current as ArrayLike<number>),
  };
}

/** Counts per distinct value on both sides; a numeric column becomes categories of its values. */
export function asCategories(pair: ColumnPair): CategoricalPair {
  if (pair.type === 'categorical') return pair;
  const vc = valueCountsUnion(pair.reference, pair.current);
  return {
    type: 'categorical',
    labels: vc.values.map((v) => String(v)),
    reference: Float64Array.from(vc.ref),
    current: Float64Array.from(vc.cur),
    sorted: true,
  };
}

/** Python's order of str: by code point (JavaScript's < compares UTF-16 code units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    // A surrogate half stands for a code point above U+FFFF: above any other BMP character.
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export type PsiBins = 'evidently' | 'quantile';

/** Evidently's shares (Sturges or per value, empty shares filled when asked). */
export function binnedShares(pair: ColumnPair, fillZeroes: boolean): BinnedShares {
  return pair.type === 'numeric'
    ? evidentlyNumericShares(pair.reference, pair.current, fillZeroes, pair.integer)
    : evidentlyCategoricalShares(pair.reference, pair.current, fillZeroes);
}

/** Population Stability Index: sum (r - c) * ln(r / c) over the shares. */
export function psi(pair: ColumnPair, bins: PsiBins = 'evidently'): number {
  const s =
    bins === 'quantile' && pair.type === 'numeric'
      ? quantileShares(pair.reference, pair.current)
      : binnedShares(pair, true);
  let sum = 0;
  for (let i = 0; i < s.reference.length; i++) {
    const r = s.reference[i];
    const c = s.current[i];
    sum += (r - c) * Math.log(r / c);
  }
  return sum;
}

function normalise(a: Float64Array): Float64Array {
  let total = 0;
  for (const v of a) total += v;
  return a.map((v) => v / total);
}

/** scipy.special.rel_entr. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/** Kullback-Leibler divergence KL(reference || current), as scipy.stats.entropy on Evidently's shares. */
export function klDiv(pair: ColumnPair): number {
  const s = binnedShares(pair, true);
  const p = normalise(s.reference);
  const q = normalise(s.current);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += relEntr(p[i], q[i]);
  return sum;
}

/** Jensen-Shannon distance (scipy.spatial.distance.jensenshannon), natural log unless base is given. */
export function jensenShannon(pair: ColumnPair, base?: number): number {
  const s = binnedShares(pair, false);
  const p = normalise(s.reference);
  const q = normalise(s.current);
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    sum += relEntr(p[i], m) + relEntr(q[i], m);
  }
  if (base !== undefined) sum /= Math.log(base);
  return Math.sqrt(sum / 2);
}

/** First Wasserstein distance of two sorted samples (scipy.stats.wasserstein_distance). */
export function wassersteinDistance(a: Float64Array, b: Float64Array): number {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  let v = Math.min(a[0], b[0]);
  while (i < na || j < nb) {
    while (i < na && a[i] <= v) i++;
    while (j < nb && b[j] <= v) j++;
    if (i >= na && j >= nb) break;
    const next = j >= nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
    const term = Math.abs(i / na - j / nb) * (next - v);
    // Neumaier summation: millions of terms, each small.
    const t = sum + term;
    comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
    v = next;
  }
  return sum + comp;
}

/**
 * numpy's pairwise summation (numpy/_core/src/umath/loops_utils.h pairwise_sum) of a[start..start+n):
 * blocks of at most 128 values summed with eight accumulators, halves added recursively. Its error grows
 * with log n, not n, so a mean near 1e15 keeps its digits. pairwiseSquares sums (a[i] - shift)^2. Two copies rather than a callback: this runs on every value.
 */
export function pairwiseSum(a: Float64Array, start: number, n: number): number {
  return sumPlain(a, start, n);
}

function sumPlain(a: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += a[i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[start];
    let r1 = a[start + 1];
    let r2 = a[start + 2];
    let r3 = a[start + 3];
    let r4 = a[start + 4];
    let r5 = a[start + 5];
    let r6 = a[start + 6];
    let r7 = a[start + 7];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const j = start + i;
      r0 += a[j];
      r1 += a[j + 1];
      r2 += a[j + 2];
      r3 += a[j + 3];
      r4 += a[j + 4];
      r5 += a[j + 5];
      r6 += a[j + 6];
      r7 += a[j + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return sumPlain(a, start, n2) + sumPlain(a, start + n2, n - n2);
}

function pairwiseSquares(a: Float64Array, start: number, n: number, shift: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += (a[i] - shift) * (a[i] - shift);
    return res;
  }
  if (n <= 128) {
    let r0 = (a[start] - shift) * (a[start] - shift);
    let r1 = (a[start + 1] - shift) * (a[start + 1] - shift);
    let r2 = (a[start + 2] - shift) * (a[start + 2] - shift);
    let r3 = (a[start + 3] - shift) * (a[start + 3] - shift);
    let r4 = (a[start + 4] - shift) * (a[start + 4] - shift);
    let r5 = (a[start + 5] - shift) * (a[start + 5] - shift);
    let r6 = (a[start + 6] - shift) * (a[start + 6] - shift);
    let r7 = (a[start + 7] - shift) * (a[start + 7] - shift);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const j = start + i;
      r0 += (a[j] - shift) * (a[j] - shift);
      r1 += (a[j + 1] - shift) * (a[j + 1] - shift);
      r2 += (a[j + 2] - shift) * (a[j + 2] - shift);
      r3 += (a[j + 3] - shift) * (a[j + 3] - shift);
      r4 += (a[j + 4] - shift) * (a[j + 4] - shift);
      r5 += (a[j + 5] - shift) * (a[j + 5] - shift);
      r6 += (a[j + 6] - shift) * (a[j + 6] - shift);
      r7 += (a[j + 7] - shift) * (a[j + 7] - shift);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += (a[start + i] - shift) * (a[start + i] - shift);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSquares(a, start, n2, shift) + pairwiseSquares(a, start + n2, n - n2, shift);
}

/** Population standard deviation (numpy.std, ddof 0): mean and squared deviations by pairwise sums. */
export function std(a: Float64Array): number {
  const n = a.length;
  const mean = pairwiseSum(a, 0, n) / n;
  return Math.sqrt(pairwiseSquares(a, 0, n, mean) / n);
}

/** Evidently's normed Wasserstein: distance / max(std(reference), 0.001). Numeric columns only. */
export function wasserstein(pair: NumericPair): number {
  return wassersteinDistance(pair.reference, pair.current) / Math.max(std(pair.reference), 0.001);
}

/** KS test of a numeric pair: the score is the two-sided p-value, the statistic D. */
export function ks(pair: NumericPair): KsResult {
  return ks2sampSorted(pair.reference, pair.current);
}

/**
 * Evidently's chi-square test: current counts against reference shares scaled to the current size,
 * k - 1 degrees of freedom. A category absent from the reference gives p = 0. One category only: p = 1.
 */
export function chiSquare(pair: ColumnPair): { statistic: number; pvalue: number } {
  const c = asCategories(pair);
  const nRef = sum(c.reference);
  const nCur = sum(c.current);
  const kNorm = nCur / nRef;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < c.labels.length; i++) {
    if (c.reference[i] === 0 && c.current[i] === 0) continue;
    k++;
    const expected = c.reference[i] * kNorm;
    const diff = c.current[i] - expected;
    stat += (diff * diff) / expected;
  }
  if (k < 2) return { statistic: 0, pvalue: 1 };
  return { statistic: stat, pvalue: chi2Sf(stat, k - 1) };
}

/**
 * Evidently's two-proportion z-test: the share of values other than the first (sorted) value, pooled.
 * Numbers sort numerically, labels as strings. Both sides one and the same value: p = 1.
 */
export function zTest(pair: ColumnPair): { statistic: number; pvalue: number } {
  const c = asCategories(pair);
  const present = c.labels.map((_, i) => i).filter((i) => c.reference[i] > 0 || c.current[i] > 0);
  const refKinds = present.filter((i) => c.reference[i] > 0);
  const curKinds = present.filter((i) => c.current[i] > 0);
  if (refKinds.length === 1 && curKinds.length === 1 && refKinds[0] === curKinds[0]) {
    return { statistic: 0, pvalue: 1 };
  }
  const first = c.sorted
    ? present[0]
    : present.reduce((a, b) => (compareCodePoints(c.labels[b], c.labels[a]) < 0 ? b : a));
  const n1 = sum(c.reference);
  const n2 = sum(c.current);
  const p1 = (n1 - c.reference[first]) / n1;
  const p2 = (n2 - c.current[first]) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pvalue: normalTwoSided(z) };
}

/** Evidently's Hellinger distance: per category for categorical columns, Sturges densities for numeric. */
export function hellinger(pair: ColumnPair): number {
  let bc = 0;
  if (pair.type === 'categorical') {
    const nRef = sum(pair.reference);
    const nCur = sum(pair.current);
    for (let i = 0; i < pair.labels.length; i++) bc += Math.sqrt((pair.reference[i] / nRef) * (pair.current[i] / nCur));
  } else {
    const distinct = valueCountsUnion(pair.reference, pair.current).values;
    const edges = sturgesEdges(distinct[0], distinct[distinct.length - 1], distinct.length, pair.integer);
    const h1 = density(histogramSorted(pair.reference, edges), edges);
    const h2 = density(histogramSorted(pair.current, edges), edges);
    const width = (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
    for (let i = 0; i < h1.length; i++) bc += Math.sqrt(h1[i] * h2[i]) * width;
  }
  bc = Math.min(1, Math.max(0, bc));
  return Math.sqrt(1 - bc);
}

function density(counts: Float64Array, edges: Float64Array): Float64Array {
  const total = sum(counts);
  return counts.map((c, i) => c / (edges[i + 1] - edges[i]) / total);
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

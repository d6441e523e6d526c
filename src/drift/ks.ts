// Two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp computes it:
// method 'auto' is exact when the larger sample has at most 10,000 values, otherwise the
// asymptotic kstwo.sf(d, round(n1*n2/(n1+n2))). The exact path counts lattice paths (Hodges;
// Viehmann's stable recursion for unequal sizes), as scipy's _attempt_exact_2kssamp does.

import { sortedCopy } from './sort.js';
import { kstwoSf } from './special.js';

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  statistic: number;
  pvalue: number;
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

/** KS test on two samples (any order). Empty samples throw: the test is undefined for them. */
export function ks2samp(x: ArrayLike<number>, y: ArrayLike<number>, method: KsMethod = 'auto'): KsResult {
  return ks2sampSorted(sortedCopy(x), sortedCopy(y), method);
}

/** The D statistic: largest gap between the two empirical CDFs, both evaluated right-continuously. */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    // Same operations as scipy: each CDF rounded, then the difference.
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const lowS = Math.min(Math.max(-minS, 0), 1);
  return lowS > maxS ? lowS : maxS;
}

export function ks2sampSorted(a: Float64Array, b: Float64Array, method: KsMethod = 'auto'): KsResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks2samp needs two non-empty samples');
  let d = ksStatisticSorted(a, b);
  let mode = method;
  const g = gcd(n1, n2);
  if (mode === 'auto') mode = Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp';
  else if (mode === 'exact' && n1 / g >= INT32_MAX / (n2 / g)) mode = 'asymp';
  let prob = NaN;
  if (mode === 'exact') {
    const exact = exactTwoSided(n1, n2, g, d);
    if (exact) {
      d = exact.d;
      prob = exact.p;
    } else mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    prob = kstwoSf(roundHalfEven((m * n) / (m + n)), d);
  }
  return { statistic: d, pvalue: Math.min(1, Math.max(0, prob)) };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function exactTwoSided(n1: number, n2: number, g: number, dIn: number): { d: number; p: number } | undefined {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(dIn * lcm);
  const d = h / lcm;
  if (h === 0) return { d, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!(p >= 0 && p <= 1)) return undefined;
  return { d, p };
}

/** P(D_{n,n} >= h/n), by the alternating binomial sum in Horner form. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** Proportion of lattice paths to (m, n) that leave |x/m - y/n| < h/lcm (1 - p computed directly). */
function outerProbInside(mIn: number, nIn: number, g: number, h: number): number {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return A[maxj - minj - 1];
}

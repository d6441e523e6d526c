// Bins and shares as Evidently's get_binned_data and numpy's histogram compute them, so PSI, KL and
// Jensen-Shannon agree with Evidently to the last digits. Inputs are sorted samples without missing values.

/** numpy.linspace(start, stop, num) including its rounding (i*step + start, last = stop). */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? (i / div) * (stop - start) + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/**
 * numpy.histogram_bin_edges(values, bins='sturges') over sorted values (min first, max last). For integer
 * data numpy 2 keeps the width at least 1 (numpy/lib/_histograms_impl.py _get_bin_edges), so a narrow
 * integer range is not cut into bins that hold no integer.
 */
export function sturgesEdges(min: number, max: number, count: number, integer = false): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(count) + 1);
  if (width && integer && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/**
 * numpy.histogram(sortedValues, edges) for explicit edges: bins are [e_i, e_{i+1}), the last one
 * closed; values outside [e_0, e_last] are not counted (as numpy does).
 */
export function histogramSorted(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length - 1);
  const nb = counts.length;
  // Positions by binary search on the sorted sample: searchsorted(left) for every edge but the last.
  let prev = lowerBound(sorted, edges[0]);
  for (let i = 0; i < nb; i++) {
    const next = i === nb - 1 ? upperBound(sorted, edges[nb]) : lowerBound(sorted, edges[i + 1]);
    counts[i] = Math.max(0, next - prev);
    prev = Math.max(prev, next);
  }
  return counts;
}

export function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of distinct values of a sorted sample. */
export function countDistinctSorted(a: Float64Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) n++;
  return n;
}

/** Number of distinct values of two sorted samples together. */
export function countDistinctUnion(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    n++;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return n;
}

/** Distinct values of two sorted samples with their counts on each side, ascending. */
export function valueCountsUnion(a: Float64Array, b: Float64Array): { values: number[]; ref: number[]; cur: number[] } {
  const values: number[] = [];
  const ref: number[] = [];
  const cur: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    let ca = 0;
    let cb = 0;
    while (i < a.length && a[i] === v) {
      i++;
      ca++;
    }
    while (j < b.length && b[j] === v) {
      j++;
      cb++;
    }
    values.push(v);
    ref.push(ca);
    cur.push(cb);
  }
  return { values, ref, cur };
}

/** Evidently's replacement of empty shares: min non-zero share / 1e6 when that is <= 1e-4, else 1e-4. */
export function fillZeroShares(shares: Float64Array): Float64Array {
  let min = Infinity;
  for (const s of shares) if (s !== 0 && s < min) min = s;
  if (min === Infinity) return shares;
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}

export interface BinnedShares {
  reference: Float64Array;
  current: Float64Array;
  /** Counts before dividing, for histograms. */
  referenceCounts: Float64Array;
  currentCounts: Float64Array;
  /** Numeric bin edges, when the bins are ranges. */
  edges?: Float64Array;
  /** Category values (numeric) or codes, when the bins are values. */
  keys?: number[];
}

/**
 * Evidently's get_binned_data for a numeric column: Sturges bins over reference and current together
 * when the reference has more than 20 distinct values, one bin per value otherwise.
 */
export function evidentlyNumericShares(
  ref: Float64Array,
  cur: Float64Array,
  fillZeroes: boolean,
  integer = false,
): BinnedShares {
  let referenceCounts: Float64Array;
  let currentCounts: Float64Array;
  let edges: Float64Array | undefined;
  let keys: number[] | undefined;
  if (countDistinctSorted(ref) > 20) {
    const min = Math.min(ref[0], cur[0]);
    const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    edges = sturgesEdges(min, max, ref.length + cur.length, integer);
    referenceCounts = histogramSorted(ref, edges);
    currentCounts = histogramSorted(cur, edges);
  } else {
    const vc = valueCountsUnion(ref, cur);
    keys = vc.values;
    referenceCounts = Float64Array.from(vc.ref);
    currentCounts = Float64Array.from(vc.cur);
  }
  return shares(referenceCounts, currentCounts, ref.length, cur.length, fillZeroes, edges, keys);
}

/** Evidently's get_binned_data for a categorical column: one bin per category seen on either side. */
export function evidentlyCategoricalShares(
  refCounts: ArrayLike<number>,
  curCounts: ArrayLike<number>,
  fillZeroes: boolean,
): BinnedShares {
  const keep: number[] = [];
  for (let k = 0; k < refCounts.length; k++) if (refCounts[k] > 0 || curCounts[k] > 0) keep.push(k);
  const rc = Float64Array.from(keep, (k) => refCounts[k]);
  const cc = Float64Array.from(keep, (k) => curCounts[k]);
  const total = (c: Float64Array): number => c.reduce((s, v) => s + v, 0);
  return shares(rc, cc, total(rc), total(cc), fillZeroes, undefined, keep);
}

/**
 * Quantile bins from the reference, as the credit-scoring PSI (mwburke/population-stability-index,
 * buckettype='quantiles') computes them: edges at numpy.percentile of the reference; current values
 * outside the reference's range fall in no bin; empty shares become 1e-4.
 */
export function quantileShares(ref: Float64Array, cur: Float64Array, buckets = 10): BinnedShares {
  const edges = new Float64Array(buckets + 1);
  for (let i = 0; i <= buckets; i++) edges[i] = percentileSorted(ref, (i / buckets) * 100);
  const referenceCounts = histogramSorted(ref, edges);
  const currentCounts = histogramSorted(cur, edges);
  const fill = (c: Float64Array, n: number): Float64Array => c.map((v) => (v === 0 ? 0.0001 : v / n));
  return {
    reference: fill(referenceCounts, ref.length),
    current: fill(currentCounts, cur.length),
    referenceCounts,
    currentCounts,
    edges,
  };
}

/** numpy.percentile(a, q) with linear interpolation, on a sorted sample, with numpy's rounding. */
export function percentileSorted(a: Float64Array, q: number): number {
  const n = a.length;
  const f = q / 100;
  const pos = n * f + (1 - f) - 1;
  if (pos >= n - 1) return a[n - 1];
  if (pos < 0) return a[0];
  const lo = Math.floor(pos);
  const t = pos - lo;
  const below = a[lo];
  const above = a[lo + 1];
  // numpy's _lerp: a + (b - a) * t, computed from the upper end when t >= 0.5.
  const diff = above - below;
  return t >= 0.5 ? above - diff * (1 - t) : below + diff * t;
}

function shares(
  referenceCounts: Float64Array,
  currentCounts: Float64Array,
  nRef: number,
  nCur: number,
  fillZeroes: boolean,
  edges?: Float64Array,
  keys?: number[],
): BinnedShares {
  let reference: Float64Array = referenceCounts.map((c) => c / nRef);
  let current: Float64Array = currentCounts.map((c) => c / nCur);
  if (fillZeroes) {
    reference = fillZeroShares(reference);
    current = fillZeroShares(current);
  }
  return { reference, current, referenceCounts, currentCounts, edges, keys };
}

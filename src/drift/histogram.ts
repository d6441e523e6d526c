// Reference and current counts on shared bins, for the comment's histograms.

import type { Histogram } from '../types.js';
import { histogramSorted, linspace, countDistinctUnion } from './binning.js';
import { asCategories, compareCodePoints, type ColumnPair } from './stats.js';

const NUMERIC_BINS = 10;
const TOP_CATEGORIES = 9;

function formatEdge(v: number): string {
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/**
 * Reference and current counts on the same bins: ~10 equal-width bins over both samples' range for
 * numeric columns (one per value when there are at most 10), the top categories and "other" otherwise.
 */
export function histogram(pair: ColumnPair, distinctValues?: number): Histogram {
  if (pair.type === 'numeric') {
    // The caller may know it already: counting walks both samples.
    const distinct = distinctValues ?? countDistinctUnion(pair.reference, pair.current);
    if (distinct > NUMERIC_BINS) {
      const min = Math.min(pair.reference[0], pair.current[0]);
      const max = Math.max(pair.reference[pair.reference.length - 1], pair.current[pair.current.length - 1]);
      const edges = linspace(min, max, NUMERIC_BINS + 1);
      const labels: string[] = [];
      for (let i = 0; i < NUMERIC_BINS; i++) {
        labels.push(`[${formatEdge(edges[i])}, ${formatEdge(edges[i + 1])}${i === NUMERIC_BINS - 1 ? ']' : ')'}`);
      }
      return {
        labels,
        reference: Array.from(histogramSorted(pair.reference, edges)),
        current: Array.from(histogramSorted(pair.current, edges)),
      };
    }
  }
  const c = asCategories(pair);
  const order = c.labels.map((_, i) => i).filter((i) => c.reference[i] + c.current[i] > 0);
  if (pair.type === 'categorical')
    order.sort(
      (a, b) =>
        c.reference[b] + c.current[b] - (c.reference[a] + c.current[a]) || compareCodePoints(c.labels[a], c.labels[b]),
    );
  const shown = order.length > TOP_CATEGORIES + 1 ? order.slice(0, TOP_CATEGORIES) : order;
  const rest = order.slice(shown.length);
  const h: Histogram = {
    labels: shown.map((i) => c.labels[i]),
    reference: shown.map((i) => c.reference[i]),
    current: shown.map((i) => c.current[i]),
  };
  if (rest.length > 0) {
    h.labels.push(`other (${rest.length})`);
    h.reference.push(rest.reduce((s, i) => s + c.reference[i], 0));
    h.current.push(rest.reduce((s, i) => s + c.current[i], 0));
  }
  return h;
}

// Column typing and preparation: Evidently 0.7's type of a column, and a column pair made ready for
// scoring (numbers sorted, or categories counted on one shared, code-point-ordered label list).

import type { CategoricalColumn, NumericColumn, SampleColumn } from '../evidence/table.js';
import type { ColumnType } from '../types.js';
import { countDistinctUnion } from './binning.js';
import { sortedCopy } from './sort.js';
import { asCategories, compareCodePoints, type CategoricalPair, type ColumnPair, type NumericPair } from './stats.js';

/** Evidently 0.7's INTEGER_CARDINALITY_LIMIT: an integer column with at most this many values is categorical. */
const INTEGER_CARDINALITY_LIMIT = 10;

function distinctNumbers(values: Float64Array): number {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    seen.add(values[i]);
    if (seen.size > INTEGER_CARDINALITY_LIMIT) break;
  }
  return seen.size;
}

/**
 * Evidently 0.7's type of a column (infer_column_type): 'text' for a string column with more distinct
 * values than half its non-missing count.
 */
export function inferColumnType(col: SampleColumn): ColumnType | 'text' {
  if (col.type === 'numeric') {
    if (col.integer && distinctNumbers(col.values) <= INTEGER_CARDINALITY_LIMIT) return 'categorical';
    return 'numeric';
  }
  const used = new Uint8Array(col.categories.length);
  let distinct = 0;
  for (let i = 0; i < col.codes.length; i++) {
    if (!used[col.codes[i]]) {
      used[col.codes[i]] = 1;
      distinct++;
    }
  }
  return distinct > col.codes.length * 0.5 ? 'text' : 'categorical';
}

/** A pair ready for scoring and the number of distinct values over both sides. */
export interface Prepared {
  pair: ColumnPair;
  unique: number;
}

function categoricalCounts(col: CategoricalColumn, index: Map<string, number>, labels: string[]): number[] {
  const local = new Float64Array(col.categories.length);
  for (let i = 0; i < col.codes.length; i++) local[col.codes[i]]++;
  const counts: number[] = [];
  col.categories.forEach((label, k) => {
    let g = index.get(label);
    if (g === undefined) {
      g = labels.length;
      labels.push(label);
      index.set(label, g);
    }
    counts[g] = (counts[g] ?? 0) + local[k];
  });
  return counts;
}

function asLabels(col: SampleColumn): CategoricalColumn {
  if (col.type === 'categorical') return col;
  const index = new Map<string, number>();
  const categories: string[] = [];
  const codes = new Int32Array(col.values.length);
  col.values.forEach((v, i) => {
    const label = String(v);
    let k = index.get(label);
    if (k === undefined) {
      k = categories.length;
      categories.push(label);
      index.set(label, k);
    }
    codes[i] = k;
  });
  return { name: col.name, type: 'categorical', codes, categories, missing: col.missing };
}

export function prepare(ref: SampleColumn, cur: SampleColumn, type: ColumnType): Prepared {
  if (ref.type === 'numeric' && cur.type === 'numeric') {
    const r = ref.sorted ? ref.values : sortedCopy(ref.values);
    const c = cur.sorted ? cur.values : sortedCopy(cur.values);
    // numpy sees integer data only when both sides are int64 (pd.concat of int64 and float64 is float64).
    const integer = !!(ref as NumericColumn).integer && !!(cur as NumericColumn).integer;
    const numeric: NumericPair = { type: 'numeric', reference: r, current: c, ...(integer ? { integer } : {}) };
    // A categorical number column: one category per value, in numeric order (Python's sorted).
    const pair = type === 'numeric' ? numeric : asCategories(numeric);
    return { pair, unique: pair.type === 'numeric' ? countDistinctUnion(r, c) : pair.labels.length };
  }
  const index = new Map<string, number>();
  const labels: string[] = [];
  const rc = categoricalCounts(asLabels(ref), index, labels);
  const cc = categoricalCounts(asLabels(cur), index, labels);
  // Categories in code point order, as Python sorts them (the z-test compares against the first).
  const order = labels.map((_, k) => k).sort((a, b) => compareCodePoints(labels[a], labels[b]));
  const pair: CategoricalPair = {
    type: 'categorical',
    labels: order.map((k) => labels[k]),
    reference: Float64Array.from(order, (k) => rc[k] ?? 0),
    current: Float64Array.from(order, (k) => cc[k] ?? 0),
    sorted: true,
  };
  return { pair, unique: labels.length };
}

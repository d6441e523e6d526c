// Drift of a current sample against a reference, column by column, judged by the same rules whatever
// the method: Evidently's per-column choice for `auto`, its default thresholds unless the policy gives
// others, and dataset drift when the share of drifted columns reaches the limit (Evidently's 0.5).
//
// Column types follow Evidently 0.7 (evidently.core.datasets.infer_column_type), decided on the current
// sample as Evidently's drift preset does: a float column is numerical; an integer column (pandas int64)
// is categorical with at most 10 distinct values, else numerical; a text column is categorical unless
// more than half its values are distinct, when Evidently calls it text (judged by a text-content
// classifier the gate does not compute: such a column is skipped with a note). `typeInference: 'legacy'`
// keeps the earlier rule: numbers are numeric, anything else categorical.
//
// Decisions (see docs): a column present on one side only is skipped with a note; a column with no
// value left on one side after dropping missing values gets score null (the gate cannot judge it);
// a method that does not apply to a column's type (KS or Wasserstein on categories) falls back to
// Evidently's automatic choice for that column, with a note; a column numeric on one side and
// categorical on the other is compared as categories.

import type { CategoricalColumn, NumericColumn, SampleColumn, Table } from '../evidence/samples.js';
import { own, setKey } from '../evidence/result.js';
import type { ColumnType, DriftEvidence, DriftFeature, Histogram } from '../types.js';
import { histogramSorted, linspace, countDistinctUnion } from './binning.js';
import { isDrift, resolveMethod, thresholdProblem, type MethodInfo } from './methods.js';
import { sortedCopy } from './sort.js';
import { runTask, threadCount, workersAvailable, type TaskError } from '../workers/pool.js';
import {
  asCategories,
  compareCodePoints,
  chiSquare,
  hellinger,
  jensenShannon,
  klDiv,
  ks,
  psi,
  wasserstein,
  zTest,
  type CategoricalPair,
  type ColumnPair,
  type NumericPair,
  type PsiBins,
} from './stats.js';

export interface ComputeDriftOptions {
  /** 'auto' (default) or any method name src/drift/methods.ts resolves to a computable method. */
  method?: string;
  /**
   * A number: the threshold of the named method, or of the distance methods when the method is auto
   * (p-value methods keep 0.05). A map: keys naming a column set that column's threshold, keys naming
   * a method set that method's threshold; a column's entry wins.
   */
  thresholds?: number | Record<string, number>;
  /** Column types that override inference. */
  columns?: Record<string, ColumnType>;
  /** Share of drifted columns at which the dataset is drifted (default 0.5, Evidently's). */
  datasetShare?: number;
  psiBins?: PsiBins;
  /** Logarithm base of Jensen-Shannon (default e, as Evidently). */
  jsBase?: number;
  /** The evidence's source label (default "<reference> vs <current>"). */
  source?: string;
  /**
   * How column types are inferred: Evidently 0.7's rules (default), or 'legacy', the gate's earlier
   * rule (any all-number column numeric, no text columns).
   */
  typeInference?: TypeInference;
}

export type TypeInference = 'evidently-0.7' | 'legacy';
export const TYPE_INFERENCES: readonly TypeInference[] = ['evidently-0.7', 'legacy'];

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

const AUTO_SMALL_REFERENCE = 1000;

/** Evidently's automatic method for a column (legacy _get_default_stattest). */
export function chooseMethod(referenceRows: number, type: ColumnType, uniqueValues: number): string {
  if (referenceRows <= AUTO_SMALL_REFERENCE) {
    if (type === 'numeric' && uniqueValues > 5) return 'ks';
    return uniqueValues > 2 ? 'chisquare' : 'z';
  }
  return type === 'numeric' && uniqueValues > 5 ? 'wasserstein' : 'jensenshannon';
}

const NUMERIC_ONLY = new Set(['ks', 'wasserstein']);

function methodInfo(id: string): MethodInfo {
  const m = resolveMethod(id);
  if (!m) throw new Error(`unknown drift method "${id}"`);
  return m;
}

/** Validates a method name given by a user: returns the canonical id or throws with the choices. */
export function resolveComputableMethod(name: string): string {
  if (name === 'auto') return 'auto';
  const m = resolveMethod(name);
  if (!m || !m.computable) {
    const known = ['auto', 'ks', 'psi', 'wasserstein', 'jensenshannon', 'chisquare', 'z', 'kl_div', 'hellinger'];
    throw new Error(`drift method "${name}" cannot be computed from samples; use one of: ${known.join(', ')}`);
  }
  return m.id;
}

function thresholdFor(
  column: string,
  method: MethodInfo,
  explicitMethod: string,
  thresholds: ComputeDriftOptions['thresholds'],
): number {
  if (typeof thresholds === 'number') {
    if (explicitMethod !== 'auto') return thresholds;
    return method.kind === 'distance' ? thresholds : method.defaultThreshold;
  }
  if (thresholds) {
    const forColumn = own(thresholds, column);
    if (forColumn !== undefined) return forColumn;
    for (const [key, value] of Object.entries(thresholds)) {
      if (resolveMethod(key)?.id === method.id) return value;
    }
  }
  return method.defaultThreshold;
}

interface Prepared {
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

function prepare(ref: SampleColumn, cur: SampleColumn, type: ColumnType): Prepared {
  if (ref.type === 'numeric' && cur.type === 'numeric') {
    const r = sortedCopy(ref.values);
    const c = sortedCopy(cur.values);
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

function score(
  methodId: string,
  pair: ColumnPair,
  options: ComputeDriftOptions,
): { score: number; statistic?: number } {
  switch (methodId) {
    case 'ks': {
      const r = ks(pair as Extract<ColumnPair, { type: 'numeric' }>);
      return { score: r.pvalue, statistic: r.statistic };
    }
    case 'wasserstein':
      return { score: wasserstein(pair as Extract<ColumnPair, { type: 'numeric' }>) };
    case 'psi':
      return { score: psi(pair, options.psiBins ?? 'evidently') };
    case 'jensenshannon':
      return { score: jensenShannon(pair, options.jsBase) };
    case 'kl_div':
      return { score: klDiv(pair) };
    case 'hellinger':
      return { score: hellinger(pair) };
    case 'chisquare':
      return { score: chiSquare(pair).pvalue };
    case 'z':
      return { score: zTest(pair).pvalue };
    default:
      throw new Error(`drift method "${methodId}" is not computable`);
  }
}

/** What one column contributes to the evidence: its feature (absent when skipped) and its notes, in order. */
export interface ColumnDrift {
  feature?: DriftFeature;
  notes: string[];
}

/** The sides' names and sizes, all a column's scoring needs besides its two columns. */
export interface DriftSides {
  reference: { source: string; rows: number };
  current: { source: string; rows: number };
}

/** Scores one column present on both sides (pure: the same on any thread). */
export function driftColumn(
  refCol: SampleColumn,
  curCol: SampleColumn,
  sides: DriftSides,
  options: ComputeDriftOptions,
): ColumnDrift {
  const { reference, current } = sides;
  const method = resolveComputableMethod(options.method ?? 'auto');
  const notes: string[] = [];
  const name = refCol.name;
  const declared = options.columns?.[name];
  let type: ColumnType;
  if (declared) type = declared;
  else if (options.typeInference === 'legacy') type = refCol.type === curCol.type ? refCol.type : 'categorical';
  else {
    const inferred = inferColumnType(curCol);
    if (inferred === 'text') {
      notes.push(
        `column "${name}" is text (more than half of its values in ${current.source} are distinct): Evidently 0.7 judges text columns with a text-content classifier the gate does not compute, so it is not judged; declare it categorical under columns to judge its categories`,
      );
      return { notes };
    }
    type = inferred;
  }
  if (!declared && refCol.type !== curCol.type) {
    notes.push(`column "${name}" is numeric on one side and categorical on the other; compared as categories`);
  }
  if (type === 'numeric' && (refCol.type !== 'numeric' || curCol.type !== 'numeric')) type = 'categorical';
  const base: DriftFeature = {
    name,
    type,
    method: method === 'auto' ? '' : method,
    score: null,
    missing: { reference: refCol.missing, current: curCol.missing },
    rows: { reference: reference.rows, current: current.rows },
  };
  const refCount = refCol.type === 'numeric' ? refCol.values.length : refCol.codes.length;
  const curCount = curCol.type === 'numeric' ? curCol.values.length : curCol.codes.length;
  if (refCount === 0 || curCount === 0) {
    const side = refCount === 0 ? reference.source : current.source;
    notes.push(`column "${name}" has no value in ${side} once missing values are dropped; it cannot be judged`);
    if (!base.method) base.method = chooseMethod(refCount, type, 0);
    base.threshold = thresholdFor(name, methodInfo(base.method), method, options.thresholds);
    return { feature: base, notes };
  }
  const prepared = prepare(refCol, curCol, type);
  // Evidently chooses by the reference's size once missing values are dropped and the unique values of both sides.
  let methodId = method === 'auto' ? chooseMethod(refCount, type, prepared.unique) : method;
  if (NUMERIC_ONLY.has(methodId) && prepared.pair.type !== 'numeric') {
    const fallback = chooseMethod(refCount, 'categorical', prepared.unique);
    notes.push(
      `${methodId} does not apply to categorical column "${name}"; used ${fallback} as Evidently's auto would`,
    );
    methodId = fallback;
  }
  const info = methodInfo(methodId);
  const threshold = thresholdFor(name, info, method, options.thresholds);
  const bad = thresholdProblem(info, threshold);
  if (bad) throw new Error(`drift threshold for column "${name}": ${bad}`);
  const { score: value, statistic } = score(methodId, prepared.pair, options);
  const feature: DriftFeature = {
    ...base,
    method: methodId,
    score: value,
    threshold,
    drifted: Number.isNaN(value) ? undefined : isDrift(info, value, threshold),
    ...(statistic !== undefined ? { statistic } : {}),
    histogram: histogram(prepared.pair, prepared.pair.type === 'numeric' ? prepared.unique : undefined),
  };
  return { feature, notes };
}

/** The evidence from each reference column's result (null: absent from the current sample), in column order. */
function assemble(
  reference: Table,
  current: Table,
  options: ComputeDriftOptions,
  results: Array<ColumnDrift | null>,
): DriftEvidence {
  const datasetShare = options.datasetShare ?? 0.5;
  const notes: string[] = [...reference.notes, ...current.notes];
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const features: DriftFeature[] = [];
  reference.columns.forEach((refCol, i) => {
    const r = results[i];
    if (!r) {
      notes.push(`column "${refCol.name}" is in ${reference.source} only; skipped`);
      return;
    }
    notes.push(...r.notes);
    if (r.feature) features.push(r.feature);
  });
  for (const c of current.columns) {
    if (!referenceNames.has(c.name)) notes.push(`column "${c.name}" is in ${current.source} only; skipped`);
  }
  const judged = features.filter((f) => f.drifted !== undefined);
  const drifted = judged.filter((f) => f.drifted).length;
  const total = judged.length;
  const share = total === 0 ? 0 : drifted / total;
  return {
    source: options.source ?? `${reference.source} vs ${current.source}`,
    format: 'computed',
    features,
    dataset: { drifted, total, share, threshold: datasetShare },
    notes,
  };
}

const sidesOf = (reference: Table, current: Table): DriftSides => ({
  reference: { source: reference.source, rows: reference.rows },
  current: { source: current.source, rows: current.rows },
});

/** Compares every column present on both sides. */
export function computeDrift(reference: Table, current: Table, options: ComputeDriftOptions = {}): DriftEvidence {
  resolveComputableMethod(options.method ?? 'auto');
  const currentByName = new Map(current.columns.map((c) => [c.name, c]));
  const sides = sidesOf(reference, current);
  const results = reference.columns.map((refCol) => {
    const curCol = currentByName.get(refCol.name);
    return curCol ? driftColumn(refCol, curCol, sides, options) : null;
  });
  return assemble(reference, current, options, results);
}

/** Below this many values over both samples the columns are scored on one thread unless threads are asked for. */
export const MIN_THREADED_VALUES = 500_000;

/** A column to score on a worker (src/workers/worker.ts). */
export interface ScoreTask {
  kind: 'score';
  reference: SampleColumn;
  current: SampleColumn;
  sides: DriftSides;
  options: ComputeDriftOptions;
}

const valueCount = (t: Table): number =>
  t.columns.reduce((s, c) => s + (c.type === 'numeric' ? c.values.length : c.codes.length), 0);

/**
 * computeDrift with the columns sorted and scored on worker threads (`threads`: as readSamples's option).
 * The evidence is identical; it falls back to computeDrift where threads do not pay off or cannot run.
 */
export async function computeDriftThreaded(
  reference: Table,
  current: Table,
  options: ComputeDriftOptions = {},
  requestedThreads?: number,
): Promise<DriftEvidence> {
  const { threads, explicit } = threadCount(requestedThreads);
  const small = !explicit && valueCount(reference) + valueCount(current) < MIN_THREADED_VALUES;
  if (threads <= 1 || small || !workersAvailable()) return computeDrift(reference, current, options);
  resolveComputableMethod(options.method ?? 'auto');
  const currentByName = new Map(current.columns.map((c) => [c.name, c]));
  const sides = sidesOf(reference, current);
  const settled = await Promise.allSettled(
    reference.columns.map((refCol) => {
      const curCol = currentByName.get(refCol.name);
      if (!curCol) return Promise.resolve(null);
      const task: ScoreTask = { kind: 'score', reference: refCol, current: curCol, sides, options };
      return runTask<ColumnDrift>(task, threads, () => driftColumn(refCol, curCol, sides, options));
    }),
  );
  const results = settled.map((s) => {
    if (s.status === 'fulfilled') return s.value;
    // The first column in order that failed: the error computeDrift throws.
    throw new Error((s.reason as TaskError).message);
  });
  return assemble(reference, current, options, results);
}

/** Whether the dataset as a whole drifted: the share of drifted columns reached the limit. */
export function datasetDrifted(evidence: DriftEvidence): boolean {
  const d = evidence.dataset;
  return !!d && d.total > 0 && d.share >= (d.threshold ?? 0.5);
}

// ---- Histograms for the comment ----

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

// ---- The generic report (docs/evidence-formats.md "Generic", the `drift` command's output) ----

export interface GenericDriftReport {
  /** Each feature as in DriftEvidence, keyed by its name. */
  features: Record<string, Omit<DriftFeature, 'name'>>;
  dataset: { drifted: number; total: number; share: number; threshold: number; detected: boolean };
  notes?: string[];
}

/** Plain JSON that the generic drift report reader reads back. Non-finite scores become null. */
export function toGenericReport(evidence: DriftEvidence): GenericDriftReport {
  const features: GenericDriftReport['features'] = {};
  for (const f of evidence.features) {
    setKey(features, f.name, {
      type: f.type,
      method: f.method,
      score: f.score !== null && Number.isFinite(f.score) ? f.score : null,
      threshold: f.threshold,
      drifted: f.drifted,
      ...(f.statistic !== undefined ? { statistic: f.statistic } : {}),
      missing: f.missing,
      rows: f.rows,
      histogram: f.histogram,
    });
  }
  const d = evidence.dataset ?? { drifted: 0, total: 0, share: 0 };
  const threshold = d.threshold ?? 0.5;
  return {
    features,
    dataset: { drifted: d.drifted, total: d.total, share: d.share, threshold, detected: datasetDrifted(evidence) },
    ...(evidence.notes.length ? { notes: evidence.notes } : {}),
  };
}

// Drift of a current sample against a reference, column by column, judged by the same rules whatever
// the method: Evidently's per-column choice for `auto`, its default thresholds unless the policy gives
// others, and dataset drift when the share of drifted columns reaches the limit (Evidently's 0.5).
//
// The jobs live beside this file: options.ts (the vocabulary), columns.ts (typing and preparing a column
// pair), choose.ts (method and threshold), methods.ts (the registry and its scorers), histogram.ts and
// assemble.ts (the evidence and the generic report). This file scores one column and runs them all.
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

import type { SampleColumn, Table } from '../evidence/table.js';
import type { ColumnType, DriftEvidence, DriftFeature } from '../types.js';
import { isDrift, thresholdProblem } from './methods.js';
import { inferColumnType, prepare } from './columns.js';
import { appliesTo, chooseMethod, methodInfo, resolveComputableMethod, thresholdFor } from './choose.js';
import { histogram } from './histogram.js';
import { assemble } from './assemble.js';
import type { ColumnDrift, ComputeDriftOptions, DriftSides } from './options.js';
import { runTask, threadCount, workersAvailable, type TaskError } from '../workers/pool.js';

// The module's public face stays here: callers import computeDrift and its helpers from compute.js.
export { inferColumnType } from './columns.js';
export { chooseMethod, resolveComputableMethod } from './choose.js';
export { histogram } from './histogram.js';
export { datasetDrifted, toGenericReport, type GenericDriftReport } from './assemble.js';
export {
  TYPE_INFERENCES,
  type ColumnDrift,
  type ComputeDriftOptions,
  type DriftSides,
  type TypeInference,
} from './options.js';

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
  let info = methodInfo(methodId);
  if (!appliesTo(info, prepared.pair.type)) {
    const fallback = chooseMethod(refCount, 'categorical', prepared.unique);
    notes.push(
      `${methodId} does not apply to categorical column "${name}"; used ${fallback} as Evidently's auto would`,
    );
    methodId = fallback;
    info = methodInfo(methodId);
  }
  const threshold = thresholdFor(name, info, method, options.thresholds);
  const bad = thresholdProblem(info, threshold);
  if (bad) throw new Error(`drift threshold for column "${name}": ${bad}`);
  if (!info.score) throw new Error(`drift method "${methodId}" is not computable`);
  const { score: value, statistic } = info.score(prepared.pair, options);
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

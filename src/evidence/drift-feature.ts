// Builds one DriftFeature from whatever a tool wrote, the same way for every format: the method goes through
// resolveMethod(), an unknown method keeps its raw name (the drift rule reports it as a finding, never a
// silent pass), a score the tool could not compute (NaN, Infinity, null) becomes null with a note (and the
// drift rule fails it), and a score out of its method's range (p-value outside [0, 1], negative distance)
// makes the report invalid.

import { resolveMethod, type MethodKind } from '../drift/methods.js';
import type { ColumnType, DriftFeature, Histogram } from '../types.js';
import { requireCount, requireNumber } from './metric-values.js';
import { EvidenceError, describeValue, formatPath, isFiniteNumber, isRecord, type DocPath } from './result.js';

export interface RawFeature {
  name: string;
  /** The tool's method name, or undefined when the tool did not record it. */
  method: string | undefined;
  score: unknown;
  threshold?: unknown;
  type?: ColumnType;
  drifted?: boolean;
  statistic?: unknown;
  histogram?: Histogram;
  missing?: { reference: number; current: number };
  rows?: { reference: number; current: number };
  /** Keys of the score and threshold under the feature's DocPath, for line numbers (default score/threshold). */
  keys?: { score?: string; threshold?: string };
}

/** Written as `method` when a tool ran a drift test without recording which one (Evidently's auto choice). */
export const UNRECORDED_METHOD = 'unrecorded';

/**
 * `tool` names the writer in notes ("Evidently wrote NaN ..."). `at` points at the feature for messages.
 * Scores must be numbers or null; a string score is an error in any format.
 */
export function buildFeature(raw: RawFeature, at: DocPath, tool: string, notes: string[]): DriftFeature {
  let method: string;
  if (raw.method === undefined || raw.method.trim() === '') {
    method = UNRECORDED_METHOD;
    notes.push(
      `${raw.name}: ${tool} did not record which drift method it used, so the score's direction is unknown; set the method explicitly when producing the report`,
    );
  } else {
    const known = resolveMethod(raw.method);
    method = known ? known.id : raw.method;
    if (!known)
      notes.push(
        `${raw.name}: unknown drift method '${raw.method}'; the gate cannot tell whether a high or a low score means drift`,
      );
  }
  const score = isFiniteNumber(raw.score)
    ? raw.score
    : readScore(raw.score, raw.name, [...at, raw.keys?.score ?? 'score'], tool, notes);
  const kind = resolveMethod(method)?.kind;
  const feature: DriftFeature = {
    name: raw.name,
    method,
    score:
      score === null ? null : checkRange(score, kind, raw.name, 'drift score', [...at, raw.keys?.score ?? 'score']),
  };
  if (raw.threshold !== undefined && raw.threshold !== null) {
    const where = [...at, raw.keys?.threshold ?? 'threshold'];
    feature.threshold = checkRange(requireNumber(raw.threshold, where), kind, raw.name, 'threshold', where);
  }
  if (raw.type) feature.type = raw.type;
  if (raw.drifted !== undefined) feature.drifted = raw.drifted;
  if (isFiniteNumber(raw.statistic)) feature.statistic = raw.statistic;
  if (raw.histogram) feature.histogram = raw.histogram;
  if (raw.missing) feature.missing = raw.missing;
  if (raw.rows) feature.rows = raw.rows;
  return feature;
}

/**
 * A p-value lies in [0, 1] and a distance is never negative: anything else is not a score the tool could
 * have computed, so the report is refused (fail closed) rather than judged. Unknown methods are left to
 * the drift rule, which fails them.
 */
function checkRange(value: number, kind: MethodKind | undefined, name: string, what: string, at: DocPath): number {
  if (kind === 'pvalue' && (value < -ROUNDING || value > 1 + ROUNDING))
    throw new EvidenceError(
      `the ${what} of '${name}' is ${value}, but its method gives a p-value, which lies between 0 and 1; the report is invalid, regenerate it`,
      at,
    );
  if (kind === 'distance' && value < -ROUNDING)
    throw new EvidenceError(
      `the ${what} of '${name}' is ${value}, but its method gives a distance, which is never negative; the report is invalid, regenerate it`,
      at,
    );
  // Floating-point noise (a KL divergence of -1e-17) is the boundary it missed.
  return kind === 'pvalue' ? Math.min(1, Math.max(0, value)) : kind === 'distance' ? Math.max(0, value) : value;
}

/** How far past its range a score may be and still count as rounding. */
const ROUNDING = 1e-9;

function readScore(raw: unknown, name: string, at: DocPath, tool: string, notes: string[]): number | null {
  if (isFiniteNumber(raw)) return raw;
  if (raw === null || raw === undefined) {
    notes.push(`${name}: ${tool} gives no drift score`);
    return null;
  }
  if (typeof raw === 'number') {
    notes.push(
      `${name}: ${tool} wrote ${describeValue(raw)} as the drift score (it could not compute one); kept as no score`,
    );
    return null;
  }
  throw new EvidenceError(
    `the drift score of '${name}' is ${describeValue(raw)}; write a number, or null when there is none`,
    at,
  );
}

/** Column types as tools spell them: numeric/num/numerical, categorical/cat/category. Others are dropped. */
export function columnType(raw: unknown): ColumnType | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.toLowerCase();
  if (t === 'numeric' || t === 'num' || t === 'numerical') return 'numeric';
  if (t === 'categorical' || t === 'cat' || t === 'category') return 'categorical';
  return undefined;
}

/** { reference, current } counts. */
export function readPair(raw: unknown, at: DocPath): { reference: number; current: number } {
  if (!isRecord(raw))
    throw new EvidenceError(`${formatPath(at)} must be { "reference": <count>, "current": <count> }`, at);
  return {
    reference: requireCount(raw.reference, [...at, 'reference']),
    current: requireCount(raw.current, [...at, 'current']),
  };
}

/** A histogram written in the generic form: { labels, reference, current } of equal lengths. */
export function readHistogram(raw: unknown, at: DocPath): Histogram {
  const shape = `${formatPath(at)} must be { "labels": [...], "reference": [numbers], "current": [numbers] } of equal lengths`;
  if (!isRecord(raw) || !Array.isArray(raw.labels) || !Array.isArray(raw.reference) || !Array.isArray(raw.current)) {
    throw new EvidenceError(shape, at);
  }
  const { labels, reference, current } = raw;
  if (reference.length !== labels.length || current.length !== labels.length) throw new EvidenceError(shape, at);
  return {
    labels: labels.map((l) => String(l)),
    // Check before building a path: histograms are the bulk of a report, and paths are only for errors.
    reference: reference.map((v, i) => (isFiniteNumber(v) ? v : requireNumber(v, [...at, 'reference', i]))),
    current: current.map((v, i) => (isFiniteNumber(v) ? v : requireNumber(v, [...at, 'current', i]))),
  };
}

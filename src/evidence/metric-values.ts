// One metric value as the generic, flat and inline forms write it: a number, or
// { "value": 0.874, "ci": [0.869, 0.879], "n": 1200 }. Anything else is refused with a message that names
// the metric and shows what to write, because a policy check on a misread value is worse than none.

import type { MetricValue } from '../types.js';
import type { EntryBudget } from './limits.js';
import { EvidenceError, formatPath, hasKey, isFiniteNumber, isRecord, setKey, type DocPath } from './result.js';

/** How deep DVC-style groups ({"eval": {"auc": 0.9}} -> "eval.auc") may nest. */
const MAX_GROUP_DEPTH = 4;

/** Why a value is not a usable number, phrased for the person who wrote it. */
export function notANumberMessage(raw: unknown, label: string): string {
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if (trimmed !== '' && Number.isFinite(Number(trimmed))) {
      return `${label} is the string '${raw}'; write it as a number without quotes: ${Number(trimmed)}`;
    }
    return `${label} is the string '${raw}'; write a number like 0.91`;
  }
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) {
      return `${label} is NaN (not a number): the tool that wrote it could not compute it; fix the evaluation or leave the metric out`;
    }
    return `${label} is ${raw > 0 ? 'Infinity' : '-Infinity'}; write a finite number`;
  }
  if (raw === null) return `${label} is null; write a number like 0.91, or leave the metric out`;
  if (raw === undefined) return `${label} is missing; write a number like 0.91`;
  if (typeof raw === 'boolean') return `${label} is the boolean ${raw}; write a number like 0.91`;
  if (Array.isArray(raw))
    return `${label} is a list; write a number like 0.91, or { "value": 0.91, "ci": [0.89, 0.93] }`;
  return `${label} is an object without "value"; write a number, or { "value": 0.874, "ci": [0.869, 0.879], "n": 1200 }`;
}

/** A finite number, or an EvidenceError pointing at the value. */
export function requireNumber(raw: unknown, at: DocPath): number {
  if (isFiniteNumber(raw)) return raw;
  throw new EvidenceError(notANumberMessage(raw, formatPath(at)), at);
}

/** A count (sample size, rows): a whole number >= 0. */
export function requireCount(raw: unknown, at: DocPath): number {
  const n = requireNumber(raw, at);
  if (!Number.isInteger(n) || n < 0) {
    throw new EvidenceError(`${formatPath(at)} is ${n}; it counts rows, so write a whole number >= 0`, at);
  }
  return n;
}

/** A metric written as a number or as { value, ci?, n? }. */
export function readMetricValue(raw: unknown, at: DocPath): MetricValue {
  if (isFiniteNumber(raw)) return { value: raw };
  if (!isRecord(raw) || !('value' in raw)) {
    if (isRecord(raw) && ('ci' in raw || 'n' in raw)) {
      throw new EvidenceError(
        `${formatPath(at)} has ${'ci' in raw ? 'ci' : 'n'} but no "value"; add "value": <the metric>`,
        at,
      );
    }
    throw new EvidenceError(notANumberMessage(raw, formatPath(at)), at);
  }
  const out: MetricValue = { value: requireNumber(raw.value, [...at, 'value']) };
  if (raw.ci !== undefined) out.ci = readInterval(raw.ci, [...at, 'ci']);
  if (raw.n !== undefined) out.n = requireCount(raw.n, [...at, 'n']);
  return out;
}

function readInterval(raw: unknown, at: DocPath): [number, number] {
  if (!Array.isArray(raw) || raw.length !== 2) {
    throw new EvidenceError(`${formatPath(at)} must be [low, high], two numbers like [0.869, 0.879]`, at);
  }
  const low = requireNumber(raw[0], [...at, 0]);
  const high = requireNumber(raw[1], [...at, 1]);
  if (low > high) {
    throw new EvidenceError(`${formatPath(at)} is [${low}, ${high}]: low is above high; write [low, high]`, at);
  }
  return [low, high];
}

/**
 * A map of metric name -> value. Groups without "value" nest the way DVC writes them
 * ({"eval": {"auc": 0.9}} gives "eval.auc"). `skip` names keys that are not metrics (model_version, ...).
 */
export function readMetricMap(
  raw: unknown,
  at: DocPath,
  skip: ReadonlySet<string> = new Set(),
  budget?: EntryBudget,
): Record<string, MetricValue> {
  if (!isRecord(raw)) {
    throw new EvidenceError(
      `${formatPath(at) || 'the file'} must be an object of metric names to numbers, like { "auc": 0.91 }`,
      at,
    );
  }
  const out: Record<string, MetricValue> = {};
  collect(raw, at, '', 0, skip, out, budget);
  return out;
}

function collect(
  obj: Record<string, unknown>,
  at: DocPath,
  prefix: string,
  depth: number,
  skip: ReadonlySet<string>,
  out: Record<string, MetricValue>,
  budget: EntryBudget | undefined,
): void {
  const entries = Object.entries(obj);
  // Every key at this level is at least one metric: refuse an oversized map before reading any of it.
  budget?.ahead(entries.length - (depth === 0 ? skip.size : 0));
  for (const [key, value] of entries) {
    if (depth === 0 && skip.has(key)) continue;
    const here = [...at, key];
    const name = prefix + key;
    const isGroup = isRecord(value) && !('value' in value) && !('ci' in value) && !('n' in value);
    if (isGroup && depth < MAX_GROUP_DEPTH && Object.keys(value).length > 0) {
      collect(value, here, `${name}.`, depth + 1, skip, out, budget);
      continue;
    }
    if (hasKey(out, name)) throw new EvidenceError(`the metric "${name}" is written twice; keep one`, here);
    budget?.take();
    setKey(out, name, readMetricValue(value, here));
  }
}

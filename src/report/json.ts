// The decision record (README, docs/github.md "The decision record"): the same bytes for the same report, whatever order the engine
// happened to build its objects in. Keys follow the documented shape, then any others alphabetically.

import type { Report } from '../types.js';

// One list serves every object in the record: each object's documented keys appear in it in order.
// prettier-ignore
const KEY_ORDER = [
  // report: schema, decision, evaluated_at, summary, policy, models, inputs, context
  // model: manifest, name, version, risk_tier, decision, baseline, scorecard, findings, metrics, drift,
  // drift_summary, waivers, notes
  'schema', 'manifest', 'name', 'version', 'risk_tier', 'decision', 'evaluated_at', 'summary', 'policy', 'models',
  'inputs', 'context', 'baseline', 'scorecard', 'findings', 'metrics', 'drift', 'drift_summary', 'waivers', 'notes',
  // policy and input: source, ref, sha256, builtin; path, sha256
  'path', 'source', 'ref', 'sha256', 'builtin',
  // finding
  'rule', 'status', 'subject', 'actual', 'expected', 'message', 'fix', 'file', 'line', 'column', 'waiver',
  'significance',
  // significance: test, alpha, statistic, p_value, n (candidate, baseline), significant
  'test', 'alpha', 'statistic', 'p_value', 'n', 'candidate', 'significant',
  // waiver
  'ticket', 'approved_by', 'expires', 'days_left', 'reason', 'approval_verified',
  // metric comparison, drift feature, histogram, scorecard entry
  'slice', 'value', 'delta', 'better', 'type', 'method', 'score', 'threshold', 'direction', 'drifted', 'severity',
  'histogram', 'labels', 'reference', 'current', 'passed', 'total',
  // drift summary (drifted, total as above)
  'share', 'limit', 'counted_from', 'features',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));
/** Maps keyed by user or engine data (rule families, context), ordered alphabetically. */
const RECORD_KEYS = new Set(['scorecard', 'context']);

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown, compare: (a: string, b: string) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, compare));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compare)) {
    const child = (value as Record<string, unknown>)[key];
    // A record's own keys sort by name; the objects inside it are documented shapes again (or more records).
    out[key] =
      RECORD_KEYS.has(key) && child && typeof child === 'object' && !Array.isArray(child)
        ? Object.fromEntries(
            Object.keys(child)
              .sort(byName)
              .map((k) => [k, ordered((child as Record<string, unknown>)[k], key === 'context' ? byName : byRank)]),
          )
        : ordered(child, compare);
  }
  return out;
}

/** Stable key order, 2-space indent, trailing newline. Non-finite numbers become null, as in JSON.stringify. */
export function renderJson(report: Report): string {
  return JSON.stringify(ordered(report, byRank), null, 2) + '\n';
}

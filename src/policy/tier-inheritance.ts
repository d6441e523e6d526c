// Tier inheritance (`extends`): require lists are unioned (parent first); metrics, slices, drift,
// lifecycle and approvals merge field by field, so a child can raise just `auc.min` and keep the
// parent's `auc.max_drop`. A map-valued feature_threshold merges by method; a number replaces.

import { isRecord, own, setKey } from '../evidence/result.js';
import type { RawDrift, RawMetric, RawPolicy, RawTier } from './raw-policy.js';
import { tierNames } from './raw-policy.js';
import { formatPath, problem } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';

function mergeByKey<T extends object>(parent?: Record<string, T>, child?: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...parent };
  for (const [k, v] of Object.entries(child ?? {})) setKey(out, k, { ...own(parent, k), ...v });
  return out;
}

function mergeTier(parent: RawTier, child: RawTier): RawTier {
  const merged: RawTier = {
    require: [...new Set([...(parent.require ?? []), ...(child.require ?? [])])],
    metrics: mergeByKey(parent.metrics, child.metrics),
    slices: mergeByKey(parent.slices, child.slices),
  };
  if (parent.drift || child.drift) {
    const drift: RawDrift = { ...parent.drift, ...child.drift };
    const [pf, cf] = [parent.drift?.feature_threshold, child.drift?.feature_threshold];
    if (isRecord(pf) && isRecord(cf)) drift.feature_threshold = { ...pf, ...cf };
    if (parent.drift?.columns || child.drift?.columns)
      drift.columns = { ...parent.drift?.columns, ...child.drift?.columns };
    merged.drift = drift;
  }
  if (parent.lifecycle || child.lifecycle) merged.lifecycle = { ...parent.lifecycle, ...child.lifecycle };
  if (parent.approvals || child.approvals) merged.approvals = { ...parent.approvals, ...child.approvals };
  return merged;
}

export function resolveTiers(raw: RawPolicy): Record<string, RawTier> {
  // A Map: tier names are the policy author's words, and `constructor` must not find Object's.
  const resolved = new Map<string, RawTier>();
  const resolve = (name: string): RawTier => {
    const done = resolved.get(name);
    if (done) return done;
    const written = raw.tiers[name] as RawTier;
    const merged = written.extends ? mergeTier(resolve(written.extends), written) : mergeTier({}, written);
    resolved.set(name, merged);
    return merged;
  };
  for (const name of tierNames(raw as unknown as Record<string, unknown>)) resolve(name);
  return Object.fromEntries(resolved);
}

/**
 * Contradictions that may only show once a tier has inherited its parent's rules. Reported on the tier
 * that writes the metric, so a conflict in a parent is not repeated for every child.
 */
export function resolvedProblems(raw: RawPolicy, tiers: Record<string, RawTier>, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  for (const [name, tier] of Object.entries(tiers)) {
    const written = raw.tiers[name] as RawTier;
    const inherits = written.extends ? ` (with what it inherits from ${written.extends})` : '';
    for (const family of ['metrics', 'slices'] as const) {
      for (const [metric, rule] of Object.entries(tier[family] ?? {})) {
        if (!own(written[family], metric)) continue;
        const at: Path = ['tiers', name, family, metric];
        const r = rule as RawMetric;
        if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
          problems.push(
            problem(
              parsed,
              at,
              `${formatPath(at)}: min ${r.min} is above max ${r.max}${inherits}, so no value can pass`,
              'lower min or raise max',
            ),
          );
        }
        if (r.max_drop !== undefined && r.max_increase !== undefined) {
          problems.push(
            problem(
              parsed,
              at,
              `${formatPath(at)} has both max_drop and max_increase${inherits}; a metric is better either higher (max_drop) or lower (max_increase)`,
              'keep max_drop where higher is better (auc), max_increase where lower is better (latency)',
            ),
          );
        }
      }
    }
  }
  return problems;
}

// A resolved raw tier as the rules read it: tolerances parsed ("2%" is relative), drift method aliases
// made canonical, defaults filled in.

import { resolveMethod } from '../drift/methods.js';
import { POLICY_DEFAULTS } from './defaults.js';
import type { RawDrift, RawMetric, RawTier } from './raw-policy.js';
import type { DriftRule, MetricRule, Tier, Tolerance } from './types.js';

function tolerance(value: number | string | undefined): Tolerance | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'absolute', value, text: String(value) };
  return { kind: 'relative', value: Number(value.slice(0, -1)) / 100, text: value };
}

function metricRule(raw: RawMetric): MetricRule {
  const rule: MetricRule = {};
  if (raw.min !== undefined) rule.min = raw.min;
  if (raw.max !== undefined) rule.max = raw.max;
  if (raw.max_drop !== undefined) rule.max_drop = tolerance(raw.max_drop);
  if (raw.max_increase !== undefined) rule.max_increase = tolerance(raw.max_increase);
  if (raw.significance !== undefined) rule.significance = raw.significance;
  return rule;
}

function driftRule(raw: RawDrift): DriftRule {
  const rule: DriftRule = {
    method: raw.method === undefined || raw.method === 'auto' ? 'auto' : resolveMethod(raw.method)!.id,
    max_drifted_share: raw.max_drifted_share ?? POLICY_DEFAULTS.maxDriftedShare,
  };
  const ft = raw.feature_threshold;
  if (typeof ft === 'number') rule.feature_threshold = ft;
  else if (ft)
    rule.feature_threshold = Object.fromEntries(Object.entries(ft).map(([k, v]) => [resolveMethod(k)!.id, v]));
  if (raw.columns) rule.columns = { ...raw.columns };
  if (raw.type_inference) rule.type_inference = raw.type_inference;
  return rule;
}

export function buildTier(name: string, raw: RawTier, parent: string | undefined): Tier {
  const tier: Tier = {
    name,
    ...(parent ? { extends: parent } : {}),
    require: raw.require ?? [],
    metrics: Object.fromEntries(Object.entries(raw.metrics ?? {}).map(([k, v]) => [k, metricRule(v)])),
    slices: Object.fromEntries(Object.entries(raw.slices ?? {}).map(([k, v]) => [k, { ...v }])),
  };
  if (raw.drift) tier.drift = driftRule(raw.drift);
  if (raw.lifecycle) tier.lifecycle = { ...raw.lifecycle };
  if (raw.approvals) {
    tier.approvals = { min: raw.approvals.min ?? POLICY_DEFAULTS.approvalsMin, from: raw.approvals.from ?? [] };
    if (raw.approvals.require_latest_commit !== undefined) {
      tier.approvals.require_latest_commit = raw.approvals.require_latest_commit;
    }
  }
  return tier;
}

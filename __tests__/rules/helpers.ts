// Builds engine inputs directly (no YAML), so rule tests state exactly the situation they judge.

import type { LoadedManifest, Manifest, Policy, Tier } from '../../src/policy/types.js';
import type { BaselineRelease, ReleaseEvidence } from '../../src/rules/types.js';
import type { DriftEvidence, MetricsEvidence } from '../../src/types.js';

export function tier(partial: Partial<Tier> = {}): Tier {
  return { name: 'medium', require: [], metrics: {}, slices: {}, ...partial };
}

export function policy(tiers: Record<string, Tier>, partial: Partial<Policy> = {}): Policy {
  return {
    apiVersion: 'model-release-gate/v1',
    source: '.github/model-release-policy.yml',
    builtin: false,
    sha256: 'f'.repeat(64),
    manifests: ['models/**/model-release.yml'],
    owners: ['@risk-lead'],
    protected: [],
    defaultTier: Object.keys(tiers)[0],
    tiers,
    waivers: { max_days: 90 },
    limits: { max_file_bytes: 50 * 1024 * 1024, max_metrics: 10_000, max_slices: 1_000, max_features: 10_000 },
    positionOf: () => undefined,
    ...partial,
  };
}

export function manifest(partial: Partial<Manifest> = {}, model: Partial<Manifest['model']> = {}): Manifest {
  const m: Manifest = {
    apiVersion: 'model-release-gate/v1',
    model: { name: 'churn', version: '2.0.0', ...model },
    waivers: [],
    data: {},
    ...partial,
  };
  m.data = { ...(m as unknown as Record<string, unknown>) };
  return m;
}

export function metrics(
  values: Record<string, number | MetricsEvidence['metrics'][string]>,
  extra: Partial<MetricsEvidence> = {},
): MetricsEvidence {
  const out: MetricsEvidence['metrics'] = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'number' ? { value: v } : v;
  return { source: 'models/churn/eval/metrics.json', format: 'generic', metrics: out, slices: {}, notes: [], ...extra };
}

export function drift(features: DriftEvidence['features']): DriftEvidence {
  return { source: 'models/churn/eval/drift.json', format: 'generic', features, notes: [] };
}

export function release(
  m: Manifest,
  parts: Partial<ReleaseEvidence> = {},
  baseline?: BaselineRelease | null,
): ReleaseEvidence {
  const loaded: LoadedManifest = {
    path: 'models/churn/model-release.yml',
    manifest: m,
    findings: [],
    positionOf: (p) => (p[0] === 'waivers' ? { line: 20 + Number(p[1] ?? 0), column: 5 } : { line: 7, column: 3 }),
  };
  return { loaded, loadFindings: [], baseline: baseline ?? null, inputs: [], ...parts };
}

export function baselineOf(
  values: Record<string, number | MetricsEvidence['metrics'][string]>,
  extra: Partial<MetricsEvidence> = {},
): BaselineRelease {
  return {
    path: 'models/churn/model-release.yml',
    manifest: manifest({}, { version: '1.0.0' }),
    metrics: metrics(values, extra),
    inputs: [],
  };
}

export const NOW = new Date('2026-11-27T10:00:00Z');

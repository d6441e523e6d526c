// The demo repository of the end-to-end suite: a policy on the base commit, one model release (churn),
// and the changes each scenario's pull request makes. Written here, not copied, so each scenario can
// say exactly what its PR does.

import type { Files } from './harness.js';

export const POLICY_PATH = '.github/model-release-policy.yml';
export const MANIFEST = 'models/churn/model-release.yml';
export const METRICS = 'models/churn/eval/metrics.json';
export const DRIFT = 'models/churn/eval/drift.json';

export function policy(aucMin = 0.8): string {
  return `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ["@gov-alice"]
tiers:
  default: medium
  medium:
    require: [model.owner, model.intended_use]
    metrics:
      auc: { min: ${aucMin}, max_drop: 0.05 }
      latency_p95_ms: { max: 250 }
    drift:
      method: psi
      feature_threshold: 0.2
      max_drifted_share: 0.5
waivers: { max_days: 90 }
`;
}

export interface Release {
  name?: string;
  version: string;
  auc: number;
  tenurePsi?: number;
  waiver?: { expires: string };
}

export function manifest(r: Release): string {
  const waiver = r.waiver
    ? `waivers:
  - rule: drift.feature
    subject: tenure_days
    reason: Seasonal shift; retraining is scheduled.
    ticket: GOV-142
    approved_by: "@gov-alice"
    expires: ${r.waiver.expires}
`
    : '';
  return `apiVersion: model-release-gate/v1
model:
  name: ${JSON.stringify(r.name ?? 'churn-classifier')}
  version: ${JSON.stringify(r.version)}
  owner: "@acme/churn-ml"
  intended_use: Rank accounts by churn risk for retention outreach.
evaluation:
  metrics: eval/metrics.json
drift:
  report: eval/drift.json
${waiver}`;
}

export function release(r: Release): Files {
  return {
    [MANIFEST]: manifest(r),
    [METRICS]:
      JSON.stringify({ model_version: r.version, metrics: { auc: r.auc, latency_p95_ms: 120 } }, null, 2) + '\n',
    [DRIFT]:
      JSON.stringify(
        {
          features: {
            tenure_days: { method: 'psi', score: r.tenurePsi ?? 0.05 },
            plan: { method: 'psi', score: 0.02 },
            region: { method: 'psi', score: 0.01 },
          },
        },
        null,
        2,
      ) + '\n',
  };
}

export function baseFiles(): Files {
  return {
    'README.md': '# acme models\n',
    [POLICY_PATH]: policy(),
    ...release({ version: '3.1.0', auc: 0.9 }),
  };
}

export const READY = release({ version: '3.2.0', auc: 0.905 });
export const BLOCKED = release({ version: '3.2.0', auc: 0.78 });

export function inDays(days: number): string {
  return new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
}

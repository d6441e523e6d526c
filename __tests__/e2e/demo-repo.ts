// The demo repository of the end-to-end suite: a policy on the base commit, one model release (churn),
// and the changes each scenario's pull request makes. Written here, not copied, so each scenario can
// say exactly what its PR does.

import type { Files } from './harness.js';

export const POLICY_PATH = '.github/model-release-policy.yml';
export const MANIFEST = 'models/churn/model-release.yml';
export const METRICS = 'models/churn/eval/metrics.json';
export const DRIFT = 'models/churn/eval/drift.json';

/** Governance additions to the demo policy; each is YAML flow text as a user would write it. */
export interface Governance {
  owners?: string[];
  protected?: string[];
  /** The medium tier's approvals rule, e.g. `{ min: 1, from: ["@gov-alice"] }`. */
  approvals?: string;
  /** The medium tier's max_review_days (the lifecycle audit). */
  maxReviewDays?: number;
}

export function policy(aucMin = 0.8, g: Governance = {}): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ${list(g.owners ?? ['@gov-alice'])}
${g.protected ? `protected: ${list(g.protected)}\n` : ''}tiers:
  default: medium
  medium:
    require: [model.owner, model.intended_use]
${g.approvals ? `    approvals: ${g.approvals}\n` : ''}${g.maxReviewDays ? `    lifecycle: { max_review_days: ${g.maxReviewDays} }\n` : ''}
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
  waiver?: { expires: string; approvedBy?: string };
  lifecycle?: { status?: 'active' | 'deprecated' | 'retired'; reviewBy: string };
}

export function manifest(r: Release): string {
  const waiver = r.waiver
    ? `waivers:
  - rule: drift.feature
    subject: tenure_days
    reason: Seasonal shift; retraining is scheduled.
    ticket: GOV-142
    approved_by: ${JSON.stringify(r.waiver.approvedBy ?? '@gov-alice')}
    expires: ${r.waiver.expires}
`
    : '';
  const lifecycle = r.lifecycle
    ? `lifecycle: { status: ${r.lifecycle.status ?? 'active'}, review_by: ${r.lifecycle.reviewBy} }\n`
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
${lifecycle}${waiver}`;
}

/** A release's files; `dir` puts a second model beside churn (models/DIR/...). */
export function release(r: Release, dir = 'churn'): Files {
  const at = (p: string) => p.replace('models/churn/', `models/${dir}/`);
  return Object.fromEntries(Object.entries(releaseFiles(r)).map(([p, c]) => [at(p), c]));
}

function releaseFiles(r: Release): Files {
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

export function baseFiles(g: Governance = {}): Files {
  return {
    'README.md': '# acme models\n',
    [POLICY_PATH]: policy(0.8, g),
    ...release({ version: '3.1.0', auc: 0.9 }),
  };
}

export const READY = release({ version: '3.2.0', auc: 0.905 });
export const BLOCKED = release({ version: '3.2.0', auc: 0.78 });

export function inDays(days: number): string {
  return new Date(Date.now() + days * 86400_000).toISOString().slice(0, 10);
}

// The lifecycle audit run on a schedule: every manifest on the default branch, judged for lifecycle
// only (review overdue or due soon, retired models still present, deprecated ones past their date).

import { startOfDayUtc } from '../dates.js';
import { own } from '../evidence/result.js';
import type { LoadedManifest, Policy } from '../policy/types.js';
import { lifecycleRules, reviewState, type ReviewState } from './lifecycle.js';

/** The audit's name for each review-date problem the lifecycle rule reports. */
const REVIEW_SEVERITY: Partial<Record<ReviewState['kind'], AuditItem['severity']>> = {
  overdue: 'overdue',
  missing: 'no-review-date',
  'too-far': 'review-too-far',
  'due-soon': 'due-soon',
  invalid: 'invalid',
};

export interface AuditItem {
  manifest: string;
  name: string;
  version: string;
  owner?: string;
  /** What needs attention: each review-date problem by its own name (a missing date is not "overdue"). */
  severity: 'overdue' | 'no-review-date' | 'review-too-far' | 'due-soon' | 'retired' | 'deprecated' | 'invalid';
  message: string;
}

/** Every severity, the most urgent first: the audit lists items in this order. Only `due-soon` can wait. */
export const AUDIT_SEVERITIES: readonly AuditItem['severity'][] = [
  'invalid',
  'retired',
  'overdue',
  'no-review-date',
  'review-too-far',
  'deprecated',
  'due-soon',
];

export function auditLifecycle(manifests: LoadedManifest[], policy: Policy, now: Date): AuditItem[] {
  const items: AuditItem[] = [];
  for (const loaded of manifests) {
    const m = loaded.manifest;
    if (!m) {
      items.push({
        manifest: loaded.path,
        name: loaded.path,
        version: '?',
        severity: 'invalid',
        message: loaded.findings[0]?.message ?? 'the manifest is invalid',
      });
      continue;
    }
    const tier = own(policy.tiers, m.model.risk_tier ?? policy.defaultTier);
    if (!tier) continue;
    const findings = lifecycleRules({
      release: { loaded, loadFindings: [], baseline: null, inputs: [] },
      manifest: m,
      tier,
      policy,
      today: startOfDayUtc(now),
    });
    const status = m.lifecycle?.status ?? 'active';
    const review = reviewState(m.lifecycle?.review_by, tier.lifecycle?.max_review_days, startOfDayUtc(now)).kind;
    for (const f of findings) {
      if (f.status === 'pass') continue;
      let severity: AuditItem['severity'];
      if (f.rule === 'lifecycle.retired') severity = status === 'retired' ? 'retired' : 'deprecated';
      else severity = REVIEW_SEVERITY[review] ?? 'invalid';
      // A deprecated model is only news once its date has passed.
      if (severity === 'deprecated' && review !== 'overdue') continue;
      items.push({
        manifest: loaded.path,
        name: m.model.name,
        version: m.model.version,
        owner: m.model.owner,
        severity,
        message: f.message,
      });
    }
  }
  return items.sort(
    (a, b) =>
      AUDIT_SEVERITIES.indexOf(a.severity) - AUDIT_SEVERITIES.indexOf(b.severity) || (a.manifest < b.manifest ? -1 : 1),
  );
}

// The policy the gate uses when a repository has none (docs/policy.md explains each choice).
// It knows nothing of the organisation (no owners, no metric names), so it gates what every model
// release should have: documentation, traceable data, monitoring, a review date, drift evidence and
// a second pair of eyes for high-risk models.

import { loadPolicy } from './policy.js';
import type { Policy } from './types.js';

export const BUILTIN_POLICY_YAML = `# model-release-gate built-in default policy
apiVersion: model-release-gate/v1
manifests: ["**/model-release.yml"]
owners: []          # nobody can approve waivers until a policy names owners
protected: []
tiers:
  default: medium   # a manifest that names no risk_tier is treated as medium
  low:
    require: [model.owner, model.intended_use]
  medium:
    extends: low
    require:
      - model.limitations
      - evaluation.metrics
      - training_data.version
      - monitoring.alerts
      - lifecycle.review_by
    lifecycle: { max_review_days: 365 }
  high:
    extends: medium
    require: [training_data.source, training_data.sha256, monitoring.dashboard]
    drift:
      method: auto              # Evidently's per-column choice, Evidently's thresholds
      max_drifted_share: 0.3
    lifecycle: { max_review_days: 180 }
    approvals: { min: 1 }       # one approving review, from anyone but the author
waivers: { max_days: 90 }
limits: { max_file_mb: 50 }
`;

export const BUILTIN_POLICY_SOURCE = 'built-in';

let cached: Policy | undefined;

/** The built-in default policy, loaded once. */
export function builtinPolicy(): Policy {
  if (!cached) {
    const result = loadPolicy(BUILTIN_POLICY_YAML, BUILTIN_POLICY_SOURCE, { builtin: true });
    if (!result.ok) throw new Error(`built-in policy is invalid: ${result.errors.map((e) => e.message).join('; ')}`);
    cached = result.policy;
  }
  return cached;
}

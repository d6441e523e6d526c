// release.risk_tier_lowered: a pull request may not lower its own release's risk tier. The release is
// judged by the stricter of the production (base) tier and the tier it now names; a tier is stricter
// when it extends the other (it inherits every rule and adds its own). Tiers that do not extend one
// another cannot be ordered, so that change fails. A policy owner's approval lets the new tier apply.

import type { PullRequestContext } from '../context.js';
import type { Manifest, Policy } from '../policy/types.js';
import type { TierDecision } from './types.js';
import { ownerApprovals } from './waivers.js';

/** The tiers `name` inherits from, nearest first (the policy loader has refused cycles). */
function ancestors(policy: Policy, name: string): string[] {
  const out: string[] = [];
  for (let t = policy.tiers[name]?.extends; t && !out.includes(t); t = policy.tiers[t]?.extends) out.push(t);
  return out;
}

export function tierOf(policy: Policy, manifest: Manifest): string {
  return manifest.model.risk_tier ?? policy.defaultTier;
}

/**
 * The tier to judge a release by, given its production manifest (null: a first release). `where` is
 * the manifest position of `model.risk_tier` (or `model`) for the finding.
 */
export function decideTier(
  policy: Policy,
  head: Manifest,
  base: Manifest | null,
  pr: PullRequestContext | undefined,
  where: { file: string; line?: number; column?: number },
  /** In a merge queue: each pull request's tier change was judged (and approved) before it joined. */
  queued = false,
): TierDecision {
  const now = tierOf(policy, head);
  if (!base) return { tier: now };
  const before = tierOf(policy, base);
  // A base tier the policy no longer has cannot be compared; the head's tier was validated against it.
  if (before === now || !policy.tiers[before] || ancestors(policy, now).includes(before)) return { tier: now };

  const lowered = ancestors(policy, before).includes(now);
  const change = `risk_tier ${before} -> ${now}${head.model.risk_tier === undefined ? ' (the line was removed: the default tier)' : ''}`;
  if (queued)
    return {
      tier: now,
      finding: {
        rule: 'release.risk_tier_lowered',
        status: 'warn',
        subject: 'model.risk_tier',
        actual: now,
        expected: before,
        message: `${change}: not re-checked in the merge queue; the pull request needed a policy owner's approval of the change, or had to pass as ${before} (this gate's required check), before it could join the queue`,
        ...where,
      },
    };
  const { approvers, problems } = pr ? ownerApprovals(policy, pr) : { approvers: [], problems: [] };
  const owners = policy.owners.join(', ') || 'the policy names none';
  if (approvers.length > 0)
    return {
      tier: now,
      finding: {
        rule: 'release.risk_tier_lowered',
        status: 'pass',
        subject: 'model.risk_tier',
        actual: now,
        message: `${change}, approved by policy owner ${approvers.join(', ')}: judged as ${now}`,
        ...where,
      },
    };
  const why = problems.length > 0 ? `; ${[...new Set(problems)].join('; ')}` : '';
  const fix = `Keep risk_tier: ${before}, or ask a policy owner (${owners}) to approve the change.`;
  if (lowered)
    return {
      tier: before,
      finding: {
        rule: 'release.risk_tier_lowered',
        status: 'warn',
        subject: 'model.risk_tier',
        actual: now,
        expected: before,
        message: `${change} lowers the production tier: judged as ${before} until a policy owner approves the change${why}`,
        fix,
        ...where,
      },
    };
  return {
    tier: before,
    finding: {
      rule: 'release.risk_tier_lowered',
      status: 'fail',
      subject: 'model.risk_tier',
      actual: now,
      expected: `${before}, or a tier that extends it`,
      message: `${change}: neither tier extends the other, so the gate cannot tell which is stricter; judged as ${before}, and the change needs a policy owner's approval${why}`,
      fix,
      ...where,
    },
  };
}

// policy.protected: a pull request that changes a protected path (the policy, the workflow, pinned
// schemas) fails until a policy owner approves it. The policy file itself is always protected.

import picomatch from 'picomatch';
import type { PullRequestContext } from '../context.js';
import type { Policy } from '../policy/types.js';
import type { Finding } from '../types.js';
import { ownerApprovals } from './waivers.js';

export function protectedPathRule(policy: Policy, pr: PullRequestContext, policyChanges: string[] = []): Finding[] {
  const globs = [...policy.protected];
  if (!policy.builtin) globs.push(policy.source);
  if (globs.length === 0) return [];
  const isProtected = picomatch(globs, { dot: true });
  const touched = [...new Set(pr.changedFiles.filter((f) => isProtected(f)))].sort();
  if (touched.length === 0) return [];

  const { approvers, problems } = ownerApprovals(policy, pr);
  const files = touched.join(', ');
  const changes = policyChanges.length > 0 ? `; policy changes: ${policyChanges.join('; ')}` : '';
  if (approvers.length > 0)
    return [
      {
        rule: 'policy.protected',
        status: 'pass',
        subject: files,
        message: `protected files changed (${files}), approved by policy owner ${approvers.join(', ')}${changes}`,
      },
    ];
  return [
    {
      rule: 'policy.protected',
      status: 'fail',
      subject: files,
      actual: files,
      expected: `an approving review from a policy owner (${policy.owners.join(', ') || 'the policy names none'})`,
      message:
        `this pull request changes protected files (${files}) and no policy owner has approved it${changes}` +
        (problems.length > 0 ? `; ${[...new Set(problems)].join('; ')}` : ''),
      fix: `Ask a policy owner (${policy.owners.join(', ') || 'add owners to the policy'}) to review and approve the change.`,
      file: touched[0],
    },
  ];
}

/**
 * policy.protected in a merge queue. The group has no reviews: each pull request in it needed a policy
 * owner's approval (this gate's required check) before it could join the queue. Not re-checked, so it
 * warns (never a silent pass): the record and the summary say which protected files the group changes.
 */
export function queuedProtectedRule(policy: Policy, changedFiles: string[], policyChanges: string[] = []): Finding[] {
  const globs = [...policy.protected];
  if (!policy.builtin) globs.push(policy.source);
  if (globs.length === 0) return [];
  const isProtected = picomatch(globs, { dot: true });
  const touched = [...new Set(changedFiles.filter((f) => isProtected(f)))].sort();
  if (touched.length === 0) return [];
  const files = touched.join(', ');
  const changes = policyChanges.length > 0 ? `; policy changes: ${policyChanges.join('; ')}` : '';
  return [
    {
      rule: 'policy.protected',
      status: 'warn',
      subject: files,
      actual: files,
      expected: `an approving review from a policy owner (${policy.owners.join(', ') || 'the policy names none'}) on each pull request`,
      message:
        `this merge group changes protected files (${files})${changes}; a policy owner's approval was required on the pull request ` +
        'before it could join the queue and is not re-checked here; the group is judged by the policy of its base',
      file: touched[0],
    },
  ];
}

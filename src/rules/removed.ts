// release.removed: a pull request that takes a production release away (deletes its manifest, moves it
// out of the policy's `manifests` globs, or moves it somewhere the gate cannot pair with it) needs a
// policy owner's approval. Without this rule a regressed release could shed its baseline by being
// "removed" and added again under a new path and name, and be judged as a first release.

import type { PullRequestContext } from '../context.js';
import type { Policy } from '../policy/types.js';
import type { Finding } from '../types.js';
import { ownerApprovals } from './waivers.js';

/** A production manifest (on the base) that the change takes away with no release here that replaces it. */
export interface RemovedRelease {
  /** Its path on the base. */
  path: string;
  /** Its model name on the base, when the manifest could be read there. */
  name?: string;
  /** Why its absence at the head could not be confirmed (a failed read): the finding then fails whatever. */
  unreadable?: string;
}

const describe = (r: RemovedRelease): string => (r.name ? `${r.path} (model ${r.name})` : r.path);

/**
 * On a pull request: fails until a policy owner approves the head commit. In a merge queue (`pr` is
 * 'queued'): warns, as the pull request needed that approval before it could join the queue. On the
 * command line: warns, as approvals are checked on the pull request.
 */
export function removedReleaseRule(
  policy: Policy,
  removed: RemovedRelease[],
  pr: PullRequestContext | 'queued' | 'command line',
): Finding[] {
  if (removed.length === 0) return [];
  const owners = policy.owners.join(', ') || 'the policy names none';
  const unreadable = removed.filter((r) => r.unreadable);
  if (unreadable.length > 0)
    return [
      {
        rule: 'release.removed',
        status: 'fail',
        subject: unreadable.map((r) => r.path).join(', '),
        message: `the gate cannot tell whether this change removes the production release ${unreadable.map((r) => `${describe(r)}: ${r.unreadable}`).join('; ')}`,
        fix: 'Re-run the job; if it fails again, check that the token may read the repository (`contents: read`).',
        file: unreadable[0].path,
      },
    ];
  const list = removed.map(describe).join(', ');
  const what = `takes away the production release ${list} with no release in it that replaces ${removed.length === 1 ? 'it' : 'them'} (same path, a rename GitHub reports, or the same model name)`;
  if (pr === 'command line')
    return [
      {
        rule: 'release.removed',
        status: 'warn',
        subject: removed.map((r) => r.path).join(', '),
        message: `the baseline has the production release ${list}, and no release here replaces it (same path or the same model name); on a pull request that needs a policy owner's approval, which is checked there, not on the command line`,
        file: removed[0].path,
      },
    ];
  if (pr === 'queued')
    return [
      {
        rule: 'release.removed',
        status: 'warn',
        subject: removed.map((r) => r.path).join(', '),
        message: `this merge group ${what}; not re-checked in the merge queue: each pull request needed a policy owner's approval (this gate's required check) before it could join`,
        file: removed[0].path,
      },
    ];
  const { approvers, problems } = ownerApprovals(policy, pr);
  if (approvers.length > 0)
    return [
      {
        rule: 'release.removed',
        status: 'pass',
        subject: removed.map((r) => r.path).join(', '),
        message: `this pull request ${what}, approved by policy owner ${approvers.join(', ')}`,
        file: removed[0].path,
      },
    ];
  return [
    {
      rule: 'release.removed',
      status: 'fail',
      subject: removed.map((r) => r.path).join(', '),
      actual: list,
      expected: `an approving review from a policy owner (${owners})`,
      message:
        `this pull request ${what}, and no policy owner has approved it` +
        (problems.length > 0 ? `; ${[...new Set(problems)].join('; ')}` : ''),
      fix:
        `If the model is being retired, ask a policy owner (${owners}) to approve; if it moved, keep its model.name ` +
        `(or its manifest path) so that the gate compares it with production.`,
      file: removed[0].path,
    },
  ];
}

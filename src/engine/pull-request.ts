// What the pull request (or the merge queue's group) adds to a check: the teams the policy names,
// the policy.protected findings, and what the decision record keeps about the change.

import type { MergeGroupContext, PullRequestContext, TeamResolver } from '../context.js';
import type { FileSource } from '../files/source.js';
import type { Policy } from '../policy/types.js';
import { diffPolicies } from '../rules/policy-diff.js';
import { protectedPathRule, queuedProtectedRule } from '../rules/protected.js';
import { login } from '../rules/waivers.js';
import type { Finding } from '../types.js';
import { readPolicy } from './policy.js';

/** Every `org/team` the policy names, as keys of PullRequestContext.teams (no '@', lower case). */
export function teamsNamed(policy: Policy): string[] {
  const all = [...policy.owners, ...Object.values(policy.tiers).flatMap((t) => t.approvals?.from ?? [])];
  return [...new Set(all.filter((e) => e.includes('/')).map(login))].sort();
}

export async function withTeams(
  pr: PullRequestContext,
  policy: Policy,
  resolve: TeamResolver | undefined,
): Promise<PullRequestContext> {
  const wanted = teamsNamed(policy).filter((t) => !(t in pr.teams));
  if (wanted.length === 0 || !resolve) return pr;
  return { ...pr, teams: { ...pr.teams, ...(await resolve(wanted)) } };
}

/** policy.protected, with a readable diff when the PR edits the policy file itself. */
export async function protectedFindings(policy: Policy, pr: PullRequestContext, head: FileSource): Promise<Finding[]> {
  let changes: string[] = [];
  if (!policy.builtin && pr.changedFiles.includes(policy.source)) {
    const read = await readPolicy(head, policy.source, false);
    changes = read.ok
      ? diffPolicies(policy, read.policy)
      : ['the policy in this pull request is invalid: ' + read.message];
  }
  return protectedPathRule(policy, pr, changes);
}

/** policy.protected in a merge queue: the owner's approval was checked on each pull request, not here. */
export async function queuedProtectedFindings(
  policy: Policy,
  group: MergeGroupContext,
  head: FileSource,
): Promise<Finding[]> {
  let changes: string[] = [];
  if (!policy.builtin && group.changedFiles.includes(policy.source)) {
    const read = await readPolicy(head, policy.source, false);
    changes = read.ok ? diffPolicies(policy, read.policy) : ['the policy in this group is invalid: ' + read.message];
  }
  return queuedProtectedRule(policy, group.changedFiles, changes);
}

export function mergeGroupRecord(group: MergeGroupContext): Record<string, unknown> {
  return {
    merge_group: group.headRef,
    base_sha: group.baseSha,
    head_sha: group.headSha,
    run_url: group.runUrl,
  };
}

/** What the decision record keeps about the pull request, for audit. */
export function pullRequestRecord(pr: PullRequestContext): Record<string, unknown> {
  return {
    pull_request: pr.number,
    author: pr.author,
    base_sha: pr.baseSha,
    head_sha: pr.headSha,
    run_url: pr.runUrl,
    reviews: pr.reviews.map((r) => ({
      user: r.user,
      state: r.state,
      commit: r.commit,
      ...(r.access.counts ? { write_access: r.access.via } : { not_counted: r.access.reason }),
    })),
  };
}

// The engine's front door: gather a repository's releases through FileSources, evaluate them against
// the policy, and return the decision record. The action and the CLI both call checkRepository();
// the scheduled audit calls auditRepository(). All reading goes through FileSource, so the same code
// reads the working tree, a baseline folder, or the base commit on GitHub; the verdict itself comes
// from the pure evaluate() in gate.ts. The rooms behind this door (src/engine/): policy.ts reads the
// policy, releases.ts gathers releases, baseline.ts finds their production baselines, manifests.ts
// reads one manifest, removed.ts finds production releases the change takes away, pull-request.ts adds
// what the change itself brings, audit.ts is the audit.

import type { MergeGroupContext, PullRequestContext, TeamResolver } from './context.js';
import { gatherReleases } from './engine/releases.js';
import { removedReleases } from './engine/removed.js';
import { readPolicy } from './engine/policy.js';
import {
  mergeGroupRecord,
  protectedFindings,
  pullRequestRecord,
  queuedProtectedFindings,
  withTeams,
} from './engine/pull-request.js';
import type { FileSource } from './files/source.js';
import { evaluate } from './gate.js';
import type { PolicyError } from './policy/load.js';
import type { Policy } from './policy/types.js';
import { removedReleaseRule } from './rules/removed.js';
import type { ReleaseEvidence } from './rules/types.js';
import type { Report } from './types.js';

export type { MergeGroupContext, PullRequestContext, PullRequestReview, TeamResolver } from './context.js';
export { auditRepository, type AuditOptions, type AuditResult } from './engine/audit.js';
export { DEFAULT_POLICY_PATH } from './engine/policy.js';

export interface CheckOptions {
  /** Repository-relative path of the policy, or null for the built-in default policy. */
  policyPath: string | null;
  /** When the policy file does not exist: fall back to the built-in policy (true) or fail (false). */
  policyOptional?: boolean;
  /** Where the policy is read from: the base commit on GitHub, the working tree on the command line. */
  policySource: FileSource;
  /** Where the releases (manifests and their evidence) are read from. */
  head: FileSource;
  /** Where the baselines are read from (the base commit, or --baseline-dir); null: every release is a first release. */
  baseline: FileSource | null;
  /** Explicit manifests; otherwise the policy's `manifests` globs over `head`. */
  manifests?: string[];
  /** Evaluation time: dates, waiver expiry and review deadlines are judged against it. */
  now: Date;
  pullRequest?: PullRequestContext;
  /** A merge queue's group; exclusive with pullRequest. */
  mergeGroup?: MergeGroupContext;
  /** Label of the policy's commit for the record (the base sha on GitHub). */
  policyRef?: string;
  /** Resolves the teams the policy names (owners, approvals.from), on a pull request. */
  resolveTeams?: TeamResolver;
  /** An operator's cap on one evidence file (--max-file-mb); otherwise the policy's limits.max_file_mb. */
  maxFileBytes?: number;
}

export type CheckResult =
  | { ok: true; report: Report; policy: Policy; releases: ReleaseEvidence[] }
  /** The gate could not run: the policy is invalid or unreadable (CLI exit 2). */
  | { ok: false; errors: PolicyError[]; message: string };

export async function checkRepository(options: CheckOptions): Promise<CheckResult> {
  const policyResult = await readPolicy(options.policySource, options.policyPath, options.policyOptional ?? false);
  if (!policyResult.ok) return policyResult;
  const policy = policyResult.policy;

  const pullRequest = options.pullRequest
    ? await withTeams(options.pullRequest, policy, options.resolveTeams)
    : undefined;
  const pullRequestFindings = pullRequest
    ? await protectedFindings(policy, pullRequest, options.head)
    : options.mergeGroup
      ? await queuedProtectedFindings(policy, options.mergeGroup, options.head)
      : [];

  // Evidence size cap: the operator's flag wins, else the policy's limit; every source applies it.
  const limit = options.maxFileBytes ?? policy.limits.max_file_bytes;
  options = {
    ...options,
    head: options.head.withLimit(limit),
    baseline: options.baseline ? options.baseline.withLimit(limit) : null,
  };
  const { releases, manifests } = await gatherReleases(policy, { ...options, pullRequest });
  if (options.baseline && !options.manifests) {
    // On the command line (--baseline-dir) nothing says what changed: every baseline manifest counts.
    const changedFiles = pullRequest?.changedFiles ?? options.mergeGroup?.changedFiles ?? null;
    const removed = await removedReleases(options.baseline, options.head, policy, changedFiles, manifests, releases);
    const where = pullRequest ?? (options.mergeGroup ? 'queued' : 'command line');
    pullRequestFindings.push(...removedReleaseRule(policy, removed, where));
  }
  const report = evaluate(releases, policy, {
    now: options.now,
    pullRequest,
    policyRef: options.policyRef,
    pullRequestFindings,
    mergeQueue: options.mergeGroup !== undefined,
  });
  if (report.models.length === 0)
    report.summary = pullRequest
      ? 'No model release in this pull request.'
      : options.mergeGroup
        ? 'No model release in this merge group.'
        : `No model release found (manifests: ${policy.manifests.join(', ')}).`;
  if (pullRequest) report.context = { ...report.context, ...pullRequestRecord(pullRequest) };
  if (options.mergeGroup) report.context = { ...report.context, ...mergeGroupRecord(options.mergeGroup) };
  return { ok: true, report, policy, releases };
}

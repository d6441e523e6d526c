// The engine's front door: gather a repository's releases through FileSources, evaluate them against
// the policy, and return the decision record. The action and the CLI both call checkRepository().
// (Being written: the signature is the contract the action and the CLI code against.)

import type { FileSource } from './files/source.js';
import type { Finding, Report } from './types.js';
import type { Policy } from './policy/types.js';

/** What GitHub knows about the pull request; absent on the command line. */
export interface PullRequestContext {
  number: number;
  author: string;
  baseSha: string;
  headSha: string;
  /** Repository-relative paths the PR changes (added, modified, removed, and both names of a rename). */
  changedFiles: string[];
  /** Latest review per reviewer, oldest first (issue 5 uses these). */
  reviews: { user: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'; commit: string }[];
  /** Members of the `@org/team` entries the policy names; a team missing here could not be resolved. */
  teams: Record<string, string[] | { error: string }>;
  runUrl?: string;
}

export interface CheckOptions {
  /** Repository-relative path of the policy, or null for the built-in default policy. */
  policyPath: string | null;
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
  /** Label of the policy's commit for the record (the base sha on GitHub). */
  policyRef?: string;
}

export type CheckResult =
  | { ok: true; report: Report; policy: Policy }
  /** The gate could not run: the policy is invalid or unreadable (CLI exit 2). */
  | { ok: false; errors: Finding[]; message: string };

export async function checkRepository(_options: CheckOptions): Promise<CheckResult> {
  throw new Error('checkRepository: not written yet');
}

// What GitHub tells the engine about the change being judged: the pull request or the merge queue's
// group, its reviews, and how to look up teams. Ground floor: plain data, imported by the rules, the
// gate, the engine and src/github/ alike, and importing nothing itself.

/** What GitHub knows about the pull request; absent on the command line. */
export interface PullRequestContext {
  number: number;
  author: string;
  baseSha: string;
  headSha: string;
  /** Repository-relative paths the PR changes (added, modified, removed, and both names of a rename). */
  changedFiles: string[];
  /** New path -> old path of the files GitHub reports as renamed: a moved manifest keeps its baseline. */
  renamed?: Record<string, string>;
  /** Latest review per reviewer, oldest first. */
  reviews: PullRequestReview[];
  /** Members of the `@org/team` entries the policy names (keys without '@'); a team missing here could not be resolved. */
  teams: Record<string, string[] | { error: string }>;
  runUrl?: string;
}

/**
 * A merge queue's group (merge_group): the combined change of every pull request queued up to this one.
 * There are no reviews here: approvals were enforced on each pull request before it could join the queue.
 */
export interface MergeGroupContext {
  baseSha: string;
  headSha: string;
  headRef: string;
  /** Repository-relative paths the group changes against its base (both names of a rename). */
  changedFiles: string[];
  runUrl?: string;
}

/** One reviewer's latest review. */
export interface PullRequestReview {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit: string;
  /**
   * Whether this reviewer's approval may count at all, whatever the policy says: only people with write
   * access to the repository, never bots. `via` says how write access was established; `reason` why not.
   */
  access: { counts: true; via: string } | { counts: false; reason: string };
}

/** Looks up the members of `org/team` entries; a team that cannot be read maps to { error }. */
export type TeamResolver = (teams: string[]) => Promise<Record<string, string[] | { error: string }>>;

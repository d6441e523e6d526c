// What a rule module sees: one release with its evidence and baseline, its tier, and the evaluation
// context. Rules are pure functions from this to findings.

import type { PullRequestContext } from '../context.js';
import type { LoadedManifest, Manifest, Policy, Tier } from '../policy/types.js';
import type { DriftEvidence, Finding, InputFile, MetricsEvidence } from '../types.js';

/** The risk tier a release is judged by (src/rules/risk-tier.ts decides it). */
export interface TierDecision {
  /** The tier the release is judged by. */
  tier: string;
  /** Present when the pull request changes the tier to one that is not stricter. */
  finding?: Finding;
}

export interface BaselineRelease {
  path: string;
  manifest: Manifest;
  /** undefined: the baseline names no metrics; null: it names them but they could not be read. */
  metrics?: MetricsEvidence | null;
  /** Why the baseline's metrics could not be read, when metrics is null. */
  problem?: string;
  /** The baseline files read, for the decision record. */
  inputs: InputFile[];
}

export interface ReleaseEvidence {
  loaded: LoadedManifest;
  /** undefined: the manifest names no metrics; null: it names them but they could not be read. */
  metrics?: MetricsEvidence | null;
  drift?: DriftEvidence | null;
  /** evidence.missing findings found while reading (file missing, outside the repo, unreadable). */
  loadFindings: Finding[];
  /** null: no baseline (a first release, unless baselineProblem says why none was found). */
  baseline: BaselineRelease | null;
  /** Why the production baseline could not be used (its read failed, or it is invalid). */
  baselineProblem?: string;
  /** The tier the release is judged by (the stricter of base and head) and the finding about a change. */
  tier?: TierDecision;
  /** The working tree files read for this release, with their hashes, for the decision record. */
  inputs: InputFile[];
}

export interface RuleContext {
  release: ReleaseEvidence;
  manifest: Manifest;
  tier: Tier;
  policy: Policy;
  /** Evaluation day, UTC midnight. */
  today: Date;
  pullRequest?: PullRequestContext;
  /** Evaluating a merge queue's group (no pull request, no reviews). */
  mergeQueue?: boolean;
}

export type RuleModule = (ctx: RuleContext) => Finding[];

/** A finding that points at a manifest field, with the field's line when known. */
export function at(ctx: RuleContext, path: (string | number)[]): { file: string; line?: number; column?: number } {
  const pos = ctx.release.loaded.positionOf(path);
  return { file: ctx.release.loaded.path, line: pos?.line, column: pos?.column };
}

// evaluate(): releases with their evidence + the policy -> the decision record. Pure: no I/O, no clock
// (the evaluation time is an argument), so the same inputs give the same verdict on a laptop and in CI.

import type { PullRequestContext } from './context.js';
import { own } from './evidence/result.js';
import type { Policy } from './policy/types.js';
import { approvalRules } from './rules/approvals.js';
import { driftRules } from './rules/drift.js';
import { evidenceRules } from './rules/evidence.js';
import { lifecycleRules } from './rules/lifecycle.js';
import { requiredFields } from './rules/manifest.js';
import { compareMetrics, regressionRules, sliceRules, thresholdRules } from './rules/metrics.js';
import type { ReleaseEvidence, RuleContext, RuleModule } from './rules/types.js';
import { applyWaivers } from './rules/waivers.js';
import { startOfDayUtc } from './dates.js';
import type { Decision, DriftFeatureResult, EvidenceNote, Finding, InputFile, ModelReport, Report } from './types.js';

/** The rule families, in the order their findings are listed. */
const RULES: RuleModule[] = [
  requiredFields,
  evidenceRules,
  thresholdRules,
  regressionRules,
  sliceRules,
  lifecycleRules,
  approvalRules,
];

const RANK: Record<Decision, number> = { go: 0, conditional: 1, blocked: 2 };

export function decide(findings: Finding[]): Decision {
  if (findings.some((f) => f.status === 'fail')) return 'blocked';
  if (findings.some((f) => f.status === 'warn' || f.status === 'waived')) return 'conditional';
  return 'go';
}

export function worst(decisions: Decision[]): Decision {
  return decisions.reduce<Decision>((a, b) => (RANK[b] > RANK[a] ? b : a), 'go');
}

export interface EvaluateOptions {
  now: Date;
  pullRequest?: PullRequestContext;
  policyRef?: string;
  /** Findings about the pull request as a whole (protected paths): they count once, for the whole PR. */
  pullRequestFindings?: Finding[];
  /** A merge queue's group: no reviews to count (they were counted on each pull request). */
  mergeQueue?: boolean;
}

export function evaluateRelease(release: ReleaseEvidence, policy: Policy, options: EvaluateOptions): ModelReport {
  const { loaded } = release;
  const manifest = loaded.manifest;
  if (!manifest) {
    const findings = [...loaded.findings];
    return {
      manifest: loaded.path,
      name: loaded.path,
      version: 'unknown',
      risk_tier: 'unknown',
      decision: 'blocked',
      findings,
      scorecard: scorecard(findings),
    };
  }
  const tierName = release.tier?.tier ?? manifest.model.risk_tier ?? policy.defaultTier;
  const tier = own(policy.tiers, tierName);
  // The manifest loader refuses a risk_tier the policy does not define; never judge by an inherited property.
  if (!tier) throw new Error(`${loaded.path}: the tier '${tierName}' is not in the policy`);
  const ctx: RuleContext = {
    release,
    manifest,
    tier,
    policy,
    today: startOfDayUtc(options.now),
    pullRequest: options.pullRequest,
    mergeQueue: options.mergeQueue,
  };
  const raw: Finding[] = [...loaded.findings];
  if (release.tier?.finding) raw.push(release.tier.finding);
  for (const rule of RULES) raw.push(...rule(ctx));
  const drift = driftRules(ctx);
  raw.push(...drift.findings);
  const { findings, applied } = applyWaivers(ctx, raw);
  return {
    manifest: loaded.path,
    name: manifest.model.name,
    version: manifest.model.version,
    risk_tier: tierName,
    decision: decide(findings),
    findings,
    metrics: compareMetrics(ctx),
    drift: mostDrifted(drift.results),
    ...(drift.summary ? { drift_summary: drift.summary } : {}),
    waivers: applied,
    ...notesOf(release),
    scorecard: scorecard(findings),
    baseline: release.baseline
      ? { manifest: release.baseline.path, version: release.baseline.manifest.model.version }
      : null,
  };
}

/** The readers' notes on this release's evidence and its baseline's, so that no conversion is silent. */
function notesOf(release: ReleaseEvidence): { notes?: EvidenceNote[] } {
  const notes: EvidenceNote[] = [];
  for (const ev of [release.metrics, release.drift])
    for (const message of ev?.notes ?? []) notes.push({ source: ev!.source, message });
  const base = release.baseline?.metrics;
  for (const message of base?.notes ?? []) notes.push({ source: base!.source, message, baseline: true });
  return notes.length > 0 ? { notes } : {};
}

/** Features shown beside the findings: every drifted one, topped up to this many with the closest calls. */
export const DRIFT_FEATURES_SHOWN = 10;

/**
 * The record's per-feature table: each feature's score is already in its drift.feature finding, and
 * drift_summary counts them all. `results` come sorted by bySeverity, drifted ones first.
 */
function mostDrifted(results: DriftFeatureResult[]): DriftFeatureResult[] {
  const drifted = results.filter((r) => r.drifted).length;
  return results.slice(0, Math.max(drifted, DRIFT_FEATURES_SHOWN));
}

/** Gates passed of total, by rule family (the part of the rule id before the dot). */
export function scorecard(findings: Finding[]): Record<string, { passed: number; total: number }> {
  const out: Record<string, { passed: number; total: number }> = {};
  for (const f of findings) {
    const family = f.rule.split('.')[0];
    const s = (out[family] ??= { passed: 0, total: 0 });
    s.total++;
    if (f.status === 'pass') s.passed++;
  }
  return out;
}

export function evaluate(releases: ReleaseEvidence[], policy: Policy, options: EvaluateOptions): Report {
  const models = releases.map((r) => evaluateRelease(r, policy, options));
  const seen = new Map<string, InputFile>();
  for (const r of releases) for (const i of r.inputs) seen.set(`${i.source ?? ''}:${i.path}`, i);
  const prFindings = options.pullRequestFindings ?? [];
  return {
    schema: 'model-release-gate/report/v1',
    decision: worst([...models.map((m) => m.decision), decide(prFindings)]),
    evaluated_at: options.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    policy: { source: policy.source, ref: options.policyRef, sha256: policy.sha256, builtin: policy.builtin },
    models,
    // Code-point order: stable across machines, and it avoids loading ICU collation (~8 ms at startup).
    inputs: [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, input]) => input),
    summary: models.length === 0 ? 'No model release in this pull request.' : undefined,
    ...(prFindings.length > 0 ? { findings: prFindings } : {}),
  };
}

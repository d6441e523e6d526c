// The engine's front door: gather a repository's releases through FileSources, evaluate them against
// the policy, and return the decision record. The action and the CLI both call checkRepository().
// All reading goes through FileSource, so the same code reads the working tree, a baseline folder,
// or the base commit on GitHub; the verdict itself comes from the pure evaluate() in gate.ts.

import { createHash } from 'node:crypto';
import { EvidenceReader } from './evidence/gather.js';
import { own } from './evidence/result.js';
import { resolveReference } from './files/paths.js';
import type { FileSource } from './files/source.js';
import { decodeText } from './files/text.js';
import { evaluate } from './gate.js';
import { builtinPolicy, loadPolicy, type PolicyError } from './policy/load.js';
import { loadManifest } from './policy/manifest.js';
import type { LoadedManifest, Policy } from './policy/types.js';
import { auditLifecycle, type AuditItem } from './rules/audit.js';
import { diffPolicies } from './rules/policy-diff.js';
import { protectedPathRule } from './rules/protected.js';
import { login } from './rules/waivers.js';
import type { BaselineRelease, ReleaseEvidence } from './rules/types.js';
import type { Finding, InputFile, Report } from './types.js';

/** What GitHub knows about the pull request; absent on the command line. */
export interface PullRequestContext {
  number: number;
  author: string;
  baseSha: string;
  headSha: string;
  /** Repository-relative paths the PR changes (added, modified, removed, and both names of a rename). */
  changedFiles: string[];
  /** Latest review per reviewer, oldest first. */
  reviews: { user: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'; commit: string }[];
  /** Members of the `@org/team` entries the policy names (keys without '@'); a team missing here could not be resolved. */
  teams: Record<string, string[] | { error: string }>;
  runUrl?: string;
}

/** Where a policy lives when nobody says otherwise. */
export const DEFAULT_POLICY_PATH = '.github/model-release-policy.yml';

/** Looks up the members of `org/team` entries; a team that cannot be read maps to { error }. */
export type TeamResolver = (teams: string[]) => Promise<Record<string, string[] | { error: string }>>;

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

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Reads the policy, or says precisely why the gate cannot run. */
export async function readPolicy(
  source: FileSource,
  path: string | null,
  optional: boolean,
): Promise<{ ok: true; policy: Policy } | { ok: false; errors: PolicyError[]; message: string }> {
  if (path === null) return { ok: true, policy: builtinPolicy() };
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === 'missing' && optional) return { ok: true, policy: builtinPolicy() };
    return {
      ok: false,
      errors: [],
      message: `The policy ${path} cannot be read from the ${source.description}: ${read.message}`,
    };
  }
  const text = decodeText(read.bytes);
  if (!text.ok) return { ok: false, errors: [], message: `The policy ${path}: ${text.message}` };
  const loaded = loadPolicy(text.text, path);
  if (!loaded.ok)
    return {
      ok: false,
      errors: loaded.errors,
      message: `The policy ${path} is invalid (${loaded.errors.length} error(s))`,
    };
  return { ok: true, policy: loaded.policy };
}

export async function checkRepository(options: CheckOptions): Promise<CheckResult> {
  const policyResult = await readPolicy(options.policySource, options.policyPath, options.policyOptional ?? false);
  if (!policyResult.ok) return policyResult;
  const policy = policyResult.policy;

  const pullRequest = options.pullRequest
    ? await withTeams(options.pullRequest, policy, options.resolveTeams)
    : undefined;
  const pullRequestFindings = pullRequest ? await protectedFindings(policy, pullRequest, options) : [];

  // Evidence size cap: the operator's flag wins, else the policy's limit, applied where the source supports it.
  const limit = options.maxFileBytes ?? policy.limits.max_file_bytes;
  options = {
    ...options,
    head: options.head.withLimit?.(limit) ?? options.head,
    baseline: options.baseline ? (options.baseline.withLimit?.(limit) ?? options.baseline) : null,
  };
  const manifestPaths = options.manifests ?? (await options.head.glob(policy.manifests));
  const releases: ReleaseEvidence[] = [];
  for (const path of manifestPaths) {
    const release = await gatherRelease(path, policy, { ...options, pullRequest });
    if (release) releases.push(release);
  }
  const report = evaluate(releases, policy, {
    now: options.now,
    pullRequest,
    policyRef: options.policyRef,
    pullRequestFindings,
  });
  if (report.models.length === 0)
    report.summary = pullRequest
      ? 'No model release in this pull request.'
      : `No model release found (manifests: ${policy.manifests.join(', ')}).`;
  if (pullRequest) report.context = { ...report.context, ...pullRequestRecord(pullRequest) };
  return { ok: true, report, policy, releases };
}

export interface AuditOptions {
  policyPath: string | null;
  policyOptional?: boolean;
  /** The commit audited (the default branch): policy and manifests are both read from it. */
  source: FileSource;
  now: Date;
  policyRef?: string;
}

export type AuditResult =
  | { ok: true; items: AuditItem[]; manifests: number; policy: Report['policy'] }
  | { ok: false; errors: PolicyError[]; message: string };

/** The scheduled lifecycle audit: every manifest the policy's globs find, judged for lifecycle only. */
export async function auditRepository(options: AuditOptions): Promise<AuditResult> {
  const read = await readPolicy(options.source, options.policyPath, options.policyOptional ?? false);
  if (!read.ok) return read;
  const policy = read.policy;
  const loaded: LoadedManifest[] = [];
  for (const path of await options.source.glob(policy.manifests)) {
    const manifest = await readManifest(options.source, path, policy);
    if (manifest) loaded.push(manifest.loaded);
  }
  return {
    ok: true,
    items: auditLifecycle(loaded, policy, options.now),
    manifests: loaded.length,
    policy: { source: policy.source, ref: options.policyRef, sha256: policy.sha256, builtin: policy.builtin },
  };
}

/** Every `org/team` the policy names, as keys of PullRequestContext.teams (no '@', lower case). */
export function teamsNamed(policy: Policy): string[] {
  const all = [...policy.owners, ...Object.values(policy.tiers).flatMap((t) => t.approvals?.from ?? [])];
  return [...new Set(all.filter((e) => e.includes('/')).map(login))].sort();
}

async function withTeams(
  pr: PullRequestContext,
  policy: Policy,
  resolve: TeamResolver | undefined,
): Promise<PullRequestContext> {
  const wanted = teamsNamed(policy).filter((t) => !(t in pr.teams));
  if (wanted.length === 0 || !resolve) return pr;
  return { ...pr, teams: { ...pr.teams, ...(await resolve(wanted)) } };
}

/** policy.protected, with a readable diff when the PR edits the policy file itself. */
async function protectedFindings(policy: Policy, pr: PullRequestContext, options: CheckOptions): Promise<Finding[]> {
  let changes: string[] = [];
  if (!policy.builtin && pr.changedFiles.includes(policy.source)) {
    const head = await readPolicy(options.head, policy.source, false);
    changes = head.ok
      ? diffPolicies(policy, head.policy)
      : ['the policy in this pull request is invalid: ' + head.message];
  }
  return protectedPathRule(policy, pr, changes);
}

/** What the decision record keeps about the pull request, for audit. */
function pullRequestRecord(pr: PullRequestContext): Record<string, unknown> {
  return {
    pull_request: pr.number,
    author: pr.author,
    base_sha: pr.baseSha,
    head_sha: pr.headSha,
    run_url: pr.runUrl,
    reviews: pr.reviews.map((r) => ({ user: r.user, state: r.state, commit: r.commit })),
  };
}

/** Files a manifest points to, for deciding whether a pull request touches the release. */
export function referencedFiles(loaded: LoadedManifest): string[] {
  const m = loaded.manifest;
  if (!m) return [];
  const refs = [
    typeof m.evaluation?.metrics === 'string' ? m.evaluation.metrics : undefined,
    m.drift?.report,
    m.drift?.reference,
    m.drift?.current,
  ];
  const out: string[] = [];
  for (const r of refs) {
    if (typeof r !== 'string') continue;
    const resolved = resolveReference(loaded.path, r);
    if (resolved.ok) out.push(resolved.path);
  }
  return out;
}

function touches(changed: Set<string>, manifestPath: string, refs: string[]): boolean {
  if (changed.has(manifestPath)) return true;
  for (const c of changed) for (const r of refs) if (c === r || c.startsWith(r + '/')) return true;
  return false;
}

async function readManifest(
  source: FileSource,
  path: string,
  policy: Policy,
): Promise<{ loaded: LoadedManifest; bytes?: Buffer } | null> {
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === 'missing') return null;
    return { loaded: invalidManifest(path, read.message) };
  }
  const text = decodeText(read.bytes);
  if (!text.ok) return { loaded: invalidManifest(path, `${path}: ${text.message}`), bytes: read.bytes };
  return { loaded: loadManifest(text.text, path, policy), bytes: read.bytes };
}

function invalidManifest(path: string, message: string): LoadedManifest {
  return {
    path,
    manifest: null,
    findings: [
      {
        rule: 'manifest.invalid',
        status: 'fail',
        subject: path,
        message,
        fix: 'Make the manifest a readable UTF-8 YAML file inside the repository.',
        file: path,
      },
    ],
    positionOf: () => undefined,
  };
}

async function gatherRelease(path: string, policy: Policy, options: CheckOptions): Promise<ReleaseEvidence | null> {
  const head = await readManifest(options.head, path, policy);
  if (!head) {
    // An explicitly named manifest that does not exist is an error, not an empty result.
    if (options.manifests)
      return { loaded: invalidManifest(path, `${path} does not exist`), loadFindings: [], baseline: null, inputs: [] };
    return null;
  }
  const { loaded } = head;
  if (options.pullRequest) {
    const changed = new Set(options.pullRequest.changedFiles);
    if (!touches(changed, path, referencedFiles(loaded))) return null;
  }
  const inputs: { path: string; sha256: string }[] = [];
  if (head.bytes) inputs.push({ path, sha256: sha256(head.bytes) });
  const release: ReleaseEvidence = { loaded, loadFindings: [], baseline: null, inputs };
  const manifest = loaded.manifest;
  if (!manifest) return release;

  const tier = own(policy.tiers, manifest.model.risk_tier ?? policy.defaultTier);
  const reader = new EvidenceReader(options.head, loaded, policy.limits);
  const metrics = await reader.metrics(manifest);
  if (metrics !== undefined) release.metrics = metrics;
  const drift = await reader.drift(manifest, tier?.drift);
  if (drift !== undefined) release.drift = drift;
  release.loadFindings.push(...reader.findings);
  inputs.push(...reader.inputs);

  if (options.baseline) {
    release.baseline = await readBaseline(options.baseline, path, policy);
    if (release.baseline) inputs.push(...release.baseline.inputs);
  }
  return release;
}

async function readBaseline(source: FileSource, path: string, policy: Policy): Promise<BaselineRelease | null> {
  const base = await readManifest(source, path, policy);
  if (!base?.loaded.manifest) return null;
  const reader = new EvidenceReader(source, base.loaded, policy.limits);
  const metrics = await reader.metrics(base.loaded.manifest);
  const inputs: InputFile[] = [{ path, sha256: sha256(base.bytes!), source: 'baseline' }];
  for (const i of reader.inputs) inputs.push({ ...i, source: 'baseline' });
  return {
    path,
    manifest: base.loaded.manifest,
    metrics,
    problem: reader.findings.length > 0 ? reader.findings.map((p) => p.message).join('; ') : undefined,
    inputs,
  };
}

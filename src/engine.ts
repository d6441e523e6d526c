// The engine's front door: gather a repository's releases through FileSources, evaluate them against
// the policy, and return the decision record. The action and the CLI both call checkRepository().
// All reading goes through FileSource, so the same code reads the working tree, a baseline folder,
// or the base commit on GitHub; the verdict itself comes from the pure evaluate() in gate.ts.

import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { EvidenceReader } from './evidence/gather.js';
import { own } from './evidence/result.js';
import { resolveReference } from './files/paths.js';
import type { FileSource } from './files/source.js';
import { decodeText } from './files/text.js';
import { evaluate } from './gate.js';
import { builtinPolicy, loadPolicy, type PolicyError } from './policy/load.js';
import { loadManifest } from './policy/manifest.js';
import type { LoadedManifest, Manifest, Policy } from './policy/types.js';
import { auditLifecycle, type AuditItem } from './rules/audit.js';
import { diffPolicies } from './rules/policy-diff.js';
import { protectedPathRule, queuedProtectedRule } from './rules/protected.js';
import { removedReleaseRule, type RemovedRelease } from './rules/removed.js';
import { decideTier } from './rules/risk-tier.js';
import { login } from './rules/waivers.js';
import type { BaselineRelease, ReleaseEvidence } from './rules/types.js';
import type { Finding, InputFile, Report } from './types.js';
import { invisible } from './unicode.js';

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
  const pullRequestFindings = pullRequest
    ? await protectedFindings(policy, pullRequest, options)
    : options.mergeGroup
      ? await queuedProtectedFindings(policy, options.mergeGroup, options)
      : [];

  // Evidence size cap: the operator's flag wins, else the policy's limit; every source applies it.
  const limit = options.maxFileBytes ?? policy.limits.max_file_bytes;
  options = {
    ...options,
    head: options.head.withLimit(limit),
    baseline: options.baseline ? options.baseline.withLimit(limit) : null,
  };
  const manifestPaths = options.manifests ?? (await options.head.glob(policy.manifests));
  // Every manifest is read before any release is judged: a model name used twice is an error.
  const heads: { path: string; head: ReadManifest | null }[] = [];
  for (const path of manifestPaths) heads.push({ path, head: await readManifest(options.head, path, policy) });
  const names = new Map<string, string[]>();
  for (const { path, head } of heads) {
    const name = head?.loaded.manifest?.model.name;
    if (name !== undefined) names.set(nameKey(name), [...(names.get(nameKey(name)) ?? []), path]);
  }
  const lookup: ReleaseLookup = {
    headNames: names,
    baseNames: options.baseline ? new BaseManifests(options.baseline, policy) : null,
  };
  const releases: ReleaseEvidence[] = [];
  for (const { path, head } of heads) {
    const release = await gatherRelease(path, head, policy, { ...options, pullRequest }, lookup);
    if (release) releases.push(release);
  }
  const changedFiles = pullRequest?.changedFiles ?? options.mergeGroup?.changedFiles;
  if (changedFiles && options.baseline && !options.manifests) {
    const removed = await removedReleases(
      options.baseline,
      options.head,
      policy,
      changedFiles,
      manifestPaths,
      releases,
    );
    pullRequestFindings.push(...removedReleaseRule(policy, removed, pullRequest ?? 'queued'));
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

/** policy.protected in a merge queue: the owner's approval was checked on each pull request, not here. */
async function queuedProtectedFindings(
  policy: Policy,
  group: MergeGroupContext,
  options: CheckOptions,
): Promise<Finding[]> {
  let changes: string[] = [];
  if (!policy.builtin && group.changedFiles.includes(policy.source)) {
    const head = await readPolicy(options.head, policy.source, false);
    changes = head.ok ? diffPolicies(policy, head.policy) : ['the policy in this group is invalid: ' + head.message];
  }
  return queuedProtectedRule(policy, group.changedFiles, changes);
}

function mergeGroupRecord(group: MergeGroupContext): Record<string, unknown> {
  return {
    merge_group: group.headRef,
    base_sha: group.baseSha,
    head_sha: group.headSha,
    run_url: group.runUrl,
  };
}

/** What the decision record keeps about the pull request, for audit. */
function pullRequestRecord(pr: PullRequestContext): Record<string, unknown> {
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

/** Whether the PR changes the manifest, its evidence, or the file a link among them points to. */
async function touchesRelease(changedFiles: string[], head: FileSource, loaded: LoadedManifest): Promise<boolean> {
  const changed = new Set(changedFiles);
  const refs = referencedFiles(loaded);
  if (touches(changed, loaded.path, refs)) return true;
  const targets: string[] = [];
  for (const r of [loaded.path, ...refs]) targets.push(...(await head.resolve(r)).filter((t) => t !== r));
  return targets.length > 0 && touches(changed, '', targets);
}

type ReadManifest = { loaded: LoadedManifest; bytes?: Buffer };

async function readManifest(source: FileSource, path: string, policy: Policy): Promise<ReadManifest | null> {
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

/** One model, however its name is cased or spaced: `Fraud `, `fraud` and `fra\u200bud` are the same model. */
const nameKey = (name: string): string =>
  name.normalize('NFKC').replace(invisible(), '').replace(/\s+/gu, '').toLowerCase();

/**
 * Production manifests (the base's, by the policy's globs) that the change takes away: changed, gone from
 * the head, and paired with no release here (by path, rename or model name). A read that fails is not
 * taken as "gone" or "still there": it is reported as unreadable, and the rule fails closed.
 */
async function removedReleases(
  base: FileSource,
  head: FileSource,
  policy: Policy,
  changedFiles: string[],
  headManifests: string[],
  releases: ReleaseEvidence[],
): Promise<RemovedRelease[]> {
  const isManifest = picomatch(policy.manifests, { dot: true });
  const candidates = new Set(changedFiles.filter((f) => isManifest(f) && !headManifests.includes(f)));
  if (candidates.size === 0) return [];
  let basePaths: string[];
  try {
    basePaths = await base.glob(policy.manifests);
  } catch (e) {
    return [
      {
        path: [...candidates].join(', '),
        unreadable: `the manifests of ${base.description} cannot be listed (${(e as Error).message})`,
      },
    ];
  }
  const paired = new Set(releases.map((r) => r.baseline?.path));
  const removed: RemovedRelease[] = [];
  for (const path of basePaths) {
    if (!candidates.has(path) || paired.has(path)) continue;
    const now = await head.read(path);
    if (now.ok) continue;
    if (now.reason !== 'missing') {
      removed.push({ path, unreadable: now.message });
      continue;
    }
    const was = await readManifest(base, path, policy);
    removed.push({ path, name: was?.loaded.manifest?.model.name });
  }
  return removed;
}

interface ReleaseLookup {
  /** Model name (nameKey) -> the head manifests that release it. */
  headNames: Map<string, string[]>;
  baseNames: BaseManifests | null;
}

/** The base's manifests by model name, read once and only when a release is not found at its own path. */
class BaseManifests {
  private index: Promise<{ ok: true; byName: Map<string, string[]> } | { ok: false; message: string }> | null = null;

  constructor(
    private readonly source: FileSource,
    private readonly policy: Policy,
  ) {}

  async find(name: string): Promise<{ ok: true; paths: string[] } | { ok: false; message: string }> {
    this.index ??= this.build();
    const index = await this.index;
    return index.ok ? { ok: true, paths: index.byName.get(nameKey(name)) ?? [] } : index;
  }

  private async build(): Promise<{ ok: true; byName: Map<string, string[]> } | { ok: false; message: string }> {
    let paths: string[];
    try {
      paths = await this.source.glob(this.policy.manifests);
    } catch (e) {
      return {
        ok: false,
        message: `the manifests of ${this.source.description} cannot be listed (${(e as Error).message})`,
      };
    }
    const byName = new Map<string, string[]>();
    for (const path of paths) {
      const read = await readManifest(this.source, path, this.policy);
      // Any unreadable manifest could be this model's production release: the lookup fails closed.
      if (read && !read.bytes)
        return {
          ok: false,
          message: `${path} cannot be read from ${this.source.description}: ${read.loaded.findings[0]?.message}`,
        };
      const name = read?.loaded.manifest?.model.name;
      if (name !== undefined) byName.set(nameKey(name), [...(byName.get(nameKey(name)) ?? []), path]);
    }
    return { ok: true, byName };
  }
}

async function gatherRelease(
  path: string,
  head: ReadManifest | null,
  policy: Policy,
  options: CheckOptions,
  lookup: ReleaseLookup,
): Promise<ReleaseEvidence | null> {
  if (!head) {
    // An explicitly named manifest that does not exist is an error, not an empty result.
    if (options.manifests)
      return { loaded: invalidManifest(path, `${path} does not exist`), loadFindings: [], baseline: null, inputs: [] };
    return null;
  }
  const { loaded } = head;
  const changedFiles = options.pullRequest?.changedFiles ?? options.mergeGroup?.changedFiles;
  if (changedFiles && !(await touchesRelease(changedFiles, options.head, loaded))) return null;
  const inputs: { path: string; sha256: string }[] = [];
  if (head.bytes) inputs.push({ path, sha256: sha256(head.bytes) });
  const release: ReleaseEvidence = { loaded, loadFindings: [], baseline: null, inputs };
  const manifest = loaded.manifest;
  if (!manifest) return release;

  const where = (field: string[]) => {
    const pos = loaded.positionOf(field);
    return { file: path, line: pos?.line, column: pos?.column };
  };
  const twins = (lookup.headNames.get(nameKey(manifest.model.name)) ?? []).filter((p) => p !== path);
  if (twins.length > 0)
    release.loadFindings.push({
      rule: 'manifest.invalid',
      status: 'fail',
      subject: 'model.name',
      actual: manifest.model.name,
      message: `model.name '${manifest.model.name}' is also released by ${twins.join(', ')}: one model needs one manifest, so that its release is compared with its production baseline`,
      fix: `Give each model its own name, or remove the copy (${twins.join(', ')}).`,
      ...where(['model', 'name']),
    });

  let production: Manifest | null = null;
  if (options.baseline && lookup.baseNames) {
    const found = await findBaseline(options.baseline, loaded, options.pullRequest, policy, lookup.baseNames);
    if (found.kind === 'found') {
      release.baseline = found.baseline;
      production = found.baseline.manifest;
      inputs.push(...found.baseline.inputs);
    } else if (found.kind === 'problem') {
      release.baselineProblem = found.message;
      if (found.fatal)
        release.loadFindings.push({
          rule: 'evidence.missing',
          status: 'fail',
          subject: 'baseline',
          message: `the production baseline cannot be used: ${found.message}`,
          fix: 'Re-run the job; if it fails again, check that the token may read the repository (`contents: read`).',
          ...where(['model']),
        });
    }
  }
  const tierDecision = decideTier(
    policy,
    manifest,
    production,
    options.pullRequest,
    where(manifest.model.risk_tier === undefined ? ['model'] : ['model', 'risk_tier']),
    options.mergeGroup !== undefined,
  );
  release.tier = tierDecision;

  const tier = own(policy.tiers, tierDecision.tier);
  const reader = new EvidenceReader(options.head, loaded, policy.limits);
  const metrics = await reader.metrics(manifest);
  if (metrics !== undefined) release.metrics = metrics;
  const drift = await reader.drift(manifest, tier?.drift);
  if (drift !== undefined) release.drift = drift;
  release.loadFindings.push(...reader.findings);
  inputs.push(...reader.inputs);
  return release;
}

type BaselineLookup =
  | { kind: 'found'; baseline: BaselineRelease }
  /** The base positively has no such release: a first release. */
  | { kind: 'none' }
  /** fatal: the base could not be read, so nothing may be assumed; otherwise the base's release is broken. */
  | { kind: 'problem'; fatal: boolean; message: string };

/**
 * The production release a manifest replaces: the same path on the base, else the path GitHub says it
 * was renamed from, else the one base manifest with the same model name (a move or a copy).
 */
async function findBaseline(
  source: FileSource,
  loaded: LoadedManifest,
  pr: PullRequestContext | undefined,
  policy: Policy,
  baseNames: BaseManifests,
): Promise<BaselineLookup> {
  const tried: string[] = [];
  for (const candidate of [loaded.path, pr?.renamed?.[loaded.path]]) {
    if (!candidate || tried.includes(candidate)) continue;
    tried.push(candidate);
    const found = await readBaseline(source, candidate, policy);
    if (found.kind !== 'none') return found;
  }
  const name = loaded.manifest!.model.name;
  const byName = await baseNames.find(name);
  if (!byName.ok) return { kind: 'problem', fatal: true, message: byName.message };
  const paths = byName.paths.filter((p) => !tried.includes(p));
  if (paths.length === 0) return { kind: 'none' };
  if (paths.length > 1)
    return {
      kind: 'problem',
      fatal: true,
      message: `${source.description} has ${paths.length} manifests for model '${name}' (${paths.join(', ')}), so the gate cannot tell which one is in production`,
    };
  const found = await readBaseline(source, paths[0], policy);
  return found.kind === 'none'
    ? { kind: 'problem', fatal: true, message: `${paths[0]} was listed in ${source.description} but cannot be read` }
    : found;
}

async function readBaseline(source: FileSource, path: string, policy: Policy): Promise<BaselineLookup> {
  const read = await source.read(path);
  if (!read.ok) {
    // Only a positive answer that the file is not there makes a first release.
    if (read.reason === 'missing') return { kind: 'none' };
    return { kind: 'problem', fatal: true, message: read.message };
  }
  const text = decodeText(read.bytes);
  const loaded = text.ok ? loadManifest(text.text, path, policy) : null;
  if (!loaded?.manifest)
    return {
      kind: 'problem',
      fatal: false,
      message: `the production manifest ${path} in ${source.description} is invalid (${text.ok ? loaded?.findings[0]?.message : text.message}), so there is nothing to compare with`,
    };
  // A baseline file that fails to read (as opposed to one that is absent or malformed) fails closed.
  const failures: string[] = [];
  const reader = new EvidenceReader(recordingFailures(source, failures), loaded, policy.limits);
  const metrics = await reader.metrics(loaded.manifest);
  if (failures.length > 0) return { kind: 'problem', fatal: true, message: failures.join('; ') };
  const inputs: InputFile[] = [{ path, sha256: sha256(read.bytes), source: 'baseline' }];
  for (const i of reader.inputs) inputs.push({ ...i, source: 'baseline' });
  return {
    kind: 'found',
    baseline: {
      path,
      manifest: loaded.manifest,
      metrics,
      problem: reader.findings.length > 0 ? reader.findings.map((p) => p.message).join('; ') : undefined,
      inputs,
    },
  };
}

/** The same source, noting every read that failed for a reason other than the file's own state. */
function recordingFailures(source: FileSource, failures: string[]): FileSource {
  const wrapped: FileSource = {
    description: source.description,
    withLimit: () => wrapped,
    resolve: (p) => source.resolve(p),
    list: (d) => source.list(d),
    glob: (g) => source.glob(g),
    read: async (p) => {
      const r = await source.read(p);
      if (!r.ok && r.reason === 'error') failures.push(r.message);
      return r;
    },
  };
  return wrapped;
}

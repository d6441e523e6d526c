// Gathering the releases a check judges: every manifest on the head (or those named), the ones the
// change touches, each with its evidence, its production baseline and its risk tier.

import type { MergeGroupContext, PullRequestContext } from '../context.js';
import { EvidenceReader } from '../evidence/gather.js';
import { own } from '../evidence/result.js';
import { resolveReference } from '../files/paths.js';
import type { FileSource } from '../files/source.js';
import type { LoadedManifest, Manifest, Policy } from '../policy/types.js';
import { decideTier } from '../rules/risk-tier.js';
import type { ReleaseEvidence } from '../rules/types.js';
import { BaseManifests, findBaseline } from './baseline.js';
import { invalidManifest, nameKey, readManifest, sha256, type ReadManifest } from './manifests.js';

/** Where a check reads its releases from, and the change it judges. */
export interface GatherOptions {
  /** Where the releases (manifests and their evidence) are read from. */
  head: FileSource;
  /** Where the baselines are read from; null: every release is a first release. */
  baseline: FileSource | null;
  /** Explicit manifests; otherwise the policy's `manifests` globs over `head`. */
  manifests?: string[];
  pullRequest?: PullRequestContext;
  mergeGroup?: MergeGroupContext;
}

/**
 * Every release the check judges, in manifest order, and the head's manifests (judged or not); a model
 * name used twice is an error.
 */
export async function gatherReleases(
  policy: Policy,
  options: GatherOptions,
): Promise<{ releases: ReleaseEvidence[]; manifests: string[] }> {
  const manifestPaths = options.manifests ?? (await options.head.glob(policy.manifests));
  // Every manifest is read before any release is judged: a model name used twice is an error. Read
  // together (in order): a git source fetches them with one process, the API a few at a time.
  const heads: { path: string; head: ReadManifest | null }[] = await Promise.all(
    manifestPaths.map(async (path) => ({ path, head: await readManifest(options.head, path, policy) })),
  );
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
    const release = await gatherRelease(path, head, policy, options, lookup);
    if (release) releases.push(release);
  }
  return { releases, manifests: manifestPaths };
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

interface ReleaseLookup {
  /** Model name (nameKey) -> the head manifests that release it. */
  headNames: Map<string, string[]>;
  baseNames: BaseManifests | null;
}

async function gatherRelease(
  path: string,
  head: ReadManifest | null,
  policy: Policy,
  options: GatherOptions,
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

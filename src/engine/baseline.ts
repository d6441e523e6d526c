// The production release a manifest replaces, read from the base (the base commit on GitHub, or
// --baseline-dir): at the same path, at the path it was renamed from, or by model name. A base that
// cannot be read fails closed; only a positive answer that nothing is there makes a first release.

import type { PullRequestContext } from '../context.js';
import { EvidenceReader } from '../evidence/gather.js';
import type { FileSource } from '../files/source.js';
import { decodeText } from '../files/text.js';
import { loadManifest } from '../policy/manifest.js';
import type { LoadedManifest, Policy } from '../policy/types.js';
import type { BaselineRelease } from '../rules/types.js';
import type { InputFile } from '../types.js';
import { nameKey, readManifest, sha256 } from './manifests.js';

/** The base's manifests by model name, read once and only when a release is not found at its own path. */
export class BaseManifests {
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
    // Read together, judged in order: the first unreadable manifest is the one named.
    const reads = await Promise.all(paths.map((path) => readManifest(this.source, path, this.policy)));
    for (const [i, path] of paths.entries()) {
      const read = reads[i];
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

export type BaselineLookup =
  | { kind: 'found'; baseline: BaselineRelease }
  /** The base positively has no such release: a first release. */
  | { kind: 'none' }
  /** fatal: the base could not be read, so nothing may be assumed; otherwise the base's release is broken. */
  | { kind: 'problem'; fatal: boolean; message: string };

/**
 * The production release a manifest replaces: the same path on the base, else the path GitHub says it
 * was renamed from, else the one base manifest with the same model name (a move or a copy).
 */
export async function findBaseline(
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

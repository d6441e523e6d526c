// Production releases a change takes away (release.removed): a manifest the base has, the change
// deletes or moves, and no release here pairs with, must not shed its baseline unnoticed.

import picomatch from 'picomatch';
import type { FileSource } from '../files/source.js';
import type { Policy } from '../policy/types.js';
import type { RemovedRelease } from '../rules/removed.js';
import type { ReleaseEvidence } from '../rules/types.js';
import { readManifest } from './manifests.js';

/**
 * Production manifests (the base's, by the policy's globs) that the change takes away: changed, gone from
 * the head, and paired with no release here (by path, rename or model name). A read that fails is not
 * taken as "gone" or "still there": it is reported as unreadable, and the rule fails closed.
 */
export async function removedReleases(
  base: FileSource,
  head: FileSource,
  policy: Policy,
  /** What the change touches; null when nothing says (the command line): every base manifest counts. */
  changedFiles: string[] | null,
  headManifests: string[],
  releases: ReleaseEvidence[],
): Promise<RemovedRelease[]> {
  const isManifest = picomatch(policy.manifests, { dot: true });
  const candidates = changedFiles && new Set(changedFiles.filter((f) => isManifest(f) && !headManifests.includes(f)));
  if (candidates?.size === 0) return [];
  let basePaths: string[];
  try {
    basePaths = await base.glob(policy.manifests);
  } catch (e) {
    return [
      {
        path: candidates ? [...candidates].join(', ') : '(every manifest)',
        unreadable: `the manifests of ${base.description} cannot be listed (${(e as Error).message})`,
      },
    ];
  }
  const paired = new Set(releases.map((r) => r.baseline?.path));
  const removed: RemovedRelease[] = [];
  for (const path of basePaths) {
    if ((candidates ? !candidates.has(path) : headManifests.includes(path)) || paired.has(path)) continue;
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

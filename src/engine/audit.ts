// The scheduled lifecycle audit: the default branch's manifests judged for lifecycle only (reviews
// due, retired models still in use), with no pull request and no evidence read.

import type { FileSource } from '../files/source.js';
import type { PolicyError } from '../policy/load.js';
import type { LoadedManifest } from '../policy/types.js';
import { auditLifecycle, type AuditItem } from '../rules/audit.js';
import type { Report } from '../types.js';
import { readManifest } from './manifests.js';
import { readPolicy } from './policy.js';

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

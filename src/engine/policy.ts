// Reading the policy: the file the model-risk owners keep, or the built-in default when there is none.

import type { FileSource } from '../files/source.js';
import { decodeText } from '../files/text.js';
import { builtinPolicy, loadPolicy, type PolicyError } from '../policy/load.js';
import type { Policy } from '../policy/types.js';

/** Where a policy lives when nobody says otherwise. */
export const DEFAULT_POLICY_PATH = '.github/model-release-policy.yml';

export type PolicyRead = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[]; message: string };

/** Reads the policy, or says precisely why the gate cannot run. */
export async function readPolicy(source: FileSource, path: string | null, optional: boolean): Promise<PolicyRead> {
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

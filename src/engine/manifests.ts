// Reading one manifest from a FileSource, and the model-name key that tells two manifests release
// the same model. Shared by the head's releases, the base's baselines and the audit.

import { createHash } from 'node:crypto';
import type { FileSource } from '../files/source.js';
import { decodeText } from '../files/text.js';
import { loadManifest } from '../policy/manifest.js';
import type { LoadedManifest, Policy } from '../policy/types.js';
import { invisible } from '../unicode.js';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export type ReadManifest = { loaded: LoadedManifest; bytes?: Buffer };

export async function readManifest(source: FileSource, path: string, policy: Policy): Promise<ReadManifest | null> {
  const read = await source.read(path);
  if (!read.ok) {
    if (read.reason === 'missing') return null;
    return { loaded: invalidManifest(path, read.message) };
  }
  const text = decodeText(read.bytes);
  if (!text.ok) return { loaded: invalidManifest(path, `${path}: ${text.message}`), bytes: read.bytes };
  return { loaded: loadManifest(text.text, path, policy), bytes: read.bytes };
}

export function invalidManifest(path: string, message: string): LoadedManifest {
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
export const nameKey = (name: string): string =>
  name.normalize('NFKC').replace(invisible(), '').replace(/\s+/gu, '').toLowerCase();

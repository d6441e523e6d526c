// Test helpers for one format at a time: parse a fixture as its entry point does, then detect and read it
// with the format alone, so a test names the format it proves.

import { expect } from '@jest/globals';
import { parseText, syntaxOf } from '../../../src/evidence/document.js';
import type { EvidenceFormat, ReadContext } from '../../../src/evidence/format.js';
import { parseModelCard } from '../../../src/evidence/formats/metrics/huggingface.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../src/evidence/limits.js';
import { EvidenceError, isRecord } from '../../../src/evidence/result.js';
import type { EntryLimits } from '../../../src/policy/types.js';
import { fixture } from '../helpers.js';

export type Kind = 'metrics' | 'drift';

/** A fixture's parsed document, as parseMetricsFile (model cards' front matter) or parseDriftReport sees it. */
export function documentOf(path: string, kind: Kind): Record<string, unknown> {
  const text = fixture(path);
  const parsed =
    (kind === 'metrics' ? parseModelCard(text, path, DEFAULT_ENTRY_LIMITS) : undefined) ??
    parseText(text, syntaxOf(path, text));
  if (!isRecord(parsed.value)) throw new Error(`${path} does not hold an object`);
  return parsed.value;
}

/** Reads a fixture with `format` after checking that the format recognises it. */
export function readFixture<T, C extends ReadContext>(
  format: EvidenceFormat<T, C>,
  path: string,
  kind: Kind,
  extra: Omit<C, 'path' | 'limits'> & { limits?: Readonly<EntryLimits> } = {} as Omit<C, 'path' | 'limits'>,
): T {
  const doc = documentOf(path, kind);
  expect(format.detect(doc, path)).toBe(true);
  return format.read(doc, { limits: DEFAULT_ENTRY_LIMITS, ...extra, path } as C);
}

/** The EvidenceError a read throws (anything else fails the test). */
export function refusal(read: () => unknown): EvidenceError {
  try {
    read();
  } catch (err) {
    if (err instanceof EvidenceError) return err;
    throw err;
  }
  throw new Error('expected the format to refuse the document');
}

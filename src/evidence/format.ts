// The one interface every evidence format implements, and the one dispatch over an ordered list of them.
// Each format lives in its own module under ./formats/ (metrics/ or drift/), with its fixtures and tests
// beside its name in __tests__/evidence/formats/. The entry points (./metrics.ts, ./drift-report.ts) parse
// the text, then hand the document to the first format in their list that recognises it.

import type { EntryLimits } from '../policy/types.js';
import { EvidenceError } from './result.js';

/** What every format's `read` is given besides the document. */
export interface ReadContext {
  /** The file's repository-relative path: the evidence's `source`, and the name in messages. */
  path: string;
  /** The policy's entry limits (the built-in defaults when it sets none). */
  limits: Readonly<EntryLimits>;
}

export interface EvidenceFormat<T, C extends ReadContext = ReadContext> {
  /** A short name for tests and docs (the evidence's `format` where the format yields evidence). */
  readonly id: string;
  /**
   * Whether the parsed document has this format's shape. Cheap and free of errors: it only looks at
   * marker keys (and, for files known by name, at `path`). The list's order settles a document two formats
   * would both recognise; __tests__/evidence/formats/detection.test.ts checks that no real file is one.
   */
  detect(doc: Readonly<Record<string, unknown>>, path: string): boolean;
  /**
   * Reads the document. A wrong value throws EvidenceError with the DocPath of the value, which the entry
   * point turns into a line (it holds the parsed document's locator). A format that is recognised only to
   * be refused (a file of the right tool but the wrong kind) throws with the fix.
   */
  read(doc: Record<string, unknown>, ctx: C): T;
}

/** The first format in `formats` that recognises the document, in the list's order. */
export function detectFormat<T, C extends ReadContext>(
  formats: readonly EvidenceFormat<T, C>[],
  doc: Readonly<Record<string, unknown>>,
  path: string,
): EvidenceFormat<T, C> | undefined {
  return formats.find((f) => f.detect(doc, path));
}

/** Reads the document with the first format that recognises it; `unknown` is the message when none does. */
export function readWithFormats<T, C extends ReadContext>(
  formats: readonly EvidenceFormat<T, C>[],
  doc: Record<string, unknown>,
  ctx: C,
  unknown: string,
): T {
  const format = detectFormat(formats, doc, ctx.path);
  if (!format) throw new EvidenceError(unknown);
  return format.read(doc, ctx);
}

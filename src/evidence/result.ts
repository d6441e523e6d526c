// Shared plumbing of the evidence readers: the result shape every entry point returns, the error a
// reader throws from deep inside a document, and small checks on untyped parsed values.

/** What every reader's entry point returns: evidence, or one message that names the file and the fix. */
export type ParseResult<T> =
  | { ok: true; evidence: T }
  /** `fix`: when the reader knows better than a generic "fix the file" (the file is the wrong kind). */
  | { ok: false; message: string; line?: number; fix?: string };

/** A key or index path inside a parsed document, used to find the line of a bad value. */
export type DocPath = (string | number)[];

/**
 * Thrown by a reader when the document is wrong. `at` points to the offending value so the entry point
 * can turn it into a line number (only on this error path, so reading good files stays fast).
 */
export class EvidenceError extends Error {
  constructor(
    message: string,
    readonly at?: DocPath,
    readonly line?: number,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'EvidenceError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number (NaN and Infinity survive the lenient JSON parser so that they can be refused here). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A short, quoted rendering of any parsed value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the string '${shown}'`;
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN (not a number)';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return `the number ${value}`;
  }
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'an object';
}

export { formatPath } from '../format.js';

/** Runs a reader and turns its EvidenceError into the failure shape; `locate` maps a DocPath to a line. */
export function runReader<T>(path: string, read: () => T, locate: (at: DocPath) => number | undefined): ParseResult<T> {
  try {
    return { ok: true, evidence: read() };
  } catch (err) {
    if (!(err instanceof EvidenceError)) throw err;
    const line = err.line ?? (err.at ? locateNearest(err.at, locate) : undefined);
    const where = line !== undefined ? `${path}:${line}` : path;
    return {
      ok: false,
      message: `${where}: ${err.message}`,
      ...(line !== undefined ? { line } : {}),
      ...(err.fix !== undefined ? { fix: err.fix } : {}),
    };
  }
}

/** The line of the value at `at`, or of its nearest ancestor that exists (a missing key points at its object). */
function locateNearest(at: DocPath, locate: (at: DocPath) => number | undefined): number | undefined {
  for (let n = at.length; n >= 0; n--) {
    const line = locate(at.slice(0, n));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** obj[key] = value, safe for a key named "__proto__" (which would otherwise replace the prototype). */
export function setKey<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function hasKey(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * obj[key] for a key a user named (a metric, tier, slice, feature, team): own properties only, so that
 * `constructor`, `toString` or `__proto__` are never found on Object.prototype and taken as present.
 */
export function own<T>(obj: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return obj != null && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

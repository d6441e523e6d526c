// How many entries one evidence file may hold. A file is already capped in bytes, but 44 MB of JSON can
// hold three million metrics: reading, judging and recording them took minutes and gigabytes. The counts
// are checked before the per-entry work, so an oversized file fails in the time it takes to parse it.

import type { EntryLimits } from '../policy/types.js';
import type { Syntax } from './document.js';
import { countColons } from './json.js';
import { EvidenceError } from './result.js';

export const DEFAULT_ENTRY_LIMITS: Readonly<EntryLimits> = {
  max_metrics: 10_000,
  max_slices: 1_000,
  max_features: 10_000,
};

const WHAT: Record<keyof EntryLimits, string> = {
  max_metrics: 'metric values (slice values included)',
  max_slices: 'slices',
  max_features: 'features',
};

/**
 * Refuses `count` entries over the limit. No document path: finding the line would re-read a huge file
 * with the slow, position-tracking parser, and the message names the file and the limit already.
 */
export function checkEntries(count: number, limits: Readonly<EntryLimits>, key: keyof EntryLimits): void {
  const limit = limits[key];
  if (count <= limit) return;
  throw new EvidenceError(
    `the file holds at least ${count} ${WHAT[key]}, more than the ${limit} the policy allows (limits.${key}); keep evidence to summaries the gate judges, or raise limits.${key} in the policy`,
  );
}

/** Keys a JSON or YAML evidence file may hold for each entry its limit allows (a feature of an Evidently report has ~15). */
export const KEYS_PER_ENTRY = 100;

/**
 * Refuses a document with far more keys than entries the limit allows, before it is parsed: building a
 * JavaScript object of millions of keys is what takes the time and memory, and the count is a fast scan
 * of the text. In YAML every ':' counts (an overestimate: it only matters past the limit).
 */
export function checkDocumentSize(
  text: string,
  syntax: Syntax,
  limits: Readonly<EntryLimits>,
  key: 'max_metrics' | 'max_features',
): void {
  const max = KEYS_PER_ENTRY * limits[key];
  let keys = 0;
  if (syntax === 'json') keys = countColons(text);
  else for (let i = text.indexOf(':'); i >= 0 && keys <= max; i = text.indexOf(':', i + 1)) keys++;
  if (keys <= max) return;
  throw new EvidenceError(
    `the file holds ${syntax === 'json' ? keys : `more than ${max}`} keys; the gate reads at most ${max}, ${KEYS_PER_ENTRY} for each of the ${limits[key]} ${key === 'max_metrics' ? 'metric values' : 'features'} the policy allows (limits.${key}); keep evidence to summaries the gate judges, or raise limits.${key} in the policy`,
  );
}

/** A running count over one file: metrics found level by level (DVC groups) or across slices. */
export class EntryBudget {
  private used = 0;
  constructor(
    private readonly limits: Readonly<EntryLimits>,
    private readonly key: keyof EntryLimits,
  ) {}
  /** Counts one more entry; throws as soon as the total passes the limit. */
  take(): void {
    checkEntries(++this.used, this.limits, this.key);
  }
  /** Throws when `n` more entries, about to be read, would pass the limit (checked before reading them). */
  ahead(n: number): void {
    checkEntries(this.used + n, this.limits, this.key);
  }
}

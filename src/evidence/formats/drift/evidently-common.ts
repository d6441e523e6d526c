// What Evidently's three saved shapes share: class names as Evidently writes them, and the set of features
// a report builds (a column given twice keeps its first drift). Each shape is its own format beside this
// file: evidently-legacy-report.ts, evidently-testsuite.ts, evidently-snapshot.ts.
// Stattest names are display names ("K-S p_value", "Wasserstein distance (normed)"): buildFeature maps them.

import type { DriftEvidence, DriftFeature } from '../../../types.js';
import { buildFeature, type RawFeature } from '../../drift-feature.js';
import type { DocPath } from '../../result.js';

export type Doc = Record<string, unknown>;
export type Dataset = NonNullable<DriftEvidence['dataset']>;

const TOOL = 'Evidently';

/** Short class name of "DataDriftTable" or "evidently:metric:DataDriftTable". */
export const shortType = (t: unknown): string => (typeof t === 'string' ? (t.split(':').pop() ?? t) : '');

/** Collects features by name, keeping the first one a report gives for a column. */
export class FeatureSet {
  readonly list: DriftFeature[] = [];
  private readonly names = new Set<string>();
  constructor(private readonly notes: string[]) {}
  add(raw: RawFeature, at: DocPath): void {
    if (this.names.has(raw.name)) {
      this.notes.push(`${raw.name}: the report gives this column's drift more than once; the first is used`);
      return;
    }
    this.names.add(raw.name);
    this.list.push(buildFeature(raw, at, TOOL, this.notes));
  }
}

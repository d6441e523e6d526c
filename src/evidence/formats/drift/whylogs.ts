// whylogs drift scores saved as JSON: the dict that calculate_drift_scores(..., with_thresholds=True)
// returns, { column: { algorithm, pvalue, statistic, thresholds: { NO_DRIFT, POSSIBLE_DRIFT, DRIFT }, drift_category } }.
// The score is the p-value for test algorithms (ks, chi-square) and the statistic for distances (hellinger),
// whose pvalue is None. The threshold is the boundary of the DRIFT band: its upper end for a p-value
// (DRIFT: [0, 0.05]), its lower end for a distance (DRIFT: [0.4, 1]).

import { resolveMethod } from '../../../drift/methods.js';
import type { DriftEvidence, DriftFeature } from '../../../types.js';
import { buildFeature } from '../../drift-feature.js';
import type { EvidenceFormat } from '../../format.js';
import { checkEntries } from '../../limits.js';
import { isFiniteNumber, isRecord } from '../../result.js';

type Doc = Record<string, unknown>;
const TOOL = 'whylogs';

export const whylogsDriftScores: EvidenceFormat<DriftEvidence> = {
  id: 'whylogs',
  detect: (doc) => isWhylogsDriftScores(doc),
  read: (doc, ctx) => {
    // Every top-level key is a column: counted before any is read.
    checkEntries(Object.keys(doc).length, ctx.limits, 'max_features');
    return readWhylogsDriftScores(doc, ctx.path);
  },
};

function isWhylogsDriftScores(doc: Readonly<Doc>): boolean {
  const values = Object.values(doc);
  return values.length > 0 && values.every((v) => isRecord(v) && typeof v.algorithm === 'string');
}

function readWhylogsDriftScores(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features: DriftFeature[] = [];
  let possible = 0;
  for (const [name, entry] of Object.entries(doc)) {
    const v = entry as Doc;
    const algorithm = v.algorithm as string;
    const kind = resolveMethod(algorithm)?.kind;
    // An unknown algorithm: take whichever score it gave, preferring the p-value; buildFeature notes the method.
    const useStatistic = kind === 'distance' || (kind === undefined && (v.pvalue === null || v.pvalue === undefined));
    const band = isRecord(v.thresholds) ? v.thresholds.DRIFT : undefined;
    let threshold: number | undefined;
    if (
      Array.isArray(band) &&
      band.length === 2 &&
      isFiniteNumber(band[0]) &&
      isFiniteNumber(band[1]) &&
      kind !== undefined
    ) {
      threshold = kind === 'pvalue' ? band[1] : band[0];
    }
    if (v.drift_category === 'POSSIBLE_DRIFT') possible++;
    features.push(
      buildFeature(
        {
          name,
          method: algorithm,
          score: useStatistic ? v.statistic : v.pvalue,
          threshold,
          drifted: typeof v.drift_category === 'string' ? v.drift_category === 'DRIFT' : undefined,
          statistic: resolveMethod(algorithm)?.id === 'ks' ? v.statistic : undefined,
          keys: { score: useStatistic ? 'statistic' : 'pvalue' },
        },
        [name],
        TOOL,
        notes,
      ),
    );
  }
  if (possible > 0) {
    notes.push(
      `whylogs put ${possible} column(s) in POSSIBLE_DRIFT; they are read as not drifted, and the gate judges each score against its threshold`,
    );
  }
  return { source, format: 'whylogs', features, notes };
}

// Drift reports: one entry point that parses the file and hands it to the first format in
// DRIFT_REPORT_FORMATS that recognises its shape, so a manifest only says `drift.report: eval/drift.json`
// whatever tool wrote it. Each format is a module of its own under ./formats/drift/.

import type { EntryLimits } from '../policy/types.js';
import type { DriftEvidence } from '../types.js';
import { readWithFormats, type EvidenceFormat } from './format.js';
import { evidentlyLegacyReport } from './formats/drift/evidently-legacy-report.js';
import { evidentlySavedSnapshot, evidentlySnapshot } from './formats/drift/evidently-snapshot.js';
import { evidentlyTestSuite } from './formats/drift/evidently-testsuite.js';
import { genericDrift } from './formats/drift/generic.js';
import { whylogsDriftScores } from './formats/drift/whylogs.js';
import { checkDocumentSize, checkEntries, DEFAULT_ENTRY_LIMITS } from './limits.js';
import { parseText, syntaxOf, type ParsedDocument } from './document.js';
import { EvidenceError, describeValue, isRecord, runReader, type ParseResult } from './result.js';

export type DriftResult = ParseResult<DriftEvidence>;

/** Tried in this order; the first whose `detect` recognises the document reads it. */
export const DRIFT_REPORT_FORMATS: readonly EvidenceFormat<DriftEvidence>[] = [
  genericDrift,
  evidentlyLegacyReport,
  evidentlySnapshot,
  evidentlyTestSuite,
  evidentlySavedSnapshot,
  whylogsDriftScores,
];

const FORMATS_UNDERSTOOD =
  'understood formats: generic ({"features": {"age": {"method": "psi", "score": 0.31}}}), Evidently Report JSON ' +
  '(legacy `metrics: [{metric, result}]` and 0.7+ snapshots), Evidently TestSuite JSON (`tests: [...]`) and whylogs ' +
  'calculate_drift_scores saved as JSON ({"age": {"algorithm": "ks", "pvalue": ...}}); see docs/evidence-formats.md';

/** Reads a drift report of any supported format. `path` is repository-relative, for messages and `source`. */
export function parseDriftReport(
  text: string,
  path: string,
  limits: Readonly<EntryLimits> = DEFAULT_ENTRY_LIMITS,
): DriftResult {
  let doc: ParsedDocument | undefined;
  return runReader(
    path,
    () => {
      if (/^\s*</.test(text)) {
        throw new EvidenceError(
          "this is an HTML page, not a JSON report; save Evidently's JSON with report.save_json(...) or json()",
        );
      }
      const syntax = syntaxOf(path, text);
      checkDocumentSize(text, syntax, limits, 'max_features');
      doc = parseText(text, syntax);
      const value = doc.value;
      if (!isRecord(value))
        throw new EvidenceError(`the file holds ${describeValue(value)}, not a drift report; ${FORMATS_UNDERSTOOD}`);
      const evidence = readWithFormats(
        DRIFT_REPORT_FORMATS,
        value,
        { path, limits },
        `not a drift report this gate understands; ${FORMATS_UNDERSTOOD}`,
      );
      checkEntries(evidence.features.length, limits, 'max_features');
      return evidence;
    },
    (at) => doc?.locate(at),
  );
}

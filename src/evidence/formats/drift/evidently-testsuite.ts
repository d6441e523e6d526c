// Evidently's legacy TestSuite, as test_suite.json() writes it:
// { tests: [{ name, status, parameters: { features: { col: { stattest, score, threshold, detected } } } }] }
// (TestShareOfDriftedColumns, TestNumberOfDriftedColumns) or parameters: { stattest, score, ... } (TestColumnDrift).

import type { DriftEvidence } from '../../../types.js';
import type { EvidenceFormat } from '../../format.js';
import { EvidenceError, isFiniteNumber, isRecord, type DocPath } from '../../result.js';
import { FeatureSet, type Dataset, type Doc } from './evidently-common.js';

export const evidentlyTestSuite: EvidenceFormat<DriftEvidence> = {
  id: 'evidently-testsuite',
  detect: (doc) => isEvidentlyTestSuite(doc),
  read: (doc, ctx) => readEvidentlyTestSuite(doc, ctx.path),
};

function isEvidentlyTestSuite(doc: Readonly<Doc>): boolean {
  return (
    !Array.isArray(doc.metrics) &&
    Array.isArray(doc.tests) &&
    doc.tests.some((t) => isRecord(t) && typeof t.name === 'string' && ('parameters' in t || 'group' in t))
  );
}

function readEvidentlyTestSuite(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features = new FeatureSet(notes);
  let dataset: Dataset | undefined;
  let driftTests = 0;
  (doc.tests as unknown[]).forEach((t, i) => {
    if (!isRecord(t) || !isRecord(t.parameters)) return;
    const p = t.parameters;
    const at = ['tests', i, 'parameters'];
    const name = typeof t.name === 'string' ? t.name : `test ${i}`;
    const isTable = isRecord(p.features) && Object.values(p.features).some((f) => isRecord(f) && 'stattest' in f);
    const isColumn = 'stattest' in p;
    if (!isTable && !isColumn) return;
    driftTests++;
    if (t.status === 'ERROR') {
      throw new EvidenceError(
        `Evidently could not run the test '${name}' (status ERROR: ${String(t.description ?? '')}); fix the test suite and save it again`,
        ['tests', i],
      );
    }
    const fromParam = (f: Doc, col: string, fat: DocPath): void =>
      features.add(
        {
          name: col,
          method: typeof f.stattest === 'string' ? f.stattest : undefined,
          score: f.score,
          threshold: f.threshold,
          drifted: typeof f.detected === 'boolean' ? f.detected : undefined,
        },
        fat,
      );
    if (isTable) {
      const cols = Object.entries(p.features as Doc).filter((e): e is [string, Doc] => isRecord(e[1]));
      cols.forEach(([col, f]) => fromParam(f, col, [...at, 'features', col]));
      const drifted = cols.filter(([, f]) => f.detected === true).length;
      // TestShareOfDriftedColumns' condition is on the share; TestNumberOfDriftedColumns' on the count.
      const condition = isRecord(p.condition) ? (p.condition.lt ?? p.condition.lte) : undefined;
      const onShare = /share/i.test(name);
      if (!dataset || onShare) {
        dataset = { drifted, total: cols.length, share: cols.length > 0 ? drifted / cols.length : 0 };
        if (onShare && isFiniteNumber(condition)) dataset.threshold = condition;
      }
    } else {
      const described = typeof t.description === 'string' ? /\*\*(.+?)\*\*/.exec(t.description)?.[1] : undefined;
      const col = typeof p.column_name === 'string' ? p.column_name : described;
      if (!col) throw new EvidenceError(`the test '${name}' does not say which column it checked`, ['tests', i]);
      fromParam(p, col, at);
    }
  });
  if (driftTests === 0) {
    throw new EvidenceError(
      'the Evidently test suite has no drift test (TestShareOfDriftedColumns, TestNumberOfDriftedColumns or TestColumnDrift); add one, or save a Report with DataDriftPreset() instead',
    );
  }
  notes.push("Evidently's test suite rounds drift scores to 3 decimals");
  return { source, format: 'evidently-testsuite', features: features.list, ...(dataset ? { dataset } : {}), notes };
}

// Evidently's legacy Report, as report.json() / save_json() write it:
// { metrics: [{ metric: "DataDriftTable" | "ColumnDriftMetric" | "DatasetDriftMetric", result }] }.

import type { DriftEvidence } from '../../../types.js';
import type { EvidenceFormat } from '../../format.js';
import { columnType } from '../../drift-feature.js';
import { requireCount, requireNumber } from '../../metric-values.js';
import { EvidenceError, isRecord, type DocPath } from '../../result.js';
import { FeatureSet, shortType, type Dataset, type Doc } from './evidently-common.js';
import { evidentlyHistogram } from './evidently-histogram.js';

export const evidentlyLegacyReport: EvidenceFormat<DriftEvidence> = {
  id: 'evidently-legacy',
  detect: (doc) => isEvidentlyLegacyReport(doc),
  read: (doc, ctx) => readEvidentlyLegacyReport(doc, ctx.path),
};

function readDataset(
  drifted: unknown,
  total: unknown,
  share: unknown,
  at: DocPath,
  names: [string, string, string],
  from: string,
): Dataset {
  const d = requireCount(drifted, [...at, names[0]]);
  const t = requireCount(total, [...at, names[1]]);
  const s = share === undefined ? (t > 0 ? d / t : 0) : requireNumber(share, [...at, names[2]]);
  if (d > t) throw new EvidenceError(`${names[0]} (${d}) is more than ${names[1]} (${t})`, at);
  return { drifted: d, total: t, share: s, from };
}

function isEvidentlyLegacyReport(doc: Readonly<Doc>): boolean {
  return (
    Array.isArray(doc.metrics) && doc.metrics.some((m) => isRecord(m) && typeof m.metric === 'string' && 'result' in m)
  );
}

function readEvidentlyLegacyReport(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features = new FeatureSet(notes);
  let dataset: Dataset | undefined;
  let tableDataset: Dataset | undefined;
  let rebinned = false;
  const seen: string[] = [];
  const column = (r: Doc, fallbackName: string, at: DocPath): void => {
    const hist = evidentlyHistogram(r.reference, r.current);
    rebinned ||= hist?.rebinned ?? false;
    features.add(
      {
        name: typeof r.column_name === 'string' ? r.column_name : fallbackName,
        method: typeof r.stattest_name === 'string' ? r.stattest_name : undefined,
        score: r.drift_score,
        threshold: r.stattest_threshold,
        type: columnType(r.column_type),
        drifted: typeof r.drift_detected === 'boolean' ? r.drift_detected : undefined,
        histogram: hist?.histogram,
        keys: { score: 'drift_score', threshold: 'stattest_threshold' },
      },
      at,
    );
  };
  (doc.metrics as unknown[]).forEach((m, i) => {
    if (!isRecord(m)) return;
    const type = shortType(m.metric);
    seen.push(type);
    const at = ['metrics', i, 'result'];
    const r = m.result;
    if (!isRecord(r)) return;
    if (type === 'ColumnDriftMetric') column(r, `column ${i}`, at);
    else if (type === 'DataDriftTable') {
      if (!isRecord(r.drift_by_columns)) throw new EvidenceError('DataDriftTable has no drift_by_columns', at);
      for (const [name, col] of Object.entries(r.drift_by_columns)) {
        if (isRecord(col)) column(col, name, [...at, 'drift_by_columns', name]);
      }
      tableDataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at,
        ['number_of_drifted_columns', 'number_of_columns', 'share_of_drifted_columns'],
        'DataDriftTable',
      );
    } else if (type === 'DatasetDriftMetric') {
      dataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at,
        ['number_of_drifted_columns', 'number_of_columns', 'share_of_drifted_columns'],
        'DatasetDriftMetric',
      );
      if (r.drift_share !== undefined) dataset.threshold = requireNumber(r.drift_share, [...at, 'drift_share']);
    }
  });
  dataset ??= tableDataset;
  if (features.list.length === 0 && !dataset) {
    throw new EvidenceError(
      `the Evidently report has no drift metric (DataDriftTable, ColumnDriftMetric or DatasetDriftMetric); it has: ${seen.join(', ') || 'none'}. Add DataDriftPreset() or DataDriftTable() to the report`,
    );
  }
  if (features.list.length === 0) notes.push('the report gives only the dataset summary, no per-column drift');
  if (rebinned)
    notes.push(
      'numeric histograms are redrawn on common bins: Evidently saves reference and current on bins of their own',
    );
  return { source, format: 'evidently-legacy', features: features.list, ...(dataset ? { dataset } : {}), notes };
}

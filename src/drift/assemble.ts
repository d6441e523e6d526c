// The evidence assembled from each column's result, whether the dataset drifted, and the generic report
// (docs/evidence-formats.md "Generic", the `drift` command's output).

import type { Table } from '../evidence/table.js';
import { setKey } from '../evidence/result.js';
import type { DriftEvidence, DriftFeature } from '../types.js';
import { DEFAULT_DRIFTED_SHARE } from './methods.js';
import type { ColumnDrift, ComputeDriftOptions } from './options.js';

/** The evidence from each reference column's result (null: absent from the current sample), in column order. */
export function assemble(
  reference: Table,
  current: Table,
  options: ComputeDriftOptions,
  results: Array<ColumnDrift | null>,
): DriftEvidence {
  const datasetShare = options.datasetShare ?? DEFAULT_DRIFTED_SHARE;
  const notes: string[] = [...reference.notes, ...current.notes];
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const features: DriftFeature[] = [];
  reference.columns.forEach((refCol, i) => {
    const r = results[i];
    if (!r) {
      notes.push(`column "${refCol.name}" is in ${reference.source} only; skipped`);
      return;
    }
    notes.push(...r.notes);
    if (r.feature) features.push(r.feature);
  });
  for (const c of current.columns) {
    if (!referenceNames.has(c.name)) notes.push(`column "${c.name}" is in ${current.source} only; skipped`);
  }
  const judged = features.filter((f) => f.drifted !== undefined);
  const drifted = judged.filter((f) => f.drifted).length;
  const total = judged.length;
  const share = total === 0 ? 0 : drifted / total;
  return {
    source: options.source ?? `${reference.source} vs ${current.source}`,
    format: 'computed',
    features,
    dataset: { drifted, total, share, threshold: datasetShare },
    notes,
  };
}

/** Whether the dataset as a whole drifted: the share of drifted columns reached the limit. */
export function datasetDrifted(evidence: DriftEvidence): boolean {
  const d = evidence.dataset;
  return !!d && d.total > 0 && d.share >= (d.threshold ?? DEFAULT_DRIFTED_SHARE);
}

export interface GenericDriftReport {
  /** Each feature as in DriftEvidence, keyed by its name. */
  features: Record<string, Omit<DriftFeature, 'name'>>;
  dataset: { drifted: number; total: number; share: number; threshold: number; detected: boolean };
  notes?: string[];
}

/** Plain JSON that the generic drift report reader reads back. Non-finite scores become null. */
export function toGenericReport(evidence: DriftEvidence): GenericDriftReport {
  const features: GenericDriftReport['features'] = {};
  for (const f of evidence.features) {
    setKey(features, f.name, {
      type: f.type,
      method: f.method,
      score: f.score !== null && Number.isFinite(f.score) ? f.score : null,
      threshold: f.threshold,
      drifted: f.drifted,
      ...(f.statistic !== undefined ? { statistic: f.statistic } : {}),
      missing: f.missing,
      rows: f.rows,
      histogram: f.histogram,
    });
  }
  const d = evidence.dataset ?? { drifted: 0, total: 0, share: 0 };
  const threshold = d.threshold ?? DEFAULT_DRIFTED_SHARE;
  return {
    features,
    dataset: { drifted: d.drifted, total: d.total, share: d.share, threshold, detected: datasetDrifted(evidence) },
    ...(evidence.notes.length ? { notes: evidence.notes } : {}),
  };
}

// The generic metrics form (JSON or YAML): { model_version?, sample_size?, metrics: { name: number |
// { value, ci?, n? } }, slices?: { slice: { name: ... } } }. Its meta keys (model_version, sample_size,
// slices) mean the same in the flat and inline forms, which read them with withMeta() here.

import type { EntryLimits } from '../../../policy/types.js';
import type { MetricValue, MetricsEvidence, MetricsFormat } from '../../../types.js';
import type { EvidenceFormat, ReadContext } from '../../format.js';
import { checkEntries, EntryBudget } from '../../limits.js';
import { readMetricMap, requireCount } from '../../metric-values.js';
import { EvidenceError, hasKey, isRecord, setKey, type DocPath } from '../../result.js';

/** What a metrics file's format is read with: the manifest's `evaluation.dataset` chooses a model card's result. */
export interface MetricsContext extends ReadContext {
  dataset?: string;
}

/** Keys of the generic and flat forms that describe the evaluation rather than being metrics. */
export const META_KEYS: ReadonlySet<string> = new Set(['model_version', 'sample_size', 'slices', 'metrics']);

export const genericMetrics: EvidenceFormat<MetricsEvidence, MetricsContext> = {
  id: 'generic',
  // A model card's front matter has a `metrics` list too (the names of its metrics): `model-index` marks it.
  detect: (doc) => hasKey(doc, 'metrics') && !hasKey(doc, 'model-index'),
  read: (doc, ctx) => readGeneric(doc, ctx.path, 'generic', [], ctx.limits),
};

export function readGeneric(
  doc: Record<string, unknown>,
  source: string,
  format: MetricsFormat,
  at: DocPath,
  limits: Readonly<EntryLimits>,
): MetricsEvidence {
  const metricsAt = [...at, 'metrics'];
  if (!isRecord(doc.metrics)) {
    throw new EvidenceError('`metrics` must be an object of metric names to numbers, like { "auc": 0.91 }', metricsAt);
  }
  const budget = new EntryBudget(limits, 'max_metrics');
  const evidence = withMeta(
    doc,
    source,
    format,
    readMetricMap(doc.metrics, metricsAt, undefined, budget),
    at,
    limits,
    budget,
  );
  const unknown = Object.keys(doc).filter((k) => !META_KEYS.has(k));
  if (unknown.length > 0)
    evidence.notes.push(`ignored top-level keys that are not part of the metrics format: ${unknown.join(', ')}`);
  return evidence;
}

export function withMeta(
  doc: Record<string, unknown>,
  source: string,
  format: MetricsFormat,
  metrics: Record<string, MetricValue>,
  at: DocPath,
  limits: Readonly<EntryLimits>,
  budget: EntryBudget,
): MetricsEvidence {
  const notes: string[] = [];
  if (Object.keys(metrics).length === 0) {
    throw new EvidenceError('the file has no metrics; write them as { "metrics": { "auc": 0.91 } }', [
      ...at,
      'metrics',
    ]);
  }
  const evidence: MetricsEvidence = {
    source,
    format,
    metrics,
    slices: readSlices(doc.slices, [...at, 'slices'], limits, budget),
    notes,
  };
  const version = doc.model_version;
  if (typeof version === 'string' && version.trim() !== '') evidence.modelVersion = version;
  else if (typeof version === 'number') {
    // YAML reads 3.10 as the number 3.1: say so instead of comparing a mangled version silently.
    evidence.modelVersion = String(version);
    notes.push(
      `model_version is the number ${version}; quote it ("${version}") so that versions like 3.10 are read exactly`,
    );
  } else if (version !== undefined && version !== null) {
    throw new EvidenceError(
      `model_version is ${typeof version === 'boolean' ? `the boolean ${version}` : 'not text'}; write the version as a string like "3.2.0"`,
      [...at, 'model_version'],
    );
  }
  if (doc.sample_size !== undefined) evidence.sampleSize = requireCount(doc.sample_size, [...at, 'sample_size']);
  return evidence;
}

function readSlices(
  raw: unknown,
  at: DocPath,
  limits: Readonly<EntryLimits>,
  budget: EntryBudget,
): Record<string, Record<string, MetricValue>> {
  const out: Record<string, Record<string, MetricValue>> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    throw new EvidenceError(
      '`slices` must map a slice name to its metrics, like { "region=eu": { "auc": 0.905 } }',
      at,
    );
  }
  const slices = Object.entries(raw);
  checkEntries(slices.length, limits, 'max_slices');
  for (const [name, metrics] of slices) setKey(out, name, readMetricMap(metrics, [...at, name], undefined, budget));
  return out;
}

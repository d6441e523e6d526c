// The flat metrics form (DVC, most scripts): an object of metric names to numbers, { "auc": 0.91 }, with
// DVC's groups ({ "eval": { "f1": 0.8 } } is eval.f1). It has no marker key of its own: it is any object
// that carries none of the other formats' markers, so it comes last in METRICS_FORMATS.

import type { EntryLimits } from '../../../policy/types.js';
import type { MetricsEvidence, MetricsFormat } from '../../../types.js';
import type { EvidenceFormat } from '../../format.js';
import { EntryBudget } from '../../limits.js';
import { readMetricMap } from '../../metric-values.js';
import { EvidenceError, hasKey, isRecord, type DocPath } from '../../result.js';
import { META_KEYS, withMeta, type MetricsContext } from './generic.js';
import { huggingfaceCard } from './huggingface.js';
import { mlflowFile } from './mlflow.js';

export const METRICS_FORMATS_UNDERSTOOD =
  'understood: generic ({"metrics": {"auc": 0.91}}), flat ({"auc": 0.91}), a Hugging Face model card (README.md with model-index) or an MLflow run folder';

export const flatMetrics: EvidenceFormat<MetricsEvidence, MetricsContext> = {
  id: 'flat',
  detect: (doc, path) => !hasKey(doc, 'metrics') && !huggingfaceCard.detect(doc, path) && !mlflowFile.detect(doc, path),
  read: (doc, ctx) => readFlat(doc, ctx.path, 'flat', [], ctx.limits),
};

export function readFlat(
  doc: unknown,
  source: string,
  format: MetricsFormat,
  at: DocPath,
  limits: Readonly<EntryLimits>,
): MetricsEvidence {
  if (!isRecord(doc)) {
    throw new EvidenceError(
      `metrics must be an object of metric names to numbers, like { "auc": 0.91 }; ${METRICS_FORMATS_UNDERSTOOD}`,
      at,
    );
  }
  const budget = new EntryBudget(limits, 'max_metrics');
  return withMeta(doc, source, format, readMetricMap(doc, at, META_KEYS, budget), at, limits, budget);
}

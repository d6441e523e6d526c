// Every real-world fixture is recognised by exactly one format of its kind, and by the one expected: the
// registries' order then never decides which reader a real file gets. A new fixture must be listed here.

import { describe, expect, it } from '@jest/globals';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DRIFT_REPORT_FORMATS } from '../../../src/evidence/drift-report.js';
import type { EvidenceFormat, ReadContext } from '../../../src/evidence/format.js';
import { METRICS_FORMATS } from '../../../src/evidence/metrics.js';
import { fixturePath } from '../helpers.js';
import { documentOf, type Kind } from './read.js';

const EXPECTED: Record<string, [Kind, string]> = {
  'dvc/example-get-started-eval-live-metrics.json': ['metrics', 'flat'],
  'dvc/example-get-started-scores.json': ['metrics', 'flat'],
  'generic/metrics-churn.json': ['metrics', 'generic'],
  'generic/metrics-ranking.yaml': ['metrics', 'generic'],
  'huggingface/README-whisper-large-v2-fi.md': ['metrics', 'huggingface'],
  'huggingface/deberta-v3-base-cls-verified.yml': ['metrics', 'huggingface'],
  'huggingface/deberta-v3-large-nli-comma-decimals.yml': ['metrics', 'huggingface'],
  'huggingface/whisper-large-el-trainer.yml': ['metrics', 'huggingface'],
  'huggingface/whisper-large-v2-fi.yml': ['metrics', 'huggingface'],
  'huggingface/whisper-medium-is-percent-strings.yml': ['metrics', 'huggingface'],
  'huggingface/whisper-small-en-empty-results.yml': ['metrics', 'huggingface'],
  'mlflow/MLmodel-mslearn': ['metrics', 'mlflow-file'],
  'mlflow/run/MLmodel': ['metrics', 'mlflow-file'],
  'mlflow/run/meta.yaml': ['metrics', 'mlflow-file'],
  'generic/spark-job-psi.json': ['drift', 'generic'],
  'evidently/legacy-data-drift-table.json': ['drift', 'evidently-legacy'],
  'evidently/legacy-report-column-and-dataset-drift.json': ['drift', 'evidently-legacy'],
  'evidently/legacy-testsuite-constructed.json': ['drift', 'evidently-testsuite'],
  'evidently/v0.7-metric-id-constructed.json': ['drift', 'evidently-0.7'],
  'evidently/v0.7-snapshot-constructed.json': ['drift', 'evidently-0.7'],
  'whylogs/drift-scores-configured-thresholds.json': ['drift', 'whylogs'],
  'whylogs/drift-scores-default-ks-chisquare.json': ['drift', 'whylogs'],
  'whylogs/drift-scores-hellinger-chisquare-inf.json': ['drift', 'whylogs'],
};

/** Fixtures that are not a document of any format, and why. */
const NOT_DOCUMENTS: Record<string, string> = {
  'SOURCES.md': 'where the fixtures come from',
  'mlflow/run/metrics/metric_0': 'one metric file of the run folder, read by readMlflowRun',
  'whylogs/calculate_drift_scores-repr.txt': 'a Python repr, refused by the JSON parser before any format',
};

const REGISTRY: Record<Kind, readonly EvidenceFormat<unknown, ReadContext>[]> = {
  metrics: METRICS_FORMATS as readonly EvidenceFormat<unknown, ReadContext>[],
  drift: DRIFT_REPORT_FORMATS,
};

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

describe('format detection over the real-world fixtures', () => {
  it.each(Object.entries(EXPECTED))('%s is recognised by exactly one format: %j', (path, [kind, id]) => {
    const doc = documentOf(path, kind);
    const recognising = REGISTRY[kind].filter((f) => f.detect(doc, path)).map((f) => f.id);
    expect(recognising).toEqual([id]);
  });

  it('lists every fixture file', () => {
    const listed = new Set([...Object.keys(EXPECTED), ...Object.keys(NOT_DOCUMENTS)]);
    expect(filesUnder(fixturePath('')).filter((f) => !listed.has(f))).toEqual([]);
  });

  it('gives every format of each kind at least one fixture (a refusal format included)', () => {
    const used = new Set(Object.values(EXPECTED).map(([kind, id]) => `${kind}:${id}`));
    const unused = (['metrics', 'drift'] as const).flatMap((kind) =>
      REGISTRY[kind].map((f) => `${kind}:${f.id}`).filter((k) => !used.has(k)),
    );
    // report.save()'s snapshot: no saved file of it is public; drift/evidently-snapshot.test.ts refuses a constructed one.
    expect(unused).toEqual(['drift:evidently-saved-snapshot']);
  });

  it('format ids are unique within a kind', () => {
    for (const kind of ['metrics', 'drift'] as const) {
      const ids = REGISTRY[kind].map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

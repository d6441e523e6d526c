import { describe, expect, it } from '@jest/globals';
import { flatMetrics } from '../../../../src/evidence/formats/metrics/flat.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { documentOf, readFixture, refusal } from '../read.js';

describe('flat metrics format (DVC)', () => {
  it("reads DVC's example-get-started scores.json", () => {
    expect(readFixture(flatMetrics, 'dvc/example-get-started-scores.json', 'metrics')).toEqual({
      source: 'dvc/example-get-started-scores.json',
      format: 'flat',
      metrics: { avg_prec: { value: 0.5204838673030754 }, roc_auc: { value: 0.9032012604172255 } },
      slices: {},
      notes: [],
    });
  });

  it('names grouped metrics the way DVC shows them (avg_prec.test)', () => {
    const evidence = readFixture(flatMetrics, 'dvc/example-get-started-eval-live-metrics.json', 'metrics');
    expect(evidence.metrics).toEqual({
      'avg_prec.train': { value: 0.957035519466975 },
      'avg_prec.test': { value: 0.9014016422240393 },
      'roc_auc.train': { value: 0.9774311166774401 },
      'roc_auc.test': { value: 0.9319648794149968 },
    });
  });

  it('claims no file another format marks: generic, a model card, an MLflow MLmodel', () => {
    for (const path of [
      'generic/metrics-churn.json',
      'huggingface/whisper-large-el-trainer.yml',
      'mlflow/MLmodel-mslearn',
    ])
      expect(flatMetrics.detect(documentOf(path, 'metrics'), path)).toBe(false);
  });

  it('applies the limits it is given, not the defaults', () => {
    const err = refusal(() =>
      readFixture(flatMetrics, 'dvc/example-get-started-eval-live-metrics.json', 'metrics', {
        limits: { ...DEFAULT_ENTRY_LIMITS, max_metrics: 3 },
      }),
    );
    expect(err.message).toMatch(/more than the 3 the policy allows \(limits\.max_metrics\)/);
  });
});

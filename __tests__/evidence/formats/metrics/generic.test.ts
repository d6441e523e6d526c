import { describe, expect, it } from '@jest/globals';
import { genericMetrics } from '../../../../src/evidence/formats/metrics/generic.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { documentOf, readFixture, refusal } from '../read.js';

describe('generic metrics format', () => {
  it('reads metrics, intervals, slices, version and sample size from JSON', () => {
    expect(readFixture(genericMetrics, 'generic/metrics-churn.json', 'metrics')).toEqual({
      source: 'generic/metrics-churn.json',
      format: 'generic',
      modelVersion: '3.2.0',
      sampleSize: 48211,
      metrics: {
        auc: { value: 0.912 },
        accuracy: { value: 0.874, ci: [0.869, 0.879] },
        latency_p95_ms: { value: 118 },
      },
      slices: {
        'region=eu': { auc: { value: 0.905 } },
        'region=us': { auc: { value: 0.921 } },
        'region=apac': { auc: { value: 0.897 } },
      },
      notes: [],
    });
  });

  it('reads the same form from YAML', () => {
    const evidence = readFixture(genericMetrics, 'generic/metrics-ranking.yaml', 'metrics');
    expect(evidence.metrics.accuracy).toEqual({ value: 0.861, ci: [0.855, 0.867], n: 120000 });
    expect(Object.keys(evidence.slices)).toEqual(['device=mobile', 'device=desktop']);
    expect(evidence.modelVersion).toBe('2.0.0');
  });

  it('does not claim a flat DVC file or a model card (whose front matter lists metric names under `metrics`)', () => {
    const path = 'dvc/example-get-started-scores.json';
    expect(genericMetrics.detect(documentOf(path, 'metrics'), path)).toBe(false);
    const card = 'huggingface/whisper-large-v2-fi.yml';
    expect(documentOf(card, 'metrics').metrics).toEqual(['wer', 'cer']);
    expect(genericMetrics.detect(documentOf(card, 'metrics'), card)).toBe(false);
  });

  it('applies the limits it is given, not the defaults', () => {
    const err = refusal(() =>
      readFixture(genericMetrics, 'generic/metrics-churn.json', 'metrics', {
        limits: { ...DEFAULT_ENTRY_LIMITS, max_slices: 2 },
      }),
    );
    expect(err.message).toMatch(/at least 3 slices, more than the 2 the policy allows \(limits\.max_slices\)/);
  });
});

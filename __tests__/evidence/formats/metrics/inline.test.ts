import { describe, expect, it } from '@jest/globals';
import { parseInlineMetrics } from '../../../../src/evidence/formats/metrics/inline.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { failure, ok } from '../../helpers.js';

describe('inline metrics (in the manifest)', () => {
  it('reads the generic shape, recorded as inline', () => {
    const evidence = ok(
      parseInlineMetrics({ metrics: { auc: 0.91 }, slices: { eu: { auc: 0.9 } } }, 'models/a/model-release.yml'),
    );
    expect(evidence).toEqual({
      source: 'models/a/model-release.yml',
      format: 'inline',
      metrics: { auc: { value: 0.91 } },
      slices: { eu: { auc: { value: 0.9 } } },
      notes: [],
    });
  });

  it('reads the flat shape, recorded as inline', () => {
    expect(ok(parseInlineMetrics({ auc: 0.91, eval: { f1: 0.8 } }, 'm.yml')).metrics).toEqual({
      auc: { value: 0.91 },
      'eval.f1': { value: 0.8 },
    });
  });

  it('names the manifest field in messages, and applies the limits it is given', () => {
    expect(failure(parseInlineMetrics({ auc: 'high' }, 'm.yml')).message).toBe(
      "m.yml: evaluation.metrics.auc is the string 'high'; write a number like 0.91",
    );
    expect(
      failure(parseInlineMetrics({ a: 1, b: 2 }, 'm.yml', { ...DEFAULT_ENTRY_LIMITS, max_metrics: 1 })).message,
    ).toMatch(/limits\.max_metrics/);
  });
});

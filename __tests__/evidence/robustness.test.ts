// Whatever a file holds, a reader answers with evidence or a message: it never throws.

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDriftReport } from '../../src/evidence/drift-report.js';
import { parseInlineMetrics, parseMetricsFile } from '../../src/evidence/metrics.js';

const keys = fc.constantFrom(
  'features',
  'metrics',
  'tests',
  'metric',
  'result',
  'value',
  'score',
  'method',
  'algorithm',
  'model-index',
  'results',
  'dataset',
  'drift_by_columns',
  'config',
  'metric_id',
  'parameters',
  'stattest',
  'ci',
  'x',
  'y',
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  ),
})).value;

function serialise(v: unknown): string {
  // Let NaN and Infinity through as the bare tokens Python writes.
  return JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? `@@${x}@@` : x)).replace(
    /"@@(-?\w+)@@"/g,
    '$1',
  );
}

describe('readers never throw', () => {
  it('on random documents', () => {
    fc.assert(
      fc.property(json, (doc) => {
        const text = serialise(doc);
        for (const r of [
          parseDriftReport(text, 'd.json'),
          parseMetricsFile(text, 'm.json'),
          parseInlineMetrics(doc, 'm.yml'),
        ]) {
          if (!r.ok) expect(typeof r.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => parseDriftReport(text, 'd.json')).not.toThrow();
        expect(() => parseMetricsFile(text, 'README.md')).not.toThrow();
        expect(() => parseMetricsFile(text, 'm.yaml')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

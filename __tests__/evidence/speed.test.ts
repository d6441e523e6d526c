// The lead benchmarks 1,000 releases in under 3 s: each evidence file must parse in under a millisecond, even
// inside Jest on a busy machine (standalone, a 50-feature report takes about 0.08 ms, 0.2 ms with NaN tokens).

import { describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { parseDriftReport } from '../../src/evidence/drift-report.js';
import { parseMetricsFile } from '../../src/evidence/metrics.js';

/** Best of several batches: other processes on a shared machine only ever make a batch slower. */
function perCall(fn: () => unknown, batches = 8, runs = 250): number {
  for (let i = 0; i < 200; i++) fn(); // warm up the JIT
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < runs; i++) fn();
    best = Math.min(best, (performance.now() - start) / runs);
  }
  return best;
}

const features: Record<string, unknown> = {};
for (let i = 0; i < 50; i++) {
  features[`feature_${i}`] = {
    method: i % 2 ? 'psi' : 'K-S p_value',
    score: i / 100,
    threshold: 0.1,
    type: 'numeric',
    drifted: i > 40,
    histogram: { labels: ['a', 'b', 'c', 'd'], reference: [0.1, 0.2, 0.3, 0.4], current: [0.4, 0.3, 0.2, 0.1] },
  };
}
const DRIFT = JSON.stringify({ features, dataset: { drifted: 9, total: 50, share: 0.18 } }, null, 2);
// NaN forces the lenient parser path, the slow one.
const DRIFT_NAN = DRIFT.replace('"score": 0.07', '"score": NaN');

const metrics: Record<string, unknown> = {};
for (let i = 0; i < 20; i++) metrics[`metric_${i}`] = i % 3 ? i / 21 : { value: i / 21, ci: [i / 22, i / 20], n: 1000 };
const METRICS = JSON.stringify({ model_version: '1.0.0', sample_size: 1000, metrics }, null, 2);

describe('reader speed', () => {
  it('parses a 50-feature drift report in well under a millisecond', () => {
    expect(parseDriftReport(DRIFT, 'd.json').ok).toBe(true);
    expect(parseDriftReport(DRIFT_NAN, 'd.json').ok).toBe(true);
    const plain = perCall(() => parseDriftReport(DRIFT, 'd.json'));
    const lenient = perCall(() => parseDriftReport(DRIFT_NAN, 'd.json'));
    console.log(
      `drift report, 50 features: ${(plain * 1000).toFixed(0)} us (JSON.parse path), ${(lenient * 1000).toFixed(0)} us (lenient path)`,
    );
    expect(plain).toBeLessThan(1);
    expect(lenient).toBeLessThan(1);
  });

  it('parses a 20-metric file in well under a millisecond', () => {
    expect(parseMetricsFile(METRICS, 'm.json').ok).toBe(true);
    const t = perCall(() => parseMetricsFile(METRICS, 'm.json'));
    console.log(`metrics file, 20 metrics: ${(t * 1000).toFixed(0)} us`);
    expect(t).toBeLessThan(1);
  });
});

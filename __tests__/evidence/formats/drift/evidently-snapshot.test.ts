import { describe, expect, it } from '@jest/globals';
import {
  evidentlySavedSnapshot,
  evidentlySnapshot,
} from '../../../../src/evidence/formats/drift/evidently-snapshot.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { readFixture, refusal } from '../read.js';

describe('Evidently 0.7+ snapshot format', () => {
  it('reads the >= 0.7.16 form (metric_name + config)', () => {
    const evidence = readFixture(evidentlySnapshot, 'evidently/v0.7-snapshot-constructed.json', 'drift');
    expect(evidence.format).toBe('evidently-0.7');
    expect(evidence.features).toEqual([
      { name: 'age', method: 'ks', score: 0.0123, threshold: 0.05, drifted: true },
      { name: 'city', method: 'jensenshannon', score: 0.04, threshold: 0.1 },
    ]);
    expect(evidence.dataset).toEqual({
      drifted: 1,
      total: 2,
      share: 0.5,
      threshold: 0.5,
      from: 'DriftedColumnsCount',
    });
  });

  it('reads the 0.7.0-0.7.15 form (metric_id), methods and thresholds from the tests, NaN as no score', () => {
    const evidence = readFixture(evidentlySnapshot, 'evidently/v0.7-metric-id-constructed.json', 'drift');
    expect(evidence.features.map((f) => [f.name, f.method, f.score, f.threshold])).toEqual([
      ['age', 'ks', 0.0123, 0.05],
      ['city', 'jensenshannon', 0.2134, 0.1],
      ['income', 'wasserstein', null, 0.1],
    ]);
    expect(evidence.notes.filter((n) => n.includes('read from the test description'))).toHaveLength(2);
    expect(evidence.notes.join('\n')).toMatch(/income: Evidently wrote NaN/);
  });

  it('recognises a snapshot saved with report.save() only to refuse it with how to save JSON', () => {
    const doc = { suite: { metrics: [] }, metric_ids: ['abc'], metric_results: {} };
    expect(evidentlySnapshot.detect(doc, 'drift.json')).toBe(false);
    expect(evidentlySavedSnapshot.detect(doc, 'drift.json')).toBe(true);
    const err = refusal(() => evidentlySavedSnapshot.read(doc, { path: 'drift.json', limits: DEFAULT_ENTRY_LIMITS }));
    expect(err.message).toMatch(/saved with report\.save\(\); save the report's results with report\.save_json/);
  });
});

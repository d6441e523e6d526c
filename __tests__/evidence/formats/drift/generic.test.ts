import { describe, expect, it } from '@jest/globals';
import { genericDrift } from '../../../../src/evidence/formats/drift/generic.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { readFixture, refusal } from '../read.js';

describe('generic drift report format', () => {
  it('reads the report a Spark job computing PSI writes', () => {
    const evidence = readFixture(genericDrift, 'generic/spark-job-psi.json', 'drift');
    expect(evidence.format).toBe('generic');
    expect(evidence.modelVersion).toBe('1.0.0');
    expect(evidence.features.map((f) => [f.name, f.method, f.score, f.drifted])).toEqual([
      ['amount', 'psi', 0.27, true],
      ['merchant_category', 'psi', 0.04, false],
      ['hour', 'psi', 0.06, false],
      ['card_present', 'psi', 0.01, false],
    ]);
    expect(evidence.features[0]).toMatchObject({
      missing: { reference: 1200, current: 310 },
      rows: { reference: 48211000, current: 5120333 },
    });
    expect(evidence.dataset).toEqual({ drifted: 1, total: 4, share: 0.25, threshold: 0.3, from: 'dataset' });
  });

  it('counts features against the limits it is given before reading any', () => {
    const err = refusal(() =>
      readFixture(genericDrift, 'generic/spark-job-psi.json', 'drift', {
        limits: { ...DEFAULT_ENTRY_LIMITS, max_features: 3 },
      }),
    );
    expect(err.message).toMatch(/at least 4 features, more than the 3 the policy allows \(limits\.max_features\)/);
  });
});

import { describe, expect, it } from '@jest/globals';
import { evidentlyTestSuite } from '../../../../src/evidence/formats/drift/evidently-testsuite.js';
import { readFixture } from '../read.js';

describe('Evidently legacy TestSuite format', () => {
  it('reads the drift tests, the dataset summary and its share threshold', () => {
    const evidence = readFixture(evidentlyTestSuite, 'evidently/legacy-testsuite-constructed.json', 'drift');
    expect(evidence.format).toBe('evidently-testsuite');
    expect(evidence.features.map((f) => [f.name, f.method, f.score, f.threshold, f.drifted])).toEqual([
      ['age', 'ks', 0.001, 0.05, true],
      ['city', 'chisquare', 0.412, 0.05, false],
      ['income', 'wasserstein', 0.183, 0.1, true],
      ['plan', 'jensenshannon', 0.021, 0.1, false],
      ['tenure_days', 'psi', 0.31, 0.2, true],
    ]);
    expect(evidence.dataset).toEqual({ drifted: 2, total: 4, share: 0.5, threshold: 0.3 });
    expect(evidence.notes).toEqual(["Evidently's test suite rounds drift scores to 3 decimals"]);
  });
});

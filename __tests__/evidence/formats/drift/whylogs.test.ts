import { describe, expect, it } from '@jest/globals';
import { whylogsDriftScores } from '../../../../src/evidence/formats/drift/whylogs.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { readFixture, refusal } from '../read.js';

describe('whylogs drift scores format', () => {
  it('reads default KS / chi-square scores: the p-value is the score, the DRIFT band its upper end', () => {
    const evidence = readFixture(whylogsDriftScores, 'whylogs/drift-scores-default-ks-chisquare.json', 'drift');
    expect(evidence.format).toBe('whylogs');
    expect(evidence.features).toEqual([
      { name: 'animal', method: 'chisquare', score: 1, threshold: 0.05, drifted: false },
      { name: 'legs', method: 'ks', score: 0, threshold: 0.05, drifted: true, statistic: 1 },
      { name: 'weight', method: 'ks', score: 0, threshold: 0.05, drifted: true, statistic: 1 },
    ]);
  });

  it('reads Hellinger: the statistic is the score, the DRIFT band its lower end', () => {
    const evidence = readFixture(whylogsDriftScores, 'whylogs/drift-scores-hellinger-chisquare-inf.json', 'drift');
    expect(evidence.features[2]).toMatchObject({ name: 'weight', method: 'hellinger', threshold: 0.4, drifted: true });
    expect(evidence.features[2].score).toBeCloseTo(0.4283729905961321, 15);
  });

  it('counts POSSIBLE_DRIFT columns in a note', () => {
    const evidence = readFixture(whylogsDriftScores, 'whylogs/drift-scores-configured-thresholds.json', 'drift');
    expect(evidence.notes).toEqual([
      'whylogs put 1 column(s) in POSSIBLE_DRIFT; they are read as not drifted, and the gate judges each score against its threshold',
    ]);
  });

  it('counts columns against the limits it is given', () => {
    const err = refusal(() =>
      readFixture(whylogsDriftScores, 'whylogs/drift-scores-configured-thresholds.json', 'drift', {
        limits: { ...DEFAULT_ENTRY_LIMITS, max_features: 2 },
      }),
    );
    expect(err.message).toMatch(/at least 3 features, more than the 2 the policy allows/);
  });
});

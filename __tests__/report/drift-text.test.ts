import { describe, expect, it } from '@jest/globals';
import { renderDriftText } from '../../src/report/drift-text.js';
import type { DriftEvidence } from '../../src/types.js';

const evidence: DriftEvidence = {
  source: 'computed',
  format: 'computed',
  features: [
    {
      name: 'tenure_days',
      type: 'numeric',
      method: 'ks',
      score: 0.0012,
      threshold: 0.05,
      drifted: true,
      statistic: 0.21,
      histogram: { labels: ['[0, 30)', '[30, 90)', '[90, inf)'], reference: [10, 30, 60], current: [40, 30, 30] },
    },
    { name: 'plan', type: 'categorical', method: 'Jensen-Shannon distance', score: 0.02, drifted: false },
  ],
  dataset: { drifted: 1, total: 2, share: 0.5, threshold: 0.5 },
  notes: ['column "churned" is in reference.csv only; skipped'],
};

describe('renderDriftText', () => {
  it('prints each column, the dataset verdict, histograms of drifted columns and notes', () => {
    expect(renderDriftText(evidence, { color: false })).toMatchSnapshot();
  });

  it('knows each method direction and default threshold when the evidence gives none', () => {
    const text = renderDriftText(evidence, { color: false });
    expect(text).toContain('✖ drifted  tenure_days  numeric      ks                0.0012  drift when ≤ 0.05');
    expect(text).toContain('✔ stable   plan         categorical  jensenshannon       0.02  drift when ≥ 0.1');
    expect(text).toContain('1 of 2 columns drifted: 50% (dataset drift at 50%)');
  });

  it('colours only when asked and strips control characters from column names', () => {
    const hostile = { ...evidence, features: [{ ...evidence.features[1], name: 'a\u001b[2Jb\nc' }] };
    const text = renderDriftText(hostile, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('a[2Jb c');
    expect(renderDriftText(evidence, { color: true })).toContain('\u001b[31m✖ drifted\u001b[39m');
  });
});

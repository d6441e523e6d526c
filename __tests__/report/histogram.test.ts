import { describe, expect, it } from '@jest/globals';
import { featureHistogram, histogramLines } from '../../src/report/histogram.js';

describe('text histograms', () => {
  it('draws reference and current side by side on the same bins, scaled to the largest share', () => {
    expect(histogramLines({ labels: ['a', 'b', 'c'], reference: [1, 1, 2], current: [0, 2, 2] })).toEqual([
      'bin  reference             current',
      'a     25.0% ██████           0.0% ·',
      'b     25.0% ██████          50.0% ████████████',
      'c     50.0% ████████████    50.0% ████████████',
    ]);
  });

  it('merges neighbouring ranges to ten bins, keeping their order and bounds', () => {
    const labels = Array.from({ length: 20 }, (_, i) => `[${i * 10}, ${(i + 1) * 10})`);
    const lines = histogramLines({ labels, reference: labels.map(() => 1), current: labels.map(() => 1) });
    expect(lines).toHaveLength(11);
    expect(lines[1].startsWith('[0, 20)')).toBe(true);
    expect(lines[10].startsWith('[180, 200)')).toBe(true);
    expect(lines[1]).toContain('10.0%');
  });

  it('keeps the nine largest categories and sums the rest', () => {
    const labels = Array.from({ length: 15 }, (_, i) => `cat${i}`);
    const counts = labels.map((_, i) => i + 1);
    const lines = histogramLines({ labels, reference: counts, current: counts });
    expect(lines).toHaveLength(11);
    expect(lines[1].startsWith('cat14')).toBe(true);
    // 1 + 2 + ... + 6 of 120: the summed bin is the largest here.
    expect(lines[10]).toBe('(6 others)   17.5% ████████████    17.5% ████████████');
  });

  it('stays within 12 lines per feature and survives ragged or negative counts', () => {
    const feature = {
      name: 'f',
      method: 'psi',
      score: 0.3,
      threshold: 0.2,
      direction: 'above' as const,
      drifted: true,
      histogram: { labels: ['x', 'y', 'z'], reference: [-5, NaN, 3, 9], current: [1, 1] },
    };
    const lines = featureHistogram(feature);
    expect(lines).toEqual([
      'f  psi 0.3 (drift when ≥ 0.2): DRIFTED',
      'bin  reference             current',
      'x      0.0% ·               50.0% ████████████',
      'y      0.0% ·               50.0% ████████████',
    ]);
    expect(featureHistogram({ ...feature, histogram: undefined })[1]).toBe('(no histogram in the evidence)');
  });
});

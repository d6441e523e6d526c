import { describe, expect, it } from '@jest/globals';
import { evidentlyLegacyReport } from '../../../../src/evidence/formats/drift/evidently-legacy-report.js';
import { readFixture } from '../read.js';

describe('Evidently legacy Report format', () => {
  it("reads DataDriftTable as Evidently's own test suite expects it", () => {
    const evidence = readFixture(evidentlyLegacyReport, 'evidently/legacy-data-drift-table.json', 'drift');
    expect(evidence.format).toBe('evidently-legacy');
    expect(evidence.features[0]).toMatchObject({
      name: 'category_feature',
      method: 'z',
      score: 0.66,
      threshold: 0.7,
      type: 'categorical',
      drifted: true,
      histogram: { labels: ['a', 'b'], reference: [0.5, 0.5] },
    });
    expect(evidence.features.map((f) => f.name)).toContain('prediction');
    expect(evidence.dataset?.from).toBe('DataDriftTable');
  });

  it('reads a saved report with ColumnDriftMetric beside DatasetDriftMetric, redrawing histograms on common bins', () => {
    const evidence = readFixture(
      evidentlyLegacyReport,
      'evidently/legacy-report-column-and-dataset-drift.json',
      'drift',
    );
    expect(evidence.features.map((f) => [f.name, f.method, f.threshold, f.drifted])).toEqual([
      ['prediction', 'wasserstein', 0.1, true],
    ]);
    expect(evidence.features[0].score).toBeCloseTo(0.17727435621157941, 15);
    expect(evidence.dataset).toMatchObject({ from: 'DatasetDriftMetric' });
    expect(evidence.notes.join('\n')).toMatch(/numeric histograms are redrawn on common bins/);
  });
});

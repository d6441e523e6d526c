import { describe, expect, it } from '@jest/globals';
import { parseDriftReport } from '../../src/evidence/drift-report.js';
import { parseMetricCall } from '../../src/evidence/formats/drift/evidently-snapshot.js';
import { failure, fixture, ok } from './helpers.js';

describe('generic drift reports', () => {
  const GENERIC = JSON.stringify({
    features: {
      tenure_days: { method: 'psi', score: 0.31, threshold: 0.2, type: 'numeric', drifted: true },
      age: { method: 'K-S p_value', score: 0.002, statistic: 0.12, type: 'numeric' },
    },
    dataset: { drifted: 1, total: 5, share: 0.2 },
    model_version: '3.2.0',
  });

  it('reads features, dataset and version, mapping method names', () => {
    expect(ok(parseDriftReport(GENERIC, 'eval/drift.json'))).toEqual({
      source: 'eval/drift.json',
      format: 'generic',
      modelVersion: '3.2.0',
      features: [
        { name: 'tenure_days', method: 'psi', score: 0.31, threshold: 0.2, type: 'numeric', drifted: true },
        { name: 'age', method: 'ks', score: 0.002, statistic: 0.12, type: 'numeric' },
      ],
      dataset: { drifted: 1, total: 5, share: 0.2, from: 'dataset' },
      notes: [],
    });
  });

  it('reads features written as a list with names, and a histogram', () => {
    const text = JSON.stringify({
      features: [
        {
          name: 'plan',
          method: 'jensenshannon',
          score: 0.05,
          histogram: { labels: ['a', 'b'], reference: [0.5, 0.5], current: [0.6, 0.4] },
          rows: { reference: 100, current: 90 },
        },
      ],
    });
    expect(ok(parseDriftReport(text, 'd.json')).features).toEqual([
      {
        name: 'plan',
        method: 'jensenshannon',
        score: 0.05,
        histogram: { labels: ['a', 'b'], reference: [0.5, 0.5], current: [0.6, 0.4] },
        rows: { reference: 100, current: 90 },
      },
    ]);
  });

  it('keeps an unknown method by its raw name, with a note', () => {
    const e = ok(parseDriftReport('{"features": {"x": {"method": "magic-test", "score": 0.4}}}', 'd.json'));
    expect(e.features[0]).toEqual({ name: 'x', method: 'magic-test', score: 0.4 });
    expect(e.notes).toEqual([
      "x: unknown drift method 'magic-test'; the gate cannot tell whether a high or a low score means drift",
    ]);
  });

  it('keeps a NaN score as null, saying the tool wrote NaN', () => {
    const e = ok(
      parseDriftReport(
        '{"features": {"x": {"method": "psi", "score": NaN}, "y": {"method": "psi", "score": null}}}',
        'd.json',
      ),
    );
    expect(e.features.map((f) => f.score)).toEqual([null, null]);
    expect(e.notes).toEqual([
      'x: the report wrote NaN (not a number) as the drift score (it could not compute one); kept as no score',
      'y: the report gives no drift score',
    ]);
  });

  it('reads the generic form in YAML', () => {
    const e = ok(parseDriftReport('features:\n  x: { method: wasserstein, score: 0.2 }\n', 'd.yml'));
    expect(e.features).toEqual([{ name: 'x', method: 'wasserstein', score: 0.2 }]);
  });

  const refused: [string, string, string][] = [
    [
      'a string score',
      '{"features": {\n"x": {"method": "psi",\n "score": "high"}}}',
      "d.json:3: the drift score of 'x' is the string 'high'; write a number, or null when there is none",
    ],
    [
      'a missing method',
      '{"features": {"x": {"score": 0.3}}}',
      'd.json:1: the feature \'x\' has no "method"; write the method that produced its score, like "psi" or "ks"',
    ],
    [
      'a missing score',
      '{"features": {"x": {"method": "psi"}}}',
      'd.json:1: the feature \'x\' has no "score"; write its drift score, or null when there is none',
    ],
    [
      'a bad type',
      '{"features": {"x": {"method": "psi", "score": 1, "type": "text"}}}',
      'd.json:1: the type of \'x\' is the string \'text\'; write "numeric" or "categorical"',
    ],
    [
      'drifted more than total',
      '{"features": {}, "dataset": {"drifted": 6, "total": 5}}',
      'd.json:1: dataset.drifted (6) is more than dataset.total (5)',
    ],
    [
      'an Evidently summary with more drifted columns than columns',
      '{"metrics": [{"metric": "DatasetDriftMetric", "result": {"number_of_columns": 2, "number_of_drifted_columns": 3}}]}',
      'd.json:1: number_of_drifted_columns (3) is more than number_of_columns (2)',
    ],
    [
      'no features',
      '{"features": {}}',
      'd.json:1: the report has no features and no dataset summary: there is no drift to check',
    ],
    [
      'an unknown JSON shape',
      '{"columns": {"x": 1}}',
      'd.json: not a drift report this gate understands; understood formats: generic ({"features": {"age": {"method": "psi", "score": 0.31}}}), Evidently Report JSON (legacy `metrics: [{metric, result}]` and 0.7+ snapshots), Evidently TestSuite JSON (`tests: [...]`) and whylogs calculate_drift_scores saved as JSON ({"age": {"algorithm": "ks", "pvalue": ...}}); see docs/evidence-formats.md',
    ],
    [
      'an HTML report',
      '<html><body>Evidently</body></html>',
      "d.json: this is an HTML page, not a JSON report; save Evidently's JSON with report.save_json(...) or json()",
    ],
  ];
  it.each(refused)('refuses %s', (_label, text, message) => {
    expect(failure(parseDriftReport(text, 'd.json')).message).toBe(message);
  });

  it('reports a syntax error with its line', () => {
    expect(
      failure(parseDriftReport('{\n "features": {\n  "x": {"method": "psi", "score": 0.1,}\n }\n}', 'd.json')),
    ).toEqual({
      message: 'd.json:3: invalid JSON at line 3, column 39: a comma before } is not allowed in JSON (trailing comma)',
      line: 3,
    });
  });

  it('explains a Python repr saved instead of JSON', () => {
    expect(
      failure(parseDriftReport(fixture('whylogs/calculate_drift_scores-repr.txt'), 'scores.json')).message,
    ).toContain('this looks like a Python repr: save the data with json.dump');
  });
});

describe('Evidently legacy Report JSON', () => {
  it('reads ColumnDriftMetric and DatasetDriftMetric from a real saved report', () => {
    const e = ok(
      parseDriftReport(fixture('evidently/legacy-report-column-and-dataset-drift.json'), 'eval/evidently.json'),
    );
    expect(e.format).toBe('evidently-legacy');
    expect(e.dataset).toEqual({
      drifted: 3,
      total: 13,
      share: 0.23076923076923078,
      threshold: 0.5,
      from: 'DatasetDriftMetric',
    });
    expect(e.features).toHaveLength(1);
    const f = e.features[0];
    expect(f).toMatchObject({
      name: 'prediction',
      method: 'wasserstein',
      score: 0.17727435621157941,
      threshold: 0.1,
      drifted: true,
      type: 'numeric',
    });
    // Reference and current come on bins of their own: both sides are redrawn on one grid of 10 bins.
    expect(f.histogram!.labels).toHaveLength(10);
    expect(f.histogram!.labels[0]).toBe('[14.35, 36.3)');
    expect(f.histogram!.labels[9]).toBe('[211.9, 233.9]');
    for (const side of [f.histogram!.reference, f.histogram!.current]) {
      expect(side.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(f.histogram!.current[1]).toBeGreaterThan(0.5);
    expect(e.notes).toContain(
      'numeric histograms are redrawn on common bins: Evidently saves reference and current on bins of their own',
    );
  });

  it("reads Evidently's own DataDriftTable expectation, with categorical histograms", () => {
    const e = ok(parseDriftReport(fixture('evidently/legacy-data-drift-table.json'), 'd.json'));
    expect(e.dataset).toEqual({ drifted: 3, total: 3, share: 1, from: 'DataDriftTable' });
    expect(e.features.map((f) => [f.name, f.method, f.score, f.threshold, f.type, f.drifted])).toEqual([
      ['category_feature', 'z', 0.66, 0.7, 'categorical', true],
      ['prediction', 'chisquare', 0, 0.7, 'categorical', true],
      ['target', 'chisquare', 0, 0.7, 'categorical', true],
    ]);
    expect(e.features[0].histogram).toEqual({ labels: ['a', 'b'], reference: [0.5, 0.5], current: [2 / 3, 1 / 3] });
    expect(e.features[1].histogram).toEqual({
      labels: ['0', '1', '4', '5'],
      reference: [0, 0.25, 0.5, 0.25],
      current: [1 / 3, 1 / 3, 0, 1 / 3],
    });
  });

  it('keeps a NaN drift score as null with a note', () => {
    const text = fixture('evidently/legacy-data-drift-table.json').replace('"drift_score": 0.66', '"drift_score": NaN');
    const e = ok(parseDriftReport(text, 'd.json'));
    expect(e.features[0].score).toBeNull();
    expect(e.notes).toContain(
      'category_feature: Evidently wrote NaN (not a number) as the drift score (it could not compute one); kept as no score',
    );
  });

  it('refuses a report without drift metrics', () => {
    expect(
      failure(parseDriftReport('{"metrics": [{"metric": "DatasetMissingValuesMetric", "result": {}}]}', 'd.json'))
        .message,
    ).toBe(
      'd.json: the Evidently report has no drift metric (DataDriftTable, ColumnDriftMetric or DatasetDriftMetric); it has: DatasetMissingValuesMetric. Add DataDriftPreset() or DataDriftTable() to the report',
    );
  });
});

describe('Evidently 0.7+ snapshots', () => {
  it('reads the metric_name + config form with its tests', () => {
    const e = ok(parseDriftReport(fixture('evidently/v0.7-snapshot-constructed.json'), 'snap.json'));
    expect(e).toEqual({
      source: 'snap.json',
      format: 'evidently-0.7',
      features: [
        { name: 'age', method: 'ks', score: 0.0123, threshold: 0.05, drifted: true },
        { name: 'city', method: 'jensenshannon', score: 0.04, threshold: 0.1 },
      ],
      dataset: { drifted: 1, total: 2, share: 0.5, threshold: 0.5, from: 'DriftedColumnsCount' },
      notes: [],
    });
  });

  it('reads the metric_id form, taking the method from the test description when the id has none', () => {
    const e = ok(parseDriftReport(fixture('evidently/v0.7-metric-id-constructed.json'), 'snap.json'));
    expect(e.features).toEqual([
      { name: 'age', method: 'ks', score: 0.0123, threshold: 0.05, drifted: true },
      { name: 'city', method: 'jensenshannon', score: 0.2134, threshold: 0.1, drifted: true },
      { name: 'income', method: 'wasserstein', score: null, threshold: 0.1 },
    ]);
    expect(e.dataset).toEqual({
      drifted: 2,
      total: 3,
      share: 0.6666666666666666,
      threshold: 0.5,
      from: 'DriftedColumnsCount',
    });
    expect(e.notes).toContain(
      'income: Evidently wrote NaN (not a number) as the drift score (it could not compute one); kept as no score',
    );
  });

  it('marks a method Evidently did not record, so the rule can report it', () => {
    const text = '{"metrics": [{"id": "x", "metric_id": "ValueDrift(column=age)", "value": 0.3}], "tests": []}';
    const e = ok(parseDriftReport(text, 'snap.json'));
    expect(e.features).toEqual([{ name: 'age', method: 'unrecorded', score: 0.3 }]);
    expect(e.notes[0]).toContain('Evidently did not record which drift method it used');
  });

  it('parses metric ids whose values hold commas and parentheses', () => {
    expect(parseMetricCall('ValueDrift(column=a,b,method=Wasserstein distance (normed),threshold=0.1)')).toEqual({
      kind: 'ValueDrift',
      args: { column: 'a,b', method: 'Wasserstein distance (normed)', threshold: '0.1' },
    });
    expect(parseMetricCall('RowCount()')).toEqual({ kind: 'RowCount', args: {} });
  });
});

describe('Evidently legacy TestSuite JSON', () => {
  it('reads per-column parameters of the dataset and column drift tests', () => {
    const e = ok(parseDriftReport(fixture('evidently/legacy-testsuite-constructed.json'), 'suite.json'));
    expect(e.format).toBe('evidently-testsuite');
    expect(e.features.map((f) => [f.name, f.method, f.score, f.threshold, f.drifted])).toEqual([
      ['age', 'ks', 0.001, 0.05, true],
      ['city', 'chisquare', 0.412, 0.05, false],
      ['income', 'wasserstein', 0.183, 0.1, true],
      ['plan', 'jensenshannon', 0.021, 0.1, false],
      ['tenure_days', 'psi', 0.31, 0.2, true],
    ]);
    expect(e.dataset).toEqual({ drifted: 2, total: 4, share: 0.5, threshold: 0.3 });
    expect(e.notes).toContain("Evidently's test suite rounds drift scores to 3 decimals");
  });

  it('refuses a drift test that ended in ERROR', () => {
    const text = JSON.stringify({
      tests: [
        {
          name: 'Drift per Column',
          description: 'Column x not found',
          status: 'ERROR',
          group: 'data_drift',
          parameters: { stattest: 'PSI', score: 0, threshold: 0.1, detected: false, column_name: 'x' },
        },
      ],
    });
    expect(failure(parseDriftReport(text, 's.json')).message).toBe(
      "s.json:1: Evidently could not run the test 'Drift per Column' (status ERROR: Column x not found); fix the test suite and save it again",
    );
  });

  it('refuses a suite without drift tests', () => {
    const text =
      '{"tests": [{"name": "Number of Rows", "status": "SUCCESS", "group": "data_integrity", "parameters": {"value": 10}}]}';
    expect(failure(parseDriftReport(text, 's.json')).message).toContain('the Evidently test suite has no drift test');
  });
});

describe('whylogs drift scores', () => {
  it('reads p-value algorithms by their p-value, with the DRIFT band as threshold', () => {
    const e = ok(parseDriftReport(fixture('whylogs/drift-scores-default-ks-chisquare.json'), 'w.json'));
    expect(e.format).toBe('whylogs');
    expect(e.features).toEqual([
      { name: 'animal', method: 'chisquare', score: 1, threshold: 0.05, drifted: false },
      { name: 'legs', method: 'ks', score: 0, threshold: 0.05, drifted: true, statistic: 1 },
      { name: 'weight', method: 'ks', score: 0, threshold: 0.05, drifted: true, statistic: 1 },
    ]);
  });

  it('reads Hellinger by its distance and copes with an Infinity statistic', () => {
    const e = ok(parseDriftReport(fixture('whylogs/drift-scores-hellinger-chisquare-inf.json'), 'w.json'));
    expect(e.features).toEqual([
      { name: 'animal', method: 'chisquare', score: 1, threshold: 0.05, drifted: false },
      { name: 'legs', method: 'chisquare', score: 0, threshold: 0.05, drifted: true },
      { name: 'weight', method: 'hellinger', score: 0.4283729905961321, threshold: 0.4, drifted: true },
    ]);
  });

  it('takes configured thresholds and notes POSSIBLE_DRIFT', () => {
    const e = ok(parseDriftReport(fixture('whylogs/drift-scores-configured-thresholds.json'), 'w.json'));
    expect(e.features.map((f) => [f.name, f.threshold, f.drifted])).toEqual([
      ['animal', 0.1, false],
      ['legs', 0.05, true],
      ['weight', 0.5, false],
    ]);
    expect(e.notes[0]).toContain('POSSIBLE_DRIFT');
  });

  it('keeps a NaN p-value as null with a note', () => {
    const text = fixture('whylogs/drift-scores-default-ks-chisquare.json').replace('"pvalue": 1.0', '"pvalue": NaN');
    const e = ok(parseDriftReport(text, 'w.json'));
    expect(e.features[0].score).toBeNull();
    expect(e.notes).toContain(
      'animal: whylogs wrote NaN (not a number) as the drift score (it could not compute one); kept as no score',
    );
  });
});

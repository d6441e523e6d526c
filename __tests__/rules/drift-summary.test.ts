// drift.dataset from a report's own summary (issue 9 item 1) and the drift table's order and counts (item 10).

import { describe, expect, it } from '@jest/globals';
import { parseDriftReport } from '../../src/evidence/drift-report.js';
import { evaluateRelease } from '../../src/gate.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import type { DriftEvidence, DriftFeature, ModelReport, Report } from '../../src/types.js';
import { fixture, ok } from '../evidence/helpers.js';
import { drift, manifest, NOW, policy, release, tier } from './helpers.js';

const LEGACY = 'evidently/legacy-report-column-and-dataset-drift.json';

const judge = (ev: DriftEvidence, maxShare = 0.3): ModelReport =>
  evaluateRelease(
    release(manifest(), { drift: ev }),
    policy({ medium: tier({ drift: { method: 'auto', max_drifted_share: maxShare } }) }),
    { now: NOW },
  );

const dataset = (m: ModelReport) => m.findings.find((f) => f.rule === 'drift.dataset');

const asReport = (m: ModelReport): Report => ({
  schema: 'model-release-gate/report/v1',
  decision: m.decision,
  evaluated_at: '2026-11-27T10:00:00Z',
  policy: { source: '.github/model-release-policy.yml', sha256: 'f'.repeat(64), builtin: false },
  models: [m],
  inputs: [],
});

const markdown = (m: ModelReport) => renderMarkdown(asReport(m), { marker: '<!-- t -->' });

describe("drift.dataset uses a report's own summary when it judges more columns than it lists", () => {
  // A real Evidently legacy report: one ColumnDriftMetric (prediction, drifted) and a DatasetDriftMetric
  // over 13 columns of which 3 drifted, dataset_drift false.
  const legacy = (): DriftEvidence => ok(parseDriftReport(fixture(LEGACY), 'eval/drift.json'));

  it('counts 3 of 13 columns, not "1 of 1 features", and applies the policy limit to them', () => {
    const m = judge(legacy());
    expect(dataset(m)).toMatchObject({ status: 'pass', actual: 0.230769, expected: '< 0.3' });
    expect(dataset(m)?.message).toMatch(/^3 of 13 columns drifted \(share 0\.230769; limit 0\.3\)/);
    // The finding says which numbers it used.
    expect(dataset(m)?.message).toContain("counted from the report's DatasetDriftMetric (3 of 13 drifted");
    expect(dataset(m)?.message).toContain('the 1 column it lists judged by this policy (1 drifted)');
    expect(dataset(m)?.message).toContain("the limit is the policy's max_drifted_share, not the report's own");
    // The drifted column still fails on its own; only the dataset verdict changes.
    expect(m.findings.find((f) => f.rule === 'drift.feature')).toMatchObject({ subject: 'prediction', status: 'fail' });
    expect(m.drift_summary).toEqual({
      drifted: 3,
      total: 13,
      share: 3 / 13,
      limit: 0.3,
      counted_from: 'DatasetDriftMetric',
      features: 1,
    });
  });

  it("blocks when the policy's max_drifted_share is below the report's share, whatever the report concluded", () => {
    expect(dataset(judge(legacy(), 0.2))).toMatchObject({ status: 'fail' });
  });

  it('judges a report with only a DatasetDriftMetric instead of saying it has no features', () => {
    const doc = JSON.parse(fixture(LEGACY));
    doc.metrics = doc.metrics.filter((m: { metric: string }) => m.metric !== 'ColumnDriftMetric');
    const m = judge(ok(parseDriftReport(JSON.stringify(doc), 'eval/drift.json')));
    expect(m.findings.some((f) => f.rule === 'evidence.missing')).toBe(false);
    expect(dataset(m)).toMatchObject({ status: 'pass', actual: 0.230769 });
    expect(dataset(m)?.message).toContain('it lists no column');
    expect(m.decision).toBe('go');
  });

  it('re-judges the listed columns with the policy: one the report called stable counts as drifted', () => {
    const ev = legacy();
    // The report's own verdict on `prediction` is "drifted"; a stricter reading of a stable column adds one.
    ev.features.push({ name: 'eta', method: 'psi', score: 0.15, threshold: 0.2, drifted: false });
    ev.dataset!.total = 13;
    const m = evaluateRelease(
      release(manifest(), { drift: ev }),
      policy({ medium: tier({ drift: { method: 'auto', feature_threshold: 0.1, max_drifted_share: 0.3 } }) }),
      { now: NOW },
    );
    // 2 unlisted drifted (3 by the report minus prediction) + prediction + eta.
    expect(m.drift_summary).toMatchObject({ drifted: 4, total: 13 });
    expect(dataset(m)).toMatchObject({ status: 'fail' });
  });

  it('reads 0.7 DriftedColumnsCount the same way', () => {
    const ev: DriftEvidence = {
      source: 'eval/snapshot.json',
      format: 'evidently-0.7',
      features: [{ name: 'age', method: 'ks', score: 0.2, threshold: 0.05, drifted: false }],
      dataset: { drifted: 5, total: 10, share: 0.5, threshold: 0.5, from: 'DriftedColumnsCount' },
      notes: [],
    };
    const m = judge(ev, 0.5);
    expect(dataset(m)).toMatchObject({ status: 'fail', actual: 0.5 });
    expect(dataset(m)?.message).toContain("the report's DriftedColumnsCount");
  });

  it('shows the same counts in the comment', () => {
    expect(markdown(judge(legacy()))).toContain(
      "**🌊 Drift: 3 of 13 columns drifted, counted from the report's DatasetDriftMetric; 1 column listed**",
    );
  });

  it('keeps judging every feature itself when the report lists them all', () => {
    const ev = drift([
      { name: 'a', method: 'psi', score: 0.3 },
      { name: 'b', method: 'psi', score: 0.01 },
    ]);
    ev.dataset = { drifted: 0, total: 2, share: 0, from: 'dataset' };
    expect(judge(ev, 0.5).drift_summary).toMatchObject({ drifted: 1, total: 2, counted_from: 'features' });
  });
});

describe('the drift table puts the worst feature first and counts every judged feature', () => {
  const stable = (i: number): DriftFeature => ({
    name: `f${String(i).padStart(2, '0')}`,
    method: 'psi',
    score: 0.005 * i,
  });

  it('ranks KS p = 0 first, and says "10 most drifted of 12 shown"', () => {
    // 11 PSI features drifted to various degrees and one KS feature with p = 0: all 12 drifted.
    const features: DriftFeature[] = Array.from({ length: 11 }, (_, i) => ({
      name: `psi_${i}`,
      method: 'psi',
      score: 0.2 + i * 0.05,
    }));
    features.push({ name: 'zero_p', method: 'ks', score: 0 });
    const m = judge(drift(features), 0.99);
    expect(m.drift?.[0].name).toBe('zero_p');
    const md = markdown(m);
    expect(md).toContain('**🌊 Drift: 12 of 12 features drifted; the 10 most drifted of 12 shown**');
    const rows = md.split('\n').filter((l) => /^\| (zero\\_p|psi\\_\d+) \|/.test(l));
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatch(/^\| zero\\_p \| ks \| 0 \|/);
    expect(rows[1]).toMatch(/^\| psi\\_10 \|/);
    // Severity of p = 0 is infinite: the record writes it as null, and a record read back keeps the order.
    const back = JSON.parse(renderJson(asReport(m))).models[0] as ModelReport;
    expect(back.drift?.[0]).toMatchObject({ name: 'zero_p', severity: null });
    expect(markdown({ ...back, drift: [...(back.drift ?? [])].reverse() })).toMatch(
      /\| zero\\_p \| ks \| 0 \|[^\n]*\n\| psi\\_10/,
    );
  });

  it('the header counts the same features as the finding when the record keeps only ten', () => {
    const features = [...Array.from({ length: 11 }, (_, i) => stable(i)), { name: 'zero_p', method: 'ks', score: 0 }];
    const m = judge(drift(features), 0.5);
    expect(dataset(m)?.message).toMatch(/^1 of 12 features drifted/);
    expect(m.drift).toHaveLength(10);
    expect(m.drift?.[0].name).toBe('zero_p');
    expect(markdown(m)).toContain('**🌊 Drift: 1 of 12 features drifted; the 10 most drifted of 12 shown**');
  });

  it('orders p-values ascending and distances descending, relative to their thresholds', () => {
    const m = judge(
      drift([
        { name: 'ks_weak', method: 'ks', score: 0.04 },
        { name: 'ks_strong', method: 'ks', score: 1e-9 },
        { name: 'psi_mild', method: 'psi', score: 0.12 },
        { name: 'psi_huge', method: 'psi', score: 5 },
        { name: 'ok', method: 'ks', score: 0.9 },
      ]),
      0.99,
    );
    expect(m.drift?.map((d) => d.name)).toEqual(['psi_huge', 'ks_strong', 'psi_mild', 'ks_weak', 'ok']);
  });
});

// The routes of docs/evidence-formats.md ("When the data outgrows one machine"): drift computed where the
// data lives and handed to the gate as a manifest's drift.report. Each route's file, in the shape its tool
// writes, goes through `check` end to end and becomes drift findings, never an unreadable-evidence one.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, TempRepo } from '../cli/harness.js';

const EXAMPLES = join(process.cwd(), 'examples');
const FIXTURES = join(process.cwd(), '__tests__/fixtures/evidence');
const MANIFEST = 'models/fraud/model-release.yml';

type Finding = { rule: string; subject: string; status: string; message: string; actual?: number };

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

async function checkWithReport(fixture: string) {
  repo = new TempRepo(EXAMPLES);
  repo.write('models/fraud/eval/drift-report.json', readFileSync(join(FIXTURES, fixture)));
  const manifest = readFileSync(join(EXAMPLES, MANIFEST), 'utf8').replace(
    /drift:\n(.*\n){3}/,
    'drift:\n  report: eval/drift-report.json\n',
  );
  expect(manifest).toContain('report: eval/drift-report.json');
  repo.write(MANIFEST, manifest);
  const r = await cli(['check', '--repo', repo.root, '--now', '2026-11-27', '--format', 'json', MANIFEST], repo.root);
  const report = JSON.parse(r.stdout);
  const model = report.models[0] as { decision: string; findings: Finding[] };
  expect(model.findings.filter((f) => f.rule === 'evidence.missing')).toEqual([]);
  const drift = model.findings.filter((f) => f.rule.startsWith('drift.'));
  return { code: r.code, decision: model.decision, drift, inputs: report.inputs as { path: string }[] };
}

const statusOf = (drift: Finding[], subject: string) => drift.find((f) => f.subject.endsWith(subject))?.status;

describe('drift computed where the data lives, read through drift.report', () => {
  it('whylogs profiles collected on Spark: calculate_drift_scores(..., with_thresholds=True) saved as JSON', async () => {
    const r = await checkWithReport('whylogs/drift-scores-default-ks-chisquare.json');
    expect(statusOf(r.drift, 'legs')).toBe('fail');
    expect(statusOf(r.drift, 'weight')).toBe('fail');
    expect(statusOf(r.drift, 'animal')).toBe('pass');
    // Two of three columns drifted: over the policy's 30 % share, so the release is blocked.
    expect(r.decision).toBe('blocked');
    expect(r.inputs.map((i) => i.path)).toContain('models/fraud/eval/drift-report.json');
  });

  it('Evidently run on a sample drawn in the warehouse: the 0.7 snapshot saved as JSON', async () => {
    const r = await checkWithReport('evidently/v0.7-snapshot-constructed.json');
    expect(statusOf(r.drift, 'age')).toBe('fail');
    expect(statusOf(r.drift, 'city')).toBe('pass');
    expect(r.decision).toBe('blocked');
  });

  it('Evidently (legacy Report API) run in the warehouse job', async () => {
    const r = await checkWithReport('evidently/legacy-data-drift-table.json');
    expect(r.drift.length).toBeGreaterThan(0);
  });

  it('the generic report written by any job (here a Spark job computing PSI per feature)', async () => {
    const r = await checkWithReport('generic/spark-job-psi.json');
    expect(statusOf(r.drift, 'amount')).toBe('fail');
    for (const f of ['merchant_category', 'hour', 'card_present']) expect(statusOf(r.drift, f)).toBe('pass');
    // One feature of four drifted: under the dataset share, but the drifted feature alone blocks.
    expect(statusOf(r.drift, 'dataset')).toBe('pass');
    expect(r.decision).toBe('blocked');
  });
});

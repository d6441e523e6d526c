import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, TempRepo } from './harness.js';

const EXAMPLES = join(process.cwd(), 'examples');
const demoArgs = [
  '--repo',
  EXAMPLES,
  '--policy',
  join(EXAMPLES, '.github/model-release-policy.yml'),
  '--baseline-dir',
  join(EXAMPLES, 'baseline'),
  '--now',
  '2026-11-27',
];

describe('model-release-gate check on the demo repository', () => {
  it('gives each example release its verdict and exits 1 because one is blocked', async () => {
    const r = await cli(['check', ...demoArgs, '--format', 'json'], process.cwd());
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe('model-release-gate/report/v1');
    expect(report.decision).toBe('blocked');
    const byName = Object.fromEntries(
      report.models.map((m: { name: string; decision: string }) => [m.name, m.decision]),
    );
    expect(byName).toEqual({
      'churn-classifier': 'conditional',
      'card-fraud-scorer': 'go',
      'search-ranker': 'blocked',
    });
    // Every input is recorded with its hash, and the policy with its own.
    expect(report.inputs.map((i: { path: string }) => i.path)).toContain('models/churn/eval/metrics.json');
    expect(report.inputs.every((i: { sha256: string }) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
    expect(report.policy).toMatchObject({ source: '.github/model-release-policy.yml', builtin: false });
    // The production versions it compared with are recorded too, marked as the baseline.
    expect(report.inputs).toContainEqual({
      path: 'models/ranking/eval/metrics.json',
      sha256: expect.any(String),
      source: 'baseline',
    });
    expect(report.inputs).toContainEqual({ path: 'models/ranking/eval/metrics.json', sha256: expect.any(String) });
  });

  it('judges only the manifests named on the command line', async () => {
    const r = await cli(['check', ...demoArgs, join(EXAMPLES, 'models/fraud/model-release.yml')], process.cwd());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/GO\s+card-fraud-scorer 1\.0\.0/);
    expect(r.stdout).not.toMatch(/search-ranker/);
  });

  it('computes drift from the samples a manifest points to', async () => {
    const r = await cli(
      ['check', ...demoArgs, '--format', 'json', join(EXAMPLES, 'models/fraud/model-release.yml')],
      process.cwd(),
    );
    const fraud = JSON.parse(r.stdout).models[0];
    const drift = fraud.findings.filter((f: { rule: string }) => f.rule === 'drift.feature');
    expect(drift.map((f: { subject: string }) => f.subject).sort()).toEqual([
      'amount',
      'card_present',
      'hour',
      'merchant_category',
    ]);
    // 400 reference rows: Evidently's choice is KS for numeric columns, chi-square / z-test for categorical ones.
    expect(fraud.drift.find((d: { name: string }) => d.name === 'amount').method).toBe('ks');
    expect(fraud.drift.find((d: { name: string }) => d.name === 'card_present').method).toBe('z');
  });

  it('writes markdown for the pull-request comment', async () => {
    const r = await cli(['check', ...demoArgs, '--format', 'markdown'], process.cwd());
    expect(r.stdout.split('\n')[0]).toBe('<!-- model-release-gate:cli -->');
    expect(r.stdout).toMatch(/^## .*Blocked/m);
  });

  it('uses the built-in policy when there is none, and says so', async () => {
    const repo = new TempRepo().write(
      'models/a/model-release.yml',
      'apiVersion: model-release-gate/v1\nmodel: { name: a, version: 1.0.0, owner: "@t", intended_use: x, limitations: y }\n',
    );
    const r = await cli(['check', '--repo', repo.root, '--format', 'json'], repo.root);
    const report = JSON.parse(r.stdout);
    expect(report.policy).toMatchObject({ builtin: true });
    expect(report.models).toHaveLength(1);
    repo.remove();
  });
});

describe('--output', () => {
  const repo = new TempRepo(EXAMPLES);
  afterAll(() => repo.remove());
  it('writes the record to a file', async () => {
    const r = await cli(
      [
        'check',
        '--repo',
        repo.root,
        '--baseline-dir',
        repo.path('baseline'),
        '--format',
        'json',
        '--output',
        'record.json',
      ],
      repo.root,
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(repo.path('record.json'), 'utf8')).decision).toBe('blocked');
  });
  it('refuses to overwrite a file the gate read', async () => {
    const before = readFileSync(repo.path('models/churn/model-release.yml'), 'utf8');
    const r = await cli(['check', '--repo', repo.root, '--output', 'models/churn/model-release.yml'], repo.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output models\/churn\/model-release.yml is one of the gate's input files/);
    expect(readFileSync(repo.path('models/churn/model-release.yml'), 'utf8')).toBe(before);
  });
});

describe('arguments', () => {
  it.each([
    [['check', '--format', 'yaml'], /--format 'yaml' is not one of text, markdown, json/],
    [['check', '--now', '2026-02-30'], /--now '2026-02-30' is not a date/],
    [['check', '--bogus'], /unknown option '--bogus' for check; its options are --policy, --baseline-dir/],
    [['check', '--polcy', 'p.yml'], /unknown option '--polcy' for check; did you mean --policy\?/],
    [['check', '--baseline', 'b'], /unknown option '--baseline' for check; did you mean --baseline-dir\?/],
    [['drift', '--refrence', 'a.csv'], /unknown option '--refrence' for drift; did you mean --reference\?/],
    [['check', 'models/nope/model-release.yml'], /models\/nope\/model-release.yml: no such manifest file/],
    [['check', 'src'], /src is a folder; name its manifest file/],
    [['check', '--repo', '/nonexistent/folder'], /--repo \/nonexistent\/folder: no such folder/],
    [['check', '/etc/passwd'], /\/etc\/passwd is not inside the repository/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['drift', '--reference', 'a.csv'], /drift needs --reference FILE and --current FILE/],
    [
      ['drift', '--reference', 'a.csv', '--current', 'b.csv', '--method', 'magic'],
      /--method 'magic' is not one the gate computes/,
    ],
  ])('%p exits 2 with a clear message and no stack trace', async (args, message) => {
    const r = await cli(args as string[], process.cwd());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--help', () => {
  it.each([['check'], ['drift']])('%s --help prints the usage and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await cli([command, flag], process.cwd());
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^model-release-gate: a governance gate/);
      expect(r.stdout).toContain(`model-release-gate ${command} `);
      expect(r.stderr).toBe('');
    }
  });
});

describe('evaluation.metrics pointing at a file of an MLflow run', () => {
  const MLMODEL = readFileSync(join(process.cwd(), '__tests__/fixtures/evidence/mlflow/run/MLmodel'));
  const repo = new TempRepo()
    .write('models/m/artifacts-run/artifacts/model/MLmodel', MLMODEL)
    .write('models/m/MLmodel', MLMODEL);
  afterAll(() => repo.remove());
  const manifest = (metrics: string) =>
    `apiVersion: model-release-gate/v1\nmodel: { name: m, version: 1.0.0 }\nevaluation: { metrics: ${metrics} }\n`;
  it.each([
    ['artifacts-run/artifacts/model/MLmodel', 'the run folder (here models/m/artifacts-run)'],
    [
      'MLmodel',
      'the run folder (mlruns/<experiment>/425b6205924e4d7ebf10791f8edd827d, the run that logged this model)',
    ],
  ])('%s: says to point at the run folder', async (metrics, folder) => {
    repo.write('models/m/model-release.yml', manifest(metrics));
    const r = await cli(['check', '--repo', repo.root, '--format', 'json', 'models/m/model-release.yml'], repo.root);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).models[0].findings.find((x: { rule: string }) => x.rule === 'evidence.missing');
    expect(f.message).toContain('this is an MLflow MLmodel file (how to load the model), not the model');
    expect(f.message).toContain(`point evaluation.metrics at ${folder}`);
    expect(f.fix).toMatch(/^Point evaluation.metrics at the MLflow run folder/);
  });
});

describe('check: the policy chooses the column typing of samples (drift.type_inference)', () => {
  it('evidently-0.7 by default (a small integer column is categorical: chi-square); legacy on request (KS)', async () => {
    const repo = new TempRepo(EXAMPLES);
    const rows = (counts: number[]) =>
      'grade\n' + counts.flatMap((n, k) => Array<string>(n).fill(String(k + 1))).join('\n') + '\n';
    repo.write('models/fraud/data/reference.csv', rows([75, 75, 75, 75, 75, 75, 75, 75]));
    repo.write('models/fraud/data/current.csv', rows([40, 110, 40, 110, 40, 110, 40, 110]));
    const grade = async () => {
      const r = await cli(
        ['check', '--now', '2026-11-27', '--format', 'json', 'models/fraud/model-release.yml'],
        repo.root,
      );
      const f = JSON.parse(r.stdout).models[0].findings.find(
        (x: { rule: string; subject: string }) => x.rule === 'drift.feature' && x.subject === 'grade',
      );
      return [f.expected, f.status];
    };
    expect(await grade()).toEqual(['chisquare >= 0.05', 'fail']);
    const policy = readFileSync(repo.path('.github/model-release-policy.yml'), 'utf8').replace(
      '      method: auto\n',
      '      method: auto\n      type_inference: legacy\n',
    );
    repo.write('.github/model-release-policy.yml', policy);
    expect(await grade()).toEqual(['ks > 0.05', 'pass']);
    repo.remove();
  });
});

describe('model-release-gate drift', () => {
  it('prints a generic drift report that check reads back as a manifest drift.report', async () => {
    const repo = new TempRepo(EXAMPLES);
    const d = await cli(
      [
        'drift',
        '--reference',
        'models/fraud/data/reference.csv',
        '--current',
        'models/fraud/data/current.csv',
        '--output',
        'models/fraud/eval/drift.json',
      ],
      repo.root,
    );
    expect(d.code).toBe(0);
    const generic = JSON.parse(readFileSync(repo.path('models/fraud/eval/drift.json'), 'utf8'));
    expect(generic.features.amount).toMatchObject({ type: 'numeric', method: 'ks', statistic: expect.any(Number) });
    expect(generic.dataset).toMatchObject({ total: 4 });
    // Swap the manifest from samples to the stored report: the verdict must not change.
    const manifest = readFileSync(repo.path('models/fraud/model-release.yml'), 'utf8').replace(
      /drift:\n(.*\n){3}/,
      'drift:\n  report: eval/drift.json\n',
    );
    repo.write('models/fraud/model-release.yml', manifest);
    const args = [
      'check',
      '--repo',
      repo.root,
      '--now',
      '2026-11-27',
      '--format',
      'json',
      'models/fraud/model-release.yml',
    ];
    const viaReport = JSON.parse((await cli(args, repo.root)).stdout).models[0];
    const viaSamples = JSON.parse(
      (
        await cli(
          [
            'check',
            '--repo',
            EXAMPLES,
            '--now',
            '2026-11-27',
            '--format',
            'json',
            join(EXAMPLES, 'models/fraud/model-release.yml'),
          ],
          process.cwd(),
        )
      ).stdout,
    ).models[0];
    const scores = (m: { findings: { rule: string; subject: string; actual: number; status: string }[] }) =>
      m.findings.filter((f) => f.rule.startsWith('drift.')).map((f) => [f.subject, f.actual, f.status]);
    expect(scores(viaReport)).toEqual(scores(viaSamples));
    repo.remove();
  });
  it('prints a readable table with --format text', async () => {
    const r = await cli(
      [
        'drift',
        '--reference',
        join(EXAMPLES, 'models/fraud/data/reference.csv'),
        '--current',
        join(EXAMPLES, 'models/fraud/data/current.csv'),
        '--format',
        'text',
      ],
      process.cwd(),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/amount/);
    expect(r.stdout).toMatch(/ks/);
  });
});

describe('check --baseline-dir: a production release with nothing here that replaces it', () => {
  it('is reported (release.removed), not passed over: a look-alike name and a new folder do not make a first release', async () => {
    const repo = new TempRepo(EXAMPLES);
    const manifest = readFileSync(repo.path('models/ranking/model-release.yml'), 'utf8');
    // U+2010 HYPHEN looks like '-': without the baseline the regression would go unseen.
    repo.write(
      'models/ranker-v2/model-release.yml',
      manifest.replace('name: search-ranker', 'name: search\u2010ranker'),
    );
    for (const f of ['eval/metrics.json', 'eval/drift.json'])
      repo.write(`models/ranker-v2/${f}`, readFileSync(repo.path(`models/ranking/${f}`)));
    rmSync(repo.path('models/ranking'), { recursive: true, force: true });
    const r = await cli(['check', '--baseline-dir', 'baseline', '--now', '2026-11-27', '--format', 'json'], repo.root);
    const record = JSON.parse(r.stdout);
    expect(record.findings).toContainEqual(
      expect.objectContaining({ rule: 'release.removed', status: 'warn', subject: 'models/ranking/model-release.yml' }),
    );
    expect(record.decision).not.toBe('go');
    repo.remove();
  });
});

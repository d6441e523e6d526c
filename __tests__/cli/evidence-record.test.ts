// What the reader sees of how the evidence was read (issue 9 item 2) and which files the record hashes
// (item 3): every conversion in text, markdown and JSON; every file read in `inputs` with its sha256.

import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, TempRepo } from './harness.js';

const FIXTURES = join(process.cwd(), '__tests__', 'fixtures', 'evidence');
const fixture = (p: string) => readFileSync(join(FIXTURES, p));
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const POLICY = `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ["@risk"]
tiers:
  default: medium
  medium:
    drift: { method: auto, max_drifted_share: 0.9 }
`;

describe('conversions reach the reader', () => {
  const repo = new TempRepo()
    .write('.github/model-release-policy.yml', POLICY)
    .write(
      'models/asr/model-release.yml',
      `apiVersion: model-release-gate/v1
model: { name: asr, version: 1.0.0 }
evaluation: { metrics: card.yml, dataset: samromur }
drift: { report: drift.json }
`,
    )
    // A real model card whose WER is written "10.08%", and an Evidently snapshot with a NaN score.
    .write('models/asr/card.yml', fixture('huggingface/whisper-medium-is-percent-strings.yml'))
    .write('models/asr/drift.json', fixture('evidently/v0.7-metric-id-constructed.json'))
    // A real card writing "0,912", and a real Evidently legacy report whose histograms are redrawn.
    .write(
      'models/nli/model-release.yml',
      `apiVersion: model-release-gate/v1
model: { name: nli, version: 1.0.0 }
evaluation: { metrics: card.yml, dataset: MultiNLI-matched }
drift: { report: drift.json }
`,
    )
    .write('models/nli/card.yml', fixture('huggingface/deberta-v3-large-nli-comma-decimals.yml'))
    .write('models/nli/drift.json', fixture('evidently/legacy-report-column-and-dataset-drift.json'));
  afterAll(() => repo.remove());
  const run = (format: string) =>
    cli(['check', '--repo', repo.root, '--now', '2026-11-27', '--format', format], repo.root);
  const PERCENT = "wer: '10.08%' read as 10.08";
  const NAN = 'income: Evidently wrote NaN (not a number) as the drift score';

  it('in the JSON record, per model, with the file each note is about', async () => {
    const model = JSON.parse((await run('json')).stdout).models[0];
    expect(model.notes).toContainEqual({ source: 'models/asr/card.yml', message: expect.stringContaining(PERCENT) });
    expect(model.notes).toContainEqual({ source: 'models/asr/drift.json', message: expect.stringContaining(NAN) });
  });

  it('comma decimals and redrawn histograms too', async () => {
    const record = JSON.parse((await run('json')).stdout);
    const nli = record.models.find((m: { name: string }) => m.name === 'nli');
    expect(nli.notes).toEqual(
      expect.arrayContaining([
        { source: 'models/nli/card.yml', message: "accuracy: '0,912' read as 0.912 (comma decimal separator)" },
        {
          source: 'models/nli/drift.json',
          message: expect.stringContaining('numeric histograms are redrawn on common bins'),
        },
      ]),
    );
    const md = (await run('markdown')).stdout;
    expect(md).toContain("accuracy: '0,912' read as 0.912 (comma decimal separator)");
    expect(md).toContain('numeric histograms are redrawn on common bins');
  });

  it('in the terminal text', async () => {
    const text = (await run('text')).stdout;
    expect(text).toContain(`i note: models/asr/card.yml: ${PERCENT}`);
    expect(text).toContain(`i note: models/asr/drift.json: ${NAN}`);
  });

  it('in the comment, in a collapsed block', async () => {
    const md = (await run('markdown')).stdout;
    expect(md).toMatch(/<details><summary>ℹ️ \d+ notes on how the evidence was read<\/summary>\n\n- models\/asr\//);
    expect(md).toContain("wer: '10.08%' read as 10.08");
    expect(md).toContain('income: Evidently wrote NaN (not a number) as the drift score');
  });
});

describe('the record hashes every file it read', () => {
  const run = fixture('mlflow/run/meta.yaml');
  const repo = new TempRepo()
    .write('.github/model-release-policy.yml', POLICY)
    .write(
      'models/iris/model-release.yml',
      `apiVersion: model-release-gate/v1
model: { name: iris, version: 1.0.0 }
evaluation: { metrics: mlruns/1/abc }
drift: { reference: data/ref.csv, current: data/cur.csv }
`,
    )
    .write('models/iris/mlruns/1/abc/meta.yaml', run)
    .write('models/iris/mlruns/1/abc/metrics/accuracy', '1700000000000 0.93 0\n')
    .write('models/iris/mlruns/1/abc/metrics/nested/loss', '1700000000000 0.2 0\n')
    .write('models/iris/data/ref.csv', 'x\n1\n2\n3\n4\n5\n6\n')
    .write('models/iris/data/cur.csv', 'x\n1\n2\n3\n4\n5\n7\n');
  const base = new TempRepo()
    .write(
      'models/iris/model-release.yml',
      'apiVersion: model-release-gate/v1\nmodel: { name: iris, version: 0.9.0 }\nevaluation: { metrics: mlruns/1/old }\n',
    )
    .write('models/iris/mlruns/1/old/meta.yaml', run)
    .write('models/iris/mlruns/1/old/metrics/accuracy', '1700000000000 0.95 0\n');
  afterAll(() => {
    repo.remove();
    base.remove();
  });

  it('lists the MLflow run files, the samples and the baseline run, each with its sha256', async () => {
    const r = await cli(
      ['check', '--repo', repo.root, '--baseline-dir', base.root, '--now', '2026-11-27', '--format', 'json'],
      repo.root,
    );
    const inputs = JSON.parse(r.stdout).inputs as { path: string; sha256: string; source?: string }[];
    const head = (p: string) => inputs.find((i) => i.path === p && i.source === undefined);
    for (const p of [
      'models/iris/model-release.yml',
      'models/iris/mlruns/1/abc/meta.yaml',
      'models/iris/mlruns/1/abc/metrics/accuracy',
      'models/iris/mlruns/1/abc/metrics/nested/loss',
      'models/iris/data/ref.csv',
      'models/iris/data/cur.csv',
    ])
      expect(head(p)?.sha256).toBe(sha256(readFileSync(repo.path(p))));
    expect(inputs).toContainEqual({
      path: 'models/iris/mlruns/1/old/metrics/accuracy',
      sha256: sha256('1700000000000 0.95 0\n'),
      source: 'baseline',
    });
    expect(inputs).toContainEqual({
      path: 'models/iris/mlruns/1/old/meta.yaml',
      sha256: sha256(run),
      source: 'baseline',
    });
  });
});

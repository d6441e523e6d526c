// Parquet samples through the command line and a manifest's drift.reference/current: the demo's fraud
// samples rewritten as Parquet by DuckDB give the same verdict, finding for finding; a Parquet file the
// gate cannot read, or one over the size limit, blocks the release with a finding naming the file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdb } from '../drift/parquet-fixtures.js';
import { cli, TempRepo } from './harness.js';

const EXAMPLES = join(process.cwd(), 'examples');
const MANIFEST = 'models/fraud/model-release.yml';
let repo: TempRepo;

beforeAll(async () => {
  repo = new TempRepo(EXAMPLES);
  const c = await duckdb();
  for (const side of ['reference', 'current']) {
    const csv = repo.path(`models/fraud/data/${side}.csv`);
    await c.run(
      `COPY (SELECT * FROM read_csv('${csv}', header = true, types = {'card_present': 'VARCHAR'})) TO '${repo.path(`models/fraud/data/${side}.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
    );
  }
  await c.run(
    `COPY (SELECT 1.5 AS amount, [1, 2] AS tags) TO '${repo.path('models/fraud/data/nested.parquet')}' (FORMAT parquet)`,
  );
  c.closeSync();
});
afterAll(() => repo.remove());

type Finding = { rule: string; subject: string; actual: number; status: string; message: string; file?: string };

async function checkFraud(reference: string, current: string, extra: string[] = []) {
  const manifest = readFileSync(join(EXAMPLES, MANIFEST), 'utf8')
    .replace('reference: data/reference.csv', `reference: ${reference}`)
    .replace('current: data/current.csv', `current: ${current}`);
  repo.write(MANIFEST, manifest);
  const r = await cli(
    ['check', '--repo', repo.root, '--now', '2026-11-27', '--format', 'json', ...extra, MANIFEST],
    repo.root,
  );
  const model = JSON.parse(r.stdout).models[0] as { decision: string; findings: Finding[] };
  return { code: r.code, model };
}

const driftFindings = (findings: Finding[]) =>
  findings.filter((f) => f.rule.startsWith('drift.')).map((f) => [f.subject, f.actual, f.status]);

describe('Parquet samples named by a manifest', () => {
  it('give the same drift findings and verdict as the same rows in CSV', async () => {
    const csv = await checkFraud('data/reference.csv', 'data/current.csv');
    const parquet = await checkFraud('data/reference.parquet', 'data/current.parquet');
    expect(driftFindings(csv.model.findings).length).toBeGreaterThan(0);
    expect(driftFindings(parquet.model.findings)).toEqual(driftFindings(csv.model.findings));
    expect(parquet.model.decision).toBe(csv.model.decision);
    expect(parquet.model.findings.filter((f) => f.rule === 'evidence.missing')).toEqual([]);
  });

  it('a nested Parquet sample blocks the release with a finding that says nested columns are not supported', async () => {
    const r = await checkFraud('data/nested.parquet', 'data/current.parquet');
    expect(r.code).toBe(1);
    expect(r.model.decision).toBe('blocked');
    const f = r.model.findings.find((x) => x.rule === 'evidence.missing')!;
    expect(f.message).toMatch(/models\/fraud\/data\/nested\.parquet: column "tags" is nested.*not supported/);
  });

  it('a Parquet sample over the size limit blocks the release, naming the file and the limit', async () => {
    const r = await checkFraud('data/reference.parquet', 'data/current.parquet', ['--max-file-mb', '0.001']);
    expect(r.code).toBe(1);
    expect(r.model.decision).toBe('blocked');
    const f = r.model.findings.find((x) => x.rule === 'evidence.missing' && /reference\.parquet/.test(x.message))!;
    expect(f.message).toMatch(/reference\.parquet' is [\d.]+ MB, over the 0 MB limit|reference\.parquet.*over the/);
  });

  it('a truncated Parquet sample blocks the release', async () => {
    const bytes = readFileSync(repo.path('models/fraud/data/current.parquet'));
    repo.write('models/fraud/data/cut.parquet', bytes.subarray(0, bytes.length - 100));
    const r = await checkFraud('data/reference.parquet', 'data/cut.parquet');
    expect(r.model.decision).toBe('blocked');
    expect(r.model.findings.find((x) => x.rule === 'evidence.missing')!.message).toMatch(
      /models\/fraud\/data\/cut\.parquet: has no Parquet footer/,
    );
  });
});

describe('model-release-gate drift on Parquet', () => {
  it('prints the same report for Parquet as for the same rows in CSV', async () => {
    const run = async (ext: string) =>
      cli(
        ['drift', '--reference', `models/fraud/data/reference.${ext}`, '--current', `models/fraud/data/current.${ext}`],
        repo.root,
      );
    const csv = await run('csv');
    const parquet = await run('parquet');
    expect(parquet.code).toBe(0);
    expect(JSON.parse(parquet.stdout).features).toEqual(JSON.parse(csv.stdout).features);
  });

  it('exits 2 naming the file when a sample is not Parquet after all', async () => {
    repo.write('bad.parquet', 'amount\n1.5\n2.25\n3.125\n');
    const r = await cli(
      ['drift', '--reference', 'bad.parquet', '--current', 'models/fraud/data/current.parquet'],
      repo.root,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.parquet: is not a Parquet file: it does not start with "PAR1"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

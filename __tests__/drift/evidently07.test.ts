// Drift from sample files as Evidently 0.7 computes it on pandas 2 and numpy 2: how a column is read and
// typed, what is missing, decision edges, and the numerics (reference numbers: scripts/vectors/evidently_auto.py).
/* eslint-disable @typescript-eslint/no-explicit-any -- fixture JSON */
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { computeDrift, inferColumnType } from '../../src/drift/compute.js';
import { isDrift, resolveMethod } from '../../src/drift/methods.js';
import {
  chiSquare,
  hellinger,
  jensenShannon,
  klDiv,
  psi,
  wasserstein,
  zTest,
  type CategoricalPair,
  type NumericPair,
} from '../../src/drift/stats.js';
import {
  PANDAS_NA_VALUES,
  readSamples,
  type CategoricalColumn,
  type NumericColumn,
} from '../../src/evidence/samples.js';
import { runCli } from '../../src/cli.js';
import { loadPolicy } from '../../src/policy/index.js';

const expected = JSON.parse(
  readFileSync(new URL('../fixtures/drift/auto/expected.json', import.meta.url), 'utf8'),
) as any;
const relErr = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));
const csv = (text: string, source = 'samples.csv') => readSamples(Buffer.from(text), { source });
const column = (t: { columns: any[] }, name: string) => t.columns.find((c) => c.name === name);

describe('4. a column type and its labels come from the whole column', () => {
  const values = ['1.0', '2.5', 'abc', '1.0', '2.5', 'abc', '1.0', '2.5', 'abc', '1.0'];
  it('numbers first or text first: the same labels, as pandas reads them (text), and p = 1 on identical data', async () => {
    const textFirst = await csv('v\n' + [...values].reverse().join('\n'), 'ref.csv');
    const numbersFirst = await csv('v\n' + [...values].sort().join('\n'), 'cur.csv');
    for (const t of [textFirst, numbersFirst]) {
      const v = column(t, 'v') as CategoricalColumn;
      expect(v.type).toBe('categorical');
      expect([...v.categories].sort()).toEqual(['1.0', '2.5', 'abc']);
      expect(t.notes.join('\n')).toContain('mixes numbers and text');
    }
    const e = computeDrift(textFirst, numbersFirst, { method: 'chisquare' });
    expect(e.features[0].score).toBe(1);
    expect(e.features[0].drifted).toBe(false);
  });

  it('streams a file the same way (the second read of a mixed column)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-mixed-'));
    writeFileSync(join(dir, 'a.csv'), 'v,w\n' + values.map((v, i) => `${v},${i}`).join('\n'));
    const t = await readSamples(join(dir, 'a.csv'));
    expect((column(t, 'v') as CategoricalColumn).categories).toEqual(['1.0', '2.5', 'abc']);
    expect((column(t, 'w') as NumericColumn).values.length).toBe(10);
  });
});

describe("5. missing values: pandas 2's na_values exactly, and infinity dropped", () => {
  it('every default na_value is missing; other spellings are values', async () => {
    expect(PANDAS_NA_VALUES.size).toBe(19);
    const tokens = [...PANDAS_NA_VALUES].filter((t) => t !== '');
    const t = await csv(
      'x\n' + ['1.5', ...tokens.map((k) => (k.includes(',') ? `"${k}"` : k)), '2.5', '""'].join('\n'),
    );
    const x = column(t, 'x') as NumericColumn;
    expect(x.type).toBe('numeric');
    expect(Array.from(x.values)).toEqual([1.5, 2.5]);
    expect(x.missing).toBe(19);
    // Case-sensitive, not trimmed: these are labels, as pandas reads them.
    for (const other of ['na', 'Na', 'NONE', ' NA', 'none']) {
      const c = column(await csv(`x\n1\n${other}\n`), 'x') as CategoricalColumn;
      expect(c.type).toBe('categorical');
      expect(c.categories).toContain(other);
    }
  });

  it('inf, -Infinity and 1e400 are dropped and counted, in CSV and in JSON lines, and PSI stays finite', async () => {
    const t = await csv('x\n1\ninf\n-Infinity\n1e400\n2\n');
    const x = column(t, 'x') as NumericColumn;
    expect(Array.from(x.values)).toEqual([1, 2]);
    expect(x.infinite).toBe(3);
    expect(x.missing).toBe(0);
    expect(t.notes).toContain('column "x" in samples.csv: 3 infinite values dropped, as Evidently does');
    const lines = (shift: number) =>
      Buffer.from(
        Array.from({ length: 60 }, (_, i) => (i % 20 === 0 ? '{"x": 1e400}' : `{"x": ${(i % 30) + shift}}`)).join('\n'),
      );
    const ref = await readSamples(lines(0), { source: 'r.jsonl' });
    const cur = await readSamples(lines(3), { source: 'c.jsonl' });
    const e = computeDrift(ref, cur, { method: 'psi' });
    expect(Number.isFinite(e.features[0].score)).toBe(true);
  });
});

describe('6. column types and methods as Evidently 0.7 infers them', () => {
  it('an integer column with at most 10 values is categorical; with a missing value pandas reads floats', async () => {
    const t = await csv(
      'a,b,c,d\n' +
        Array.from({ length: 40 }, (_, i) => `${i % 10},${i},${(i % 10) + 0.5},${i === 3 ? '' : i % 10}`).join('\n'),
    );
    expect((column(t, 'a') as NumericColumn).integer).toBe(true);
    expect(inferColumnType(column(t, 'a'))).toBe('categorical');
    expect(inferColumnType(column(t, 'b'))).toBe('numeric');
    expect(inferColumnType(column(t, 'c'))).toBe('numeric');
    expect(inferColumnType(column(t, 'd'))).toBe('numeric');
  });

  it('a shift that KS misses on a small integer column is found by chi-square', () => {
    const c = expected.cases.find((x: any) => x.name === 'integers');
    expect(c.features.grade).toMatchObject({ type: 'categorical', method: 'chisquare', drifted: true });
    expect(c.features.binary).toMatchObject({ type: 'categorical', method: 'z' });
  });
});

describe('7. decision edges and thresholds', () => {
  const m = (id: string) => resolveMethod(id)!;
  it("each method's own Evidently edge", () => {
    expect(isDrift(m('chisquare'), 0.05, 0.05)).toBe(false);
    expect(isDrift(m('z'), 0.05, 0.05)).toBe(false);
    expect(isDrift(m('ks'), 0.05, 0.05)).toBe(true);
    expect(isDrift(m('psi'), 0.1, 0.1)).toBe(true);
    expect(isDrift(m('wasserstein'), 0.1, 0.1)).toBe(true);
  });

  it('a p-value exactly at the threshold: chi-square does not drift, KS does', async () => {
    const ref = await csv('c,x\n' + Array.from({ length: 90 }, (_, i) => `${'abc'[i % 3]},${i}`).join('\n'));
    const cur = await csv('c,x\n' + Array.from({ length: 90 }, (_, i) => `${'abcaa'[i % 5]},${i + 9}`).join('\n'));
    const first = computeDrift(ref, cur);
    const [pc, pk] = first.features.map((f) => f.score as number);
    const e = computeDrift(ref, cur, { thresholds: { chisquare: pc, ks: pk } });
    expect(e.features.map((f) => [f.method, f.drifted])).toEqual([
      ['chisquare', false],
      ['ks', true],
    ]);
  });

  it('a p-value threshold outside (0, 1] is refused; 1 is allowed', async () => {
    const ref = await csv('x\n' + Array.from({ length: 30 }, (_, i) => i).join('\n'));
    expect(() => computeDrift(ref, ref, { method: 'ks', thresholds: 1.5 })).toThrow(
      'drift threshold for column "x": ks gives a p-value, so its threshold is a significance level in (0, 1], not 1.5',
    );
    expect(computeDrift(ref, ref, { method: 'ks', thresholds: 1 }).features[0].drifted).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'mrg-thr-'));
    writeFileSync(join(dir, 'r.csv'), 'x\n' + Array.from({ length: 30 }, (_, i) => i).join('\n'));
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (s: string) => void (stderr += s),
      cwd: dir,
      color: false,
      today: new Date(),
    };
    const code = await runCli(
      ['drift', '--reference', 'r.csv', '--current', 'r.csv', '--method', 'chisquare', '--threshold', '5'],
      io,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--threshold 5: chisquare gives a p-value, so its threshold is a significance level in (0, 1], not 5',
    );
    expect(
      await runCli(['drift', '--reference', 'r.csv', '--current', 'r.csv', '--method', 'ks', '--threshold', '1'], io),
    ).toBe(0);
  });
});

describe('8. numerics against Evidently 0.7 on numpy 2 (array vectors)', () => {
  const arrays = Object.fromEntries((expected.arrays as any[]).map((a) => [a.name, a]));
  const numbers = (spec: any): NumericPair => {
    if (spec.kind === 'near1e15') {
      const r = Float64Array.from({ length: spec.n }, (_, i) => 1e15 + (i % 1000) * 0.375);
      const c = r.map((v) => v + spec.shift);
      return { type: 'numeric', reference: r.sort(), current: c.sort() };
    }
    if (spec.kind === 'mod21') {
      const r = Float64Array.from({ length: spec.n }, (_, i) => i % 21);
      const c = Float64Array.from({ length: spec.n }, (_, i) => Math.min(i % 23, 20));
      return { type: 'numeric', reference: r.sort(), current: c.sort(), integer: true };
    }
    const expand = (counts: number[]) =>
      Float64Array.from(counts.flatMap((n, k) => Array<number>(n).fill(spec.values[k])));
    return { type: 'numeric', reference: expand(spec.reference), current: expand(spec.current), integer: true };
  };

  it("Wasserstein's norming std near 1e15 (pairwise sums, as numpy)", () => {
    const a = arrays['wasserstein-near-1e15'];
    // Sorted rather than row order moves the last digits of a pairwise sum: 1e-5, against 0.7% before.
    expect(relErr(wasserstein(numbers(a.spec)), a.score)).toBeLessThan(1e-5);
  });

  it.each(['psi', 'kl_div', 'jensenshannon'])('%s bins integer data at least 1 wide', (method) => {
    const a = arrays[`${method}-integer-bins`];
    const f = { psi: (p: NumericPair) => psi(p), kl_div: klDiv, jensenshannon: (p: NumericPair) => jensenShannon(p) }[
      method
    ]!;
    expect(relErr(f(numbers(a.spec)), a.score)).toBeLessThan(1e-9);
  });

  it('Hellinger bins integer data at least 1 wide', () => {
    const a = arrays['hellinger-integer-bins'];
    expect(relErr(hellinger(numbers(a.spec)), a.score)).toBeLessThan(1e-9);
  });

  it("the z-test's first category is the first in code point order, as Python sorts", () => {
    const a = arrays['z-code-point-order'];
    // Labels in UTF-16 order, not Python's: the test must not rely on the order it is given.
    const pair: CategoricalPair = {
      type: 'categorical',
      labels: [a.spec.values[1], a.spec.values[2], a.spec.values[0]],
      reference: Float64Array.from([a.spec.reference[1], a.spec.reference[2], a.spec.reference[0]]),
      current: Float64Array.from([a.spec.current[1], a.spec.current[2], a.spec.current[0]]),
    };
    expect(relErr(zTest(pair).pvalue, a.score)).toBeLessThan(1e-9);
    expect(chiSquare(pair).pvalue).toBeGreaterThan(0);
  });
});

describe('the legacy typing, only where a user asks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-legacy-'));
  const rows = (counts: number[]) =>
    'grade\n' + counts.flatMap((n, k) => Array<string>(n).fill(String(k + 1))).join('\n') + '\n';
  writeFileSync(join(dir, 'r.csv'), rows([75, 75, 75, 75, 75, 75, 75, 75]));
  writeFileSync(join(dir, 'c.csv'), rows([40, 110, 40, 110, 40, 110, 40, 110]));
  const run = async (...extra: string[]) => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (s: string) => void (stdout += s),
      stderr: (s: string) => void (stderr += s),
      cwd: dir,
      color: false,
      today: new Date(),
    };
    const code = await runCli(['drift', '--reference', 'r.csv', '--current', 'c.csv', ...extra], io);
    return { code, stdout, stderr };
  };

  it('drift --type-inference legacy: the small integer column is numeric again (KS, and the shift is missed)', async () => {
    const now = JSON.parse((await run()).stdout);
    expect(now.features.grade).toMatchObject({ type: 'categorical', method: 'chisquare', drifted: true });
    const legacy = JSON.parse((await run('--type-inference', 'legacy')).stdout);
    expect(legacy.features.grade).toMatchObject({ type: 'numeric', method: 'ks', drifted: false });
    const bad = await run('--type-inference', 'pandas');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--type-inference 'pandas' must be one of evidently-0.7, legacy");
  });

  it('the policy names it per tier: drift.type_inference', () => {
    const yaml = `apiVersion: model-release-gate/v1\ntiers:\n  default: low\n  low:\n    drift: { type_inference: legacy }\n`;
    const r = loadPolicy(yaml, 'policy.yaml');
    expect(r.ok && r.policy.tiers.low.drift?.type_inference).toBe('legacy');
    const wrong = loadPolicy(yaml.replace('legacy', 'pandas'), 'policy.yaml');
    expect(wrong.ok).toBe(false);
  });
});

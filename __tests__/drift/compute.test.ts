/* eslint-disable @typescript-eslint/no-explicit-any -- fixture JSON */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { chooseMethod, computeDrift, datasetDrifted, toGenericReport } from '../../src/drift/compute.js';
import { parseDriftReport } from '../../src/evidence/drift-report.js';
import { readSamples } from '../../src/evidence/samples.js';

const autoDir = fileURLToPath(new URL('../fixtures/drift/auto/', import.meta.url));
const expected = JSON.parse(readFileSync(`${autoDir}expected.json`, 'utf8'));
const relErr = (a: number, b: number): number => (b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b));

describe('end to end from sample files, against pandas 2 + scipy following Evidently 0.7 (scripts/vectors/evidently_auto.py)', () => {
  it.each(expected.cases.map((c: any) => [`${c.name}: ${c.why}`, c]))('%s', async (_n, c: any) => {
    const ref = await readSamples(autoDir + c.reference);
    const cur = await readSamples(autoDir + c.current);
    const evidence = computeDrift(ref, cur, c.method ? { method: c.method } : {});
    for (const [name, type] of Object.entries(c.skipped ?? {})) {
      expect(evidence.features.find((f) => f.name === name)).toBeUndefined();
      expect(evidence.notes.join('\n')).toContain(`column "${name}" is ${type as string}`);
    }
    expect(evidence.format).toBe('computed');
    for (const f of evidence.features) {
      const want = c.features[f.name];
      expect({
        name: f.name,
        type: f.type,
        method: f.method,
        drifted: f.drifted,
        threshold: f.threshold,
        missing: f.missing,
      }).toEqual({
        name: f.name,
        type: want.type,
        method: want.method,
        drifted: want.drifted,
        threshold: want.threshold,
        missing: want.missing,
      });
      expect(relErr(f.score as number, want.score)).toBeLessThan(
        f.method === 'ks' || f.method === 'chisquare' || f.method === 'z' ? 1e-6 : 1e-9,
      );
      if (want.statistic !== undefined) expect(Math.abs((f.statistic as number) - want.statistic)).toBeLessThan(1e-9);
    }
    expect(evidence.features.length).toBe(Object.keys(c.features).length);
    expect(evidence.dataset).toMatchObject({ ...c.dataset, threshold: 0.5 });
  });
});

const csv = (text: string, source: string) => readSamples(Buffer.from(text), { source });

describe('computeDrift decisions', () => {
  it('chooses methods exactly as Evidently does', () => {
    expect(chooseMethod(1000, 'numeric', 6)).toBe('ks');
    expect(chooseMethod(1000, 'numeric', 5)).toBe('chisquare');
    expect(chooseMethod(1000, 'numeric', 2)).toBe('z');
    expect(chooseMethod(1000, 'categorical', 40)).toBe('chisquare');
    expect(chooseMethod(1000, 'categorical', 2)).toBe('z');
    expect(chooseMethod(1001, 'numeric', 6)).toBe('wasserstein');
    expect(chooseMethod(1001, 'numeric', 5)).toBe('jensenshannon');
    expect(chooseMethod(1001, 'categorical', 40)).toBe('jensenshannon');
  });

  it('skips columns on one side only, with a note, and applies thresholds by method and by column', async () => {
    const ref = await csv(
      'a,b,only_ref\n' + Array.from({ length: 50 }, (_, i) => `${i},${i % 7},1`).join('\n'),
      'ref.csv',
    );
    const cur = await csv(
      'a,b,only_cur\n' + Array.from({ length: 50 }, (_, i) => `${i + 5},${i % 7},2`).join('\n'),
      'cur.csv',
    );
    const psiNumber = computeDrift(ref, cur, { method: 'PSI', thresholds: 0.05 });
    expect(psiNumber.features.map((f) => [f.name, f.method, f.threshold])).toEqual([
      ['a', 'psi', 0.05],
      ['b', 'psi', 0.05],
    ]);
    expect(psiNumber.notes).toEqual([
      'column "only_ref" is in ref.csv only; skipped',
      'column "only_cur" is in cur.csv only; skipped',
    ]);
    const auto = computeDrift(ref, cur, { thresholds: 0.3 });
    // A bare number under auto sets the distance methods' threshold; p-value methods keep 0.05.
    // b holds 7 integers: categorical to Evidently 0.7, so chi-square.
    expect(auto.features.map((f) => [f.method, f.threshold])).toEqual([
      ['ks', 0.05],
      ['chisquare', 0.05],
    ]);
    const byKey = computeDrift(ref, cur, { thresholds: { ks: 0.01, b: 0.2 } });
    expect(byKey.features.map((f) => f.threshold)).toEqual([0.01, 0.2]);
    // The earlier typing, on request: b is numeric again.
    const legacy = computeDrift(ref, cur, { thresholds: 0.3, typeInference: 'legacy' });
    expect(legacy.features.map((f) => [f.method, f.threshold])).toEqual([
      ['ks', 0.05],
      ['ks', 0.05],
    ]);
  });

  it('judges the dataset by the share of drifted columns (>= the limit)', async () => {
    const rows = (f: (i: number) => string) => Array.from({ length: 200 }, (_, i) => f(i)).join('\n');
    const ref = await csv('x,y\n' + rows((i) => `${i},${i}`), 'r.csv');
    const cur = await csv('x,y\n' + rows((i) => `${i + 100},${i}`), 'c.csv');
    const e = computeDrift(ref, cur);
    expect(e.dataset).toEqual({ drifted: 1, total: 2, share: 0.5, threshold: 0.5 });
    expect(datasetDrifted(e)).toBe(true);
    expect(datasetDrifted(computeDrift(ref, cur, { datasetShare: 0.6 }))).toBe(false);
  });

  it('gives score null when a column has no value left on one side', async () => {
    const ref = await csv('x\n1\n2\n3\n', 'r.csv');
    const cur = await csv('x\nNA\nNaN\nnull\n', 'c.csv');
    const e = computeDrift(ref, cur);
    expect(e.features[0]).toMatchObject({ name: 'x', score: null, missing: { reference: 0, current: 3 } });
    expect(e.features[0].drifted).toBeUndefined();
    expect(e.dataset?.total).toBe(0);
    expect(e.notes[0]).toMatch(/no value in c\.csv/);
  });

  it('falls back from a numeric-only method on a categorical column, saying so', async () => {
    const ref = await csv('c\n' + 'a\nb\nc\n'.repeat(20), 'r.csv');
    const cur = await csv('c\n' + 'a\na\nc\n'.repeat(20), 'c.csv');
    const e = computeDrift(ref, cur, { method: 'ks' });
    expect(e.features[0].method).toBe('chisquare');
    expect(e.notes[0]).toMatch(/ks does not apply to categorical column "c"; used chisquare/);
    expect(() => computeDrift(ref, cur, { method: 'anderson' })).toThrow(/cannot be computed from samples/);
  });

  it('builds histograms on the same bins: 10 ranges for numbers, top categories and "other"', async () => {
    const ref = await csv('x,c\n' + Array.from({ length: 300 }, (_, i) => `${i},k${i % 15}`).join('\n'), 'r.csv');
    const cur = await csv('x,c\n' + Array.from({ length: 300 }, (_, i) => `${i + 150},k${i % 12}`).join('\n'), 'c.csv');
    const [x, c] = computeDrift(ref, cur).features;
    expect(x.histogram?.labels).toHaveLength(10);
    expect(x.histogram?.labels[0]).toBe('[0, 44.9)');
    expect(x.histogram?.reference.reduce((s, v) => s + v, 0)).toBe(300);
    expect(x.histogram?.current.reduce((s, v) => s + v, 0)).toBe(300);
    expect(c.histogram?.labels).toHaveLength(10);
    expect(c.histogram?.labels[9]).toBe('other (6)');
    expect(c.histogram?.reference.reduce((s, v) => s + v, 0)).toBe(300);
  });

  it('writes the generic form, which the generic drift report reader reads back', async () => {
    const e = computeDrift(
      await readSamples(autoDir + expected.cases[0].reference),
      await readSamples(autoDir + expected.cases[0].current),
    );
    const json = JSON.stringify(toGenericReport(e));
    const back = parseDriftReport(json, 'eval/drift.json');
    if (!back.ok) throw new Error(back.message);
    expect(back.evidence.format).toBe('generic');
    expect(back.evidence.features.map((f) => [f.name, f.method, f.score, f.threshold, f.drifted])).toEqual(
      e.features.map((f) => [f.name, f.method, f.score, f.threshold, f.drifted]),
    );
    const ks = back.evidence.features.find((f) => f.method === 'ks');
    expect(ks?.statistic).toBe(e.features.find((f) => f.method === 'ks')?.statistic);
    expect(back.evidence.dataset).toMatchObject({ drifted: e.dataset?.drifted, total: e.dataset?.total });
  });

  it('keeps columns named __proto__ and constructor in the generic form', async () => {
    const csv = (seed: number) =>
      Buffer.from(
        '__proto__,constructor\n' + Array.from({ length: 50 }, (_, i) => `${(i * seed) % 17},${i % 3}`).join('\n'),
      );
    const e = computeDrift(
      await readSamples(csv(7), { source: 'r.csv' }),
      await readSamples(csv(5), { source: 'c.csv' }),
    );
    const json = JSON.stringify(toGenericReport(e));
    const back = parseDriftReport(json, 'eval/drift.json');
    if (!back.ok) throw new Error(back.message);
    expect(back.evidence.features.map((f) => f.name).sort()).toEqual(['__proto__', 'constructor']);
  });
});

// The statistics against reference numbers from scipy / numpy / Evidently's formulas (see fixtures/drift/SOURCES.md).
/* eslint-disable @typescript-eslint/no-explicit-any -- fixture JSON of several shapes */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ks2samp, type KsMethod } from '../../src/drift/ks.js';
import { kstwoSf, smirnovSf } from '../../src/drift/special.js';
import {
  chiSquare,
  columnPair,
  jensenShannon,
  klDiv,
  ks,
  psi,
  wasserstein,
  type NumericPair,
} from '../../src/drift/stats.js';

const fixture = (name: string): any =>
  JSON.parse(readFileSync(new URL(`../fixtures/drift/${name}`, import.meta.url), 'utf8'));

/** numpy.linspace(start, stop, num) + add, with numpy's rounding. */
function linspace(spec: number[] | { linspace: [number, number, number]; add?: number }): number[] {
  if (Array.isArray(spec)) return spec;
  const [a, b, n] = spec.linspace;
  const step = (b - a) / (n - 1);
  const out = Array.from({ length: n }, (_, i) => i * step + a);
  out[n - 1] = b;
  return out.map((v) => v + (spec.add ?? 0));
}

const relErr = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

describe('ks_2samp against scipy (corpus vectors)', () => {
  const cases = fixture('ks_2samp-scipy.json').cases as any[];
  it.each(cases.map((c) => [c.name, c]))('%s', (_name, c: any) => {
    const r = ks2samp(linspace(c.x), linspace(c.y), c.method as KsMethod);
    expect(Math.abs(r.statistic - c.statistic)).toBeLessThanOrEqual(1e-9);
    expect(relErr(r.pvalue, c.pvalue)).toBeLessThanOrEqual(1e-6);
  });
});

describe('kstwo.sf and smirnov against scipy in every algorithm region', () => {
  const v = fixture('kstwo-scipy.json');
  it('kstwo.sf within 1e-6 relative', () => {
    for (const r of v.kstwo_sf) {
      const got = kstwoSf(r.n, r.d);
      if (relErr(got, r.sf) > 1e-6) throw new Error(`kstwo.sf(${r.d}, ${r.n}) = ${got}, scipy ${r.sf}`);
    }
    expect(v.kstwo_sf.length).toBeGreaterThan(200);
  });
  it('smirnov within 1e-9 relative', () => {
    for (const r of v.smirnov) expect(relErr(smirnovSf(r.n, r.x), r.sf)).toBeLessThanOrEqual(1e-9);
  });
  it('beats the cheap approximations of the corpus accuracy table', () => {
    for (const r of fixture('ks-asymptotic-accuracy.json').rows) {
      const got = kstwoSf(r.en, r.d);
      // The table's kstwo_sf column is the nominal level its d was solved for; ours lands closer than Stephens.
      expect(relErr(got, r.kstwo_sf)).toBeLessThan(Math.max(relErr(r.stephens, r.kstwo_sf), 1e-3));
    }
  });
});

describe("Evidently's formulas (corpus vectors)", () => {
  const cases = Object.fromEntries((fixture('drift-evidently-formulas.json').cases as any[]).map((c) => [c.name, c]));
  const strings = (a: number[]): string[] => a.map(String);
  const repeat = (spec: string): string[] =>
    spec.split(',').flatMap((p) => {
      const [label, n] = p.split('*');
      return Array<string>(Number(n)).fill(label);
    });

  it("reproduces Evidently's own chi-square expectation p = 0.67309", () => {
    const c = cases.evidently_test_chi_freq;
    const r = chiSquare(columnPair(strings(c.reference), strings(c.current)));
    expect(relErr(r.pvalue, c.pvalue)).toBeLessThan(1e-9);
    expect(r.pvalue).toBeCloseTo(0.67309, 5);
  });

  it("reproduces Evidently's categorical PSI of about 2.93", () => {
    const c = cases.evidently_test_psi_cat;
    const v = psi(columnPair(strings(c.reference), strings(c.current)));
    expect(relErr(v, c.value)).toBeLessThan(1e-12);
    expect(v).toBeCloseTo(2.93, 2);
  });

  const numeric: [string, () => NumericPair][] = [
    [
      'numeric_shift_linspace',
      () =>
        columnPair(
          cases.numeric_shift_linspace.reference_values,
          cases.numeric_shift_linspace.current_values,
        ) as NumericPair,
    ],
    [
      'numeric_ints_unseen_values',
      () =>
        columnPair(
          Array.from({ length: 1000 }, (_, i) => i % 50),
          Array.from({ length: 800 }, (_, i) => (i * 7) % 60),
        ) as NumericPair,
    ],
  ];
  it.each(numeric)('%s: PSI, KL, Jensen-Shannon, Wasserstein, KS, quantile PSI', (name, make) => {
    const c = cases[name];
    const pair = make();
    expect(relErr(psi(pair), c.psi_evidently)).toBeLessThan(1e-12);
    expect(relErr(klDiv(pair), c.kl_div_evidently)).toBeLessThan(1e-12);
    expect(relErr(jensenShannon(pair), c.jensenshannon_evidently_natural_log)).toBeLessThan(1e-12);
    if (c.jensenshannon_base2) expect(relErr(jensenShannon(pair, 2), c.jensenshannon_base2)).toBeLessThan(1e-12);
    expect(relErr(wasserstein(pair), c.wasserstein_normed_evidently)).toBeLessThan(1e-12);
    const k = ks(pair);
    expect(Math.abs(k.statistic - c.ks_statistic)).toBeLessThan(1e-12);
    expect(relErr(k.pvalue, c.ks_pvalue)).toBeLessThan(1e-6);
    expect(relErr(psi(pair, 'quantile'), c.psi_quantile10_mwburke)).toBeLessThan(1e-12);
  });

  it.each([['categorical_new_category'], ['categorical_mild']])('%s', (name) => {
    const c = cases[name];
    const pair = columnPair(repeat(c.reference), repeat(c.current));
    const chi = chiSquare(pair);
    if (c.chisquare_statistic === 'Infinity') expect(chi.statistic).toBe(Infinity);
    else expect(relErr(chi.statistic, c.chisquare_statistic)).toBeLessThan(1e-12);
    expect(relErr(chi.pvalue, c.chisquare_pvalue)).toBeLessThan(1e-9);
    expect(relErr(psi(pair), c.psi_evidently)).toBeLessThan(1e-12);
    expect(relErr(klDiv(pair), c.kl_div_evidently)).toBeLessThan(1e-12);
    expect(relErr(jensenShannon(pair), c.jensenshannon_evidently_natural_log)).toBeLessThan(1e-12);
    if (c.jensenshannon_base2) expect(relErr(jensenShannon(pair, 2), c.jensenshannon_base2)).toBeLessThan(1e-12);
  });
});

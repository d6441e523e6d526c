import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ks2samp } from '../../src/drift/ks.js';
import { sortedCopy, sortInPlace } from '../../src/drift/sort.js';
import { columnPair, jensenShannon, psi, wassersteinDistance, type NumericPair } from '../../src/drift/stats.js';

const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
  minLength: 1,
  maxLength: 60,
});
const smallInts = fc.array(fc.integer({ min: -5, max: 30 }), { minLength: 1, maxLength: 80 });
const labels = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 80 });

describe('properties of the statistics', () => {
  it('KS: statistic in [0, 1], p in [0, 1], symmetric in its samples', () => {
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const a = ks2samp(x, y);
        const b = ks2samp(y, x);
        expect(a.statistic).toBeGreaterThanOrEqual(0);
        expect(a.statistic).toBeLessThanOrEqual(1);
        expect(a.pvalue).toBeGreaterThanOrEqual(0);
        expect(a.pvalue).toBeLessThanOrEqual(1);
        expect(b.statistic).toBeCloseTo(a.statistic, 12);
        expect(b.pvalue).toBeCloseTo(a.pvalue, 12);
      }),
    );
  });

  it('KS: identical samples have D = 0 and p = 1', () => {
    fc.assert(
      fc.property(sample, (x) => {
        expect(ks2samp(x, [...x].reverse())).toEqual({ statistic: 0, pvalue: 1 });
      }),
    );
  });

  it('PSI >= 0, and 0 for identical samples (numeric and categorical, both binnings)', () => {
    fc.assert(
      fc.property(fc.oneof(sample, smallInts), fc.oneof(sample, smallInts), (x, y) => {
        const pair = columnPair(x, y);
        expect(psi(pair)).toBeGreaterThanOrEqual(0);
        expect(psi(pair, 'quantile')).toBeGreaterThanOrEqual(0);
        expect(psi(columnPair(x, [...x]))).toBe(0);
      }),
    );
    fc.assert(
      fc.property(labels, labels, (x, y) => {
        expect(psi(columnPair(x, y))).toBeGreaterThanOrEqual(0);
        expect(psi(columnPair(x, [...x].reverse()))).toBe(0);
      }),
    );
  });

  it('Jensen-Shannon distance lies in [0, sqrt(ln 2)] (its square, the divergence, in [0, ln 2])', () => {
    fc.assert(
      fc.property(fc.oneof(sample, smallInts), fc.oneof(sample, smallInts), (x, y) => {
        const js = jensenShannon(columnPair(x, y));
        expect(js).toBeGreaterThanOrEqual(0);
        expect(js * js).toBeLessThanOrEqual(Math.LN2 + 1e-12);
        expect(jensenShannon(columnPair(x, y), 2)).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('Wasserstein is shift-equivariant: shifting one sample by c moves the distance by at most |c|, exactly |c| for a copy', () => {
    fc.assert(
      fc.property(sample, sample, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (x, y, c) => {
        const base = columnPair(x, y) as NumericPair;
        const shiftedBoth = columnPair(
          x.map((v) => v + c),
          y.map((v) => v + c),
        ) as NumericPair;
        const d = wassersteinDistance(base.reference, base.current);
        const tol = 1e-9 * (1 + Math.abs(d) + Math.abs(c) + Math.max(...x.map(Math.abs), ...y.map(Math.abs)));
        expect(Math.abs(wassersteinDistance(shiftedBoth.reference, shiftedBoth.current) - d)).toBeLessThanOrEqual(tol);
        const self = columnPair(
          x,
          x.map((v) => v + c),
        ) as NumericPair;
        expect(Math.abs(wassersteinDistance(self.reference, self.current) - Math.abs(c))).toBeLessThanOrEqual(tol);
      }),
    );
  });
});

describe('radix sort', () => {
  it('orders exactly as Float64Array.prototype.sort, -0, infinities and subnormals included', () => {
    const special = fc.constantFrom(-0, 0, Infinity, -Infinity, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), special), { minLength: 2048, maxLength: 5000 }),
        (x) => {
          const want = Float64Array.from(x).sort();
          const got = sortedCopy(x);
          for (let i = 0; i < want.length; i++) if (!Object.is(got[i], want[i])) throw new Error(`differs at ${i}`);
        },
      ),
      { numRuns: 30 },
    );
  });

  // Decimals as exports write them (12.3456) take the integer sort: counted when they are dense, radix
  // passes when they are spread; more digits, -0, or a span of 2^32 fall back to the 64-bit sort.
  const decimals = fc.record({
    digits: fc.integer({ min: 0, max: 11 }),
    spread: fc.constantFrom(1, 50, 1e4, 1e7),
    centre: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    zero: fc.constantFrom(null, 0, -0),
    n: fc.integer({ min: 2048, max: 6000 }),
    seed: fc.integer(),
  });
  it('orders decimal columns exactly as Float64Array.prototype.sort, in place and through a view', () => {
    fc.assert(
      fc.property(decimals, ({ digits, spread, centre, zero, n, seed }) => {
        let s = seed >>> 0 || 1;
        const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296) * 2 - 1;
        const x = Array.from({ length: n }, () => Number((centre + spread * rand()).toFixed(digits)));
        if (zero !== null) x[n >> 1] = zero;
        const want = Float64Array.from(x).sort();
        // A column is often a view on a larger buffer (the reader's capacity): sort just the view.
        const buffer = new Float64Array(n + 7).fill(99);
        const view = buffer.subarray(3, 3 + n);
        view.set(x);
        expect(sortInPlace(view)).toBe(view);
        for (let i = 0; i < n; i++) if (!Object.is(view[i], want[i])) throw new Error(`differs at ${i}`);
        expect([...buffer.subarray(0, 3), ...buffer.subarray(3 + n)]).toEqual([99, 99, 99, 99, 99, 99, 99]);
      }),
      { numRuns: 60 },
    );
  });

  // A value met before the column's longest decimal was checked with fewer digits; scaled up to the final
  // digits near 2^51 and above, v * 10^d can round to k + 1 and the integer sort would write back another
  // number (4475046203.1 became 4475046203.100001 among epoch seconds with microseconds).
  it('keeps a value written with fewer digits than the column when its scaled integer nears 2^52', () => {
    for (const [first, digits] of [
      [4475046203.1, 6],
      [37265483397147.7, 2],
      [4391252.86, 9],
      [374875359949.129, 4],
    ] as const) {
      const x: number[] = [first];
      for (let i = 1; i < 4096; i++) x.push(Number((first + i * 0.5 + 0.123457).toFixed(digits)));
      const want = Float64Array.from(x).sort();
      const got = sortInPlace(Float64Array.from(x));
      for (let i = 0; i < want.length; i++)
        if (!Object.is(got[i], want[i])) throw new Error(`${first}: ${got[i]} at ${i}, want ${want[i]}`);
    }
  });

  // The integer sort's edges: the count table's limit (span 2n), one and two 16-bit passes, the 32-bit key
  // limit, -0, infinities, subnormals, steps of 1e-9, sums like 0.1 + 0.2, the extremes of the doubles.
  it("orders the integer sort's boundary columns as Float64Array.prototype.sort, whole and as views", () => {
    let seed = 1;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const n = 4096;
    const ends = (lo: number, hi: number, f: () => number) => (i: number) => (i === 0 ? lo : i === 1 ? hi : f());
    const cases: Record<string, (i: number) => number> = {
      'all equal': () => 3.25,
      'span 2n': ends(0, 2 * n, () => Math.floor(rand() * 2 * n)),
      'span 2n + 1': ends(0, 2 * n + 1, () => Math.floor(rand() * 2 * n)),
      'span 2^16 - 1': ends(0, 65535, () => Math.floor(rand() * 65535)),
      'span 2^16': ends(0, 65536, () => Math.floor(rand() * 65536)),
      'span 2^32 - 1': ends(-(2 ** 31), 2 ** 31 - 1, () => Math.floor(rand() * 2 ** 32) - 2 ** 31),
      'span 2^32': ends(-(2 ** 31), 2 ** 31, () => Math.floor(rand() * 2 ** 32) - 2 ** 31),
      'negative only': () => -Math.round(rand() * 1e6) / 100,
      'huge magnitudes': () => (rand() - 0.5) * 1e300,
      'steps of 1e-9': () => Math.floor(rand() * 1e6) * 1e-9,
      '0.1 + 0.2': (i) => (i % 3 === 0 ? 0.1 + 0.2 : Math.round(rand() * 100) / 10),
      subnormals: (i) => (i % 5 === 0 ? 5e-324 * i : Math.round(rand() * 100)),
      'integers near 2^51, 2^52, 2^53': (i) => 2 ** (51 + (i % 3)) - Math.floor(rand() * 1000) * 2,
      '-0 and 0': (i) => (i % 2 ? -0 : 0),
      infinities: (i) => (i % 100 === 0 ? Infinity : i % 100 === 1 ? -Infinity : Math.round(rand() * 100) / 10),
      'nine decimals': () => Math.round(rand() * 1e12) / 1e9,
      'zero to nine decimals': (i) => Number((rand() * 100).toFixed(i % 10)),
      'extremes of the doubles': (i) =>
        [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE][i % 4],
    };
    for (const [name, f] of Object.entries(cases)) {
      const x = Array.from({ length: n }, (_, i) => f(i));
      const want = Float64Array.from(x).sort();
      const buffer = new Float64Array(n + 5).fill(42);
      for (const got of [Float64Array.from(x), buffer.subarray(2, 2 + n)]) {
        got.set(x);
        sortInPlace(got);
        for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) throw new Error(`${name}: differs at ${i}`);
      }
      expect([...buffer.subarray(0, 2), ...buffer.subarray(2 + n)]).toEqual([42, 42, 42, 42, 42]);
    }
  });
});

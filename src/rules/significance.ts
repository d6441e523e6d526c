// Is a metric's drop real or noise? A two-proportion z-test when both sides carry a sample size, the
// candidate's confidence interval when it has one, and nothing (point comparison) otherwise.

import { erfc } from '../drift/special.js';
import { fmt } from '../format.js';
import type { MetricValue, SignificanceResult } from '../types.js';

/** Metrics that are proportions of a sample, so a binomial test applies. */
const PROPORTION = /accuracy|precision|recall|sensitivity|specificity|\b[tf][pn]r\b|hit_?rate|error_?rate|top_?\d+/i;

export function isProportionMetric(name: string, value: number): boolean {
  return PROPORTION.test(name) && value >= 0 && value <= 1;
}

/** Standard normal upper tail P(Z >= z), with the drift module's erfc (accurate in the far tail). */
export function normalSf(z: number): number {
  return erfc(z / Math.SQRT2) / 2;
}

export type SignificanceVerdict = {
  kind: 'significant' | 'noise' | 'undecided';
  text: string;
  /** The same, for the decision record. */
  result: SignificanceResult;
};

/** The test the gate runs on proportions, named as the record and the docs name it. */
export const Z_TEST = 'two-proportion z-test (pooled, one-sided)';
const CI_TEST = 'confidence interval';
const NO_TEST = 'point estimate';

/** The smallest count of successes and failures on each side for the normal approximation to hold. */
const MIN_EXPECTED = 10;

/**
 * Tests whether the change from baseline to candidate in the worse direction is significant at `alpha`.
 * `worse` is 'lower' for metrics where higher is better.
 */
export function testRegression(
  name: string,
  candidate: MetricValue,
  baseline: MetricValue,
  alpha: number,
  worse: 'lower' | 'higher',
): SignificanceVerdict {
  const n1 = baseline.n;
  const n2 = candidate.n;
  if (
    n1 !== undefined &&
    n2 !== undefined &&
    isProportionMetric(name, candidate.value) &&
    isProportionMetric(name, baseline.value)
  ) {
    const p1 = baseline.value;
    const p2 = candidate.value;
    const small = [n1 * p1, n1 * (1 - p1), n2 * p2, n2 * (1 - p2)].some((c) => c < MIN_EXPECTED);
    if (small)
      return {
        kind: 'undecided',
        text: `samples too small for a ${Z_TEST} (n = ${n2} vs ${n1}); judged on the point estimate`,
        result: { test: NO_TEST, alpha, n: { candidate: n2, baseline: n1 } },
      };
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (se === 0)
      return {
        kind: 'undecided',
        text: 'no variance in either sample; judged on the point estimate',
        result: { test: NO_TEST, alpha, n: { candidate: n2, baseline: n1 } },
      };
    const z = worse === 'lower' ? (p1 - p2) / se : (p2 - p1) / se;
    const p = normalSf(z);
    const significant = p < alpha;
    const text = `${Z_TEST}: z = ${fmt(z)}, p = ${fmt(p)} at n = ${n2} vs ${n1}, alpha ${alpha}`;
    const result: SignificanceResult = {
      test: Z_TEST,
      alpha,
      statistic: z,
      p_value: p,
      n: { candidate: n2, baseline: n1 },
      significant,
    };
    return significant
      ? { kind: 'significant', text, result }
      : { kind: 'noise', text: `within noise (${text})`, result };
  }
  if (candidate.ci) {
    const [lo, hi] = candidate.ci;
    const outside = worse === 'lower' ? baseline.value > hi : baseline.value < lo;
    const text = `baseline ${fmt(baseline.value)} is ${outside ? 'outside' : 'inside'} the candidate's ${CI_TEST} [${fmt(lo)}, ${fmt(hi)}]`;
    const result: SignificanceResult = { test: CI_TEST, alpha, significant: outside };
    return outside ? { kind: 'significant', text, result } : { kind: 'noise', text: `within noise (${text})`, result };
  }
  return {
    kind: 'undecided',
    text: 'no sample sizes or confidence interval; judged on the point estimate',
    result: { test: NO_TEST, alpha },
  };
}

// metrics.threshold, metrics.regression and metrics.slice: floors and ceilings, no regression against
// the model in production, and no slice left behind.

import { fmt, fmtSigned } from '../format.js';
import { own } from '../evidence/result.js';
import type { MetricRule, Tolerance } from '../policy/types.js';
import type { Finding, MetricComparison, MetricValue } from '../types.js';
import { testRegression } from './significance.js';
import { at, type RuleContext } from './types.js';

/** Words in a metric's name that mean lower is better, when the policy does not say (it does with max_increase). */
const LOWER_IS_BETTER = new Set(
  'loss error errors err latency ms sec secs seconds wer cer rmse mse mae mape smape perplexity ppl brier logloss cost memory mb bytes size time fpr fnr'.split(
    ' ',
  ),
);

export function lowerIsBetter(name: string, rule?: MetricRule): boolean {
  if (rule?.max_increase !== undefined) return true;
  if (rule?.max_drop !== undefined) return false;
  return name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => LOWER_IS_BETTER.has(word));
}

function allowed(base: number, tol: Tolerance, worse: 'lower' | 'higher'): { bound: number; text: string } {
  const delta = tol.kind === 'absolute' ? tol.value : Math.abs(base) * tol.value;
  const bound = worse === 'lower' ? base - delta : base + delta;
  const op = worse === 'lower' ? '>=' : '<=';
  const sign = worse === 'lower' ? '-' : '+';
  return { bound, text: `${op} ${fmt(bound)} (baseline ${fmt(base)} ${sign} ${tol.text})` };
}

function metricsPos(ctx: RuleContext): { file: string; line?: number; column?: number } {
  return at(ctx, ['evaluation', 'metrics']);
}

export function thresholdRules(ctx: RuleContext): Finding[] {
  const ev = ctx.release.metrics;
  if (!ev) return []; // evidence rules report the missing file
  const findings: Finding[] = [];
  for (const [name, rule] of Object.entries(ctx.tier.metrics)) {
    if (rule.min === undefined && rule.max === undefined) continue;
    const m = own(ev.metrics, name);
    const expected = [
      rule.min !== undefined ? `>= ${fmt(rule.min)}` : '',
      rule.max !== undefined ? `<= ${fmt(rule.max)}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    if (!m) {
      findings.push({
        rule: 'metrics.threshold',
        status: 'fail',
        subject: name,
        actual: null,
        expected,
        message: `${name} is not in ${ev.source}; the ${ctx.tier.name} tier requires it`,
        fix: `Report ${name} in the evaluation, or ask the policy owners whether the tier should require it.`,
        ...metricsPos(ctx),
      });
      continue;
    }
    const low = rule.min !== undefined && m.value < rule.min;
    const high = rule.max !== undefined && m.value > rule.max;
    findings.push({
      rule: 'metrics.threshold',
      status: low || high ? 'fail' : 'pass',
      subject: name,
      actual: m.value,
      expected,
      message: low
        ? `${name} is ${fmt(m.value)}, below the ${ctx.tier.name} tier's floor of ${fmt(rule.min)}`
        : high
          ? `${name} is ${fmt(m.value)}, above the ${ctx.tier.name} tier's ceiling of ${fmt(rule.max)}`
          : `${name} ${fmt(m.value)} is within bounds`,
      fix:
        low || high
          ? `Improve ${name} before release, or waive it with a ticket approved by a policy owner.`
          : undefined,
      ...metricsPos(ctx),
    });
  }
  return findings;
}

export function regressionRules(ctx: RuleContext): Finding[] {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const findings: Finding[] = [];
  const rules = Object.entries(ctx.tier.metrics).filter(
    ([, r]) => r.max_drop !== undefined || r.max_increase !== undefined,
  );
  if (rules.length === 0) return findings;
  const baseline = ctx.release.baseline;
  if (!baseline) {
    const problem = ctx.release.baselineProblem;
    for (const [name] of rules)
      findings.push(
        problem
          ? {
              rule: 'metrics.regression',
              status: 'warn',
              subject: name,
              message: `${name} was not compared with production: ${problem}`,
              fix: 'Check the production manifest and its evidence on the base branch.',
              ...metricsPos(ctx),
            }
          : {
              rule: 'metrics.regression',
              status: 'pass',
              subject: name,
              message: `first release: no baseline to compare ${name} with`,
            },
      );
    return findings;
  }
  if (!baseline.metrics) {
    for (const [name] of rules)
      findings.push({
        rule: 'metrics.regression',
        status: 'warn',
        subject: name,
        message: `the baseline's metrics could not be read (${baseline.problem ?? 'the baseline names none'}); ${name} was not compared`,
        fix: 'Check the evidence the production manifest points to on the base branch.',
        ...metricsPos(ctx),
      });
    return findings;
  }
  for (const [name, rule] of rules) {
    const cand = own(ev.metrics, name);
    const base = own(baseline.metrics.metrics, name);
    if (!cand) continue; // metrics.threshold, or nothing to compare: absence is reported there
    if (!base) {
      findings.push({
        rule: 'metrics.regression',
        status: 'pass',
        subject: name,
        actual: cand.value,
        message: `the baseline has no ${name}: nothing to compare`,
      });
      continue;
    }
    const worse = lowerIsBetter(name, rule) ? 'higher' : 'lower';
    const tol = worse === 'lower' ? rule.max_drop : rule.max_increase;
    if (!tol) continue;
    const { bound, text } = allowed(base.value, tol, worse);
    const regressed = worse === 'lower' ? cand.value < bound : cand.value > bound;
    const delta = cand.value - base.value;
    const finding: Finding = {
      rule: 'metrics.regression',
      status: regressed ? 'fail' : 'pass',
      subject: name,
      actual: cand.value,
      expected: text,
      message: regressed
        ? `${name} ${worse === 'lower' ? 'dropped' : 'rose'} from ${fmt(base.value)} to ${fmt(cand.value)} (${fmtSigned(delta)}), more than the allowed ${tol.text}`
        : `${name} ${fmt(cand.value)} vs baseline ${fmt(base.value)} (${fmtSigned(delta)})`,
      fix: regressed
        ? `Find what made ${name} worse than production, or waive it with a ticket approved by a policy owner.`
        : undefined,
      ...metricsPos(ctx),
    };
    if (regressed && rule.significance !== undefined) {
      const verdict = testRegression(
        name,
        withN(cand, ev.sampleSize),
        withN(base, baseline.metrics.sampleSize),
        rule.significance,
        worse,
      );
      finding.significance = verdict.result;
      if (verdict.kind === 'noise') {
        finding.status = 'warn';
        finding.message = `${finding.message}, but ${verdict.text}`;
        finding.fix = 'Evaluate on a larger sample to tell a real regression from noise.';
      } else finding.message = `${finding.message}; ${verdict.text}`;
    }
    findings.push(finding);
  }
  return findings;
}

function withN(m: MetricValue, sampleSize: number | undefined): MetricValue {
  return m.n === undefined && sampleSize !== undefined ? { ...m, n: sampleSize } : m;
}

export function sliceRules(ctx: RuleContext): Finding[] {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const findings: Finding[] = [];
  for (const [name, rule] of Object.entries(ctx.tier.slices)) {
    const values = Object.entries(ev.slices).flatMap(([slice, metrics]) => {
      const m = own(metrics, name);
      return m ? [{ slice, value: m.value }] : [];
    });
    if (values.length === 0) {
      findings.push({
        rule: 'metrics.slice',
        status: 'fail',
        subject: name,
        actual: null,
        message: `no slice in ${ev.source} reports ${name}; the ${ctx.tier.name} tier has slice rules for it`,
        fix: `Report ${name} per slice under "slices" in the metrics file.`,
        ...metricsPos(ctx),
      });
      continue;
    }
    for (const { slice, value } of values) {
      const low = rule.min !== undefined && value < rule.min;
      const high = rule.max !== undefined && value > rule.max;
      findings.push({
        rule: 'metrics.slice',
        status: low || high ? 'fail' : 'pass',
        subject: `${slice}: ${name}`,
        actual: value,
        expected: low ? `>= ${fmt(rule.min)}` : high ? `<= ${fmt(rule.max)}` : undefined,
        message:
          low || high
            ? `${name} on slice ${slice} is ${fmt(value)}, ${low ? `below the floor of ${fmt(rule.min)}` : `above the ceiling of ${fmt(rule.max)}`}`
            : `${name} on slice ${slice} is ${fmt(value)}`,
        fix: low || high ? `Improve the model on ${slice}, or document and waive the gap.` : undefined,
        ...metricsPos(ctx),
      });
    }
    if (rule.max_gap !== undefined && values.length > 1) {
      const sorted = [...values].sort((a, b) => a.value - b.value);
      const worst = sorted[0];
      const best = sorted[sorted.length - 1];
      const gap = best.value - worst.value;
      const tooWide = gap > rule.max_gap + 1e-12;
      findings.push({
        rule: 'metrics.slice',
        status: tooWide ? 'fail' : 'pass',
        subject: `${name} gap`,
        actual: Number(gap.toPrecision(12)),
        expected: `<= ${fmt(rule.max_gap)}`,
        message: tooWide
          ? `${name} ranges from ${fmt(worst.value)} (${worst.slice}) to ${fmt(best.value)} (${best.slice}): a gap of ${fmt(gap)}, wider than ${fmt(rule.max_gap)}`
          : `${name} gap between slices is ${fmt(gap)}`,
        fix: tooWide ? `Close the gap on ${worst.slice}, or waive it with a ticket.` : undefined,
        ...metricsPos(ctx),
      });
    }
  }
  return findings;
}

/** Every metric of the release beside the baseline's, for the comment's metrics table. */
export function compareMetrics(ctx: RuleContext): MetricComparison[] {
  const ev = ctx.release.metrics;
  if (!ev) return [];
  const base = ctx.release.baseline?.metrics?.metrics ?? {};
  return Object.entries(ev.metrics).map(([name, m]) => {
    const b = own(base, name);
    return {
      name,
      value: m.value,
      baseline: b?.value,
      delta: b ? Number((m.value - b.value).toPrecision(12)) : undefined,
      better: lowerIsBetter(name, own(ctx.tier.metrics, name)) ? 'lower' : 'higher',
    };
  });
}

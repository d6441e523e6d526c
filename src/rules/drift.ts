// drift.feature and drift.dataset: judge every feature's score with the policy's threshold, else the method's
// default (the governance owner sets the bar, not the tool that wrote the report: a report's own threshold
// or drift flag can only make the verdict stricter), then the share of drifted features.

import { isDrift, resolveMethod, type MethodInfo } from '../drift/methods.js';
import { fmt } from '../format.js';
import type { DriftRule } from '../policy/types.js';
import type { DriftFeature, DriftFeatureResult, Finding } from '../types.js';
import { at, type RuleContext } from './types.js';

/** Evidently's default share of drifted columns that makes the dataset drifted. */
export const DEFAULT_DRIFTED_SHARE = 0.5;

/** The policy's threshold for a method (docs/policy.md): a number applies to the tier's named method, else to distances. */
export function policyThreshold(rule: DriftRule | undefined, method: MethodInfo): number | undefined {
  const ft = rule?.feature_threshold;
  if (ft === undefined) return undefined;
  if (typeof ft === 'number') {
    if (rule!.method && rule!.method !== 'auto') return rule!.method === method.id ? ft : undefined;
    return method.kind === 'distance' ? ft : undefined;
  }
  return Object.hasOwn(ft, method.id) ? ft[method.id] : undefined;
}

/** Whether threshold `a` is stricter than `b` for this method (flags drift for more scores). */
const stricter = (method: MethodInfo, a: number, b: number): boolean => (method.kind === 'pvalue' ? a > b : a < b);

export interface ThresholdChoice {
  /** The threshold the score is judged by. */
  threshold: number;
  /** Where it came from, for people: "the policy", "the ks default", "the report (stricter than ...)". */
  source: string;
  /** The report's own threshold when it was looser and therefore not used. */
  ignored?: number;
}

/**
 * The threshold a feature is judged by. The policy decides; where it sets none, the method's documented
 * default does. A threshold written in the report is evidence from the tool, not a rule: it is used only
 * when it is stricter, so a report cannot pass itself by writing `"threshold": 1e-10`.
 */
export function chooseThreshold(
  rule: DriftRule | undefined,
  tierName: string,
  method: MethodInfo,
  reported: number | undefined,
): ThresholdChoice {
  const fromPolicy = policyThreshold(rule, method);
  const threshold = fromPolicy ?? method.defaultThreshold;
  const source =
    fromPolicy !== undefined
      ? `the ${tierName} tier's drift.feature_threshold`
      : `the ${method.id} default ${fmt(method.defaultThreshold)}`;
  if (reported === undefined || reported === threshold) return { threshold, source };
  if (stricter(method, reported, threshold))
    return {
      threshold: reported,
      source: `the report, stricter than ${source}${fromPolicy !== undefined ? ` (${fmt(fromPolicy)})` : ''}`,
    };
  return { threshold, source, ignored: reported };
}

/** How far past its threshold a score is, comparable across methods: 1 at the threshold, above 1 is drift. */
export function severity(method: MethodInfo, score: number, threshold: number): number {
  if (method.kind === 'distance') return threshold > 0 ? score / threshold : score > 0 ? Infinity : 0;
  // p-values: compare on a log scale, so p = 0.0005 at alpha 0.05 ranks above p = 0.04.
  if (score <= 0) return Infinity;
  if (score >= 1 || threshold >= 1) return 0;
  return Math.log(score) / Math.log(threshold);
}

export interface DriftOutcome {
  findings: Finding[];
  results: DriftFeatureResult[];
}

export function driftRules(ctx: RuleContext): DriftOutcome {
  const ev = ctx.release.drift;
  const rule = ctx.tier.drift;
  if (!ev || !rule) return { findings: [], results: ev ? describeOnly(ev.features) : [] };
  const findings: Finding[] = [];
  const results: DriftFeatureResult[] = [];
  const pos = at(ctx, ctx.manifest.drift?.report !== undefined ? ['drift', 'report'] : ['drift']);

  if (rule.method !== 'auto') {
    const others = [...new Set(ev.features.map((f) => resolveMethod(f.method)?.id ?? f.method))].filter(
      (m) => m !== rule.method,
    );
    if (others.length > 0)
      findings.push({
        rule: 'drift.feature',
        status: 'warn',
        subject: 'method',
        actual: others.join(', '),
        expected: rule.method,
        message: `the ${ctx.tier.name} tier asks for ${rule.method} but ${ev.source} measured drift with ${others.join(', ')}; those features are judged by their own method's default threshold`,
        fix: `Produce the drift report with ${rule.method}, or compute it from samples (drift.reference and drift.current).`,
        ...pos,
      });
  }

  // Drift the gate computed from samples carries the defaults it used, not a tool's verdict: only the policy counts.
  const reported = ev.format !== 'computed';
  let drifted = 0;
  let judged = 0;
  for (const feature of ev.features) {
    const method = resolveMethod(feature.method);
    if (!method) {
      findings.push({
        rule: 'drift.feature',
        status: 'fail',
        subject: feature.name,
        actual: feature.method,
        message: `${feature.name}: the drift method '${feature.method}' is unknown, so the gate cannot tell whether its score means drift`,
        fix: 'Use a method the gate knows (psi, ks, wasserstein, jensenshannon, chisquare, z, kl_div, hellinger, ...) or compute drift from samples.',
        ...pos,
      });
      judged++;
      drifted++;
      continue;
    }
    const choice = chooseThreshold(rule, ctx.tier.name, method, reported ? feature.threshold : undefined);
    const { threshold } = choice;
    const direction = method.kind === 'pvalue' ? 'below' : 'above';
    const expected = `${method.id} ${direction === 'below' ? '>' : '<'} ${fmt(threshold)}`;
    const from = `threshold from ${choice.source}${choice.ignored !== undefined ? `; the report's own threshold ${fmt(choice.ignored)} is looser and was not used` : ''}`;
    judged++;
    if (feature.score === null || !Number.isFinite(feature.score)) {
      drifted++;
      findings.push({
        rule: 'drift.feature',
        status: 'fail',
        subject: feature.name,
        actual: null,
        expected,
        message: `${feature.name}: ${ev.source} gives no ${method.label} score, so drift cannot be ruled out`,
        fix: 'Regenerate the drift report so that every feature has a score.',
        ...pos,
      });
      results.push({
        name: feature.name,
        type: feature.type,
        method: method.id,
        score: null,
        threshold,
        direction,
        drifted: true,
        severity: Infinity,
        histogram: feature.histogram,
      });
      continue;
    }
    const byScore = isDrift(method, feature.score, threshold);
    // The tool's own verdict can only add drift: a report that says "drifted" is believed, one that says "fine" is checked.
    const flagged = !byScore && reported && feature.drifted === true;
    const isDrifted = byScore || flagged;
    if (isDrifted) drifted++;
    const sev = severity(method, feature.score, threshold);
    results.push({
      name: feature.name,
      type: feature.type,
      method: method.id,
      score: feature.score,
      threshold,
      direction,
      drifted: isDrifted,
      severity: flagged ? Math.max(sev, 1) : sev,
      histogram: feature.histogram,
    });
    const cmp = method.kind === 'pvalue' ? (byScore ? '<=' : '>') : byScore ? '>=' : '<';
    findings.push({
      rule: 'drift.feature',
      status: isDrifted ? 'fail' : 'pass',
      subject: feature.name,
      actual: feature.score,
      expected,
      message: `${feature.name}: ${method.label} ${fmt(feature.score)} ${cmp} ${fmt(threshold)}${flagged ? `, but ${ev.source} marks it drifted` : ''}${isDrifted ? ' (drift)' : ''}; ${from}`,
      fix: isDrifted
        ? `Investigate the shift in ${feature.name} (retrain on recent data, fix the pipeline), or waive it with a ticket if it is expected.`
        : undefined,
      ...pos,
    });
  }

  const policyLimit = rule.max_drifted_share ?? DEFAULT_DRIFTED_SHARE;
  // The report's own dataset threshold (Evidently's drift_share) counts only where it is stricter.
  const reportLimit = reported ? ev.dataset?.threshold : undefined;
  const stricterReport = reportLimit !== undefined && reportLimit > 0 && reportLimit < policyLimit;
  const limit = stricterReport ? reportLimit : policyLimit;
  const limitFrom = stricterReport ? ` (the report's own, stricter than the policy's ${fmt(policyLimit)})` : '';
  if (judged > 0) {
    const share = drifted / judged;
    const fails = share >= limit;
    findings.push({
      rule: 'drift.dataset',
      status: fails ? 'fail' : 'pass',
      subject: 'dataset',
      actual: Number(share.toPrecision(6)),
      expected: `< ${fmt(limit)}`,
      message: `${drifted} of ${judged} features drifted (share ${fmt(share)}${fails ? `, at or above the limit of ${fmt(limit)}` : `; limit ${fmt(limit)}`}${limitFrom})`,
      fix: fails ? 'The data the model sees has moved: retrain or re-validate before release.' : undefined,
      ...pos,
    });
  } else {
    findings.push({
      rule: 'evidence.missing',
      status: 'fail',
      subject: 'drift',
      message: `${ev.source} has no features, so drift cannot be judged`,
      fix: 'Regenerate the drift report over the model input features.',
      ...pos,
    });
  }
  results.sort((a, b) => b.severity - a.severity);
  return { findings, results };
}

/** Without drift rules in the tier, the report is still shown, judged by the methods' defaults (or its stricter own). */
function describeOnly(features: DriftFeature[]): DriftFeatureResult[] {
  const out: DriftFeatureResult[] = [];
  for (const f of features) {
    const method = resolveMethod(f.method);
    if (!method || f.score === null || !Number.isFinite(f.score)) continue;
    const { threshold } = chooseThreshold(undefined, '', method, f.threshold);
    const byScore = isDrift(method, f.score, threshold);
    const sev = severity(method, f.score, threshold);
    out.push({
      name: f.name,
      type: f.type,
      method: method.id,
      score: f.score,
      threshold,
      direction: method.kind === 'pvalue' ? 'below' : 'above',
      drifted: byScore || f.drifted === true,
      severity: !byScore && f.drifted === true ? Math.max(sev, 1) : sev,
      histogram: f.histogram,
    });
  }
  return out.sort((a, b) => b.severity - a.severity);
}

// drift.feature and drift.dataset: judge every feature's score with the policy's threshold (the
// governance owner sets the bar, not the tool that wrote the report), then the share of drifted features.

import { isDrift, resolveMethod, type MethodInfo } from '../drift/methods.js';
import { fmt } from '../format.js';
import type { DriftRule } from '../policy/types.js';
import type { DriftFeature, DriftFeatureResult, Finding } from '../types.js';
import { at, type RuleContext } from './types.js';

/** Evidently's default share of drifted columns that makes the dataset drifted. */
export const DEFAULT_DRIFTED_SHARE = 0.5;

/** The policy's threshold for a method, as docs/policy.md says: a number applies to the tier's named method, else to distances. */
export function policyThreshold(rule: DriftRule, method: MethodInfo): number | undefined {
  const ft = rule.feature_threshold;
  if (ft === undefined) return undefined;
  if (typeof ft === 'number') {
    if (rule.method && rule.method !== 'auto') return rule.method === method.id ? ft : undefined;
    return method.kind === 'distance' ? ft : undefined;
  }
  return ft[method.id];
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
        message: `the ${ctx.tier.name} tier asks for ${rule.method} but ${ev.source} measured drift with ${others.join(', ')}; those features are judged by their own method's threshold`,
        fix: `Produce the drift report with ${rule.method}, or compute it from samples (drift.reference and drift.current).`,
        ...pos,
      });
  }

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
    const threshold = policyThreshold(rule, method) ?? feature.threshold ?? method.defaultThreshold;
    const direction = method.kind === 'pvalue' ? 'below' : 'above';
    judged++;
    if (feature.score === null || !Number.isFinite(feature.score)) {
      drifted++;
      findings.push({
        rule: 'drift.feature',
        status: 'fail',
        subject: feature.name,
        actual: null,
        expected: `${method.id} ${direction === 'below' ? '>' : '<'} ${fmt(threshold)}`,
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
    const isDrifted = isDrift(method, feature.score, threshold);
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
      severity: sev,
      histogram: feature.histogram,
    });
    const cmp = method.kind === 'pvalue' ? (isDrifted ? '<=' : '>') : isDrifted ? '>=' : '<';
    findings.push({
      rule: 'drift.feature',
      status: isDrifted ? 'fail' : 'pass',
      subject: feature.name,
      actual: feature.score,
      expected: `${method.id} ${method.kind === 'pvalue' ? '>' : '<'} ${fmt(threshold)}`,
      message: `${feature.name}: ${method.label} ${fmt(feature.score)} ${cmp} ${fmt(threshold)}${isDrifted ? ' (drift)' : ''}`,
      fix: isDrifted
        ? `Investigate the shift in ${feature.name} (retrain on recent data, fix the pipeline), or waive it with a ticket if it is expected.`
        : undefined,
      ...pos,
    });
  }

  const limit = rule.max_drifted_share ?? DEFAULT_DRIFTED_SHARE;
  if (judged > 0) {
    const share = drifted / judged;
    const fails = share >= limit;
    findings.push({
      rule: 'drift.dataset',
      status: fails ? 'fail' : 'pass',
      subject: 'dataset',
      actual: Number(share.toPrecision(6)),
      expected: `< ${fmt(limit)}`,
      message: `${drifted} of ${judged} features drifted (share ${fmt(share)}${fails ? `, at or above the limit of ${fmt(limit)}` : `; limit ${fmt(limit)}`})`,
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

/** Without drift rules in the tier, the report is still shown, judged by its own thresholds. */
function describeOnly(features: DriftFeature[]): DriftFeatureResult[] {
  const out: DriftFeatureResult[] = [];
  for (const f of features) {
    const method = resolveMethod(f.method);
    if (!method || f.score === null || !Number.isFinite(f.score)) continue;
    const threshold = f.threshold ?? method.defaultThreshold;
    out.push({
      name: f.name,
      type: f.type,
      method: method.id,
      score: f.score,
      threshold,
      direction: method.kind === 'pvalue' ? 'below' : 'above',
      drifted: isDrift(method, f.score, threshold),
      severity: severity(method, f.score, threshold),
      histogram: f.histogram,
    });
  }
  return out.sort((a, b) => b.severity - a.severity);
}

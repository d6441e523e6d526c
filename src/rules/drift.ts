// drift.feature and drift.dataset: judge every feature's score with the policy's threshold, else the method's
// default (the governance owner sets the bar, not the tool that wrote the report: a report's own threshold
// or drift flag can only make the verdict stricter), then the share of drifted features.

import {
  COMPUTABLE_METHOD_LIST,
  DEFAULT_DRIFTED_SHARE,
  isDrift,
  resolveMethod,
  type MethodInfo,
} from '../drift/methods.js';
import { fmt } from '../format.js';
import type { DriftRule } from '../policy/types.js';
import type { DriftEvidence, DriftFeature, DriftFeatureResult, DriftSummary, Finding } from '../types.js';
import { at, type RuleContext } from './types.js';

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
  /** Every judged feature, the most drifted first (bySeverity). */
  results: DriftFeatureResult[];
  summary?: DriftSummary;
}

export function driftRules(ctx: RuleContext): DriftOutcome {
  const ev = ctx.release.drift;
  const rule = ctx.tier.drift;
  if (!ev || !rule) {
    if (!ev) return { findings: [], results: [] };
    const results = describeOnly(ev.features);
    const d = results.filter((r) => r.drifted).length;
    const counts = datasetCounts(ev, results.length, d).summary;
    return { findings: [], results, summary: { ...counts, features: results.length } };
  }
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
        // Fails: the tier's method and threshold are the bar; a report in another method would let the
        // tool that wrote the evidence choose which bar it is judged by.
        status: 'fail',
        subject: 'method',
        actual: others.join(', '),
        expected: rule.method,
        message: `the ${ctx.tier.name} tier asks for ${rule.method} but ${ev.source} measured drift with ${others.join(', ')}, so the policy's threshold cannot be applied to those features (they are shown judged by their own method's default)`,
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
        fix: `Use a method the gate knows (${COMPUTABLE_METHOD_LIST}, ...) or compute drift from samples.`,
        ...pos,
      });
      judged++;
      drifted++;
      continue;
    }
    const choice = chooseThreshold(rule, ctx.tier.name, method, reported ? feature.threshold : undefined);
    const { threshold } = choice;
    const direction = method.kind === 'pvalue' ? 'below' : 'above';
    const expected = `${method.id} ${driftComparison(method, false)} ${fmt(threshold)}`;
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
    const cmp = driftComparison(method, byScore);
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
  const counts = datasetCounts(ev, judged, drifted);
  results.sort(bySeverity);
  const summary: DriftSummary = { ...counts.summary, limit, features: judged };
  if (counts.summary.total > 0) {
    const { drifted: d, total, share } = counts.summary;
    const fails = share >= limit;
    const unit = counts.summary.counted_from === 'features' ? 'feature' : 'column';
    findings.push({
      rule: 'drift.dataset',
      status: fails ? 'fail' : 'pass',
      subject: 'dataset',
      actual: Number(share.toPrecision(6)),
      expected: `< ${fmt(limit)}`,
      message:
        `${d} of ${total} ${unit}s drifted (share ${fmt(share)}${fails ? `, at or above the limit of ${fmt(limit)}` : `; limit ${fmt(limit)}`}` +
        (stricterReport ? ` (the report's own, stricter than the policy's ${fmt(policyLimit)})` : '') +
        ')' +
        (counts.how
          ? `: ${counts.how}; the limit is ${stricterReport ? "the report's own drift_share, as it is stricter" : rule.max_drifted_share !== undefined ? "the policy's max_drifted_share" : "Evidently's default"}${stricterReport ? '' : ", not the report's own"}`
          : ''),
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
  return { findings, results, summary };
}

/**
 * The counts drift.dataset judges. Normally every feature the report lists, as judged here. When the
 * report's own summary covers more columns than it lists (an Evidently DatasetDriftMetric beside one
 * ColumnDriftMetric), the summary's counts stand for the columns it does not list, and the listed ones
 * count as judged here in place of the report's verdict on them.
 */
function datasetCounts(
  ev: DriftEvidence,
  judged: number,
  drifted: number,
): { summary: Omit<DriftSummary, 'limit' | 'features'>; how?: string } {
  const own = { drifted, total: judged, share: judged > 0 ? drifted / judged : 0, counted_from: 'features' };
  const d = ev.dataset;
  if (!d || d.total <= ev.features.length) return { summary: own };
  const from = d.from ?? 'dataset summary';
  // The report's verdict on the columns it lists: its own flag, or its score against its own threshold.
  const reportDrifted = ev.features.filter((f) => {
    if (f.drifted !== undefined) return f.drifted;
    const method = resolveMethod(f.method);
    return method !== undefined && f.score !== null && isDrift(method, f.score, f.threshold ?? method.defaultThreshold);
  }).length;
  const unlisted = d.total - ev.features.length;
  const unlistedDrifted = Math.min(unlisted, Math.max(0, d.drifted - reportDrifted));
  const total = d.total;
  const count = unlistedDrifted + drifted;
  const listed =
    ev.features.length === 0
      ? 'it lists no column'
      : `the ${plural(ev.features.length, 'column')} it lists judged by this policy (${drifted} drifted)`;
  return {
    summary: { drifted: count, total, share: count / total, counted_from: from },
    how:
      `counted from the report's ${from} (${d.drifted} of ${total} drifted by the report's own thresholds), ` +
      `with ${listed}`,
  };
}

const plural = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/** Sorting key: an unknown severity (p = 0, no score: Infinity, or null once read back from JSON) is the most severe. */
const severityKey = (s: number | null | undefined): number =>
  typeof s === 'number' && !Number.isNaN(s) ? s : Infinity;

/**
 * The most drifted first: drifted features before the others, then by severity (p-values ascending,
 * distances descending, each relative to its threshold; p = 0 the most severe), then by name.
 */
export function bySeverity(
  a: Pick<DriftFeatureResult, 'drifted' | 'severity' | 'name'>,
  b: Pick<DriftFeatureResult, 'drifted' | 'severity' | 'name'>,
): number {
  if (a.drifted !== b.drifted) return a.drifted ? -1 : 1;
  const sa = severityKey(a.severity);
  const sb = severityKey(b.severity);
  if (sa !== sb) return sa > sb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
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
  return out.sort(bySeverity);
}

/** The comparison that holds between score and threshold, by the method's own edge (see isDrift). */
function driftComparison(method: MethodInfo, drifted: boolean): string {
  if (method.kind === 'pvalue') {
    if (method.strict) return drifted ? '<' : '>=';
    return drifted ? '<=' : '>';
  }
  if (method.strict) return drifted ? '>' : '<=';
  return drifted ? '>=' : '<';
}

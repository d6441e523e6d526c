// Pieces every renderer shares: what a decision is called, how numbers and counts read, which findings
// to show and in what order. Only presentation: the engine decided everything already.

import { resolveMethod } from '../drift/methods.js';
import { fmt } from '../format.js';
import { bySeverity } from '../rules/drift.js';
import type { Decision, DriftFeatureResult, Finding, ModelReport, Report, WaiverApplied } from '../types.js';

export const VERDICT: Record<Decision, { emoji: string; title: string; word: string }> = {
  go: { emoji: '✅', title: 'Ready', word: 'ready' },
  conditional: { emoji: '⚠️', title: 'Ready with conditions', word: 'ready with conditions' },
  blocked: { emoji: '⛔', title: 'Blocked', word: 'blocked' },
};

export const NO_RELEASE_SUMMARY = 'No model release in this pull request.';

/** A number for people: short, never rounded into a lie; `n/a` when there is none. */
export function formatNumber(n: number | null | undefined): string {
  if (typeof n === 'number' && Number.isFinite(n) === false) return Number.isNaN(n) ? 'NaN' : n > 0 ? '∞' : '−∞';
  return fmt(n).replace(/^-/, '−');
}

/** A change with its sign: +0.004, −0.015 (a true minus sign), ±0. */
export function formatDelta(delta: number): string {
  if (!Number.isFinite(delta)) return formatNumber(delta);
  if (delta === 0) return '±0';
  return (delta > 0 ? '+' : '−') + fmt(Math.abs(delta));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The actual value of a finding as text (`null` means the value is absent). */
export function formatActual(actual: Finding['actual']): string | undefined {
  if (actual === undefined) return undefined;
  if (actual === null) return 'none';
  return typeof actual === 'number' ? formatNumber(actual) : String(actual);
}

export function findingsOf(model: ModelReport, status: Finding['status']): Finding[] {
  return model.findings.filter((f) => f.status === status);
}

/** Gates passed of total: the engine's scorecard when it gave one, otherwise counted from the findings. */
export function gatesPassed(model: ModelReport): { passed: number; total: number } {
  if (model.scorecard && Object.keys(model.scorecard).length > 0) {
    let passed = 0;
    let total = 0;
    for (const entry of Object.values(model.scorecard)) {
      passed += entry.passed;
      total += entry.total;
    }
    return { passed, total };
  }
  // A waived gate failed (a waiver covers it); a warning passed with a remark.
  const passed = model.findings.filter((f) => f.status === 'pass' || f.status === 'warn').length;
  return { passed, total: model.findings.length };
}

/** A model's display name: an invalid manifest may have none, then its path stands in. */
export function modelLabel(model: ModelReport): string {
  return model.name || model.manifest;
}

/** The most drifted features first (drifted ones, then by severity with p = 0 the most severe), at most `limit`. */
export function topDrifted(drift: DriftFeatureResult[] | undefined, limit: number): DriftFeatureResult[] {
  return [...(drift ?? [])].sort(bySeverity).slice(0, limit);
}

/**
 * "drift when ≥ 0.2" / "drift when < 0.05": the direction and the edge matter as much as the number
 * (chi-square and z drift below their threshold, KS at it too: each method's own Evidently edge).
 */
export function driftCondition(feature: Pick<DriftFeatureResult, 'direction' | 'threshold' | 'method'>): string {
  const strict = resolveMethod(feature.method)?.strict ?? false;
  const sign = feature.direction === 'below' ? (strict ? '<' : '≤') : strict ? '>' : '≥';
  return `${sign} ${formatNumber(feature.threshold)}`;
}

/** A commit as people write it: 7 characters of a full sha, anything else as given. */
export function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

/** The first 12 hex digits of a sha256, enough to compare by eye; undefined when it is not one. */
export function shortSha256(sha: string): string | undefined {
  return /^[0-9a-f]{12,}$/i.test(sha) ? sha.slice(0, 12).toLowerCase() : undefined;
}

export function daysLeftText(days: number): string {
  if (days < 0) return `expired ${plural(-days, 'day')} ago`;
  if (days === 0) return 'expires today';
  return `${plural(days, 'day')} left`;
}

/** A waiver in force together with what it covers (the rule and subject of the waived finding). */
export interface WaiverInForce {
  rule?: string;
  subject?: string;
  waiver: WaiverApplied;
}

/** Waivers from waived findings first (they say what they cover), then any others the model lists. */
export function waiversInForce(model: ModelReport): WaiverInForce[] {
  const out: WaiverInForce[] = [];
  const seen = new Set<WaiverApplied>();
  for (const f of model.findings) {
    if (f.status === 'waived' && f.waiver) {
      out.push({ rule: f.rule, subject: f.subject, waiver: f.waiver });
      seen.add(f.waiver);
    }
  }
  const key = (w: WaiverApplied) => `${w.ticket}\u0000${w.expires}\u0000${w.approved_by}`;
  const keys = new Set(out.map((w) => key(w.waiver)));
  for (const w of model.waivers ?? []) {
    if (!seen.has(w) && !keys.has(key(w))) out.push({ waiver: w });
  }
  return out;
}

/** The headline of a report in words, without any text from the pull request. */
export function verdictSentence(report: Report): string {
  const prFailing = (report.findings ?? []).filter((f) => f.status === 'fail');
  const prSentence =
    prFailing.length > 0 ? `the pull request fails ${plural(prFailing.length, 'gate')} of its own` : '';
  const models = report.models;
  if (models.length === 0)
    return prSentence ? `${prSentence}; it releases no model.` : report.summary || NO_RELEASE_SUMMARY;
  if (prSentence && !models.some((m) => m.decision === 'blocked')) return `${prSentence}.`;
  const releases = plural(models.length, 'model release');
  if (report.decision === 'blocked') {
    const blocked = models.filter((m) => m.decision === 'blocked');
    const failing = blocked.reduce((n, m) => n + findingsOf(m, 'fail').length, 0);
    const which = models.length === 1 ? 'the model release fails' : `${blocked.length} of ${releases} fail`;
    return `${which} ${plural(failing, 'gate')}.`;
  }
  const all = models.length === 1 ? 'the model release passes' : `all ${releases} pass`;
  if (report.decision === 'conditional') {
    const waived = models.reduce((n, m) => n + findingsOf(m, 'waived').length, 0);
    const warnings = models.reduce((n, m) => n + findingsOf(m, 'warn').length, 0);
    const conditions = [
      waived ? `${plural(waived, 'waiver')} in force` : '',
      warnings ? plural(warnings, 'warning') : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${all}${conditions ? ` with ${conditions}` : ''}.`;
  }
  return `${all} the release gate.`;
}

// One model's collapsible section: context, failing gates, warnings, metrics, drift, waivers and notes.

import { escapeHtml, escapeMarkdown, MAX_PROSE_CHARS } from './escape.js';
import {
  daysLeftText,
  findingsOf,
  formatDelta,
  formatNumber,
  modelLabel,
  plural,
  VERDICT,
  waiversInForce,
} from './common.js';
import { findingsBlock, linked, ruleCode, table } from './markdown-blocks.js';
import { driftBlock } from './markdown-drift.js';
import type { Linker } from './links.js';
import type { MetricComparison, ModelReport } from '../types.js';

export interface Detail {
  histograms: boolean;
  passingDetails: boolean;
  /** Warnings, metrics, drift tables and evidence notes of blocked models (failing gates and waivers always stay). */
  blockedExtras: boolean;
}

function metricName(m: MetricComparison): string {
  return escapeMarkdown(m.slice ? `${m.name} [${m.slice}]` : m.name);
}

function metricChange(m: MetricComparison): string {
  if (m.baseline === undefined) return 'new';
  const delta = m.delta ?? m.value - m.baseline;
  if (delta === 0) return '±0';
  const better = m.better === 'higher' ? delta > 0 : delta < 0;
  return `${formatDelta(delta)} ${better ? '(better)' : '(worse)'}`;
}

function metricsBlock(model: ModelReport): string[] {
  const metrics = model.metrics ?? [];
  if (metrics.length === 0) return [];
  const base = model.baseline;
  const against = base
    ? `against production${base.version ? ` ${escapeMarkdown(base.version)}` : ''}`
    : '(first release: no production baseline)';
  return [
    `**📊 Metrics ${against}**`,
    '',
    ...table(
      ['Metric', 'Production', 'This release', 'Change'],
      ['l', 'r', 'r', 'r'],
      metrics.map((m) => [
        metricName(m),
        m.baseline === undefined ? '—' : formatNumber(m.baseline),
        formatNumber(m.value),
        metricChange(m),
      ]),
    ),
  ];
}

function waiversBlock(model: ModelReport): string[] {
  const waivers = waiversInForce(model);
  if (waivers.length === 0) return [];
  // A list, not a table: the reason is prose and a six-column table wraps badly in a PR comment.
  return [
    `**📝 Waivers in force (${waivers.length})**`,
    '',
    ...waivers.flatMap(({ rule, subject, waiver: w }) => [
      `- ${rule ? ruleCode(rule) : ''}${subject ? ` **${escapeMarkdown(subject)}**` : ''}` +
        `${w.whole_rule ? ` (a waiver of the whole rule)` : ''}: ` +
        `${escapeMarkdown(w.ticket)}, approved by ${escapeMarkdown(w.approved_by)}` +
        `${w.approval_verified ? '' : ' (approval not verified)'}, expires ${escapeMarkdown(w.expires)} (${daysLeftText(w.days_left)})`,
      `  - ${escapeMarkdown(w.reason, MAX_PROSE_CHARS)}`,
    ]),
  ];
}

/** How the readers converted the evidence ("10.08%" read as 10.08, a NaN score, rebinned histograms), collapsed. */
function notesBlock(model: ModelReport): string[] {
  const notes = model.notes ?? [];
  if (notes.length === 0) return [];
  return [
    `<details><summary>ℹ️ ${plural(notes.length, 'note')} on how the evidence was read</summary>`,
    '',
    ...notes.map(
      (n) =>
        `- ${n.baseline ? 'production baseline ' : ''}${escapeMarkdown(n.source, 200)}: ${escapeMarkdown(n.message, MAX_PROSE_CHARS)}`,
    ),
    '',
    '</details>',
  ];
}

/** Gates passed of total by rule family, e.g. "metrics 8/9 · drift 6/6". */
function scorecardLine(model: ModelReport): string {
  const entries = Object.entries(model.scorecard ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return '';
  return `Scorecard: ${entries.map(([family, s]) => `${escapeMarkdown(family)} ${s.passed}/${s.total}`).join(' · ')}`;
}

export function modelSection(model: ModelReport, detail: Detail, links?: Linker): string | undefined {
  const blocked = model.decision === 'blocked';
  if (!blocked && !detail.passingDetails) return undefined;
  const extras = !blocked || detail.blockedExtras;
  const v = VERDICT[model.decision];
  const failing = findingsOf(model, 'fail');
  const summaryFacts = blocked ? plural(failing.length, 'failing gate') : v.word;
  const title = [modelLabel(model), model.version].filter(Boolean).map((t) => escapeHtml(t));
  const summary = `${v.emoji} <b>${title.join(' ')}</b>` + ` (${escapeHtml(model.risk_tier)}): ${summaryFacts}`;
  const base = model.baseline;
  const context =
    `Manifest ${linked(escapeMarkdown(model.manifest, 200), links?.file(model.manifest))} · tier ${escapeMarkdown(model.risk_tier)} · ` +
    (base
      ? `production ${escapeMarkdown(base.version ?? 'version unknown')}` +
        (base.manifest !== model.manifest ? ` (${escapeMarkdown(base.manifest, 200)})` : '')
      : model.findings.some((f) => f.rule === 'evidence.missing' && f.subject === 'baseline')
        ? 'production baseline unreadable'
        : 'first release');
  const scorecard = scorecardLine(model);
  // Who signed off is worth seeing when the gate passes too; a failing approvals gate is listed below.
  const approvals = model.findings
    .filter((f) => (f.rule === 'approvals.required' || f.rule === 'release.risk_tier_lowered') && f.status === 'pass')
    .map(
      (f) =>
        `✅ ${f.rule === 'approvals.required' ? 'Approvals' : 'Risk tier'}: ${escapeMarkdown(f.message, MAX_PROSE_CHARS)}`,
    );
  const blocks = [
    [context, ...(scorecard ? ['', scorecard] : []), ...(approvals.length ? ['', ...approvals] : [])],
    findingsBlock('❌ Failing gates', '❌', failing, links),
    extras ? findingsBlock('⚠️ Warnings', '⚠️', findingsOf(model, 'warn'), links) : [],
    extras ? metricsBlock(model) : [],
    extras ? driftBlock(model, detail.histograms) : [],
    waiversBlock(model),
    extras ? notesBlock(model) : [],
  ].filter((b) => b.length > 0);
  return [
    `<details${blocked ? ' open' : ''}>`,
    `<summary>${summary}</summary>`,
    '',
    blocks.map((b) => b.join('\n')).join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

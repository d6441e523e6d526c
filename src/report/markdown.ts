// The readiness comment on the pull request and the job summary: the same document, cut to a different
// size. The comment must fit GitHub's 65,536-character limit; when it would not, whole sections go, in
// this order: drift histograms, details of models that pass, the metrics / drift / warnings / notes of blocked
// models, then whole model sections and rows of the models table from the end. Nothing is ever cut
// inside a table or a code block, and the comment then says what was left out and where to find it.

import { codeBlock, escapeHtml, escapeMarkdown, MAX_PROSE_CHARS, utf8Length } from './escape.js';
import {
  daysLeftText,
  driftCondition,
  findingsOf,
  formatActual,
  formatDelta,
  formatNumber,
  gatesPassed,
  modelLabel,
  plural,
  shortRef,
  shortSha256,
  topDrifted,
  VERDICT,
  verdictSentence,
  waiversInForce,
} from './common.js';
import { featureHistogram } from './histogram.js';
import { makeLinker, type LinkContext, type Linker } from './links.js';
import type { DriftFeatureResult, DriftSummary, Finding, MetricComparison, ModelReport, Report } from '../types.js';

export interface MarkdownOptions {
  /** The hidden HTML comment that identifies the sticky comment, e.g. `<!-- model-release-gate:default -->`. */
  marker: string;
  mode?: 'enforce' | 'advisory';
  jobSummaryUrl?: string;
  /** Characters (UTF-16 units, which never undercount GitHub's count). */
  maxLength?: number;
  /** Where findings, manifests and the run link to (GitHub); no links without it. */
  links?: LinkContext;
}

export interface JobSummaryOptions {
  mode?: 'enforce' | 'advisory';
  /** UTF-8 bytes; GitHub accepts 1 MiB per step summary. */
  maxBytes?: number;
  links?: LinkContext;
}

/** GitHub refuses comments over 65,536 characters; the margin covers counting differences. */
export const COMMENT_MAX_LENGTH = 65_536 - 536;
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;

const TOP_DRIFTED = 10;

interface Detail {
  histograms: boolean;
  passingDetails: boolean;
  /** Warnings, metrics, drift tables and evidence notes of blocked models (failing gates and waivers always stay). */
  blockedExtras: boolean;
}

const DETAIL_LEVELS: Detail[] = [
  { histograms: true, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: false },
];

// ---------------------------------------------------------------------------------------------------
// Building blocks

/** A GFM table; every cell is already escaped, so a `|` in user text cannot add a column. */
function table(headers: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c || '—').join(' | ')} |`;
  return [line(headers), `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}

function verdictLines(report: Report, mode: 'enforce' | 'advisory'): string[] {
  const v = VERDICT[report.decision];
  const lines = [`## ${v.emoji} ${v.title}: ${escapeMarkdown(verdictSentence(report), MAX_PROSE_CHARS)}`];
  if (mode === 'advisory') lines.push('', '> **advisory**: this check does not block the merge.');
  return lines;
}

const MODEL_TABLE_HEADERS = ['Model', 'Version', 'Tier', 'Decision', 'Gates passed'];
const MODEL_TABLE_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'l', 'r'];

/** Escaped text, as a link when the linker gives a URL for it (a trusted, percent-encoded URL). */
function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

function modelRow(model: ModelReport, links?: Linker): string[] {
  const v = VERDICT[model.decision];
  const { passed, total } = gatesPassed(model);
  return [
    linked(escapeMarkdown(modelLabel(model)), links?.file(model.manifest)),
    escapeMarkdown(model.version),
    escapeMarkdown(model.risk_tier),
    `${v.emoji} ${v.title}`,
    `${passed}/${total}`,
  ];
}

/** Rule ids are ours, but the record may come from anywhere: only a plain id goes into a code span. */
function ruleCode(rule: string): string {
  return /^[a-z]+(\.[a-z]+)*$/.test(rule) ? `\`${rule}\`` : escapeMarkdown(rule);
}

function location(f: Finding, links?: Linker): string {
  if (!f.file) return '';
  return linked(`${escapeMarkdown(f.file, 200)}${f.line ? ` line ${f.line}` : ''}`, links?.file(f.file, f.line));
}

/** The engine writes ASCII (>=, <=); the comment's tables use ≥ and ≤, so the prose does too. */
function typographic(text: string): string {
  return text.replace(/>=/g, '≥').replace(/<=/g, '≤');
}

function findingItem(f: Finding, icon: string, links?: Linker): string[] {
  const subject = f.subject ? ` **${escapeMarkdown(f.subject)}**` : '';
  const lines = [`- ${icon} ${ruleCode(f.rule)}${subject}: ${escapeMarkdown(f.message, MAX_PROSE_CHARS)}`];
  const actual = formatActual(f.actual);
  const facts = [
    actual !== undefined ? `actual **${escapeMarkdown(actual)}**` : '',
    f.expected ? `expected **${escapeMarkdown(typographic(f.expected), MAX_PROSE_CHARS)}**` : '',
    location(f, links),
  ].filter(Boolean);
  if (facts.length) lines.push(`  - ${facts.join(' · ')}`);
  if (f.fix) lines.push(`  - 💡 ${escapeMarkdown(f.fix, MAX_PROSE_CHARS)}`);
  return lines;
}

function findingsBlock(title: string, icon: string, findings: Finding[], links?: Linker): string[] {
  if (findings.length === 0) return [];
  return [`**${title} (${findings.length})**`, '', ...findings.flatMap((f) => findingItem(f, icon, links))];
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

function driftBlock(model: ModelReport, histograms: boolean): string[] {
  const all = model.drift ?? [];
  if (all.length === 0) return [];
  const top = topDrifted(all, TOP_DRIFTED);
  const waived = new Set(
    model.findings.filter((f) => f.rule === 'drift.feature' && f.status === 'waived').map((f) => f.subject),
  );
  const lines = [
    `**🌊 Drift: ${escapeMarkdown(driftHeadline(model.drift_summary, all, top.length), MAX_PROSE_CHARS)}**`,
    '',
    ...table(
      ['Feature', 'Method', 'Score', 'Drift when', 'Drifted'],
      ['l', 'l', 'r', 'r', 'l'],
      top.map((f) => [
        escapeMarkdown(f.name),
        escapeMarkdown(f.method),
        formatNumber(f.score),
        driftCondition(f),
        // No score: counted as drifted (drift cannot be ruled out), but said as what it is.
        f.score === null
          ? `🔴 no score${waived.has(f.name) ? ' (waived)' : ''}`
          : f.drifted
            ? waived.has(f.name)
              ? '🔴 yes (waived)'
              : '🔴 yes'
            : 'no',
      ]),
    ),
  ];
  const withHistogram = top.filter((f) => f.histogram);
  if (histograms && withHistogram.length > 0) {
    const body = withHistogram.flatMap((f, i) => [...(i > 0 ? [''] : []), ...featureHistogram(f)]);
    lines.push('', 'Reference vs current share per bin (█ is the largest share of the feature):', '', codeBlock(body));
  }
  return lines;
}

/**
 * "1 of 12 features drifted; the 10 most drifted of 12 shown": the counts drift.dataset used, which
 * may come from the report's own summary of columns it does not list.
 */
function driftHeadline(summary: DriftSummary | undefined, all: DriftFeatureResult[], shown: number): string {
  const listed = summary?.features ?? all.length;
  const cut = shown < listed ? `; the ${shown} most drifted of ${listed} shown` : '';
  if (!summary || summary.counted_from === 'features') {
    const drifted = summary?.drifted ?? all.filter((f) => f.drifted).length;
    return `${drifted} of ${plural(summary?.total ?? listed, 'feature')} drifted${cut}`;
  }
  return (
    `${summary.drifted} of ${plural(summary.total, 'column')} drifted, counted from the report's ${summary.counted_from}; ` +
    `${plural(listed, 'column')} listed${cut}`
  );
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

/** Findings about the pull request as a whole (protected paths), shown above the models. */
function pullRequestBlock(report: Report, links?: Linker): string[] {
  const findings = (report.findings ?? []).filter((f) => f.status !== 'pass');
  if (findings.length === 0) return [];
  return [
    '',
    ...findingsBlock(
      '🔒 Pull request',
      '❌',
      findings.filter((f) => f.status === 'fail'),
      links,
    ),
    ...findingsBlock(
      '🔒 Pull request',
      '⚠️',
      findings.filter((f) => f.status === 'warn'),
      links,
    ),
  ];
}

/** Gates passed of total by rule family, e.g. "metrics 8/9 · drift 6/6". */
function scorecardLine(model: ModelReport): string {
  const entries = Object.entries(model.scorecard ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return '';
  return `Scorecard: ${entries.map(([family, s]) => `${escapeMarkdown(family)} ${s.passed}/${s.total}`).join(' · ')}`;
}

function modelSection(model: ModelReport, detail: Detail, links?: Linker): string | undefined {
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

function safeUrl(url: string | undefined): string | undefined {
  return url && /^https:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : undefined;
}

function footer(report: Report, jobSummaryUrl: string | undefined, links?: Linker): string {
  const p = report.policy;
  const policy = p.builtin ? 'Built-in default policy' : `Policy ${escapeMarkdown(p.source, 200)}`;
  const ref = p.ref ? ` at commit ${escapeMarkdown(shortRef(p.ref))}` : '';
  const sha = shortSha256(p.sha256) ? ` (sha256 ${shortSha256(p.sha256)})` : '';
  const url = safeUrl(jobSummaryUrl);
  // The comment points to the job summary; the job summary (no URL of its own) to the run.
  const summary = url ? ` · [job summary](${url})` : links?.run ? ` · [workflow run](${links.run})` : '';
  return `---\n<sub>${policy}${ref}${sha} · evaluated at ${escapeMarkdown(report.evaluated_at)}${summary}</sub>`;
}

// ---------------------------------------------------------------------------------------------------
// Fitting to a size

interface Parts {
  head: string[];
  tableHeader: string[];
  tableRows: string[];
  sections: string[];
  footer: string;
}

/** Blocked models first, then conditional, then ready: what needs a reviewer comes first. */
function byUrgency(models: ModelReport[]): ModelReport[] {
  const rank = { blocked: 0, conditional: 1, go: 2 } as const;
  return [...models].sort((a, b) => rank[a.decision] - rank[b.decision]);
}

function parts(
  report: Report,
  detail: Detail,
  mode: 'enforce' | 'advisory',
  url: string | undefined,
  links?: Linker,
): Parts {
  const models = byUrgency(report.models);
  const head = [...verdictLines(report, mode), ...pullRequestBlock(report, links)];
  const end = footer(report, url, links);
  if (models.length === 0) return { head, tableHeader: [], tableRows: [], sections: [], footer: end };
  const [header, separator, ...rows] = table(
    MODEL_TABLE_HEADERS,
    MODEL_TABLE_ALIGN,
    models.map((m) => modelRow(m, links)),
  );
  return {
    head,
    tableHeader: [header, separator],
    tableRows: rows,
    sections: models.map((m) => modelSection(m, detail, links)).filter((s): s is string => s !== undefined),
    footer: end,
  };
}

function join(head: string[], tableLines: string[], sections: string[], note: string | undefined, end: string) {
  const blocks = [head.join('\n'), tableLines.join('\n'), ...sections, note ?? '', end].filter(Boolean);
  return blocks.join('\n\n') + '\n';
}

function shortenedNote(left: string[], where: string): string {
  return `> ✂️ Shortened to fit GitHub's size limit: ${left.join('; ')} left out. The full report is in ${where}.`;
}

/**
 * The document at the first level of detail that fits; past the last level, the table rows and model
 * sections that fit, in order. `measure` is the size GitHub counts (characters or bytes).
 */
function fit(
  report: Report,
  mode: 'enforce' | 'advisory',
  prefix: string,
  limit: number,
  measure: (s: string) => number,
  url: string | undefined,
  where: string,
  links?: Linker,
): string {
  const leftOut = (level: number): string[] =>
    [
      level >= 1 ? 'drift histograms' : '',
      level >= 2 ? 'details of models that pass' : '',
      level >= 3 ? 'warnings, metrics, drift and evidence notes of blocked models' : '',
    ].filter(Boolean);
  const fits = (s: string) => measure(prefix + s) <= limit;
  let p!: Parts;
  for (let level = 0; level < DETAIL_LEVELS.length; level++) {
    p = parts(report, DETAIL_LEVELS[level], mode, url, links);
    const note = level > 0 ? shortenedNote(leftOut(level), where) : undefined;
    const doc = join(p.head, [...p.tableHeader, ...p.tableRows], p.sections, note, p.footer);
    if (fits(doc)) return prefix + doc;
  }

  // Greedy: the note and footer are reserved first, then table rows, then whole sections, in order.
  const last = leftOut(DETAIL_LEVELS.length - 1);
  const noteFor = (rowsLeft: number, sectionsLeft: number) =>
    shortenedNote(
      [
        ...last,
        sectionsLeft ? `${plural(sectionsLeft, 'model section')}` : '',
        rowsLeft ? `${plural(rowsLeft, 'row')} of the models table` : '',
      ].filter(Boolean),
      where,
    );
  // The note's length depends on the counts; reserve it with the widest counts it can show.
  const widest = noteFor(p.tableRows.length, p.sections.length);
  let used = measure(prefix + join(p.head, p.tableHeader, [], widest, p.footer));
  const rows: string[] = [];
  for (const row of p.tableRows) {
    const size = measure(row) + 1;
    if (used + size > limit) break;
    rows.push(row);
    used += size;
  }
  const sections: string[] = [];
  if (rows.length === p.tableRows.length) {
    for (const section of p.sections) {
      const size = measure(section) + 2;
      if (used + size > limit) break;
      sections.push(section);
      used += size;
    }
  }
  const tableLines = rows.length > 0 ? [...p.tableHeader, ...rows] : [];
  const note = noteFor(p.tableRows.length - rows.length, p.sections.length - sections.length);
  const doc = prefix + join(p.head, tableLines, sections, note, p.footer);
  if (measure(doc) > limit)
    throw new RangeError(`a limit of ${limit} is too small for even the verdict of this report`);
  return doc;
}

// ---------------------------------------------------------------------------------------------------
// Public API

function checkMarker(marker: string): void {
  // The marker is found again by a plain substring search; it must be one well-formed hidden comment.
  if (!/^<!--[^\n<>]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new TypeError(
      `renderMarkdown: the marker must be one HTML comment like "<!-- name:id -->", got ${JSON.stringify(marker)}`,
    );
  }
}

/** The readiness comment: the hidden marker first, then the verdict; never longer than `maxLength`. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  checkMarker(options.marker);
  const url = safeUrl(options.jobSummaryUrl);
  const where = url ? `the [job summary](${url})` : "this workflow run's job summary";
  return fit(
    report,
    options.mode ?? 'enforce',
    options.marker + '\n',
    options.maxLength ?? COMMENT_MAX_LENGTH,
    (s) => s.length,
    url,
    where,
    makeLinker(report, options.links),
  );
}

/** The job summary: the comment's content without the marker, cut only beyond GitHub's 1 MiB. */
export function renderJobSummary(report: Report, options: JobSummaryOptions = {}): string {
  return fit(
    report,
    options.mode ?? 'enforce',
    '',
    options.maxBytes ?? JOB_SUMMARY_MAX_BYTES,
    utf8Length,
    undefined,
    'the JSON decision record (the `report` output)',
    makeLinker(report, options.links),
  );
}

// The whole document at one level of detail, in parts the fitting can drop: verdict and pull-request
// findings, the models table, one section per model, the footer.

import { escapeMarkdown, MAX_PROSE_CHARS } from './escape.js';
import { gatesPassed, modelLabel, shortRef, shortSha256, VERDICT, verdictSentence } from './common.js';
import { findingsBlock, linked, table } from './markdown-blocks.js';
import { modelSection } from './markdown-model.js';
import type { Detail } from './markdown-model.js';
import type { Linker } from './links.js';
import type { ModelReport, Report } from '../types.js';

function verdictLines(report: Report, mode: 'enforce' | 'advisory'): string[] {
  const v = VERDICT[report.decision];
  const lines = [`## ${v.emoji} ${v.title}: ${escapeMarkdown(verdictSentence(report), MAX_PROSE_CHARS)}`];
  if (mode === 'advisory') lines.push('', '> **advisory**: this check does not block the merge.');
  return lines;
}

const MODEL_TABLE_HEADERS = ['Model', 'Version', 'Tier', 'Decision', 'Gates passed'];
const MODEL_TABLE_ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'l', 'r'];

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

export function safeUrl(url: string | undefined): string | undefined {
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

export interface Parts {
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

export function parts(
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

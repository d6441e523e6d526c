// The lifecycle audit issue: the model releases on the default branch whose review is overdue or due
// soon, retired models still released, manifests that no longer load. Everything read from a manifest
// (names, versions, owners, paths, messages) is escaped: the issue is signed by the gate, and a manifest
// must not be able to mention people, link anywhere or forge the hidden marker.

import type { AuditItem } from '../rules/audit.js';
import type { Report } from '../types.js';
import { plural, shortRef, shortSha256 } from './common.js';
import { COMMENT_MAX_LENGTH, escapeMarkdown, MAX_PROSE_CHARS } from './escape.js';

export interface AuditIssueOptions {
  /** The hidden marker the issue is found by, put on the first line. */
  marker: string;
  /** ISO time of the audit. */
  evaluatedAt: string;
  /** The commit audited and its branch, when known. */
  commit?: string;
  branch?: string;
  policy: Report['policy'];
  /** The workflow run, linked in the footer. */
  runUrl?: string;
  maxLength?: number;
}

const SEVERITY: Record<AuditItem['severity'], { label: string; fix: string }> = {
  invalid: { label: '⛔ manifest invalid', fix: 'fix the manifest: the pull request gate blocks it until then' },
  retired: { label: '⛔ retired, still released', fix: 'remove the release or change its lifecycle.status' },
  overdue: {
    label: '⛔ review overdue',
    fix: 'review the model and move lifecycle.review_by forward, or deprecate or retire it',
  },
  'no-review-date': {
    label: '⛔ no review date',
    fix: "add lifecycle.review_by within the tier's max_review_days: the pull request gate blocks releases without one",
  },
  'review-too-far': {
    label: '⛔ review date too far out',
    fix: "bring lifecycle.review_by within the tier's max_review_days: the pull request gate blocks it until then",
  },
  deprecated: { label: '⚠️ deprecated, past its date', fix: 'retire the model and remove its release' },
  'due-soon': { label: '🕒 review due soon', fix: 'plan the review before lifecycle.review_by' },
};

const HEADERS = ['Model', 'Version', 'Owner', 'Attention', 'Why', 'Manifest'];

const row = (cells: string[]): string => `| ${cells.map((c) => c || '—').join(' | ')} |`;

/** Only a link the gate built itself (https, no characters that could end the markdown link). */
function runLink(url: string | undefined): string {
  return url && /^https:\/\/[^\s()<>"'`\\]+$/.test(url) ? ` · [workflow run](${url})` : '';
}

function where(o: AuditIssueOptions): string {
  const branch = o.branch ? `branch ${escapeMarkdown(o.branch, 200)}` : 'the default branch';
  return o.commit ? `${branch} at ${escapeMarkdown(shortRef(o.commit))}` : branch;
}

function footer(o: AuditIssueOptions): string {
  const p = o.policy;
  const policy = p.builtin ? 'Built-in default policy' : `Policy ${escapeMarkdown(p.source, 200)}`;
  const ref = p.ref ? ` at commit ${escapeMarkdown(shortRef(p.ref))}` : '';
  const sha = shortSha256(p.sha256) ? ` (sha256 ${shortSha256(p.sha256)})` : '';
  return (
    `---\n<sub>Kept up to date by model-release-gate on each scheduled audit; closed when nothing needs attention. ` +
    `${policy}${ref}${sha} · audited at ${escapeMarkdown(o.evaluatedAt)}${runLink(o.runUrl)}</sub>`
  );
}

/** Distinct manifests among the items: one release can need attention for two reasons. */
export function releasesNeedingAttention(items: AuditItem[]): number {
  return new Set(items.map((i) => i.manifest)).size;
}

export function auditIssueTitle(items: AuditItem[]): string {
  const n = releasesNeedingAttention(items);
  return `Model release audit: ${plural(n, 'model release')} ${n === 1 ? 'needs' : 'need'} attention`;
}

/** The issue's title and body; rows that would not fit GitHub's limit are left out, and the body says so. */
export function renderAuditIssue(items: AuditItem[], o: AuditIssueOptions): { title: string; body: string } {
  const limit = o.maxLength ?? COMMENT_MAX_LENGTH;
  const n = releasesNeedingAttention(items);
  const head = [
    o.marker,
    `## 🗓️ Model release audit: ${plural(n, 'model release')} ${n === 1 ? 'needs' : 'need'} attention`,
    '',
    `The lifecycle of every model release on ${where(o)}, as of ${escapeMarkdown(o.evaluatedAt.slice(0, 10))}. ` +
      'Owners: please act before the pull request gate starts blocking releases of these models.',
    '',
    row(HEADERS),
    `|${HEADERS.map(() => '---').join('|')}|`,
  ].join('\n');
  const rows = items.map((i) =>
    row([
      escapeMarkdown(i.name),
      escapeMarkdown(i.version),
      escapeMarkdown(i.owner ?? ''),
      SEVERITY[i.severity].label,
      escapeMarkdown(i.message, MAX_PROSE_CHARS),
      escapeMarkdown(i.manifest, 200),
    ]),
  );
  const present = [...new Set(items.map((i) => i.severity))];
  // A blank line first: a line right under a table would be read as one more row.
  const fixes = ['', '', '**What to do**', '', ...present.map((s) => `- ${SEVERITY[s].label}: ${SEVERITY[s].fix}.`)];
  const end = ['', footer(o)].join('\n');
  const reserve = (left: number) =>
    left > 0
      ? `\n\n> ✂️ ${plural(left, 'more row')} left out to fit GitHub's size limit; the job summary of the run lists every one.`
      : '';

  const kept: string[] = [];
  let used = head.length + fixes.join('\n').length + end.length + 2 + reserve(rows.length).length;
  for (const r of rows) {
    if (used + r.length + 1 > limit) break;
    kept.push(r);
    used += r.length + 1;
  }
  const body = [head, ...kept].join('\n') + reserve(rows.length - kept.length) + fixes.join('\n') + '\n' + end + '\n';
  return { title: auditIssueTitle(items), body };
}

/** The body the issue keeps once nothing needs attention, and the comment that closes it. */
export function renderAuditAllClear(o: AuditIssueOptions): { title: string; body: string; comment: string } {
  const body = [
    o.marker,
    '## ✅ Model release audit: nothing needs attention',
    '',
    `As of ${escapeMarkdown(o.evaluatedAt.slice(0, 10))}, every model release on ${where(o)} is within its review dates.`,
    '',
    footer(o),
    '',
  ].join('\n');
  const comment =
    `✅ Nothing needs attention any more (audit of ${where(o)} on ${escapeMarkdown(o.evaluatedAt.slice(0, 10))}): ` +
    'closing. The gate reopens this issue when a model release needs attention again.';
  return { title: 'Model release audit: nothing needs attention', body, comment };
}

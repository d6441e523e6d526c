// Building blocks of the readiness comment: tables, links and findings, every piece of user text escaped.

import { escapeMarkdown, MAX_PROSE_CHARS } from './escape.js';
import { formatActual } from './common.js';
import type { Linker } from './links.js';
import type { Finding } from '../types.js';

/** A GFM table; every cell is already escaped, so a `|` in user text cannot add a column. */
export function table(headers: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c || '—').join(' | ')} |`;
  return [line(headers), `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}

/** Escaped text, as a link when the linker gives a URL for it (a trusted, percent-encoded URL). */
export function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** Rule ids are ours, but the record may come from anywhere: only a plain id goes into a code span. */
export function ruleCode(rule: string): string {
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

export function findingsBlock(title: string, icon: string, findings: Finding[], links?: Linker): string[] {
  if (findings.length === 0) return [];
  return [`**${title} (${findings.length})**`, '', ...findings.flatMap((f) => findingItem(f, icon, links))];
}

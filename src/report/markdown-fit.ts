// Fitting to a size: the first level of detail that fits, then whole table rows and model sections.

import { plural } from './common.js';
import { parts } from './markdown-document.js';
import type { Parts } from './markdown-document.js';
import type { Detail } from './markdown-model.js';
import type { Linker } from './links.js';
import type { Report } from '../types.js';

const DETAIL_LEVELS: Detail[] = [
  { histograms: true, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: true, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: true },
  { histograms: false, passingDetails: false, blockedExtras: false },
];

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
export function fit(
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

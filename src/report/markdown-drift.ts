// The drift block of a model section: the most drifted features as a table, with histograms when room allows.

import { codeBlock, escapeMarkdown, MAX_PROSE_CHARS } from './escape.js';
import { driftCondition, formatNumber, plural, topDrifted } from './common.js';
import { featureHistogram } from './histogram.js';
import { table } from './markdown-blocks.js';
import type { DriftFeatureResult, DriftSummary, ModelReport } from '../types.js';

const TOP_DRIFTED = 10;

export function driftBlock(model: ModelReport, histograms: boolean): string[] {
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

// A drift histogram as a few lines of monospace text: reference and current side by side on the same
// bins, each bin a horizontal bar scaled to the feature's largest share plus the share in percent.
// At most 12 lines per feature (a header, the column titles, ten bins) so that ten features stay readable.

import { codeText } from './escape.js';
import { driftCondition, formatNumber } from './common.js';
import type { DriftFeatureResult, Histogram } from '../types.js';

export const MAX_BINS = 10;
const MAX_LABEL_CHARS = 20;

interface Bin {
  label: string;
  reference: number;
  current: number;
}

/** Counts as shares of their total; negative or non-numeric counts count as zero. */
function shares(counts: number[]): number[] {
  const clean = counts.map((c) => (Number.isFinite(c) && c > 0 ? c : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  return clean.map((c) => (total > 0 ? c / total : 0));
}

const RANGE = /^([[(])\s*([^,]+?)\s*,\s*([^\])]+?)\s*([\])])$/;

/**
 * Ten bins at most. Ordered ranges ("[0, 30)") are merged with their neighbours, keeping the order;
 * categories keep the nine largest and sum the rest into one bin.
 */
function fitBins(bins: Bin[]): Bin[] {
  if (bins.length <= MAX_BINS) return bins;
  const ranges = bins.map((b) => RANGE.exec(b.label));
  if (ranges.every(Boolean)) {
    const size = Math.ceil(bins.length / MAX_BINS);
    const merged: Bin[] = [];
    for (let i = 0; i < bins.length; i += size) {
      const group = bins.slice(i, i + size);
      const first = ranges[i]!;
      const last = ranges[i + group.length - 1]!;
      merged.push({
        label: `${first[1]}${first[2]}, ${last[3]}${last[4]}`,
        reference: group.reduce((s, b) => s + b.reference, 0),
        current: group.reduce((s, b) => s + b.current, 0),
      });
    }
    return merged;
  }
  const bySize = [...bins].sort((a, b) => Math.max(b.reference, b.current) - Math.max(a.reference, a.current));
  const kept = bySize.slice(0, MAX_BINS - 1);
  const rest = bySize.slice(MAX_BINS - 1);
  return [
    ...kept,
    {
      label: `(${rest.length} others)`,
      reference: rest.reduce((s, b) => s + b.reference, 0),
      current: rest.reduce((s, b) => s + b.current, 0),
    },
  ];
}

/** Width in characters of the longest bar (the feature's largest share). */
const BAR_WIDTH = 12;
const PARTIALS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar whose length follows the share, in eighths of a character; never empty for a share > 0. */
export function bar(share: number, largest: number): string {
  if (share <= 0 || largest <= 0) return '·'.padEnd(BAR_WIDTH);
  const eighths = Math.max(1, Math.round((share / largest) * BAR_WIDTH * 8));
  const full = Math.floor(eighths / 8);
  return ('█'.repeat(full) + PARTIALS[eighths % 8]).padEnd(BAR_WIDTH);
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`.padStart(6);

/** Columns a monospace font gives the text: one per code point, none for the zero-width space. */
const columns = (text: string): number => Array.from(text.replace(/\u200b/g, '')).length;
const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));

/** The histogram's bins, shares and bars, without the header; empty when there is nothing to draw. */
export function histogramLines(histogram: Histogram): string[] {
  const n = Math.min(histogram.labels.length, histogram.reference.length, histogram.current.length);
  if (n === 0) return [];
  const ref = shares(histogram.reference.slice(0, n));
  const cur = shares(histogram.current.slice(0, n));
  const bins = fitBins(
    histogram.labels.slice(0, n).map((label, i) => ({
      label: codeText(label, MAX_LABEL_CHARS),
      reference: ref[i],
      current: cur[i],
    })),
  );
  const largest = Math.max(...bins.map((b) => Math.max(b.reference, b.current)));
  const width = Math.max(3, ...bins.map((b) => columns(b.label)));
  return [
    `${padEnd('bin', width)}  ${padEnd('reference', BAR_WIDTH + 7)}   current`,
    ...bins.map(
      (b) =>
        `${padEnd(b.label, width)}  ${percent(b.reference)} ${bar(b.reference, largest)}   ` +
        `${percent(b.current)} ${bar(b.current, largest)}`.trimEnd(),
    ),
  ];
}

/** One feature: a header with the method, score and threshold, then its histogram when it has one. */
export type DrawnFeature = Pick<
  DriftFeatureResult,
  'name' | 'method' | 'score' | 'threshold' | 'direction' | 'drifted' | 'histogram'
>;

export function featureHistogram(feature: DrawnFeature): string[] {
  const verdict = feature.drifted ? 'DRIFTED' : 'stable';
  const header =
    `${codeText(feature.name)}  ${codeText(feature.method, 40)} ${formatNumber(feature.score)} ` +
    `(drift when ${driftCondition(feature)}): ${verdict}`;
  return [header, ...(feature.histogram ? histogramLines(feature.histogram) : ['(no histogram in the evidence)'])];
}

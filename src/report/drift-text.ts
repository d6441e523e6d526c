// Terminal output of `model-release-gate drift`: one line per column with its method, score and verdict,
// the dataset verdict, then histograms of the drifted columns so that a person sees *how* they moved.

import { resolveMethod } from '../drift/methods.js';
import { plainText, MAX_NAME_CHARS } from './escape.js';
import { driftCondition, formatNumber, plural } from './common.js';
import { featureHistogram, type DrawnFeature } from './histogram.js';
import { painter } from './text.js';
import type { DriftEvidence, DriftFeature } from '../types.js';

const MAX_HISTOGRAMS = 10;

/** The evidence's feature with the direction and threshold its method implies when the evidence has none. */
function drawn(f: DriftFeature): DrawnFeature {
  const method = resolveMethod(f.method);
  return {
    name: f.name,
    method: method?.id ?? f.method,
    score: f.score,
    threshold: f.threshold ?? method?.defaultThreshold ?? NaN,
    direction: method?.kind === 'pvalue' ? 'below' : 'above',
    drifted: f.drifted === true,
    histogram: f.histogram,
  };
}

export function renderDriftText(evidence: DriftEvidence, options: { color: boolean }): string {
  const paint = painter(options.color);
  const features = evidence.features.map(drawn);
  const cell = (text: unknown, width: number) => plainText(text, width).padEnd(width);
  const nameWidth = Math.min(30, Math.max(7, ...features.map((f) => plainText(f.name, 30).length)));
  const out: string[] = [];
  features.forEach((f, i) => {
    const mark = f.drifted ? paint('red', '✖ drifted') : paint('green', '✔ stable ');
    out.push(
      `${mark}  ${cell(f.name, nameWidth)}  ${cell(evidence.features[i].type ?? '', 11)}  ` +
        `${cell(f.method, 13)}  ${formatNumber(f.score).padStart(9)}  ${paint('dim', `drift when ${driftCondition(f)}`)}`,
    );
  });
  const d = evidence.dataset;
  const drifted = d?.drifted ?? features.filter((f) => f.drifted).length;
  const total = d?.total ?? features.length;
  const share = d?.share ?? (total ? drifted / total : 0);
  if (out.length) out.push('');
  const threshold = d?.threshold !== undefined ? ` (dataset drift at ${formatNumber(d.threshold * 100)}%)` : '';
  const datasetDrift = d?.threshold !== undefined && share >= d.threshold;
  out.push(
    paint(
      'bold',
      paint(
        datasetDrift ? 'red' : drifted ? 'yellow' : 'green',
        `${drifted} of ${plural(total, 'column')} drifted: ${formatNumber(Math.round(share * 1000) / 10)}%${threshold}`,
      ),
    ),
  );
  const shown = features.filter((f) => f.drifted && f.histogram).slice(0, MAX_HISTOGRAMS);
  for (const f of shown) out.push('', ...featureHistogram(f).map((line) => `  ${line}`));
  if (evidence.notes.length) out.push('');
  for (const note of evidence.notes) out.push(paint('dim', `note: ${plainText(note, MAX_NAME_CHARS * 3)}`));
  return out.join('\n') + '\n';
}

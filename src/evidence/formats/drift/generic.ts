// The generic drift report, also what `model-release-gate drift` writes:
// { features: { name: { method, score, ... } } | [ { name, method, ... } ], dataset?, model_version? }

import type { EntryLimits } from '../../../policy/types.js';
import type { DriftEvidence } from '../../../types.js';
import { buildFeature, columnType, readHistogram, readPair } from '../../drift-feature.js';
import type { EvidenceFormat } from '../../format.js';
import { checkEntries } from '../../limits.js';
import { requireCount, requireNumber } from '../../metric-values.js';
import { EvidenceError, describeValue, isRecord, type DocPath } from '../../result.js';

export const genericDrift: EvidenceFormat<DriftEvidence> = {
  id: 'generic',
  detect: (doc) => 'features' in doc,
  read: (doc, ctx) => readGenericDrift(doc, ctx.path, ctx.limits),
};

/**
 * The generic form, also what `model-release-gate drift` writes:
 * { features: { name: { method, score, threshold?, type?, drifted?, statistic?, histogram?, missing?, rows? } }
 *   | [ { name, method, ... } ], dataset?: { drifted, total, share?, threshold? }, model_version? }
 */
function readGenericDrift(doc: Record<string, unknown>, source: string, limits: Readonly<EntryLimits>): DriftEvidence {
  const notes: string[] = [];
  const entries: [string, unknown, DocPath][] = [];
  const features = doc.features;
  // Counted before any feature is read: an oversized report fails in the time it takes to parse it.
  if (Array.isArray(features)) checkEntries(features.length, limits, 'max_features');
  else if (isRecord(features)) checkEntries(Object.keys(features).length, limits, 'max_features');
  if (Array.isArray(features)) {
    features.forEach((f, i) => {
      const name = isRecord(f) ? f.name : undefined;
      if (typeof name !== 'string' || name === '') {
        throw new EvidenceError('each entry of the features list needs a "name"', ['features', i]);
      }
      entries.push([name, f, ['features', i]]);
    });
  } else if (isRecord(features)) {
    for (const [name, f] of Object.entries(features)) entries.push([name, f, ['features', name]]);
  } else {
    throw new EvidenceError(
      '"features" must be an object of feature name -> { "method", "score" } (or a list of them with "name")',
      ['features'],
    );
  }
  const seen = new Set<string>();
  const out = entries.map(([name, f, at]) => {
    if (seen.has(name)) throw new EvidenceError(`the feature '${name}' is listed twice; keep one`, at);
    seen.add(name);
    if (!isRecord(f))
      throw new EvidenceError(`the feature '${name}' must be an object like { "method": "psi", "score": 0.31 }`, at);
    if (typeof f.method !== 'string' || f.method.trim() === '') {
      throw new EvidenceError(
        `the feature '${name}' has no "method"; write the method that produced its score, like "psi" or "ks"`,
        [...at, 'method'],
      );
    }
    if (!('score' in f))
      throw new EvidenceError(
        `the feature '${name}' has no "score"; write its drift score, or null when there is none`,
        at,
      );
    if (f.type !== undefined && !columnType(f.type)) {
      throw new EvidenceError(`the type of '${name}' is ${describeValue(f.type)}; write "numeric" or "categorical"`, [
        ...at,
        'type',
      ]);
    }
    if (f.drifted !== undefined && typeof f.drifted !== 'boolean') {
      throw new EvidenceError(`"drifted" of '${name}' is ${describeValue(f.drifted)}; write true or false`, [
        ...at,
        'drifted',
      ]);
    }
    if (f.statistic !== undefined && f.statistic !== null) requireNumber(f.statistic, [...at, 'statistic']);
    return buildFeature(
      {
        name,
        method: f.method,
        score: f.score,
        threshold: f.threshold,
        type: columnType(f.type),
        drifted: f.drifted as boolean | undefined,
        statistic: f.statistic,
        histogram: f.histogram === undefined ? undefined : readHistogram(f.histogram, [...at, 'histogram']),
        missing: f.missing === undefined ? undefined : readPair(f.missing, [...at, 'missing']),
        rows: f.rows === undefined ? undefined : readPair(f.rows, [...at, 'rows']),
      },
      at,
      'the report',
      notes,
    );
  });
  const evidence: DriftEvidence = { source, format: 'generic', features: out, notes };
  if (doc.dataset !== undefined) evidence.dataset = readGenericDataset(doc.dataset);
  else if (out.length === 0) {
    throw new EvidenceError('the report has no features and no dataset summary: there is no drift to check', [
      'features',
    ]);
  }
  if (typeof doc.model_version === 'string') evidence.modelVersion = doc.model_version;
  else if (typeof doc.model_version === 'number') {
    evidence.modelVersion = String(doc.model_version);
    notes.push(
      `model_version is the number ${doc.model_version}; quote it so that versions like 3.10 are read exactly`,
    );
  }
  return evidence;
}

function readGenericDataset(raw: unknown): NonNullable<DriftEvidence['dataset']> {
  const at = ['dataset'];
  if (!isRecord(raw))
    throw new EvidenceError('"dataset" must be { "drifted": <count>, "total": <count>, "share": <0..1> }', at);
  const drifted = requireCount(raw.drifted, [...at, 'drifted']);
  const total = requireCount(raw.total, [...at, 'total']);
  if (drifted > total)
    throw new EvidenceError(`dataset.drifted (${drifted}) is more than dataset.total (${total})`, at);
  const share =
    raw.share === undefined ? (total > 0 ? drifted / total : 0) : requireNumber(raw.share, [...at, 'share']);
  if (share < 0 || share > 1)
    throw new EvidenceError(`dataset.share is ${share}; write a share between 0 and 1`, [...at, 'share']);
  const out: NonNullable<DriftEvidence['dataset']> = { drifted, total, share, from: 'dataset' };
  if (raw.threshold !== undefined) out.threshold = requireNumber(raw.threshold, [...at, 'threshold']);
  return out;
}

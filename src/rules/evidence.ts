// evidence.missing and evidence.stale: the evidence a tier needs is there, readable, and about this version.

import type { Finding } from '../types.js';
import { at, type RuleContext } from './types.js';

export function evidenceRules(ctx: RuleContext): Finding[] {
  const { release, manifest, tier } = ctx;
  const findings: Finding[] = [...release.loadFindings];
  const needsMetrics = Object.keys(tier.metrics).length > 0 || Object.keys(tier.slices).length > 0;
  const needsDrift = tier.drift !== undefined;

  if (
    needsMetrics &&
    release.metrics === undefined &&
    !release.loadFindings.some((f) => f.subject === 'evaluation.metrics')
  )
    findings.push({
      rule: 'evidence.missing',
      status: 'fail',
      subject: 'evaluation.metrics',
      message: `the ${tier.name} tier has metric rules but the manifest names no metrics`,
      fix: 'Add evaluation.metrics: a path to a metrics file (JSON/YAML, a model card, an MLflow run) or the metrics inline.',
      ...at(ctx, manifest.evaluation ? ['evaluation'] : ['model']),
    });
  if (needsDrift && release.drift === undefined && !release.loadFindings.some((f) => f.subject === 'drift'))
    findings.push({
      rule: 'evidence.missing',
      status: 'fail',
      subject: 'drift',
      message: `the ${tier.name} tier has drift rules but the manifest names no drift report or samples`,
      fix: 'Add drift.report (a drift report file) or drift.reference and drift.current (samples the gate compares).',
      ...at(ctx, manifest.drift ? ['drift'] : ['model']),
    });

  const version = manifest.model.version;
  for (const [kind, ev, path] of [
    ['metrics', release.metrics, ['evaluation', 'metrics']],
    ['drift report', release.drift, ['drift', 'report']],
  ] as const) {
    if (!ev) continue;
    if (ev.modelVersion !== undefined && ev.modelVersion !== version)
      findings.push({
        rule: 'evidence.stale',
        status: 'fail',
        subject: ev.source,
        actual: ev.modelVersion,
        expected: version,
        message: `the ${kind} in ${ev.source} are for model version ${ev.modelVersion}, not ${version}`,
        fix: `Re-run the evaluation for ${version}, or correct model.version.`,
        ...at(ctx, [...path]),
      });
    else if (ev.modelVersion !== undefined)
      findings.push({
        rule: 'evidence.stale',
        status: 'pass',
        subject: ev.source,
        message: `${kind} are for ${version}`,
      });
  }
  return findings;
}

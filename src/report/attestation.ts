// The decision record as an in-toto Statement v1, ready to be signed (actions/attest, cosign) and checked
// again later (`model-release-gate verify`). Subjects: the files the decision is about, each with its
// sha256; predicate: the decision record itself, `decision` first. Pure: built from the report alone.

import type { Report } from '../types.js';
import { renderJson } from './json.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Names this project's predicate, version 1: the decision record (schema model-release-gate/report/v1). */
export const PREDICATE_TYPE = 'https://model-release-gate.dev/decision-record/v1';

export interface Subject {
  name: string;
  digest: { sha256: string };
}

export interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: Subject[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: Record<string, unknown>;
}

/**
 * The subjects: every manifest and evidence file evaluated (the baseline's files and the policy are in
 * the predicate with their digests: they are what the release was judged against, not what it is).
 * in-toto needs at least one subject: a run that evaluated no release names the policy file instead.
 */
export function subjectsOf(report: Report): Subject[] {
  const seen = new Map<string, Subject>();
  for (const i of report.inputs)
    if (i.source !== 'baseline') seen.set(i.path, { name: i.path, digest: { sha256: i.sha256 } });
  if (seen.size === 0 && !report.policy.builtin)
    seen.set(report.policy.source, { name: report.policy.source, digest: { sha256: report.policy.sha256 } });
  return [...seen.values()];
}

export function toStatement(report: Report): Statement {
  // The record in its documented key order, then `decision` moved to the top.
  const record = JSON.parse(renderJson(report)) as Record<string, unknown>;
  return {
    _type: STATEMENT_TYPE,
    subject: subjectsOf(report),
    predicateType: PREDICATE_TYPE,
    predicate: { decision: record.decision, ...record },
  };
}

export function renderAttestation(report: Report): string {
  return JSON.stringify(toStatement(report), null, 2) + '\n';
}

/**
 * The subjects in `shasum -a 256` format, for actions/attest's `subject-checksums` input. A name with a
 * backslash or a line break is escaped the way GNU coreutils does (a leading backslash on the line).
 */
export function renderChecksums(subjects: Subject[]): string {
  return subjects
    .map((s) => {
      const escaped = s.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
      return `${escaped === s.name ? '' : '\\'}${s.digest.sha256}  ${escaped}\n`;
    })
    .join('');
}

// Policy loading: YAML text -> a validated Policy with tiers resolved, or every located error at once.
// An invalid policy is not a finding: the gate cannot run (CLI exit 2) and says where and why.
// The checks live in semantic-checks.ts (with drift-checks.ts and glob-checks.ts), inheritance in
// tier-inheritance.ts, and the rules the gate reads in tier-rules.ts.

import { createHash } from 'node:crypto';
import { POLICY_DEFAULTS } from './defaults.js';
import type { RawPolicy, RawTier } from './raw-policy.js';
import { POLICY_SCHEMA } from './schemas.js';
import { semanticProblems } from './semantic-checks.js';
import { resolvedProblems, resolveTiers } from './tier-inheritance.js';
import { buildTier } from './tier-rules.js';
import type { Policy } from './types.js';
import { schemaProblems, sortProblems } from './validate.js';
import { formatPath, parseYaml, positionIn } from './yaml-source.js';
import type { Problem } from './yaml-source.js';

export { POLICY_DEFAULTS };

/** A located reason the policy cannot be used. */
export interface PolicyError {
  /** The policy's path, as given to loadPolicy. */
  file: string;
  line: number;
  column: number;
  /** Dotted path of the offending field, e.g. `tiers.high.extends`; `(top level)` for the file. */
  path: string;
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads a policy. `source` is the repository-relative path (or `built-in`), used in errors and the
 * decision record. Pure: text in, policy or located errors out.
 */
export function loadPolicy(text: string, source: string, options: { builtin?: boolean } = {}): PolicyResult {
  const parsed = parseYaml(text, 'policy', POLICY_SCHEMA);
  const fail = (problems: Problem[]): PolicyResult => ({
    ok: false,
    errors: sortProblems(problems).map((p) => ({
      file: source,
      line: p.line,
      column: p.column,
      path: formatPath(p.path),
      message: p.message,
      fix: p.fix,
    })),
  });
  if (!parsed.data || parsed.problems.length) return fail(parsed.problems);

  const data = parsed.data;
  const schema = schemaProblems('policy', parsed);
  // Another apiVersion is another format: checking the rest against this one would only be noise.
  const version = schema.filter(
    (p) => p.path.length === 1 && p.path[0] === 'apiVersion' && data.apiVersion !== undefined,
  );
  if (version.length) return fail(version);
  const problems = [...schema, ...semanticProblems(data, parsed)];
  if (problems.length) return fail(problems);

  const raw = data as unknown as RawPolicy;
  const rawTiers = resolveTiers(raw);
  const late = resolvedProblems(raw, rawTiers, parsed);
  if (late.length) return fail(late);

  const policy: Policy = {
    apiVersion: raw.apiVersion,
    source,
    builtin: options.builtin ?? false,
    sha256: sha256(text),
    manifests: raw.manifests ?? [...POLICY_DEFAULTS.manifests],
    owners: raw.owners ?? [],
    protected: raw.protected ?? [],
    defaultTier: raw.tiers.default,
    tiers: Object.fromEntries(
      Object.entries(rawTiers).map(([name, tier]) => [
        name,
        buildTier(name, tier, (raw.tiers[name] as RawTier).extends),
      ]),
    ),
    waivers: { max_days: raw.waivers?.max_days ?? POLICY_DEFAULTS.waiverMaxDays },
    limits: {
      max_file_bytes: Math.round((raw.limits?.max_file_mb ?? POLICY_DEFAULTS.maxFileMb) * 1024 * 1024),
      max_metrics: raw.limits?.max_metrics ?? POLICY_DEFAULTS.maxMetrics,
      max_slices: raw.limits?.max_slices ?? POLICY_DEFAULTS.maxSlices,
      max_features: raw.limits?.max_features ?? POLICY_DEFAULTS.maxFeatures,
    },
    positionOf: (path) => positionIn(parsed, path),
  };
  return { ok: true, policy };
}

/** One line per error, as the CLI prints them: `file:line:column: message (fix)`. */
export function formatPolicyError(error: PolicyError): string {
  const end = /[.?!]$/.test(error.message) ? '' : '.';
  return `${error.file}:${error.line}:${error.column}: ${error.message}${end} Fix: ${error.fix}.`;
}

/** All errors, one per line, for the terminal. */
export function formatPolicyErrors(errors: PolicyError[]): string {
  return errors.map(formatPolicyError).join('\n');
}

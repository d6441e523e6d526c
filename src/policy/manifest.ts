// Manifest loading: YAML text -> a validated Manifest, or every problem at once as `manifest.invalid`
// findings that point at file:line:column. Fails closed: an invalid manifest is null, never half-read.

import { createHash } from 'node:crypto';
import { isRecord } from '../evidence/result.js';
import type { Finding } from '../types.js';
import { MANIFEST_SCHEMA } from './schemas.js';
import { nearest } from './suggest.js';
import type { LoadedManifest, Manifest, Policy, Waiver } from './types.js';
import { schemaProblems, sortProblems } from './validate.js';
import { formatPath, nearestPosition, parseYaml, positionIn } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';

/** Every dotted path any tier of the policy requires: a manifest may carry those fields. */
function requiredPaths(policy: Policy): string[] {
  return [...new Set(Object.values(policy.tiers).flatMap((t) => t.require))];
}

/** Checks the schema cannot make: the tier exists in this policy, drift sources are not ambiguous. */
function policyProblems(data: Record<string, unknown>, policy: Policy, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Path, message: string, fix: string): Problem => ({
    path,
    ...nearestPosition(parsed, path),
    message,
    fix,
  });
  const model = isRecord(data.model) ? data.model : {};
  const tier = model.risk_tier;
  const tiers = Object.keys(policy.tiers);
  if (typeof tier === 'string' && tier !== '' && !tiers.includes(tier)) {
    const s = nearest(tier, tiers);
    problems.push(
      at(
        ['model', 'risk_tier'],
        `model.risk_tier: '${tier}' is not a tier of the policy; tiers are ${tiers.join(', ')}`,
        s
          ? `write "risk_tier: ${s}", or remove risk_tier to use the default tier ${policy.defaultTier}`
          : `use one of ${tiers.join(', ')}, or remove risk_tier to use the default tier ${policy.defaultTier}`,
      ),
    );
  }
  const drift = data.drift;
  if (isRecord(drift) && drift.report !== undefined && (drift.reference !== undefined || drift.current !== undefined)) {
    problems.push(
      at(
        ['drift', 'report'],
        'drift gives both a report and samples (reference/current); the gate would not know which to judge',
        'keep drift.report, or drift.reference with drift.current, not both',
      ),
    );
  }
  return problems;
}

function toFinding(file: string, p: Problem): Finding {
  const finding: Finding = {
    rule: 'manifest.invalid',
    status: 'fail',
    message: p.message,
    fix: p.fix,
    file,
    line: p.line,
    column: p.column,
  };
  if (p.path.length) finding.subject = formatPath(p.path);
  return finding;
}

function buildManifest(data: Record<string, unknown>): Manifest {
  const waivers = (Array.isArray(data.waivers) ? data.waivers : []).map(
    (w, index) => ({ ...(w as Omit<Waiver, 'index'>), index }) as Waiver,
  );
  const manifest: Manifest = {
    apiVersion: data.apiVersion as string,
    model: { ...(data.model as Manifest['model']) },
    waivers,
    data,
  };
  for (const section of ['training_data', 'evaluation', 'drift', 'monitoring', 'lifecycle'] as const) {
    if (data[section] !== undefined) (manifest as unknown as Record<string, unknown>)[section] = data[section];
  }
  return manifest;
}

/**
 * Reads a manifest against a policy (its tiers and required fields). `path` is repository-relative.
 * Pure: text in; the manifest, or null with `manifest.invalid` findings.
 */
export function loadManifest(text: string, path: string, policy: Policy): LoadedManifest {
  const parsed = parseYaml(text, 'manifest', MANIFEST_SCHEMA);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const positionOf = (p: Path) => positionIn(parsed, p);
  const invalid = (problems: Problem[]): LoadedManifest => ({
    path,
    manifest: null,
    findings: sortProblems(problems).map((p) => toFinding(path, p)),
    sha256,
    positionOf,
  });
  if (!parsed.data || parsed.problems.length) return invalid(parsed.problems);

  const data = parsed.data;
  const required = requiredPaths(policy);
  const schema = schemaProblems('manifest', parsed, {
    // A field the policy requires is a field the manifest may have (model.license, ...).
    extraFields: (parent) => {
      const prefix = parent.length ? `${parent.join('.')}.` : '';
      return required.filter((r) => r.startsWith(prefix)).map((r) => r.slice(prefix.length).split('.')[0]);
    },
  });
  // A manifest of another apiVersion is another format: report that alone.
  const version = schema.filter(
    (p) => p.path.length === 1 && p.path[0] === 'apiVersion' && data.apiVersion !== undefined,
  );
  if (version.length) return invalid(version);
  const problems = [...schema, ...policyProblems(data, policy, parsed)];
  if (problems.length) return invalid(problems);
  return { path, manifest: buildManifest(data), findings: [], sha256, positionOf };
}

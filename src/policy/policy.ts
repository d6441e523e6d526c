// Policy loading: YAML text -> a validated Policy with tiers resolved, or every located error at once.
// An invalid policy is not a finding: the gate cannot run (CLI exit 2) and says where and why.
//
// Tier inheritance (`extends`): require lists are unioned (parent first); metrics, slices, drift,
// lifecycle and approvals merge field by field, so a child can raise just `auc.min` and keep the
// parent's `auc.max_drop`. A map-valued feature_threshold merges by method; a number replaces.

import { createHash } from 'node:crypto';
import { DEFAULT_ENTRY_LIMITS } from '../evidence/limits.js';
import { own, setKey } from '../evidence/result.js';
import { METHODS, resolveMethod, thresholdProblem as methodThresholdProblem } from '../drift/methods.js';
import type { MethodInfo } from '../drift/methods.js';
import type { ColumnType } from '../types.js';
import { MANIFEST_SCHEMA, POLICY_SCHEMA } from './schemas.js';
import type { JsonSchema } from './schemas.js';
import { didYouMean, nearest } from './suggest.js';
import type { DriftRule, MetricRule, Policy, SliceRule, Tier, Tolerance } from './types.js';
import { schemaProblems, sortProblems } from './validate.js';
import { formatPath, keyPositionIn, nearestPosition, parseYaml, positionIn } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';

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

export const POLICY_DEFAULTS = {
  manifests: ['**/model-release.yml'],
  waiverMaxDays: 90,
  maxFileMb: 50,
  maxMetrics: DEFAULT_ENTRY_LIMITS.max_metrics,
  maxSlices: DEFAULT_ENTRY_LIMITS.max_slices,
  maxFeatures: DEFAULT_ENTRY_LIMITS.max_features,
  /** Evidently's dataset drift share. */
  maxDriftedShare: 0.5,
  approvalsMin: 1,
} as const;

// Raw shapes after schema validation (optional everywhere: the schema checked the types).
interface RawMetric {
  min?: number;
  max?: number;
  max_drop?: number | string;
  max_increase?: number | string;
  significance?: number;
}
interface RawDrift {
  method?: string;
  feature_threshold?: number | Record<string, number>;
  max_drifted_share?: number;
  columns?: Record<string, ColumnType>;
  type_inference?: 'evidently-0.7' | 'legacy';
}
interface RawTier {
  extends?: string;
  require?: string[];
  metrics?: Record<string, RawMetric>;
  slices?: Record<string, SliceRule>;
  drift?: RawDrift;
  lifecycle?: { max_review_days?: number };
  approvals?: { min?: number; from?: string[]; require_latest_commit?: boolean };
}
interface RawPolicy {
  apiVersion: string;
  manifests?: string[];
  owners?: string[];
  protected?: string[];
  tiers: { default: string } & Record<string, RawTier | string>;
  waivers?: { max_days?: number };
  limits?: { max_file_mb?: number; max_metrics?: number; max_slices?: number; max_features?: number };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function tierNames(data: Record<string, unknown>): string[] {
  const tiers = data.tiers;
  return isObject(tiers) ? Object.keys(tiers).filter((k) => k !== 'default' && isObject(tiers[k])) : [];
}

const KNOWN_METHODS = (): string => `auto, ${METHODS.map((m) => m.id).join(', ')}`;

/** A problem at a path; `onKey` points at the key (a misnamed map key) rather than its value. */
function problem(parsed: ParsedYaml, path: Path, message: string, fix: string, onKey = false): Problem {
  const pos = onKey ? keyPositionIn(parsed, path) : undefined;
  return { path, ...(pos ?? nearestPosition(parsed, path)), message, fix };
}

/** Checks that need more than the schema: tier names, extends, methods, ranges, require paths. */
function semanticProblems(data: Record<string, unknown>, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const names = tierNames(data);
  const tiers = isObject(data.tiers) ? data.tiers : {};
  const tierList = names.length ? names.join(', ') : '(none)';

  const def = tiers.default;
  if (typeof def === 'string' && !names.includes(def)) {
    problems.push(
      problem(
        parsed,
        ['tiers', 'default'],
        `tiers.default: '${def}' is not a tier of the policy; tiers are ${tierList}${didYouMean(def, names)}`,
        names.length
          ? `set tiers.default to one of ${tierList}`
          : 'define a tier under tiers: and name it in tiers.default',
      ),
    );
  }

  for (const name of names) {
    const tier = tiers[name] as Record<string, unknown>;
    const at = (...rest: Path): Path => ['tiers', name, ...rest];
    if (typeof tier.extends === 'string' && !names.includes(tier.extends)) {
      problems.push(
        problem(
          parsed,
          at('extends'),
          `tiers.${name}.extends: '${tier.extends}' is not a tier of the policy; tiers are ${tierList}${didYouMean(tier.extends, names)}`,
          `extend one of ${tierList}, or remove extends`,
        ),
      );
    }
    problems.push(...driftProblems(tier.drift, at('drift'), parsed));
    problems.push(...requireProblems(tier.require, at('require'), parsed));
  }
  problems.push(...cycleProblems(tiers, names, parsed));
  for (const key of ['manifests', 'protected'] as const) problems.push(...globProblems(data[key], key, parsed));
  return problems;
}

/**
 * Globs are matched against repository-relative paths ("models/churn/model-release.yml"), so one that
 * is absolute, climbs with `..` or points into `.git/` can never match: a `manifests` glob like that finds
 * nothing (and the gate would say "no model release"), a `protected` one protects nothing.
 */
function globProblems(globs: unknown, key: 'manifests' | 'protected', parsed: ParsedYaml): Problem[] {
  if (!Array.isArray(globs)) return [];
  const problems: Problem[] = [];
  const example = key === 'manifests' ? '"models/**/model-release.yml"' : '".github/workflows/**"';
  globs.forEach((glob, i) => {
    if (typeof glob !== 'string') return;
    const segments = glob.replace(/^\.\//, '').split('/');
    let why: string | undefined;
    let fix = `write it relative to the repository root, like ${example}`;
    if (glob.trim() === '') why = 'is empty';
    else if (/^(\/|~|[A-Za-z]:[\\/])/.test(glob)) why = 'is an absolute path';
    // `..` as a whole segment, or as one alternative of an extglob or brace set: @(..), {..,x}.
    else if (segments.some((s) => /(^|[@!+*?]\(|[|(,{])\.\.($|[|),}])/.test(s)))
      why = "climbs out of its folder with '..'";
    else if (segments.includes('.git')) {
      why = 'points into .git/, which is never read as part of a release';
      fix = 'remove it';
    }
    if (why)
      problems.push(
        problem(
          parsed,
          [key, i],
          `${key}[${i}]: '${glob}' ${why}; ${key} globs match repository-relative paths, so it can never match anything`,
          fix,
        ),
      );
  });
  return problems;
}

function cycleProblems(tiers: Record<string, unknown>, names: string[], parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of names) {
    const chain = [start];
    let next = (tiers[start] as RawTier).extends;
    while (typeof next === 'string' && names.includes(next)) {
      const loopAt = chain.indexOf(next);
      if (loopAt >= 0) {
        const loop = chain.slice(loopAt);
        const key = [...loop].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const text = [...loop, next].join(' -> ');
          problems.push(
            problem(
              parsed,
              ['tiers', loop[0], 'extends'],
              `tiers extend each other in a cycle: ${text}`,
              `remove one extends from ${loop.map((t) => `tiers.${t}`).join(', ')}`,
            ),
          );
        }
        break;
      }
      chain.push(next);
      next = (tiers[next] as RawTier).extends;
    }
  }
  return problems;
}

function thresholdProblem(method: MethodInfo, value: number, path: Path, parsed: ParsedYaml): Problem | undefined {
  const why = methodThresholdProblem(method, value);
  if (!why) return undefined;
  return problem(
    parsed,
    path,
    `${formatPath(path)} is ${value}; ${why}`,
    `use a level such as ${method.defaultThreshold}`,
  );
}

function driftProblems(drift: unknown, path: Path, parsed: ParsedYaml): Problem[] {
  if (!isObject(drift)) return [];
  const problems: Problem[] = [];
  const unknownMethod = (name: string, at: Path, onKey: boolean): Problem =>
    problem(
      parsed,
      at,
      `${formatPath(at)}: '${name}' is not a drift method the gate knows${didYouMean(
        name,
        METHODS.map((m) => m.id),
      )}`,
      `use one of ${KNOWN_METHODS()}`,
      onKey,
    );
  let method: MethodInfo | undefined;
  if (typeof drift.method === 'string' && drift.method !== 'auto') {
    method = resolveMethod(drift.method);
    if (!method) problems.push(unknownMethod(drift.method, [...path, 'method'], false));
  }
  const ft = drift.feature_threshold;
  if (typeof ft === 'number' && method) {
    const p = thresholdProblem(method, ft, [...path, 'feature_threshold'], parsed);
    if (p) problems.push(p);
  }
  if (isObject(ft)) {
    const seen = new Map<string, string>();
    for (const [name, value] of Object.entries(ft)) {
      const at = [...path, 'feature_threshold', name];
      const m = resolveMethod(name);
      if (!m) {
        problems.push(unknownMethod(name, at, true));
        continue;
      }
      const earlier = seen.get(m.id);
      if (earlier !== undefined) {
        problems.push(
          problem(
            parsed,
            at,
            `${formatPath(at)}: '${name}' and '${earlier}' are the same method (${m.id})`,
            'keep one of them',
            true,
          ),
        );
      }
      seen.set(m.id, name);
      if (typeof value === 'number') {
        const p = thresholdProblem(m, value, at, parsed);
        if (p) problems.push(p);
      }
    }
  }
  return problems;
}

const MANIFEST_SECTIONS = Object.keys(MANIFEST_SCHEMA.properties as object);

/** `require` entries must name manifest fields; an unknown field close to a known one is a typo. */
function requireProblems(require: unknown, path: Path, parsed: ParsedYaml): Problem[] {
  if (!Array.isArray(require)) return [];
  const problems: Problem[] = [];
  require.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const [section, field] = entry.split('.');
    const at = [...path, i];
    if (!MANIFEST_SECTIONS.includes(section)) {
      const s = nearest(section, MANIFEST_SECTIONS);
      problems.push(
        problem(
          parsed,
          at,
          `${formatPath(at)}: '${entry}' is not a manifest field: '${section}' is not a manifest section${s ? `; did you mean '${s}'?` : ''}`,
          `start the path with one of ${MANIFEST_SECTIONS.join(', ')}`,
        ),
      );
      return;
    }
    const props = (MANIFEST_SCHEMA.properties as Record<string, JsonSchema>)[section].properties;
    const known = props ? Object.keys(props) : [];
    const s = field !== undefined && !known.includes(field) ? nearest(field, known) : undefined;
    if (s) {
      problems.push(
        problem(
          parsed,
          at,
          `${formatPath(at)}: '${entry}' is not a manifest field; did you mean '${section}.${s}'?`,
          `write ${section}.${s} (a policy may require fields of its own, but this one looks like a typo)`,
        ),
      );
    }
  });
  return problems;
}

// ---- resolution ----

function mergeByKey<T extends object>(parent?: Record<string, T>, child?: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...parent };
  for (const [k, v] of Object.entries(child ?? {})) setKey(out, k, { ...own(parent, k), ...v });
  return out;
}

function mergeTier(parent: RawTier, child: RawTier): RawTier {
  const merged: RawTier = {
    require: [...new Set([...(parent.require ?? []), ...(child.require ?? [])])],
    metrics: mergeByKey(parent.metrics, child.metrics),
    slices: mergeByKey(parent.slices, child.slices),
  };
  if (parent.drift || child.drift) {
    const drift: RawDrift = { ...parent.drift, ...child.drift };
    const [pf, cf] = [parent.drift?.feature_threshold, child.drift?.feature_threshold];
    if (isObject(pf) && isObject(cf)) drift.feature_threshold = { ...pf, ...cf };
    if (parent.drift?.columns || child.drift?.columns)
      drift.columns = { ...parent.drift?.columns, ...child.drift?.columns };
    merged.drift = drift;
  }
  if (parent.lifecycle || child.lifecycle) merged.lifecycle = { ...parent.lifecycle, ...child.lifecycle };
  if (parent.approvals || child.approvals) merged.approvals = { ...parent.approvals, ...child.approvals };
  return merged;
}

function tolerance(value: number | string | undefined): Tolerance | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'absolute', value, text: String(value) };
  return { kind: 'relative', value: Number(value.slice(0, -1)) / 100, text: value };
}

function metricRule(raw: RawMetric): MetricRule {
  const rule: MetricRule = {};
  if (raw.min !== undefined) rule.min = raw.min;
  if (raw.max !== undefined) rule.max = raw.max;
  if (raw.max_drop !== undefined) rule.max_drop = tolerance(raw.max_drop);
  if (raw.max_increase !== undefined) rule.max_increase = tolerance(raw.max_increase);
  if (raw.significance !== undefined) rule.significance = raw.significance;
  return rule;
}

function driftRule(raw: RawDrift): DriftRule {
  const rule: DriftRule = {
    method: raw.method === undefined || raw.method === 'auto' ? 'auto' : resolveMethod(raw.method)!.id,
    max_drifted_share: raw.max_drifted_share ?? POLICY_DEFAULTS.maxDriftedShare,
  };
  const ft = raw.feature_threshold;
  if (typeof ft === 'number') rule.feature_threshold = ft;
  else if (ft)
    rule.feature_threshold = Object.fromEntries(Object.entries(ft).map(([k, v]) => [resolveMethod(k)!.id, v]));
  if (raw.columns) rule.columns = { ...raw.columns };
  if (raw.type_inference) rule.type_inference = raw.type_inference;
  return rule;
}

function buildTier(name: string, raw: RawTier, parent: string | undefined): Tier {
  const tier: Tier = {
    name,
    ...(parent ? { extends: parent } : {}),
    require: raw.require ?? [],
    metrics: Object.fromEntries(Object.entries(raw.metrics ?? {}).map(([k, v]) => [k, metricRule(v)])),
    slices: Object.fromEntries(Object.entries(raw.slices ?? {}).map(([k, v]) => [k, { ...v }])),
  };
  if (raw.drift) tier.drift = driftRule(raw.drift);
  if (raw.lifecycle) tier.lifecycle = { ...raw.lifecycle };
  if (raw.approvals) {
    tier.approvals = { min: raw.approvals.min ?? POLICY_DEFAULTS.approvalsMin, from: raw.approvals.from ?? [] };
    if (raw.approvals.require_latest_commit !== undefined) {
      tier.approvals.require_latest_commit = raw.approvals.require_latest_commit;
    }
  }
  return tier;
}

function resolveTiers(raw: RawPolicy): Record<string, RawTier> {
  // A Map: tier names are the policy author's words, and `constructor` must not find Object's.
  const resolved = new Map<string, RawTier>();
  const resolve = (name: string): RawTier => {
    const done = resolved.get(name);
    if (done) return done;
    const written = raw.tiers[name] as RawTier;
    const merged = written.extends ? mergeTier(resolve(written.extends), written) : mergeTier({}, written);
    resolved.set(name, merged);
    return merged;
  };
  for (const name of tierNames(raw as unknown as Record<string, unknown>)) resolve(name);
  return Object.fromEntries(resolved);
}

/**
 * Contradictions that may only show once a tier has inherited its parent's rules. Reported on the tier
 * that writes the metric, so a conflict in a parent is not repeated for every child.
 */
function resolvedProblems(raw: RawPolicy, tiers: Record<string, RawTier>, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  for (const [name, tier] of Object.entries(tiers)) {
    const written = raw.tiers[name] as RawTier;
    const inherits = written.extends ? ` (with what it inherits from ${written.extends})` : '';
    for (const family of ['metrics', 'slices'] as const) {
      for (const [metric, rule] of Object.entries(tier[family] ?? {})) {
        if (!own(written[family], metric)) continue;
        const at: Path = ['tiers', name, family, metric];
        const r = rule as RawMetric;
        if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
          problems.push(
            problem(
              parsed,
              at,
              `${formatPath(at)}: min ${r.min} is above max ${r.max}${inherits}, so no value can pass`,
              'lower min or raise max',
            ),
          );
        }
        if (r.max_drop !== undefined && r.max_increase !== undefined) {
          problems.push(
            problem(
              parsed,
              at,
              `${formatPath(at)} has both max_drop and max_increase${inherits}; a metric is better either higher (max_drop) or lower (max_increase)`,
              'keep max_drop where higher is better (auc), max_increase where lower is better (latency)',
            ),
          );
        }
      }
    }
  }
  return problems;
}

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

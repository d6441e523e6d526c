// Schema validation (ajv, precompiled) with every error turned into a located sentence a user can act on.

import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  API_VERSION,
  FIELD_PATH_PATTERN,
  HANDLE_PATTERN,
  MANIFEST_SCHEMA,
  PERCENT_PATTERN,
  POLICY_SCHEMA,
} from './schemas.js';
import type { JsonSchema } from './schemas.js';
import { didYouMean, nearest } from './suggest.js';
import * as generated from './validators.generated.js';
import { formatPath, keyPositionIn, nearestPosition, schemaAt } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';
import { RULE_IDS } from '../types.js';

export type FileKind = 'manifest' | 'policy';

const VALIDATORS: Record<FileKind, { validate: ValidateFunction; schema: JsonSchema }> = {
  manifest: { validate: generated.validateManifest as ValidateFunction, schema: MANIFEST_SCHEMA },
  policy: { validate: generated.validatePolicy as ValidateFunction, schema: POLICY_SCHEMA },
};

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function toPath(data: unknown, instancePath: string): Path {
  const path: Path = [];
  if (!instancePath) return path;
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path.push(Array.isArray(valueAt(data, path)) && /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return path;
}

/** How a value reads in a message: 'hihg', 3.1, a list, a mapping, nothing. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value}'`;
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  object: 'a mapping of "key: value" lines',
  array: 'a list',
  boolean: 'true or false',
  null: 'empty',
};

const typeWords = (type: unknown): string =>
  (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[String(t)] ?? String(t)).join(' or ');

const PATTERN_HINTS: Record<string, { what: string; fix: string }> = {
  [PERCENT_PATTERN]: {
    what: 'is not a tolerance',
    fix: 'write an absolute number (0.01) or a percentage with no space (2%)',
  },
  [HANDLE_PATTERN]: { what: 'is not a GitHub user or team', fix: 'write @user or @organisation/team' },
  [FIELD_PATH_PATTERN]: {
    what: 'is not a manifest field path',
    fix: 'write a dotted manifest field such as model.owner or monitoring.alerts',
  },
};

const REQUIRED_FIXES: Record<string, string> = {
  apiVersion: `add "apiVersion: ${API_VERSION}" as the first line`,
  'tiers.default': 'add "default: <tier>" under tiers: the tier of a manifest that names none, e.g. default: medium',
  'model.name': 'add "name:" under model: the model name, stable across releases',
  'model.version': 'add "version:" under model: the version this pull request releases',
};

const WAIVER_FIELDS: Record<string, { message: string; fix: string }> = {
  expires: {
    message: 'has no expiry date (expires)',
    fix: 'add "expires: YYYY-MM-DD": every waiver must end, at most the policy\'s waivers.max_days away',
  },
  approved_by: {
    message: 'names no approver (approved_by)',
    fix: 'add "approved_by: @someone": a policy owner who approved the waiver',
  },
  reason: { message: 'gives no reason', fix: 'add "reason:": why the exception is acceptable' },
  ticket: { message: 'names no ticket', fix: 'add "ticket:": the issue that tracks the exception, e.g. GOV-142' },
  rule: { message: 'names no rule', fix: 'add "rule:": the rule id the waiver covers, e.g. drift.feature' },
};

function translate(
  kind: FileKind,
  error: ErrorObject,
  data: unknown,
  parsed: ParsedYaml,
  extraFields: string[],
): Problem {
  const { schema } = VALIDATORS[kind];
  const path = toPath(data, error.instancePath);
  const p = formatPath(path);
  const value = valueAt(data, path);
  const params = error.params as Record<string, unknown>;
  const located = (message: string, fix: string, at: Path = path, key = false): Problem => ({
    path: at,
    ...(key ? (keyPositionIn(parsed, at) ?? nearestPosition(parsed, at)) : nearestPosition(parsed, at)),
    message,
    fix,
  });

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const full = [...path, missing];
      const fp = formatPath(full);
      // Located at the nearest part that exists (the parent's key), but named by the missing path.
      const waiverField = path[0] === 'waivers' && path.length === 2 ? WAIVER_FIELDS[missing] : undefined;
      if (waiverField) return located(`${p} ${waiverField.message}`, waiverField.fix, full);
      const fix =
        REQUIRED_FIXES[fp] ?? (path.length ? `add "${missing}:" under ${p}` : `add "${missing}:" at the top level`);
      return located(`${fp} is missing`, fix, full);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = [...Object.keys((schemaAt(schema, path)?.properties as object | undefined) ?? {}), ...extraFields];
      const where = path.length ? `a field of ${p}` : `a ${kind} field`;
      if (extra === '<<') {
        return located(
          `${formatPath([...path, extra])}: YAML merge keys (<<) are not supported`,
          kind === 'policy' ? 'use "extends: <tier>" to inherit a tier' : 'write the fields out',
          [...path, extra],
          true,
        );
      }
      const suggestion = nearest(extra, known);
      return located(
        `'${extra}' is not ${where}${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        suggestion
          ? `rename '${extra}' to '${suggestion}'`
          : `remove '${extra}'; the fields of ${path.length ? p : `the ${kind}`} are ${known.join(', ')}`,
        [...path, extra],
        true,
      );
    }
    case 'type':
      return located(
        `${p} must be ${typeWords(params.type)}, not ${describe(value)}`,
        `write ${p} as ${typeWords(params.type)}`,
      );
    case 'const':
      if (path.length === 1 && path[0] === 'apiVersion') {
        return located(
          `apiVersion ${describe(value)} is not supported; this gate reads ${API_VERSION}`,
          `set "apiVersion: ${API_VERSION}"`,
        );
      }
      return located(`${p} must be ${describe(params.allowedValue)}`, `set ${p} to ${describe(params.allowedValue)}`);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const waiverRule = path[0] === 'waivers' && path[2] === 'rule';
      if (waiverRule && (RULE_IDS as readonly unknown[]).includes(value)) {
        return located(
          `${p}: ${describe(value)} cannot be waived: it is one of the gate's own integrity checks`,
          `fix what ${value} reports instead; a waiver can cover ${allowed.join(', ')}`,
        );
      }
      const what =
        path[0] === 'waivers' && path[2] === 'rule' ? 'a rule a waiver can cover' : `one of ${allowed.join(', ')}`;
      return located(
        `${p}: ${describe(value)} is not ${what}${didYouMean(String(value), allowed)}`,
        `use one of ${allowed.join(', ')}`,
      );
    }
    case 'pattern': {
      const hint = PATTERN_HINTS[String(params.pattern)];
      return located(
        `${p}: ${describe(value)} ${hint?.what ?? 'is not valid here'}`,
        hint?.fix ?? `match ${params.pattern}`,
      );
    }
    case 'format':
      return located(`${p}: ${describe(value)} is not a date`, 'write the date as YYYY-MM-DD, e.g. 2026-12-31');
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const words = {
        minimum: 'at least',
        exclusiveMinimum: 'greater than',
        maximum: 'at most',
        exclusiveMaximum: 'less than',
      }[error.keyword];
      return located(
        `${p} is ${describe(value)}; it must be ${words} ${params.limit}`,
        `use a number ${words} ${params.limit}`,
      );
    }
    case 'minLength':
      return located(`${p} is empty`, `write a value for ${p}`);
    case 'minItems':
      return located(`${p} is an empty list`, `list at least one entry in ${p}, or remove it to use the default`);
    case 'dependencies': {
      const has = formatPath([...path, String(params.property)]);
      const needs = formatPath([...path, String(params.missingProperty)]);
      return located(
        `${has} is given without ${needs}`,
        `add ${needs} or remove ${has}: the gate compares two samples`,
      );
    }
    default:
      return located(`${p} ${error.message ?? 'is not valid'}`, 'see the schema in schemas/ for what is allowed');
  }
}

/** Strings the schema marks as dates that have the right shape but are no real day (2026-02-30). */
function calendarProblems(data: unknown, schema: JsonSchema, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: Path): void => {
    const s = schemaAt(schema, path);
    if (
      typeof value === 'string' &&
      s?.format === 'date' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value) &&
      !isCalendarDate(value)
    ) {
      problems.push({
        path,
        ...nearestPosition(parsed, path),
        message: `${formatPath(path)}: '${value}' is not a real calendar date`,
        fix: 'write an existing day as YYYY-MM-DD, e.g. 2026-12-31',
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(data, []);
  return problems;
}

export interface SchemaCheckOptions {
  /** Fields beyond the schema's that are accepted under a parent path (fields a policy's `require` names). */
  extraFields?: (parent: Path) => string[];
}

/** Every schema problem of a parsed file, located and in words. */
export function schemaProblems(kind: FileKind, parsed: ParsedYaml, options: SchemaCheckOptions = {}): Problem[] {
  const data = parsed.data;
  const { validate, schema } = VALIDATORS[kind];
  validate(data);
  const extra = (e: ErrorObject): string[] => options.extraFields?.(toPath(data, e.instancePath)) ?? [];
  const errors = (validate.errors ?? []).filter(
    (e) => !(e.keyword === 'additionalProperties' && extra(e).includes(String(e.params.additionalProperty))),
  );
  // A value of the wrong type says so once; range or pattern complaints about it would be noise.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath));
  const problems = kept.map((e) => translate(kind, e, data, parsed, extra(e)));
  return [...problems, ...calendarProblems(data, schema, parsed)];
}

/** Problems sorted as a user reads the file, without repeats. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((p) => {
      const key = `${p.line}:${p.column}:${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

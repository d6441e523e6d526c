// The JSON Schemas of the manifest and the policy: the one source of truth. schemas/*.json are written
// from these constants by `node scripts/write-schemas.mjs` (a test fails when they differ), so editors
// validate with exactly what the gate validates with.
// Only structure lives here; what JSON Schema cannot say in words a user understands (tiers that
// exist, extends cycles, drift method names, calendar dates) is checked in policy.ts and manifest.ts.

import { createHash } from 'node:crypto';
import { DEFAULT_DRIFTED_SHARE, METHODS } from '../drift/methods.js';
import { NOT_WAIVABLE, RULE_IDS, type RuleId } from '../types.js';

export const API_VERSION = 'model-release-gate/v1';

/** Rules a manifest's waiver may name: all but the gate's own integrity checks (NOT_WAIVABLE). */
export const WAIVABLE_RULES: readonly RuleId[] = RULE_IDS.filter((r) => !NOT_WAIVABLE.has(r));

/** `2%`, `0.5%`: a relative tolerance (numbers are absolute ones). */
export const PERCENT_PATTERN = '^[0-9]+(\\.[0-9]+)?%$';
/** A GitHub user or team, with or without `@`: `@alice`, `@acme/model-risk`. */
export const HANDLE_PATTERN = '^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:/[A-Za-z0-9._-]+)?$';
/** A dotted manifest path as written in `require`: `model.owner`, `monitoring.alerts`. */
export const FIELD_PATH_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)*$';

/** The shape of a date; that it is a real calendar day is checked in dates (2026-02-30 is not). */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** ajv settings the validators are generated with: every error at once, strict schemas. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = { [key: string]: Json };

const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });
const date = (description: string): JsonSchema => ({ type: 'string', format: 'date', description });

export const MANIFEST_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'model-release-gate manifest (model-release.yml)',
  description: 'One model release: what it is, who owns it, where its evidence is, and its waivers.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'model'],
  properties: {
    apiVersion: { type: 'string', const: API_VERSION, description: `Always ${API_VERSION}.` },
    model: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: {
        name: text('The model name, stable across releases.'),
        version: text('The version released (kept exactly as written: 3.10 stays 3.10).'),
        owner: text('The owning team or person, e.g. "@acme/churn-ml".'),
        risk_tier: text('A tier the policy defines; the policy default tier applies when absent.'),
        intended_use: text('What the model is for.'),
        limitations: text('Where the model must not be relied on.'),
      },
    },
    training_data: {
      type: 'object',
      description: 'Where the training data came from. Fields beyond these are allowed.',
      properties: {
        source: text('A table, bucket or dataset name.'),
        version: text('A snapshot date, tag or version (any text).'),
        sha256: text('Digest of the training data snapshot.'),
      },
    },
    evaluation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        metrics: {
          type: ['string', 'object'],
          minLength: 1,
          description:
            'Path (relative to the manifest) of a metrics file (generic JSON/YAML, Hugging Face model card, MLflow run folder), or metrics written inline.',
        },
        dataset: text('Which model-index result to use when a Hugging Face card has several.'),
      },
    },
    drift: {
      type: 'object',
      additionalProperties: false,
      description: 'A drift report, or reference and current samples for the gate to compare.',
      properties: {
        report: text('Path of a drift report (generic, Evidently, whylogs), relative to the manifest.'),
        reference: text('Path of the reference sample (CSV or JSON lines), relative to the manifest.'),
        current: text('Path of the current sample (CSV or JSON lines), relative to the manifest.'),
        columns: {
          type: 'object',
          description: 'Column type overrides for drift computed from samples.',
          additionalProperties: { type: 'string', enum: ['numeric', 'categorical'] },
        },
      },
      dependencies: { reference: ['current'], current: ['reference'] },
    },
    monitoring: {
      type: 'object',
      description: 'How the model is watched in production. Fields beyond these are allowed.',
      properties: {
        dashboard: text('A dashboard URL.'),
        alerts: text('Where alerts go: a channel, a pager rotation.'),
        drift_check: text('How often drift is checked in production, e.g. daily.'),
      },
    },
    lifecycle: {
      type: 'object',
      additionalProperties: false,
      properties: {
        status: { type: 'string', enum: ['active', 'deprecated', 'retired'] },
        review_by: date('The date (YYYY-MM-DD) by which the model must be reviewed again.'),
      },
    },
    waivers: {
      type: 'array',
      description: 'Exceptions to a rule, each approved by a policy owner and with an expiry date.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'reason', 'ticket', 'approved_by', 'expires'],
        properties: {
          rule: { type: 'string', enum: [...WAIVABLE_RULES] },
          subject: text('The metric, feature, slice or field waived; all of the rule when absent.'),
          reason: text('Why the exception is acceptable.'),
          ticket: text('The tracking ticket.'),
          approved_by: text('The policy owner who approved it, e.g. "@alice".'),
          expires: date('The last day (YYYY-MM-DD) the waiver applies.'),
        },
      },
    },
  },
};

const number = (description: string): JsonSchema => ({ type: 'number', description });
const tolerance = (description: string): JsonSchema => ({
  type: ['number', 'string'],
  minimum: 0,
  pattern: PERCENT_PATTERN,
  description,
});

export const POLICY_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'model-release-gate policy (.github/model-release-policy.yml)',
  description: 'Risk tiers and the gates each one sets on a model release.',
  type: 'object',
  additionalProperties: false,
  required: ['apiVersion', 'tiers'],
  properties: {
    apiVersion: { type: 'string', const: API_VERSION, description: `Always ${API_VERSION}.` },
    manifests: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description: 'Globs that find manifests. Default ["**/model-release.yml"].',
    },
    owners: {
      type: 'array',
      items: { $ref: '#/definitions/handle' },
      description: 'Users and teams who approve policy changes and waivers.',
    },
    protected: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: "Globs of paths a pull request may change only with an owner's approval.",
    },
    tiers: {
      type: 'object',
      required: ['default'],
      properties: { default: text('The tier of a manifest that names none.') },
      additionalProperties: { $ref: '#/definitions/tier' },
    },
    waivers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_days: { type: 'integer', minimum: 1, description: 'Longest waiver allowed, in days. Default 90.' },
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_file_mb: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Largest evidence file read, in MB. Default 50.',
        },
        max_metrics: {
          type: 'integer',
          minimum: 1,
          description: 'Most metric values one metrics file may hold, slice values included. Default 10000.',
        },
        max_slices: {
          type: 'integer',
          minimum: 1,
          description: 'Most slices one metrics file may hold. Default 1000.',
        },
        max_features: {
          type: 'integer',
          minimum: 1,
          description: 'Most features one drift report (or pair of samples) may hold. Default 10000.',
        },
      },
    },
  },
  definitions: {
    handle: { type: 'string', pattern: HANDLE_PATTERN },
    tier: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extends: text('A tier whose rules this one inherits.'),
        require: {
          type: 'array',
          items: { type: 'string', pattern: FIELD_PATH_PATTERN },
          description: 'Dotted manifest fields that must be present and not empty (added to the parent tier ones).',
        },
        metrics: { type: 'object', additionalProperties: { $ref: '#/definitions/metric' } },
        slices: { type: 'object', additionalProperties: { $ref: '#/definitions/slice' } },
        drift: { $ref: '#/definitions/drift' },
        lifecycle: {
          type: 'object',
          additionalProperties: false,
          properties: { max_review_days: { type: 'integer', minimum: 1 } },
        },
        approvals: {
          type: 'object',
          additionalProperties: false,
          properties: {
            min: { type: 'integer', minimum: 0, description: 'Approving reviews needed. Default 1.' },
            from: {
              type: 'array',
              items: { $ref: '#/definitions/handle' },
              description: 'Users and teams whose approvals count; any reviewer when absent.',
            },
            require_latest_commit: {
              type: 'boolean',
              description: 'Count only approvals of the latest commit of the pull request.',
            },
          },
        },
      },
    },
    metric: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min: number('Lowest value allowed.'),
        max: number('Highest value allowed.'),
        max_drop: tolerance('Largest drop against the baseline: 0.01 (absolute) or 2% (relative).'),
        max_increase: tolerance('Largest rise against the baseline: 5 (absolute) or 10% (relative).'),
        significance: {
          type: 'number',
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description: 'Significance level of the regression test; a point comparison when absent.',
        },
      },
    },
    slice: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min: number('Every slice at least this.'),
        max: number('Every slice at most this.'),
        max_gap: { type: 'number', minimum: 0, description: 'Largest allowed best-minus-worst gap.' },
      },
    },
    drift: {
      type: 'object',
      additionalProperties: false,
      properties: {
        method: text(`auto, or a drift method: ${METHODS.map((m) => m.id).join(', ')}`),
        feature_threshold: {
          type: ['number', 'object'],
          minimum: 0,
          additionalProperties: { type: 'number', minimum: 0 },
          description: 'A number, or a map by method: { psi: 0.2, ks: 0.01 }.',
        },
        max_drifted_share: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: `Largest share of drifted features allowed. Default ${DEFAULT_DRIFTED_SHARE} (Evidently).`,
        },
        columns: {
          type: 'object',
          additionalProperties: { type: 'string', enum: ['numeric', 'categorical'] },
        },
        type_inference: {
          type: 'string',
          enum: ['evidently-0.7', 'legacy'],
          description:
            'How column types of samples are inferred: evidently-0.7 (default; integers with at most 10 values are categorical, mostly-distinct text is not judged), or legacy (any all-number column is numeric).',
        },
      },
    },
  },
};

/** Fingerprint of what the generated validators were built from, to detect stale ones. */
export function schemasDigest(ajvVersion: string): string {
  const input = JSON.stringify({ MANIFEST_SCHEMA, POLICY_SCHEMA, AJV_OPTIONS, DATE_PATTERN, ajvVersion });
  return createHash('sha256').update(input).digest('hex');
}

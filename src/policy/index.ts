// The policy and manifest API the engine, the rules and the CLI use.
export { loadPolicy, formatPolicyError, formatPolicyErrors, POLICY_DEFAULTS } from './policy.js';
export type { PolicyError, PolicyResult } from './policy.js';
export { BUILTIN_POLICY_YAML, BUILTIN_POLICY_SOURCE, builtinPolicy } from './builtin.js';
export { loadManifest } from './manifest.js';
export { API_VERSION, WAIVABLE_RULES, MANIFEST_SCHEMA, POLICY_SCHEMA } from './schemas.js';
export { isCalendarDate } from './validate.js';
export { formatPath } from './yaml-source.js';
export type { Path, Position } from './yaml-source.js';
export type * from './types.js';

// Loading a policy: from a file's text (loadPolicy) or the built-in default (builtinPolicy).
export { formatPolicyError, formatPolicyErrors, loadPolicy, POLICY_DEFAULTS } from './policy.js';
export type { PolicyError, PolicyResult } from './policy.js';
export { BUILTIN_POLICY_SOURCE, BUILTIN_POLICY_YAML, builtinPolicy } from './builtin.js';

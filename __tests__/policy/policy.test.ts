import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { BUILTIN_POLICY_YAML, builtinPolicy, formatPolicyError, loadPolicy } from '../../src/policy/index.js';
import type { Policy, PolicyError } from '../../src/policy/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8');

function valid(text: string): Policy {
  const result = loadPolicy(text, '.github/model-release-policy.yml');
  if (!result.ok) throw new Error(result.errors.map(formatPolicyError).join('\n'));
  return result.policy;
}

function errors(text: string): PolicyError[] {
  const result = loadPolicy(text, '.github/model-release-policy.yml');
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

/** `line:column message` of each error, for exact comparison. */
const located = (text: string): string[] => errors(text).map((e) => `${e.line}:${e.column} ${e.message}`);

const HEAD = 'apiVersion: model-release-gate/v1\n';
/** A valid two-tier policy with `extra` appended under the medium tier. */
const withMedium = (extra: string): string =>
  `${HEAD}tiers:\n  default: medium\n  low:\n    require: [model.owner]\n  medium:\n    extends: low\n${extra}`;

describe('the example policy', () => {
  const text = fixture('design-policy.yml');
  const policy = valid(text);

  it('keeps the top-level settings', () => {
    expect(policy.apiVersion).toBe('model-release-gate/v1');
    expect(policy.source).toBe('.github/model-release-policy.yml');
    expect(policy.builtin).toBe(false);
    expect(policy.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    expect(policy.manifests).toEqual(['models/**/model-release.yml']);
    expect(policy.owners).toEqual(['@acme/model-risk']);
    expect(policy.protected).toEqual(['.github/model-release-policy.yml', '.github/workflows/**']);
    expect(policy.defaultTier).toBe('medium');
    expect(policy.waivers).toEqual({ max_days: 90 });
    expect(policy.limits).toEqual({
      max_file_bytes: 50 * 1024 * 1024,
      max_metrics: 10_000,
      max_slices: 1_000,
      max_features: 10_000,
    });
    expect(Object.keys(policy.tiers)).toEqual(['low', 'medium', 'high']);
  });

  it('unions require lists down the extends chain, parent first', () => {
    expect(policy.tiers.low.require).toEqual(['model.owner', 'model.intended_use']);
    expect(policy.tiers.high.require).toEqual([
      'model.owner',
      'model.intended_use',
      'training_data.version',
      'monitoring.alerts',
      'lifecycle.review_by',
    ]);
  });

  it('reads absolute and relative tolerances', () => {
    const m = policy.tiers.medium.metrics;
    expect(m.auc).toEqual({ min: 0.8, max_drop: { kind: 'absolute', value: 0.01, text: '0.01' } });
    expect(m.accuracy).toEqual({ min: 0.75, max_drop: { kind: 'relative', value: 0.02, text: '2%' } });
    expect(m.latency_p95_ms).toEqual({ max: 250, max_increase: { kind: 'relative', value: 0.1, text: '10%' } });
  });

  it('lets high override auc field by field and inherit the other metrics', () => {
    const m = policy.tiers.high.metrics;
    expect(m.auc).toEqual({ min: 0.85, max_drop: { kind: 'absolute', value: 0.005, text: '0.005' } });
    expect(m.accuracy).toEqual(policy.tiers.medium.metrics.accuracy);
    expect(policy.tiers.high.slices).toEqual({ auc: { min: 0.75, max_gap: 0.05 } });
    expect(policy.tiers.high.drift).toEqual({ method: 'auto', feature_threshold: 0.2, max_drifted_share: 0.3 });
    expect(policy.tiers.high.lifecycle).toEqual({ max_review_days: 365 });
    expect(policy.tiers.high.approvals).toEqual({ min: 2, from: ['@acme/model-risk'] });
    expect(policy.tiers.low.metrics).toEqual({});
    expect(policy.tiers.low.drift).toBeUndefined();
  });

  it('points at the lines the policy was written on', () => {
    expect(policy.positionOf(['tiers', 'high', 'metrics', 'auc', 'min'])).toEqual({ line: 27, column: 19 });
    expect(policy.positionOf(['tiers', 'medium'])).toEqual({ line: 9, column: 3 });
    expect(policy.positionOf(['owners', 0])).toEqual({ line: 3, column: 10 });
    expect(policy.positionOf(['tiers', 'nope'])).toBeUndefined();
  });
});

describe('inheritance', () => {
  it('merges a metric rule field by field: a child can raise only min', () => {
    const p = valid(
      withMedium('    metrics:\n      auc: { min: 0.8, max_drop: 1% }\n') +
        '  high:\n    extends: medium\n    metrics:\n      auc: { min: 0.9 }\n',
    );
    expect(p.tiers.high.metrics.auc).toEqual({ min: 0.9, max_drop: { kind: 'relative', value: 0.01, text: '1%' } });
  });

  it('merges feature_threshold maps by method and lets a number replace a map', () => {
    const p = valid(
      withMedium('    drift: { method: auto, feature_threshold: { PSI: 0.2, ks: 0.01 } }\n') +
        '  high:\n    extends: medium\n    drift: { feature_threshold: { psi: 0.1 } }\n' +
        '  strict:\n    extends: medium\n    drift: { method: psi, feature_threshold: 0.05 }\n',
    );
    expect(p.tiers.medium.drift?.feature_threshold).toEqual({ psi: 0.2, ks: 0.01 });
    expect(p.tiers.high.drift).toEqual({
      method: 'auto',
      feature_threshold: { psi: 0.1, ks: 0.01 },
      max_drifted_share: 0.5,
    });
    expect(p.tiers.strict.drift).toEqual({ method: 'psi', feature_threshold: 0.05, max_drifted_share: 0.5 });
  });

  it('maps drift method names of other tools to canonical ids', () => {
    const p = valid(
      withMedium('    drift: { method: K-S p_value, feature_threshold: { Jensen-Shannon distance: 0.15 } }\n'),
    );
    expect(p.tiers.medium.drift).toEqual({
      method: 'ks',
      feature_threshold: { jensenshannon: 0.15 },
      max_drifted_share: 0.5,
    });
  });

  it('keeps metrics and tiers named like Object properties as plain names', () => {
    const p = valid(
      withMedium('    metrics:\n      __proto__: { min: 0.5 }\n      constructor: { min: 0.1 }\n') +
        '  high:\n    extends: medium\n    metrics:\n      __proto__: { max: 0.9 }\n' +
        '  constructor:\n    extends: high\n',
    );
    expect(Object.keys(p.tiers.high.metrics).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(p.tiers.high.metrics, '__proto__')?.value).toEqual({ min: 0.5, max: 0.9 });
    expect(Object.getPrototypeOf(p.tiers.high.metrics)).toBe(Object.prototype);
    const named = Object.getOwnPropertyDescriptor(p.tiers, 'constructor')?.value;
    expect(Object.keys(named.metrics).sort()).toEqual(['__proto__', 'constructor']);
    expect(named.require).toEqual(['model.owner']);
  });

  it('reads the entry limits, and fills the ones not given with their defaults', () => {
    const p = valid(`${withMedium('')}limits: { max_file_mb: 1, max_metrics: 50, max_features: 7 }\n`);
    expect(p.limits).toEqual({ max_file_bytes: 1024 * 1024, max_metrics: 50, max_slices: 1_000, max_features: 7 });
    expect(located(`${withMedium('')}limits: { max_slices: 0 }\n`)).toEqual([
      '8:23 limits.max_slices is 0; it must be at least 1',
    ]);
  });

  it('fills defaults: manifests glob, waiver length, file limit, approvals', () => {
    const p = valid(withMedium('    approvals: { from: ["@acme/risk"], require_latest_commit: true }\n'));
    expect(p.manifests).toEqual(['**/model-release.yml']);
    expect(p.waivers.max_days).toBe(90);
    expect(p.limits.max_file_bytes).toBe(52428800);
    expect(p.owners).toEqual([]);
    expect(p.tiers.medium.approvals).toEqual({ min: 1, from: ['@acme/risk'], require_latest_commit: true });
  });
});

describe('the built-in policy', () => {
  it('loads, is marked built-in, and gates documentation, data, monitoring and review', () => {
    const p = builtinPolicy();
    expect(p.builtin).toBe(true);
    expect(p.source).toBe('built-in');
    expect(p.defaultTier).toBe('medium');
    expect(Object.keys(p.tiers)).toEqual(['low', 'medium', 'high']);
    expect(p.tiers.medium.require).toEqual(
      expect.arrayContaining(['model.owner', 'model.limitations', 'evaluation.metrics', 'lifecycle.review_by']),
    );
    expect(p.tiers.medium.drift).toBeUndefined();
    expect(p.tiers.high.drift).toEqual({ method: 'auto', max_drifted_share: 0.3 });
    expect(p.tiers.high.approvals).toEqual({ min: 1, from: [] });
    expect(p.sha256).toBe(createHash('sha256').update(BUILTIN_POLICY_YAML).digest('hex'));
    expect(builtinPolicy()).toBe(p);
  });
});

describe('invalid policies: every error located, in words', () => {
  it('an unsupported apiVersion is reported alone', () => {
    expect(located('apiVersion: model-release-gate/v2\ntiers: 3\n')).toEqual([
      "1:13 apiVersion 'model-release-gate/v2' is not supported; this gate reads model-release-gate/v1",
    ]);
  });

  it('a missing apiVersion and tiers', () => {
    const e = errors('owners: ["@a"]\n');
    expect(e.map((x) => `${x.line}:${x.column} ${x.message} | ${x.fix}`)).toEqual([
      '1:1 apiVersion is missing | add "apiVersion: model-release-gate/v1" as the first line',
      '1:1 tiers is missing | add "tiers:" at the top level',
    ]);
  });

  it('an extends cycle names the cycle once', () => {
    const text = `${HEAD}tiers:\n  default: medium\n  medium:\n    extends: high\n  high:\n    extends: medium\n  low: {}\n`;
    expect(located(text)).toEqual(['5:14 tiers extend each other in a cycle: medium -> high -> medium']);
  });

  it('a three-tier cycle and a self-extension', () => {
    const text = `${HEAD}tiers:\n  default: a\n  a: { extends: b }\n  b: { extends: c }\n  c: { extends: a }\n  d: { extends: d }\n`;
    expect(located(text)).toEqual([
      '4:17 tiers extend each other in a cycle: a -> b -> c -> a',
      '7:17 tiers extend each other in a cycle: d -> d',
    ]);
  });

  it('extends an unknown tier, with a suggestion', () => {
    expect(located(withMedium('  high:\n    extends: meduim\n'))).toEqual([
      "9:14 tiers.high.extends: 'meduim' is not a tier of the policy; tiers are low, medium, high; did you mean 'medium'?",
    ]);
  });

  it('the default tier must exist and must be given', () => {
    expect(located(`${HEAD}tiers:\n  default: critical\n  low: {}\n`)).toEqual([
      "3:12 tiers.default: 'critical' is not a tier of the policy; tiers are low",
    ]);
    const e = errors(`${HEAD}tiers:\n  low: {}\n`);
    expect(e).toEqual([
      {
        file: '.github/model-release-policy.yml',
        line: 2,
        column: 1,
        path: 'tiers.default',
        message: 'tiers.default is missing',
        fix: 'add "default: <tier>" under tiers: the tier of a manifest that names none, e.g. default: medium',
      },
    ]);
  });

  it('an unknown field suggests the nearest known one', () => {
    expect(located(withMedium('    metrcs:\n      auc: { min: 0.8 }\n'))).toEqual([
      "8:5 'metrcs' is not a field of tiers.medium; did you mean 'metrics'?",
    ]);
    const e = errors(`${HEAD}tiers: { default: low, low: {} }\nownres: []\n`);
    expect(e[0].message).toBe("'ownres' is not a policy field; did you mean 'owners'?");
    expect(e[0].fix).toBe("rename 'ownres' to 'owners'");
  });

  it('an unknown field with no near name lists the known ones', () => {
    const e = errors(withMedium('    metrics:\n      auc: { floor: 0.8 }\n'));
    expect(e.map((x) => `${x.line}:${x.column} ${x.message} | ${x.fix}`)).toEqual([
      "9:14 'floor' is not a field of tiers.medium.metrics.auc | remove 'floor'; the fields of tiers.medium.metrics.auc are min, max, max_drop, max_increase, significance",
    ]);
  });

  it('malformed tolerances: a space, letters, negative numbers', () => {
    const text = withMedium(
      '    metrics:\n      auc: { max_drop: 2 % }\n      f1: { max_drop: abc% }\n      acc: { max_drop: -0.01 }\n      lat: { max_increase: "5" }\n',
    );
    expect(errors(text).map((x) => `${x.line}:${x.column} ${x.message} | ${x.fix}`)).toEqual([
      "9:24 tiers.medium.metrics.auc.max_drop: '2 %' is not a tolerance | write an absolute number (0.01) or a percentage with no space (2%)",
      "10:23 tiers.medium.metrics.f1.max_drop: 'abc%' is not a tolerance | write an absolute number (0.01) or a percentage with no space (2%)",
      '11:24 tiers.medium.metrics.acc.max_drop is -0.01; it must be at least 0 | use a number at least 0',
      "12:28 tiers.medium.metrics.lat.max_increase: '5' is not a tolerance | write an absolute number (0.01) or a percentage with no space (2%)",
    ]);
  });

  it('negative and out-of-range thresholds', () => {
    const text = withMedium(
      '    slices:\n      auc: { max_gap: -0.05 }\n    drift: { max_drifted_share: 1.5, feature_threshold: -0.1 }\n    lifecycle: { max_review_days: 0 }\n',
    );
    expect(located(text)).toEqual([
      '9:23 tiers.medium.slices.auc.max_gap is -0.05; it must be at least 0',
      '10:33 tiers.medium.drift.max_drifted_share is 1.5; it must be at most 1',
      '10:57 tiers.medium.drift.feature_threshold is -0.1; it must be at least 0',
      '11:35 tiers.medium.lifecycle.max_review_days is 0; it must be at least 1',
    ]);
  });

  it('an unknown drift method lists the known ones', () => {
    const e = errors(withMedium('    drift: { method: kolmogorov }\n'));
    expect(e).toHaveLength(1);
    expect(`${e[0].line}:${e[0].column} ${e[0].message}`).toBe(
      "8:22 tiers.medium.drift.method: 'kolmogorov' is not a drift method the gate knows",
    );
    expect(e[0].fix).toMatch(/^use one of auto, ks, chisquare, z, psi, wasserstein, jensenshannon, /);
  });

  it('feature_threshold by method: unknown method, p-value out of (0, 1] (1 itself is allowed), the same method twice', () => {
    const text = withMedium('    drift:\n      feature_threshold: { pssi: 0.2, ks: 1, chi2: 0, psi: 0.1, PSI: 0.2 }\n');
    expect(located(text)).toEqual([
      "9:28 tiers.medium.drift.feature_threshold.pssi: 'pssi' is not a drift method the gate knows; did you mean 'psi'?",
      '9:52 tiers.medium.drift.feature_threshold.chi2 is 0; chisquare gives a p-value, so its threshold is a significance level in (0, 1], not 0',
      "9:65 tiers.medium.drift.feature_threshold.PSI: 'PSI' and 'psi' are the same method (psi)",
    ]);
  });

  it('a p-value method with a distance-sized threshold', () => {
    expect(located(withMedium('    drift: { method: ks, feature_threshold: 5 }\n'))).toEqual([
      '8:45 tiers.medium.drift.feature_threshold is 5; ks gives a p-value, so its threshold is a significance level in (0, 1], not 5',
    ]);
  });

  it('wrong types say what was expected and what was found', () => {
    const text = `${HEAD}manifests: "models/**"\nowners: [acme model risk]\ntiers:\n  default: low\n  low:\n    require: model.owner\n    approvals: { min: 1.5, require_latest_commit: "yes" }\n`;
    expect(located(text)).toEqual([
      "2:12 manifests must be a list, not 'models/**'",
      "3:10 owners[0]: 'acme model risk' is not a GitHub user or team",
      "7:14 tiers.low.require must be a list, not 'model.owner'",
      '8:23 tiers.low.approvals.min must be a whole number, not 1.5',
      "8:51 tiers.low.approvals.require_latest_commit must be true or false, not 'yes'",
    ]);
  });

  it('manifests and protected globs that can never match are refused, each on its line', () => {
    const text =
      `${HEAD}manifests:\n  - /etc/**\n  - ../**\n  - models/../../x.yml\n  - .git/**\n  - "**/.git/config"\n` +
      '  - C:/models/**\n  - ./models/**/model-release.yml\nprotected: ["~/secrets/**", "ok/**"]\n' +
      'tiers:\n  default: low\n  low: {}\n';
    expect(errors(text).map((e) => `${e.line}:${e.column} ${e.message} Fix: ${e.fix}`)).toEqual([
      '3:5 manifests[0]: \'/etc/**\' is an absolute path; manifests globs match repository-relative paths, so it can never match anything Fix: write it relative to the repository root, like "models/**/model-release.yml"',
      "4:5 manifests[1]: '../**' climbs out of its folder with '..'; manifests globs match repository-relative paths, so it can never match anything Fix: write it relative to the repository root, like \"models/**/model-release.yml\"",
      "5:5 manifests[2]: 'models/../../x.yml' climbs out of its folder with '..'; manifests globs match repository-relative paths, so it can never match anything Fix: write it relative to the repository root, like \"models/**/model-release.yml\"",
      "6:5 manifests[3]: '.git/**' points into .git/, which is never read as part of a release; manifests globs match repository-relative paths, so it can never match anything Fix: remove it",
      "7:5 manifests[4]: '**/.git/config' points into .git/, which is never read as part of a release; manifests globs match repository-relative paths, so it can never match anything Fix: remove it",
      '8:5 manifests[5]: \'C:/models/**\' is an absolute path; manifests globs match repository-relative paths, so it can never match anything Fix: write it relative to the repository root, like "models/**/model-release.yml"',
      '10:13 protected[0]: \'~/secrets/**\' is an absolute path; protected globs match repository-relative paths, so it can never match anything Fix: write it relative to the repository root, like ".github/workflows/**"',
    ]);
  });

  it('also refuses the less obvious ways of never matching: .. inside an extglob or braces, an empty glob', () => {
    const text = `${HEAD}manifests:\n  - "@(..)/**"\n  - "{..,models}/**/model-release.yml"\n  - "   "\n  - "a..b/**"\ntiers:\n  default: low\n  low: {}\n`;
    expect(errors(text).map((e) => `${e.line}:${e.column} ${e.message.split(';')[0]}`)).toEqual([
      "3:5 manifests[0]: '@(..)/**' climbs out of its folder with '..'",
      "4:5 manifests[1]: '{..,models}/**/model-release.yml' climbs out of its folder with '..'",
      "5:5 manifests[2]: '   ' is empty",
    ]);
  });

  it('require paths must name manifest fields', () => {
    expect(located(withMedium('    require: [modle.owner, model.ownr, model.license]\n'))).toEqual([
      "8:15 tiers.medium.require[0]: 'modle.owner' is not a manifest field: 'modle' is not a manifest section; did you mean 'model'?",
      "8:28 tiers.medium.require[1]: 'model.ownr' is not a manifest field; did you mean 'model.owner'?",
    ]);
  });

  it('contradictions after inheritance: min above max, max_drop with max_increase', () => {
    const text =
      withMedium('    metrics:\n      auc: { min: 0.8, max_drop: 0.01 }\n') +
      '  high:\n    extends: medium\n    metrics:\n      auc: { max: 0.7, max_increase: 1% }\n';
    expect(located(text)).toEqual([
      '13:7 tiers.high.metrics.auc: min 0.8 is above max 0.7 (with what it inherits from medium), so no value can pass',
      '13:7 tiers.high.metrics.auc has both max_drop and max_increase (with what it inherits from medium); a metric is better either higher (max_drop) or lower (max_increase)',
    ]);
  });

  it('formats an error as file:line:column for the terminal', () => {
    const [e] = errors(withMedium('  high:\n    extends: meduim\n'));
    expect(formatPolicyError(e)).toBe(
      ".github/model-release-policy.yml:9:14: tiers.high.extends: 'meduim' is not a tier of the policy; tiers are low, medium, high; did you mean 'medium'? Fix: extend one of low, medium, high, or remove extends.",
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { builtinPolicy, loadManifest, loadPolicy } from '../../src/policy/index.js';
import type { LoadedManifest, Policy } from '../../src/policy/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8');

function designPolicy(): Policy {
  const result = loadPolicy(fixture('design-policy.yml'), '.github/model-release-policy.yml');
  if (!result.ok) throw new Error('the example policy must load');
  return result.policy;
}
const policy = designPolicy();
const FILE = 'models/churn/model-release.yml';

const load = (text: string, p: Policy = policy): LoadedManifest => loadManifest(text, FILE, p);
/** `line:column message` of each finding. */
const located = (text: string, p: Policy = policy): string[] =>
  load(text, p).findings.map((f) => `${f.line}:${f.column} ${f.message}`);

const HEAD = 'apiVersion: model-release-gate/v1\n';
const MINIMAL = `${HEAD}model:\n  name: churn\n  version: 3.2.0\n`;

describe('the example manifest', () => {
  const text = fixture('design-manifest.yml');
  const loaded = load(text);

  it('loads with no findings', () => {
    expect(loaded.findings).toEqual([]);
    expect(loaded.path).toBe(FILE);
    expect(loaded.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('keeps every section as written; dates and versions stay text', () => {
    const m = loaded.manifest!;
    expect(m.apiVersion).toBe('model-release-gate/v1');
    expect(m.model).toEqual({
      name: 'churn-classifier',
      version: '3.2.0',
      owner: '@acme/churn-ml',
      risk_tier: 'high',
      intended_use: 'Rank accounts by churn risk for retention outreach.',
      limitations: 'Not validated for accounts younger than 30 days.',
    });
    expect(m.training_data).toEqual({ source: 'warehouse.churn_features', version: '2026-10-01', sha256: '9f2c...' });
    expect(m.evaluation).toEqual({ metrics: 'eval/metrics.json' });
    expect(m.drift).toEqual({ report: 'eval/drift.json' });
    expect(m.monitoring).toEqual({
      dashboard: 'https://grafana.example/d/churn',
      alerts: '#churn-oncall',
      drift_check: 'daily',
    });
    expect(m.lifecycle).toEqual({ status: 'active', review_by: '2027-06-30' });
    expect(m.waivers).toEqual([
      {
        rule: 'drift.feature',
        subject: 'tenure_days',
        reason: 'Seasonal shift; retraining is scheduled.',
        ticket: 'GOV-142',
        approved_by: '@alice',
        expires: '2026-12-31',
        index: 0,
      },
    ]);
    expect(m.data.model).toEqual(m.model);
  });

  it('points rules at the lines a user wrote', () => {
    expect(loaded.positionOf(['model', 'risk_tier'])).toEqual({ line: 6, column: 14 });
    expect(loaded.positionOf(['waivers', 0, 'expires'])).toEqual({ line: 26, column: 14 });
    expect(loaded.positionOf(['waivers', 0])).toEqual({ line: 21, column: 5 });
    expect(loaded.positionOf(['lifecycle', 'review_by'])).toEqual({ line: 19, column: 41 });
    expect(loaded.positionOf(['model'])).toEqual({ line: 2, column: 1 });
    expect(loaded.positionOf(['monitoring', 'runbook'])).toBeUndefined();
  });
});

describe('YAML values a user means as text', () => {
  it('keeps versions as written: 3.10 is not 3.1, 2024 is "2024"', () => {
    const m = load(
      `${HEAD}model:\n  name: 2024\n  version: 3.10\ntraining_data: { version: 2026-10-01, sha256: 1234e567 }\nmonitoring: { alerts: no }\n`,
    ).manifest!;
    expect(m.model.name).toBe('2024');
    expect(m.model.version).toBe('3.10');
    expect(m.training_data).toEqual({ version: '2026-10-01', sha256: '1234e567' });
    expect(m.monitoring).toEqual({ alerts: 'no' });
  });

  it('accepts inline metrics and aliases', () => {
    const m = load(`${HEAD}model: &m\n  name: a\n  version: "1"\nevaluation: { metrics: { auc: 0.9 } }\n`).manifest!;
    expect(m.evaluation).toEqual({ metrics: { auc: 0.9 } });
  });

  it('accepts model fields of its own when the policy requires them', () => {
    const custom = loadPolicy(
      `${HEAD}tiers:\n  default: low\n  low:\n    require: [model.license, training_data.consent]\n`,
      'p.yml',
    );
    if (!custom.ok) throw new Error('policy must load');
    const m = load(`${MINIMAL}  license: apache-2.0\n`, custom.policy);
    expect(m.findings).toEqual([]);
    expect(m.manifest!.model.license).toBe('apache-2.0');
    const [typo] = load(`${MINIMAL}  licence: x\n`, custom.policy).findings;
    expect(`${typo.line}:${typo.column} ${typo.message} | ${typo.fix}`).toEqual(
      "5:3 'licence' is not a field of model; did you mean 'license'? | rename 'licence' to 'license'",
    );
  });
});

describe('invalid manifests: every problem at once, located, with a fix', () => {
  it('findings are manifest.invalid failures with file, line, column, subject and fix', () => {
    const loaded = load(`${MINIMAL}  risk_tier: hihg\n`);
    expect(loaded.manifest).toBeNull();
    expect(loaded.findings).toEqual([
      {
        rule: 'manifest.invalid',
        status: 'fail',
        subject: 'model.risk_tier',
        message: "model.risk_tier: 'hihg' is not a tier of the policy; tiers are low, medium, high",
        fix: 'write "risk_tier: high", or remove risk_tier to use the default tier medium',
        file: FILE,
        line: 5,
        column: 14,
      },
    ]);
    expect(loaded.positionOf(['model', 'risk_tier'])).toEqual({ line: 5, column: 14 });
  });

  it('a tier far from any known one lists the tiers', () => {
    const [f] = load(`${MINIMAL}  risk_tier: critical\n`).findings;
    expect(f.fix).toBe('use one of low, medium, high, or remove risk_tier to use the default tier medium');
  });

  it('an unsupported apiVersion is reported alone, saying the supported one', () => {
    expect(located('apiVersion: model-release-gate/v2\nmodel: 3\n')).toEqual([
      "1:13 apiVersion 'model-release-gate/v2' is not supported; this gate reads model-release-gate/v1",
    ]);
  });

  it('a missing apiVersion', () => {
    const [f] = load('model:\n  name: a\n  version: 1\n').findings;
    expect([f.line, f.column, f.message, f.fix]).toEqual([
      1,
      1,
      'apiVersion is missing',
      'add "apiVersion: model-release-gate/v1" as the first line',
    ]);
  });

  it('an unknown top-level field suggests the nearest one', () => {
    const loaded = load(`${HEAD}modle:\n  name: a\n  version: 1\n`);
    expect(loaded.findings.map((f) => `${f.line}:${f.column} ${f.message} | ${f.fix}`)).toEqual([
      '1:1 model is missing | add "model:" at the top level',
      "2:1 'modle' is not a manifest field; did you mean 'model'? | rename 'modle' to 'model'",
    ]);
  });

  it('unknown nested fields: a typo gets a suggestion, a stranger the list of fields', () => {
    expect(located(`${MINIMAL}  risk_teir: high\n  framework: torch\n`)).toEqual([
      "5:3 'risk_teir' is not a field of model; did you mean 'risk_tier'?",
      "6:3 'framework' is not a field of model",
    ]);
  });

  it('wrong types', () => {
    expect(located(`${HEAD}model:\n  name: [a]\n  version: null\nwaivers: {rule: x}\n`)).toEqual([
      '3:3 model.name must be text, not a list',
      '4:12 model.version must be text, not empty',
      '5:1 waivers must be a list, not a mapping',
    ]);
    expect(located(`${HEAD}model:\n`)).toEqual(['2:1 model must be a mapping of "key: value" lines, not empty']);
    expect(located(`${HEAD}model:\n  name: ''\n  version: 1\n`)).toEqual(['3:9 model.name is empty']);
  });

  it('dates must be real calendar days written YYYY-MM-DD', () => {
    expect(located(`${MINIMAL}lifecycle: { review_by: 2026-02-30 }\n`)).toEqual([
      "5:25 lifecycle.review_by: '2026-02-30' is not a real calendar date",
    ]);
    expect(located(`${MINIMAL}lifecycle: { review_by: 20261231 }\n`)).toEqual([
      "5:25 lifecycle.review_by: '20261231' is not a date",
    ]);
    expect(located(`${MINIMAL}lifecycle: { review_by: next year }\n`)).toEqual([
      "5:25 lifecycle.review_by: 'next year' is not a date",
    ]);
    expect(located(`${MINIMAL}lifecycle: { review_by: 2028-02-29 }\n`)).toEqual([]);
  });

  it('a waiver without an expiry date, and every other problem of the file with it', () => {
    const text = `${MINIMAL}lifecycle: { status: actve }\nwaivers:\n  - rule: drift.feature\n    subject: tenure_days\n    reason: r\n    ticket: GOV-1\n    approved_by: "@alice"\n  - rule: drift.feture\n    reason: r\n    ticket: GOV-2\n    approved_by: "@alice"\n    expires: 2026-13-01\n`;
    expect(load(text).findings.map((f) => `${f.line}:${f.column} ${f.message} | ${f.fix}`)).toEqual([
      "5:22 lifecycle.status: 'actve' is not one of active, deprecated, retired; did you mean 'active'? | use one of active, deprecated, retired",
      '7:5 waivers[0] has no expiry date (expires) | add "expires: YYYY-MM-DD": every waiver must end, at most the policy\'s waivers.max_days away',
      "12:11 waivers[1].rule: 'drift.feture' is not a rule a waiver can cover; did you mean 'drift.feature'? | use one of manifest.required, evidence.stale, metrics.threshold, metrics.regression, metrics.slice, drift.feature, drift.dataset, monitoring.required, lifecycle.review, lifecycle.retired",
      "16:14 waivers[1].expires: '2026-13-01' is not a real calendar date | write an existing day as YYYY-MM-DD, e.g. 2026-12-31",
    ]);
  });

  it('a waiver without a ticket, and one for a rule no waiver can cover', () => {
    const text = `${MINIMAL}waivers:\n  - rule: evidence.missing\n    reason: r\n    approved_by: "@alice"\n    expires: 2026-12-31\n`;
    expect(located(text)).toEqual([
      '6:5 waivers[0] names no ticket',
      "6:11 waivers[0].rule: 'evidence.missing' cannot be waived: it is one of the gate's own integrity checks",
    ]);
  });

  it('drift evidence: a report or two samples, not both, not one sample', () => {
    expect(located(`${MINIMAL}drift: { report: d.json, reference: r.csv, current: c.csv }\n`)).toEqual([
      '5:18 drift gives both a report and samples (reference/current); the gate would not know which to judge',
    ]);
    expect(located(`${MINIMAL}drift: { reference: r.csv }\n`)).toEqual([
      '5:1 drift.reference is given without drift.current',
    ]);
    expect(located(`${MINIMAL}drift: { reference: r.csv, current: c.csv, columns: { plan: text } }\n`)).toEqual([
      "5:61 drift.columns.plan: 'text' is not one of numeric, categorical",
    ]);
  });

  it('a key named __proto__ is a plain unknown field', () => {
    expect(located(`${MINIMAL}__proto__: { x: 1 }\n`)).toEqual(["5:1 '__proto__' is not a manifest field"]);
  });
});

describe('YAML that cannot be read safely', () => {
  it('a syntax error, with its line', () => {
    expect(located(`${MINIMAL}  owner: [unclosed\n`)).toEqual([
      '6:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('tabs as indentation', () => {
    const [f] = load(`${MINIMAL}\towner: x\n`).findings;
    expect([f.line, f.column, f.message, f.fix]).toEqual([
      5,
      1,
      'YAML syntax error: Tabs are not allowed as indentation',
      'indent with spaces, not tabs',
    ]);
  });

  it('duplicate keys are errors naming both lines, not last-wins', () => {
    expect(located(`${MINIMAL}  name: other\n`)).toEqual([
      '5:3 model.name is written twice (first on line 3); YAML would silently keep only the last one',
    ]);
    expect(located(`${MINIMAL}model:\n  name: x\n`)).toEqual([
      '5:1 model is written twice (first on line 2); YAML would silently keep only the last one',
    ]);
  });

  it('an alias bomb is refused without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${new Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    // Expanded, this would be 10^10 nodes: the test finishing at all shows it was not expanded.
    expect(located(`${HEAD}${levels.join('\n')}\n`)).toEqual([
      '1:1 the manifest expands YAML aliases (*name) more than 100 times; refusing to read it (a file built like this can exhaust memory)',
    ]);
  });

  it('aliases that point nowhere or into themselves', () => {
    expect(located(`${MINIMAL}  owner: *nope\n`)).toEqual([
      '5:10 the alias *nope refers to no anchor &nope defined before it',
    ]);
    expect(located(`${MINIMAL}monitoring: &m { x: *m }\n`)).toEqual([
      '5:21 the alias *m is inside the value anchored as &m, so it would repeat itself forever',
    ]);
  });

  it('a root that is not a mapping', () => {
    expect(located('- a\n- b\n')).toEqual([
      '1:1 the manifest must be a YAML mapping of "key: value" lines at the top level; found a list',
    ]);
    expect(located('just text\n')).toEqual([
      '1:1 the manifest must be a YAML mapping of "key: value" lines at the top level; found the value "just text"',
    ]);
  });

  it('an empty file, or one with only comments', () => {
    expect(located('')).toEqual(['1:1 the manifest is empty']);
    expect(located('# nothing yet\n\n')).toEqual(['1:1 the manifest is empty']);
  });

  it('several documents in one file', () => {
    expect(located(`${MINIMAL}---\n${MINIMAL}`)).toEqual([
      '5:1 the manifest holds 2 YAML documents (separated by "---"); it must hold one',
    ]);
  });

  it('the same safety applies to a policy', () => {
    const result = loadPolicy(`${HEAD}tiers:\n  default: low\n  low: {}\n  low: {}\n`, 'p.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        {
          file: 'p.yml',
          line: 5,
          column: 3,
          path: 'tiers.low',
          message: 'tiers.low is written twice (first on line 4); YAML would silently keep only the last one',
          fix: "keep one 'low:' and remove the other",
        },
      ]);
    }
    const empty = loadPolicy('', 'p.yml');
    expect(empty.ok ? [] : empty.errors.map((e) => e.message)).toEqual(['the policy is empty']);
  });
});

describe('manifests against the built-in policy', () => {
  it('accepts the tiers it defines', () => {
    expect(load(`${MINIMAL}  risk_tier: low\n`, builtinPolicy()).findings).toEqual([]);
    expect(located(`${MINIMAL}  risk_tier: High\n`, builtinPolicy())).toEqual([
      "5:14 model.risk_tier: 'High' is not a tier of the policy; tiers are low, medium, high",
    ]);
  });
});

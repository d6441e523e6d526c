// Thirty-plus malformed inputs, end to end through the command line: each gets the exact rule (or exit
// code) and message a user sees. None prints a stack trace, none reads outside the repository, none ends in go.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, TempRepo } from './harness.js';

const POLICY = `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ["@risk-lead"]
tiers:
  default: medium
  low:
    require: [model.owner]
  medium:
    extends: low
    metrics:
      auc: { min: 0.8, max_drop: 0.01 }
    drift: { method: auto, max_drifted_share: 0.5 }
    lifecycle: { max_review_days: 365 }
  high:
    extends: medium
waivers: { max_days: 90 }
`;

const MANIFEST = `apiVersion: model-release-gate/v1
model:
  name: churn
  version: 1.0.0
  owner: "@ml"
  risk_tier: medium
evaluation:
  metrics: eval/metrics.json
drift:
  report: eval/drift.json
lifecycle: { status: active, review_by: 2027-03-01 }
`;
const METRICS = '{ "metrics": { "auc": 0.91 } }';
const DRIFT = '{ "features": { "age": { "method": "psi", "score": 0.02 } } }';

/** The secret a symlink points to: it must never show up in any output. */
const SECRET = 'TOP-SECRET-OUTSIDE-THE-REPO';
let outside: string;

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'mrg-outside-'));
  writeFileSync(join(outside, 'secret.json'), `{ "metrics": { "auc": 0.99 }, "note": "${SECRET}" }`);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** The repository every case starts from: valid, and judged go. */
function validRepo(): TempRepo {
  return new TempRepo()
    .write(P, POLICY)
    .write(M, MANIFEST)
    .write('models/churn/eval/metrics.json', METRICS)
    .write('models/churn/eval/drift.json', DRIFT);
}

interface Case {
  name: string;
  /** Files to write over the valid baseline repo (path -> content, or a function that changes the repo). */
  files?: Record<string, string | Buffer>;
  setup?: (repo: TempRepo) => void;
  args?: string[];
  code: number;
  /** For exit code 2: the message on stderr. For a report: the rule and message of a failing finding. */
  stderr?: RegExp;
  rule?: string;
  message?: RegExp;
  line?: number;
}

const manifestWith = (from: string, to: string): string => {
  if (!MANIFEST.includes(from)) throw new Error(`test setup: ${from} not in manifest`);
  return MANIFEST.replace(from, to);
};
const M = 'models/churn/model-release.yml';
const P = '.github/model-release-policy.yml';

const CASES: Case[] = [
  // ---- the policy: the gate cannot run (exit 2) with located errors
  {
    name: 'policy YAML syntax error',
    files: { [P]: POLICY.replace('tiers:', 'tiers: [') },
    code: 2,
    stderr: /model-release-policy\.yml:\d+:\d+/,
  },
  {
    name: 'policy duplicate key',
    files: { [P]: POLICY.replace('waivers: { max_days: 90 }', 'waivers: { max_days: 90 }\nwaivers: { max_days: 9 }') },
    code: 2,
    stderr: /model-release-policy\.yml:17:1: waivers is written twice \(first on line 16\)/,
  },
  { name: 'policy is a list', files: { [P]: '- a\n- b\n' }, code: 2, stderr: /model-release-policy\.yml:1:1/ },
  {
    name: 'policy unknown apiVersion',
    files: { [P]: POLICY.replace('model-release-gate/v1', 'model-release-gate/v9') },
    code: 2,
    stderr: /apiVersion.*model-release-gate\/v1/,
  },
  {
    name: 'policy extends cycle',
    files: { [P]: POLICY.replace('  low:\n', '  low:\n    extends: high\n') },
    code: 2,
    stderr: /cycle.*(low|medium|high) -> /i,
  },
  {
    name: 'policy alias bomb',
    files: {
      [P]:
        POLICY +
        'x: &a [1,1,1,1,1,1,1,1,1,1]\n' +
        Array.from(
          { length: 8 },
          (_, i) =>
            `y${i}: &b${i} [${Array(10)
              .fill(i === 0 ? '*a' : `*b${i - 1}`)
              .join(',')}]`,
        ).join('\n') +
        '\n',
    },
    code: 2,
    stderr: /alias/i,
  },
  { name: 'policy file is empty', files: { [P]: '' }, code: 2, stderr: /empty/ },
  {
    name: 'policy manifests glob outside the repository',
    files: {
      [P]: POLICY.replace('manifests: ["models/**/model-release.yml"]', 'manifests: ["../**/model-release.yml"]'),
    },
    code: 2,
    stderr:
      /model-release-policy\.yml:2:\d+: manifests\[0\]: '\.\.\/\*\*\/model-release\.yml' climbs out of its folder with '\.\.'; .*can never match anything\. Fix: write it relative to the repository root/,
  },

  {
    name: 'policy named on the command line does not exist',
    args: ['--policy', 'nope.yml'],
    code: 2,
    stderr: /nope\.yml cannot be read/,
  },
  {
    name: 'policy unknown drift method',
    files: { [P]: POLICY.replace('method: auto', 'method: magic') },
    code: 2,
    stderr: /magic/,
  },
  {
    name: 'policy negative waiver limit',
    files: { [P]: POLICY.replace('max_days: 90', 'max_days: -5') },
    code: 2,
    stderr: /model-release-policy\.yml:16:\d+: .*max_days/,
  },

  // ---- names the policy's author chose that are also Object properties: absent means absent
  {
    name: 'policy metric named constructor is absent from the evidence',
    files: {
      [P]: POLICY.replace(
        'auc: { min: 0.8, max_drop: 0.01 }',
        'auc: { min: 0.8, max_drop: 0.01 }\n      constructor: { min: 0.5 }\n      toString: { max_drop: 0.01 }',
      ),
    },
    code: 1,
    rule: 'metrics.threshold',
    message: /^constructor is not in models\/churn\/eval\/metrics\.json/,
  },
  {
    name: 'policy slice rule named toString with slices that do not report it',
    files: {
      [P]: POLICY.replace(
        '    drift: { method: auto',
        '    slices:\n      toString: { min: 0.5 }\n    drift: { method: auto',
      ),
      'models/churn/eval/metrics.json': '{ "metrics": { "auc": 0.91 }, "slices": { "eu": { "auc": 0.9 } } }',
    },
    code: 1,
    rule: 'metrics.slice',
    message: /^no slice in .* reports toString/,
  },
  {
    name: 'policy requires a manifest field named constructor',
    files: { [P]: POLICY.replace('require: [model.owner]', 'require: [model.owner, model.constructor]') },
    code: 1,
    rule: 'manifest.required',
    message: /^model\.constructor is missing or empty/,
  },

  // ---- the manifest: manifest.invalid with the line
  {
    name: 'manifest YAML syntax error',
    files: { [M]: manifestWith('  version: 1.0.0', '  version: [1.0.0') },
    code: 1,
    rule: 'manifest.invalid',
    message: /./,
  },
  {
    name: 'manifest duplicate key',
    files: { [M]: manifestWith('  version: 1.0.0', '  version: 1.0.0\n  version: 2.0.0') },
    code: 1,
    rule: 'manifest.invalid',
    message: /model\.version is written twice \(first on line 4\)/,
    line: 5,
  },
  {
    name: 'manifest is a scalar',
    files: { [M]: 'just text\n' },
    code: 1,
    rule: 'manifest.invalid',
    message: /mapping|object/i,
  },
  {
    name: 'manifest unknown apiVersion',
    files: { [M]: manifestWith('model-release-gate/v1', 'v2') },
    code: 1,
    rule: 'manifest.invalid',
    message: /apiVersion/,
    line: 1,
  },
  {
    name: 'manifest unknown tier',
    files: { [M]: manifestWith('risk_tier: medium', 'risk_tier: hihg') },
    code: 1,
    rule: 'manifest.invalid',
    message: /'hihg' is not a tier of the policy; tiers are .*high/,
    line: 6,
  },
  {
    name: 'manifest misspelt field',
    files: { [M]: manifestWith('evaluation:', 'evaluaton:') },
    code: 1,
    rule: 'manifest.invalid',
    message: /did you mean 'evaluation'/,
    line: 7,
  },
  {
    name: 'manifest date that is not a date',
    files: { [M]: manifestWith('review_by: 2027-03-01', 'review_by: 2027-02-30') },
    code: 1,
    rule: 'manifest.invalid',
    message: /2027-02-30/,
    line: 11,
  },
  {
    name: 'manifest waiver without expiry',
    files: {
      [M]:
        MANIFEST +
        'waivers:\n  - { rule: drift.feature, subject: age, reason: r, ticket: T-1, approved_by: "@risk-lead" }\n',
    },
    code: 1,
    rule: 'manifest.invalid',
    message: /expires/,
    line: 13,
  },
  {
    name: 'manifest alias bomb',
    files: {
      [M]:
        MANIFEST +
        'x: &a [1,1,1,1,1,1,1,1,1,1]\n' +
        Array.from(
          { length: 8 },
          (_, i) =>
            `y${i}: &b${i} [${Array(10)
              .fill(i === 0 ? '*a' : `*b${i - 1}`)
              .join(',')}]`,
        ).join('\n') +
        '\n',
    },
    code: 1,
    rule: 'manifest.invalid',
    message: /alias/i,
  },
  {
    name: 'manifest not UTF-8',
    files: { [M]: Buffer.from([0x61, 0x70, 0x69, 0xff, 0xfe, 0x0a]) },
    code: 1,
    rule: 'manifest.invalid',
    message: /not valid UTF-8/,
  },

  // ---- metric values
  {
    name: 'metric is a string',
    files: { 'models/churn/eval/metrics.json': '{ "metrics": { "auc": "high" } }' },
    code: 1,
    rule: 'evidence.missing',
    message: /metrics\.auc is the string 'high'/,
  },
  {
    name: 'metric is NaN',
    files: { 'models/churn/eval/metrics.json': '{ "metrics": { "auc": NaN } }' },
    code: 1,
    rule: 'evidence.missing',
    message: /auc.*NaN/,
  },
  {
    name: 'metric is Infinity',
    files: { 'models/churn/eval/metrics.json': '{ "metrics": { "auc": Infinity } }' },
    code: 1,
    rule: 'evidence.missing',
    message: /auc.*Infinity/,
  },
  {
    name: 'metric is null',
    files: { 'models/churn/eval/metrics.json': '{ "metrics": { "auc": null } }' },
    code: 1,
    rule: 'evidence.missing',
    message: /auc.*null/,
  },
  {
    name: 'metrics JSON syntax error',
    files: { 'models/churn/eval/metrics.json': '{ "metrics": { "auc": 0.9, } ' },
    code: 1,
    rule: 'evidence.missing',
    message: /metrics\.json:1/,
  },

  {
    name: 'metrics JSON with a duplicate key (JSON.parse would keep the last)',
    files: { 'models/churn/eval/metrics.json': '{\n  "metrics": {\n    "auc": 0.5,\n    "auc": 0.95\n  }\n}\n' },
    code: 1,
    rule: 'evidence.missing',
    message:
      /^models\/churn\/eval\/metrics\.json:4: invalid JSON at line 4, column 5: the key "auc" is written twice in this object \(first on line 3\)/,
  },
  {
    name: 'drift JSON with a duplicate key in a file that needs the lenient parser',
    files: {
      'models/churn/eval/drift.json':
        '{ "features": {\n  "age": { "method": "ks", "score": NaN },\n  "age": { "method": "ks", "score": 0.9 } } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /drift\.json:3: .*the key "age" is written twice in this object \(first on line 2\)/,
  },

  // ---- drift scores out of their method's range: invalid evidence, never judged
  {
    name: 'drift p-value above 1',
    files: { 'models/churn/eval/drift.json': '{ "features": { "age": { "method": "ks", "score": 1.5 } } }' },
    code: 1,
    rule: 'evidence.missing',
    message:
      /^models\/churn\/eval\/drift\.json:1: the drift score of 'age' is 1\.5, but its method gives a p-value, which lies between 0 and 1/,
  },
  {
    name: 'drift p-value below 0 in a whylogs report',
    files: {
      'models/churn/eval/drift.json':
        '{ "age": { "algorithm": "ks", "pvalue": -0.2, "statistic": 0.1, "thresholds": { "NO_DRIFT": [0.15, 1], "POSSIBLE_DRIFT": [0.05, 0.15], "DRIFT": [0, 0.05] }, "drift_category": "NO_DRIFT" } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /the drift score of 'age' is -0\.2, but its method gives a p-value/,
  },
  {
    name: 'drift distance negative',
    files: { 'models/churn/eval/drift.json': '{ "features": { "age": { "method": "psi", "score": -3 } } }' },
    code: 1,
    rule: 'evidence.missing',
    message: /the drift score of 'age' is -3, but its method gives a distance, which is never negative/,
  },
  {
    name: 'drift threshold out of range',
    files: {
      'models/churn/eval/drift.json': '{ "features": { "age": { "method": "ks", "score": 0.5, "threshold": -1 } } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /the threshold of 'age' is -1, but its method gives a p-value/,
  },

  // ---- entry limits: an oversized file fails fast, naming the file and the limit
  {
    name: 'metrics file with more metrics than limits.max_metrics',
    files: {
      [P]: POLICY + 'limits: { max_metrics: 5 }\n',
      'models/churn/eval/metrics.json': JSON.stringify({
        metrics: Object.fromEntries(['auc', 'a', 'b', 'c', 'd', 'e'].map((k) => [k, 0.9])),
      }),
    },
    code: 1,
    rule: 'evidence.missing',
    message:
      /^models\/churn\/eval\/metrics\.json: the file holds at least 6 metric values \(slice values included\), more than the 5 the policy allows \(limits\.max_metrics\)/,
  },
  {
    name: 'metrics nested in DVC groups count one by one',
    files: {
      [P]: POLICY + 'limits: { max_metrics: 3 }\n',
      'models/churn/eval/metrics.json':
        '{ "metrics": { "auc": 0.9, "train": { "loss": 1, "acc": 0.8 }, "test": { "loss": 2 } } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /holds at least 4 metric values .*limits\.max_metrics/,
  },
  {
    name: 'slice values count against limits.max_metrics',
    files: {
      [P]: POLICY + 'limits: { max_metrics: 4 }\n',
      'models/churn/eval/metrics.json':
        '{ "metrics": { "auc": 0.9 }, "slices": { "eu": { "auc": 0.9, "f1": 0.8 }, "us": { "auc": 0.9, "f1": 0.8 } } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /holds at least 5 metric values \(slice values included\)/,
  },
  {
    name: 'metrics file with more slices than limits.max_slices',
    files: {
      [P]: POLICY + 'limits: { max_slices: 2 }\n',
      'models/churn/eval/metrics.json':
        '{ "metrics": { "auc": 0.9 }, "slices": { "a": { "auc": 0.9 }, "b": { "auc": 0.9 }, "c": { "auc": 0.9 } } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message:
      /metrics\.json: the file holds at least 3 slices, more than the 2 the policy allows \(limits\.max_slices\)/,
  },
  {
    name: 'metrics written inline in the manifest count too',
    files: {
      [P]: POLICY + 'limits: { max_metrics: 1 }\n',
      [M]: manifestWith('metrics: eval/metrics.json', 'metrics: { auc: 0.91, f1: 0.8 }'),
    },
    code: 1,
    rule: 'evidence.missing',
    message: /model-release\.yml: the file holds at least 2 metric values/,
  },
  {
    name: 'metrics file with far more keys than the limit is refused before it is parsed',
    files: {
      [P]: POLICY + 'limits: { max_metrics: 2 }\n',
      'models/churn/eval/metrics.json': JSON.stringify({
        metrics: { auc: 0.9 },
        junk: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { a: 1 }])),
      }),
    },
    code: 1,
    rule: 'evidence.missing',
    message:
      /^models\/churn\/eval\/metrics\.json: the file holds 603 keys; the gate reads at most 200, 100 for each of the 2 metric values the policy allows \(limits\.max_metrics\)/,
  },
  {
    name: 'drift report with more features than limits.max_features',
    files: {
      [P]: POLICY + 'limits: { max_features: 2 }\n',
      'models/churn/eval/drift.json': JSON.stringify({
        features: [1, 2, 3].map((i) => ({ name: `f${i}`, method: 'psi', score: 0.01 })),
      }),
    },
    code: 1,
    rule: 'evidence.missing',
    message:
      /^models\/churn\/eval\/drift\.json: the file holds at least 3 features, more than the 2 the policy allows \(limits\.max_features\)/,
  },
  {
    name: 'whylogs drift scores with more columns than limits.max_features',
    files: {
      [P]: POLICY + 'limits: { max_features: 1 }\n',
      'models/churn/eval/drift.json':
        '{ "a": { "algorithm": "ks", "pvalue": 0.5, "statistic": 0.1 }, "b": { "algorithm": "ks", "pvalue": 0.5, "statistic": 0.1 } }',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /holds at least 2 features, more than the 1 the policy allows \(limits\.max_features\)/,
  },
  {
    name: 'drift samples with more columns than limits.max_features',
    files: {
      [P]: POLICY + 'limits: { max_features: 2 }\n',
      [M]: manifestWith('  report: eval/drift.json', '  reference: eval/ref.csv\n  current: eval/cur.csv'),
      'models/churn/eval/ref.csv': 'a,b,c\n1,2,3\n4,5,6\n',
      'models/churn/eval/cur.csv': 'a,b,c\n1,2,3\n4,5,6\n',
    },
    code: 1,
    rule: 'evidence.missing',
    message: /ref\.csv: 3 columns, more than the 2 features the policy allows \(limits\.max_features\)/,
  },
  {
    name: 'policy limit that is not a whole number',
    files: { [P]: POLICY + 'limits: { max_metrics: 0.5 }\n' },
    code: 2,
    stderr: /model-release-policy\.yml:\d+:\d+: limits\.max_metrics must be a whole number, not 0\.5/,
  },

  // ---- evidence files
  {
    name: 'evidence file missing',
    setup: (r) => rmSync(r.path('models/churn/eval/metrics.json')),
    code: 1,
    rule: 'evidence.missing',
    message: /does not exist/,
  },
  {
    name: 'evidence file empty',
    files: { 'models/churn/eval/metrics.json': '' },
    code: 1,
    rule: 'evidence.missing',
    message: /empty/,
  },
  {
    name: 'evidence file binary',
    files: { 'models/churn/eval/metrics.json': Buffer.from([0x7b, 0, 1, 2, 0x7d]) },
    code: 1,
    rule: 'evidence.missing',
    message: /binary/,
  },
  {
    name: 'evidence file not UTF-8',
    files: { 'models/churn/eval/metrics.json': Buffer.from('{"metrics":{"auc":0.9}}\xff', 'latin1') },
    code: 1,
    rule: 'evidence.missing',
    message: /UTF-8/,
  },
  {
    name: "evidence file over the policy's size limit",
    files: {
      [P]: POLICY + 'limits: { max_file_mb: 1 }\n',
      'models/churn/eval/metrics.json': METRICS + ' '.repeat(2 * 1024 * 1024),
    },
    code: 1,
    rule: 'evidence.missing',
    message: /is 2 MB, over the 1 MB limit \(limits\.max_file_mb\)/,
  },
  {
    name: 'evidence file over the --max-file-mb limit',
    args: ['--max-file-mb', '1'],
    files: { 'models/churn/eval/metrics.json': METRICS + ' '.repeat(2 * 1024 * 1024) },
    code: 1,
    rule: 'evidence.missing',
    message: /is 2 MB, over the 1 MB limit \(limits\.max_file_mb\)/,
  },
  {
    name: 'evidence path absolute',
    files: { [M]: manifestWith('eval/metrics.json', '/etc/passwd') },
    code: 1,
    rule: 'evidence.missing',
    message: /absolute path/,
    line: 8,
  },
  {
    name: 'evidence path leaves the repository',
    files: { [M]: manifestWith('eval/metrics.json', '../../../../etc/passwd') },
    code: 1,
    rule: 'evidence.missing',
    message: /leaves the repository/,
    line: 8,
  },
  {
    name: 'evidence through a symlink that leaves the repository',
    setup: (r) => {
      rmSync(r.path('models/churn/eval/metrics.json'));
      symlinkSync(join(outside, 'secret.json'), r.path('models/churn/eval/metrics.json'));
    },
    code: 1,
    rule: 'evidence.missing',
    message: /symbolic link that points outside the repository/,
  },
  {
    name: 'drift report in an unknown shape',
    files: { 'models/churn/eval/drift.json': '{ "hello": "world" }' },
    code: 1,
    rule: 'evidence.missing',
    message: /drift\.json/,
  },
  {
    name: 'drift method unknown',
    files: { 'models/churn/eval/drift.json': '{ "features": { "age": { "method": "vibes", "score": 0.01 } } }' },
    code: 1,
    rule: 'drift.feature',
    message: /'vibes' is unknown/,
  },
];

describe.each(CASES)('$name', (c) => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = validRepo();
    for (const [path, content] of Object.entries(c.files ?? {})) repo.write(path, content);
    c.setup?.(repo);
  });
  afterAll(() => repo.remove());

  it(c.code === 2 ? 'exits 2 with a located message' : `fails ${c.rule} and blocks`, async () => {
    const r = await cli(
      ['check', '--repo', repo.root, '--format', 'json', '--now', '2026-11-27', ...(c.args ?? [])],
      repo.root,
    );
    expect(r.code).toBe(c.code);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    if (c.code === 2) {
      expect(r.stderr).toMatch(c.stderr!);
      return;
    }
    const report = JSON.parse(r.stdout);
    expect(report.decision).toBe('blocked');
    const findings = report.models[0].findings.filter(
      (f: { rule: string; status: string }) => f.rule === c.rule && f.status === 'fail',
    );
    expect(findings.length).toBeGreaterThan(0);
    const hit = findings.find((f: { message: string }) => c.message!.test(f.message));
    if (!hit)
      throw new Error(
        `no ${c.rule} finding matches ${c.message}; got: ${findings.map((f: { message: string }) => f.message).join(' | ')}`,
      );
    if (c.line !== undefined) expect(hit.line).toBe(c.line);
    expect(hit.file).toBe(M);
  });
});

it('the valid repository these cases start from is go', async () => {
  const repo = validRepo();
  const r = await cli(['check', '--repo', repo.root, '--format', 'json', '--now', '2026-11-27'], repo.root);
  expect(JSON.parse(r.stdout).decision).toBe('go');
  expect(r.code).toBe(0);
  repo.remove();
});

it('refuses a metrics file of a million metrics under the default limits quickly, with a small record', async () => {
  const repo = validRepo();
  const metrics = Array.from({ length: 1_000_001 }, (_, i) => `"m${i}":0.5`).join(',');
  repo.write('models/churn/eval/metrics.json', `{"metrics":{${metrics}}}`);
  const r = await cli(['check', '--repo', repo.root, '--format', 'json', '--now', '2026-11-27'], repo.root);
  repo.remove();
  expect(r.code).toBe(1);
  const report = JSON.parse(r.stdout);
  expect(report.models[0].findings).toContainEqual(
    expect.objectContaining({
      rule: 'evidence.missing',
      status: 'fail',
      message: expect.stringMatching(
        /^models\/churn\/eval\/metrics\.json: the file holds 1000002 keys; the gate reads at most 1000000, .*\(limits\.max_metrics\)/,
      ),
    }),
  );
  // Before the limits, such a file was read whole and every metric went into the record.
  expect(r.stdout.length).toBeLessThan(20_000);
});

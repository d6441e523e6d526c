// The engine's reading of a release against production: finding the baseline when the release moves,
// failing closed when the base cannot be read, judging by the stricter risk tier, links to evidence,
// and git's own folder. Real folders on disk through LocalFileSource; read faults injected around it.

import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepository, type PullRequestContext } from '../../src/engine.js';
import { LocalFileSource } from '../../src/files/local.js';
import type { FileSource, ReadFailure } from '../../src/files/source.js';
import type { ModelReport, Report } from '../../src/types.js';

const P = '.github/model-release-policy.yml';
const POLICY = `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ["@risk-lead"]
tiers:
  default: medium
  low:
    require: [model.owner]
  special:
    extends: low
  medium:
    extends: low
    metrics:
      auc: { min: 0.8, max_drop: 0.01 }
  high:
    extends: medium
    require: [model.limitations]
`;

function manifest(o: { name?: string; tier?: string | null; metrics?: string } = {}): string {
  const tier = o.tier === null ? '' : `  risk_tier: ${o.tier ?? 'medium'}\n`;
  return `apiVersion: model-release-gate/v1
model:
  name: ${o.name ?? 'churn'}
  version: 2.0.0
  owner: "@ml"
${tier}evaluation:
  metrics: ${o.metrics ?? 'eval/metrics.json'}
`;
}
const metrics = (auc: number): string => JSON.stringify({ metrics: { auc } });

/** A release folder's files: models/DIR/model-release.yml and its metrics. */
function release(dir: string, auc: number, o: Parameters<typeof manifest>[0] = {}): Record<string, string> {
  return { [`models/${dir}/model-release.yml`]: manifest(o), [`models/${dir}/eval/metrics.json`]: metrics(auc) };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mrg-engine-'));
  dirs.push(root);
  for (const [path, text] of Object.entries({ [P]: POLICY, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

/** The source, with reads of some paths failing as GitHub's 502 or 403 would. */
function faulty(source: FileSource, failing: Record<string, ReadFailure>): FileSource {
  const wrapped: FileSource = {
    description: source.description,
    withLimit: (n) => faulty(source.withLimit(n), failing),
    resolve: (p) => source.resolve(p),
    list: (d) => source.list(d),
    glob: (g) => source.glob(g),
    read: async (p) =>
      failing[p]
        ? { ok: false, reason: failing[p], message: `'${p}': GitHub answered 502 (injected)` }
        : source.read(p),
  };
  return wrapped;
}

async function check(opts: {
  head: Record<string, string>;
  base?: Record<string, string> | FileSource;
  pr?: Partial<PullRequestContext>;
  /** A merge queue's group changing these paths (instead of a pull request). */
  queued?: string[];
  /** Reads of these head paths fail (a 502 after retries, say). */
  headFaults?: Record<string, ReadFailure>;
  links?: Record<string, string>;
}): Promise<Report> {
  const local = new LocalFileSource(folder(opts.head, opts.links));
  const head = opts.headFaults ? faulty(local, opts.headFaults) : local;
  const base =
    opts.base === undefined
      ? null
      : 'read' in opts.base
        ? (opts.base as FileSource)
        : new LocalFileSource(folder(opts.base as Record<string, string>));
  const result = await checkRepository({
    policyPath: P,
    policySource: head,
    head,
    baseline: base,
    now: new Date('2026-11-27T12:00:00Z'),
    pullRequest: opts.pr
      ? {
          number: 7,
          author: 'ml-engineer',
          baseSha: 'b'.repeat(40),
          headSha: 'h'.repeat(40),
          changedFiles: [],
          reviews: [],
          teams: {},
          ...opts.pr,
        }
      : undefined,
    mergeGroup: opts.queued
      ? {
          baseSha: 'b'.repeat(40),
          headSha: 'q'.repeat(40),
          headRef: 'refs/heads/gh-readonly-queue/main/pr-7',
          changedFiles: opts.queued,
        }
      : undefined,
  });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

const failing = (m: ModelReport, rule: string) => m.findings.filter((f) => f.rule === rule && f.status === 'fail');
const model = (r: Report, manifestPath: string) => r.models.find((m) => m.manifest === manifestPath)!;

describe('the production baseline of a release that moved', () => {
  it('is found by model name: a release moved to a new folder is compared with production', async () => {
    const report = await check({ head: release('churn-v2', 0.91), base: release('churn', 0.95) });
    const m = model(report, 'models/churn-v2/model-release.yml');
    expect(m.baseline).toEqual({ manifest: 'models/churn/model-release.yml', version: '2.0.0' });
    expect(failing(m, 'metrics.regression')[0].message).toMatch(/auc dropped from 0\.95 to 0\.91/);
    expect(report.decision).toBe('blocked');
  });

  it("is found through GitHub's rename, even when the model's name changed too", async () => {
    const renamed = { 'models/fraud-v2/model-release.yml': 'models/fraud/model-release.yml' };
    const report = await check({
      head: release('fraud-v2', 0.91, { name: 'fraud-v2' }),
      base: release('fraud', 0.95, { name: 'fraud' }),
      pr: { changedFiles: [...Object.keys(renamed), ...Object.values(renamed)], renamed },
    });
    expect(failing(report.models[0], 'metrics.regression')).toHaveLength(1);
    expect(report.models[0].baseline?.manifest).toBe('models/fraud/model-release.yml');
  });

  it('a copy of a release under the same model name is an error on the copy', async () => {
    const report = await check({
      head: { ...release('churn', 0.95), ...release('churn-copy', 0.91) },
      base: release('churn', 0.95),
      pr: { changedFiles: ['models/churn-copy/model-release.yml', 'models/churn-copy/eval/metrics.json'] },
    });
    expect(report.models.map((m) => m.manifest)).toEqual(['models/churn-copy/model-release.yml']);
    const [dup] = failing(report.models[0], 'manifest.invalid');
    expect(dup.message).toMatch(/model\.name 'churn' is also released by models\/churn\/model-release\.yml/);
    expect(dup.line).toBe(3);
    expect(report.decision).toBe('blocked');
  });

  it('two production manifests with the model name leave no baseline to trust: it fails', async () => {
    const report = await check({
      head: release('churn-v3', 0.95),
      base: { ...release('churn', 0.95), ...release('churn-v2', 0.95) },
    });
    const [f] = failing(report.models[0], 'evidence.missing');
    expect(f.subject).toBe('baseline');
    expect(f.message).toMatch(
      /has 2 manifests for model 'churn' \(models\/churn-v2\/model-release\.yml, models\/churn\//,
    );
  });

  it('the name is compared without case, spaces or invisible characters', async () => {
    const report = await check({
      head: release('churn-v2', 0.91, { name: '"Ch\u200burn "' }),
      base: release('churn', 0.95),
    });
    expect(report.models[0].baseline?.manifest).toBe('models/churn/model-release.yml');
  });

  it.each([['churn\u2800'], ['ch\u00a0urn'], ['\u3000churn']])(
    'a blank that passes for nothing or a space (%j) does not make another model',
    async (name) => {
      const report = await check({
        head: release('churn-v2', 0.91, { name: JSON.stringify(name) }),
        base: release('churn', 0.95),
      });
      expect(report.models[0].baseline?.manifest).toBe('models/churn/model-release.yml');
    },
  );

  it('a model name not on the base is a first release', async () => {
    const report = await check({
      head: { ...release('churn', 0.95), ...release('fraud', 0.91, { name: 'fraud' }) },
      base: release('churn', 0.95),
    });
    expect(model(report, 'models/fraud/model-release.yml').baseline).toBeNull();
    expect(report.decision).toBe('go');
  });
});

describe('a baseline that cannot be read fails closed', () => {
  const base = () => new LocalFileSource(folder(release('churn', 0.95)));

  it('the production manifest failing to read is not a first release', async () => {
    const report = await check({
      head: release('churn', 0.91),
      base: faulty(base(), { 'models/churn/model-release.yml': 'error' }),
    });
    const [f] = failing(report.models[0], 'evidence.missing');
    expect(f).toMatchObject({ subject: 'baseline', file: 'models/churn/model-release.yml' });
    expect(f.message).toMatch(/production baseline cannot be used: .*502/);
    expect(report.decision).toBe('blocked');
  });

  it("production's metrics failing to read blocks instead of warning", async () => {
    const report = await check({
      head: release('churn', 0.95),
      base: faulty(base(), { 'models/churn/eval/metrics.json': 'error' }),
    });
    expect(failing(report.models[0], 'evidence.missing')[0].message).toMatch(/502/);
    expect(report.decision).toBe('blocked');
  });

  it('an unreadable manifest elsewhere on the base fails the lookup by name', async () => {
    const report = await check({
      head: release('churn-v2', 0.95),
      base: faulty(new LocalFileSource(folder({ ...release('churn', 0.95), ...release('other', 0.9) })), {
        'models/other/model-release.yml': 'error',
      }),
    });
    expect(failing(report.models[0], 'evidence.missing')[0].message).toMatch(/models\/other\/model-release\.yml/);
  });

  it('production metrics that are positively absent only warn, as before', async () => {
    const files = release('churn', 0.95);
    delete files['models/churn/eval/metrics.json'];
    const report = await check({ head: release('churn', 0.95), base: files });
    expect(report.decision).toBe('conditional');
  });
});

describe('a pull request that lowers its own risk tier', () => {
  const owner = [
    {
      user: 'risk-lead',
      state: 'APPROVED' as const,
      commit: 'h'.repeat(40),
      access: { counts: true as const, via: 'OWNER' },
    },
  ];
  const changed = ['models/churn/model-release.yml'];

  it('is judged by the production tier it extends, with a warning', async () => {
    const report = await check({
      head: release('churn', 0.5, { tier: 'low' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: { changedFiles: changed },
    });
    const m = report.models[0];
    expect(m.risk_tier).toBe('medium');
    expect(failing(m, 'metrics.threshold')).toHaveLength(1);
    expect(m.findings.find((f) => f.rule === 'release.risk_tier_lowered')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/risk_tier medium -> low lowers the production tier: judged as medium/),
      line: 6,
    });
    expect(m.decision).toBe('blocked');
  });

  it('deleting the line falls back to the default tier, which is lower: judged by the base tier', async () => {
    const report = await check({
      head: release('churn', 0.95, { tier: null }),
      base: release('churn', 0.95, { tier: 'high' }),
      pr: { changedFiles: changed },
    });
    expect(report.models[0].risk_tier).toBe('high');
    expect(failing(report.models[0], 'manifest.required')[0].subject).toBe('model.limitations');
  });

  it("a policy owner's approval lets the new tier apply", async () => {
    const report = await check({
      head: release('churn', 0.5, { tier: 'low' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: { changedFiles: changed, reviews: owner },
    });
    expect(report.models[0].risk_tier).toBe('low');
    expect(report.models[0].findings.find((f) => f.rule === 'release.risk_tier_lowered')).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/approved by policy owner @risk-lead/),
    });
    expect(report.decision).toBe('go');
  });

  it("an owner's approval without write access does not let the new tier apply", async () => {
    const report = await check({
      head: release('churn', 0.5, { tier: 'low' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: {
        changedFiles: changed,
        reviews: owner.map((r) => ({ ...r, access: { counts: false as const, reason: 'no write access: NONE' } })),
      },
    });
    expect(report.models[0].risk_tier).toBe('medium');
    expect(report.models[0].findings.find((f) => f.rule === 'release.risk_tier_lowered')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/@risk-lead's approval does not count \(no write access: NONE\)/),
    });
    expect(report.decision).toBe('blocked');
  });

  it("an owner's approval of an older commit does not let the new tier apply", async () => {
    const report = await check({
      head: release('churn', 0.5, { tier: 'low' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: { changedFiles: changed, reviews: owner.map((r) => ({ ...r, commit: 'o'.repeat(40) })) },
    });
    expect(report.models[0].risk_tier).toBe('medium');
    expect(report.models[0].findings.find((f) => f.rule === 'release.risk_tier_lowered')?.message).toMatch(
      /@risk-lead approved an older commit/,
    );
  });

  it('a move to a tier that does not extend the base one fails until an owner approves', async () => {
    const report = await check({
      head: release('churn', 0.95, { tier: 'special' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: { changedFiles: changed },
    });
    const [f] = failing(report.models[0], 'release.risk_tier_lowered');
    expect(f.message).toMatch(/neither tier extends the other/);
    expect(report.models[0].risk_tier).toBe('medium');
  });

  it('cannot be waived', async () => {
    const head = release('churn', 0.95, { tier: 'special' });
    head['models/churn/model-release.yml'] +=
      'waivers:\n  - { rule: release.risk_tier_lowered, reason: r, ticket: T-1, approved_by: "@risk-lead", expires: 2026-12-20 }\n';
    const report = await check({
      head,
      base: release('churn', 0.95, { tier: 'medium' }),
      pr: { changedFiles: changed, reviews: owner.map((r) => ({ ...r, user: 'someone' })) },
    });
    expect(report.decision).toBe('blocked');
  });

  it('in a merge queue the new tier applies with a warning: each pull request was judged before it joined', async () => {
    // The pull request passed as the production tier, or a policy owner approved the change; a queue
    // that re-judged by the base tier would hold an approved release in the queue forever.
    const report = await check({
      head: release('churn', 0.95, { tier: 'special' }),
      base: release('churn', 0.95, { tier: 'medium' }),
      queued: changed,
    });
    expect(report.models[0].risk_tier).toBe('special');
    expect(report.models[0].findings.find((f) => f.rule === 'release.risk_tier_lowered')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/not re-checked in the merge queue/),
    });
    expect(report.decision).toBe('conditional');
  });

  it('raising the tier needs nobody', async () => {
    const report = await check({
      head: release('churn', 0.95, { tier: 'medium' }),
      base: release('churn', 0.95, { tier: 'low' }),
      pr: { changedFiles: changed },
    });
    expect(report.models[0].risk_tier).toBe('medium');
    expect(report.models[0].findings.some((f) => f.rule === 'release.risk_tier_lowered')).toBe(false);
    expect(report.decision).toBe('go');
  });
});

describe('links among the evidence', () => {
  it('editing the file a metrics link points to touches the release', async () => {
    const files = release('churn', 0.5);
    delete files['models/churn/eval/metrics.json'];
    const report = await check({
      head: { ...files, 'shared/churn-metrics.json': metrics(0.5) },
      links: { 'models/churn/eval/metrics.json': '../../../shared/churn-metrics.json' },
      pr: { changedFiles: ['shared/churn-metrics.json'] },
    });
    expect(report.models).toHaveLength(1);
    expect(report.decision).toBe('blocked');
  });

  it('a link into .git is never read, and nothing of .git reaches the record', async () => {
    const secret = 'AUTHORIZATION: basic c2VjcmV0LXRva2Vu';
    const files = release('churn', 0.95);
    delete files['models/churn/eval/metrics.json'];
    files['.git/config'] = `{ "metrics": { "auc": 0.99 }, "extraheader": "${secret}" }`;
    const report = await check({ head: files, links: { 'models/churn/eval/metrics.json': '../../../.git/config' } });
    expect(failing(report.models[0], 'evidence.missing')[0].message).toMatch(/into \.git/);
    expect(JSON.stringify(report)).not.toContain('c2VjcmV0');
    expect(report.decision).toBe('blocked');
  });

  it('a path written into .git is refused before anything is read', async () => {
    const report = await check({ head: release('churn', 0.95, { metrics: '../../.git/config' }) });
    expect(failing(report.models[0], 'evidence.missing')[0].message).toMatch(/inside \.git/);
  });
});

describe('a production release the pull request takes away (release.removed)', () => {
  const gone = ['models/churn/model-release.yml', 'models/churn/eval/metrics.json'];
  const prFinding = (r: Report) => (r.findings ?? []).find((f) => f.rule === 'release.removed');

  it('a release deleted and added again under a new path and name cannot pass as a first release', async () => {
    // auc 0.5 would fail the regression against production's 0.95; as a "first release" only the 0.8 floor applies.
    const report = await check({
      head: release('churn-v2', 0.85, { name: 'churn-renamed' }),
      base: release('churn', 0.95),
      pr: { changedFiles: [...gone, 'models/churn-v2/model-release.yml', 'models/churn-v2/eval/metrics.json'] },
    });
    expect(report.models[0].baseline).toBeNull();
    expect(prFinding(report)).toMatchObject({ status: 'fail', subject: 'models/churn/model-release.yml' });
    expect(prFinding(report)?.message).toMatch(
      /takes away the production release models\/churn\/model-release\.yml \(model churn\)/,
    );
    expect(report.decision).toBe('blocked');
  });

  it('a manifest renamed out of the policy globs (.yml to .yaml) is not "no model release"', async () => {
    const moved = { 'models/churn/model-release.yaml': manifest(), 'models/churn/eval/metrics.json': metrics(0.5) };
    const report = await check({
      head: moved,
      base: release('churn', 0.95),
      pr: { changedFiles: ['models/churn/model-release.yml', 'models/churn/model-release.yaml'] },
    });
    expect(report.models).toEqual([]);
    expect(prFinding(report)).toMatchObject({ status: 'fail' });
    expect(report.decision).toBe('blocked');
  });

  it("a policy owner's approval of the head commit lets a retired model go", async () => {
    const report = await check({
      head: {},
      base: release('churn', 0.95),
      pr: {
        changedFiles: gone,
        reviews: [
          { user: 'risk-lead', state: 'APPROVED', commit: 'h'.repeat(40), access: { counts: true, via: 'OWNER' } },
        ],
      },
    });
    expect(prFinding(report)).toMatchObject({ status: 'pass' });
    expect(prFinding(report)?.message).toMatch(/approved by policy owner @risk-lead/);
    expect(report.decision).toBe('go');
  });

  it('a release moved and paired by model name, or edited in place, is not removed', async () => {
    const moved = await check({
      head: release('churn-v2', 0.95),
      base: release('churn', 0.95),
      pr: { changedFiles: [...gone, 'models/churn-v2/model-release.yml'] },
    });
    expect(prFinding(moved)).toBeUndefined();
    const edited = await check({
      head: release('churn', 0.95),
      base: release('churn', 0.95),
      pr: { changedFiles: gone },
    });
    expect(prFinding(edited)).toBeUndefined();
  });

  it('a head that cannot be read is not taken for a removal or for "still there": it fails', async () => {
    const report = await check({
      head: {},
      base: release('churn', 0.95),
      pr: { changedFiles: gone },
      headFaults: { 'models/churn/model-release.yml': 'error' },
    });
    expect(prFinding(report)).toMatchObject({ status: 'fail' });
    expect(prFinding(report)?.message).toMatch(/cannot tell whether this change removes/);
  });

  it('in a merge queue it warns: each pull request needed the owner before it joined', async () => {
    const report = await check({ head: {}, base: release('churn', 0.95), queued: gone });
    expect(prFinding(report)).toMatchObject({ status: 'warn' });
    expect(prFinding(report)?.message).toMatch(/not re-checked in the merge queue/);
  });
});

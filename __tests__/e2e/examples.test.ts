// End-to-end on the repository's own examples/: the built action run on them as a pull request (base:
// the policy and examples/baseline; head: examples/models) and as a push. These pin what the self-test
// workflow (.github/workflows/ci.yml, job `action`) asserts on GitHub, so the workflow cannot claim an
// outcome the examples do not produce.

import { afterEach, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FakeGitHub } from './fake-github.js';
import {
  FixtureRepo,
  OWNER,
  REPO,
  ROOT,
  pullRequestPayload,
  repositoryPayload,
  runAction,
  type Files,
} from './harness.js';

const TOKEN = 'ghs_jobtoken000000000000000000000000000';
const BOT = 'github-actions[bot]';
const EXAMPLES = join(ROOT, 'examples');

/** Every file under `dir`, keyed by its path relative to `dir`. */
function tree(dir: string): Files {
  const files: Files = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else files[relative(dir, abs)] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const POLICY = {
  '.github/model-release-policy.yml': readFileSync(join(EXAMPLES, '.github/model-release-policy.yml'), 'utf8'),
};
const BASELINE = tree(join(EXAMPLES, 'baseline'));
const RELEASES = tree(join(EXAMPLES, 'models'));
const prefixed = (files: Files, prefix: string): Files =>
  Object.fromEntries(Object.entries(files).map(([p, c]) => [`${prefix}/${p}`, c]));

const open: { repo: FixtureRepo; fake: FakeGitHub }[] = [];
afterEach(async () => {
  for (const { repo, fake } of open.splice(0)) {
    await fake.stop();
    repo.cleanup();
  }
});

async function setup(base: Files, head: Files) {
  const repo = new FixtureRepo(base, head);
  const fake = new FakeGitHub(repo.dir, OWNER, REPO);
  fake.tokens.set(TOKEN, { login: BOT, type: 'Bot', canWrite: true, installation: true });
  fake.pulls.set(1, { number: 1, baseSha: repo.base, headSha: repo.head });
  await fake.start();
  open.push({ repo, fake });
  return { repo, fake };
}

describe('the examples as a pull request (production versions on the base commit)', () => {
  const base = { ...POLICY, ...BASELINE };
  const head = prefixed(RELEASES, 'models');

  test.each(['enforce', 'advisory'])('%s: blocked, search-ranker named, as in npm run demo', async (mode) => {
    const { repo, fake } = await setup(base, head);
    const run = await runAction({
      fake,
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened', repo),
      workspace: repo.workspace({ depth: 2 }),
      sha: repo.merge,
      token: TOKEN,
      inputs: { mode },
    });
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs['blocked-models'])).toContain('search-ranker');
    // enforce fails the job (the red X); advisory never does.
    expect(run.code).toBe(mode === 'enforce' ? 1 : 0);
    const record = JSON.parse(run.outputs.reportJson);
    const ranker = record.models.find((m: { name: string }) => m.name === 'search-ranker');
    expect(
      ranker.findings.filter((f: { status: string }) => f.status === 'fail').map((f: { rule: string }) => f.rule),
    ).toEqual(['metrics.regression', 'metrics.regression']);
    expect(fake.violations).toEqual([]);
  });
});

describe('the examples on push (what `uses: ./` sees in this repository: no base commit to compare with)', () => {
  test('the releases as they are: conditional, nothing blocked (the regression needs the baseline)', async () => {
    const { repo, fake } = await setup({ ...POLICY, ...prefixed(RELEASES, 'models') }, {});
    const run = await runAction({
      fake,
      eventName: 'push',
      payload: repositoryPayload('push', repo.head),
      workspace: repo.workspace({ depth: 1, ref: 'head' }),
      sha: repo.head,
      token: TOKEN,
      inputs: { mode: 'enforce' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('conditional');
    expect(JSON.parse(run.outputs['blocked-models'])).toEqual([]);
  });

  test('search-ranker without its metrics file: blocked and the job fails (fails closed)', async () => {
    const { repo, fake } = await setup(
      { ...POLICY, ...prefixed(RELEASES, 'models') },
      { 'models/ranking/eval/metrics.json': null },
    );
    const run = await runAction({
      fake,
      eventName: 'push',
      payload: repositoryPayload('push', repo.head),
      workspace: repo.workspace({ depth: 1, ref: 'head' }),
      sha: repo.head,
      token: TOKEN,
      inputs: { mode: 'enforce' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs['blocked-models'])).toEqual(['search-ranker']);
  });
});

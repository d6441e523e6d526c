// End-to-end on the repository's own examples/: the action's step run on them (in this process, see
// in-process.ts) as a pull request (base: the policy and examples/baseline; head: examples/models) and
// as a push. These pin what the self-test
// workflow (.github/workflows/ci.yml, job `action-examples`) asserts on GitHub, and replay that job's
// steps here, so the workflow cannot claim an outcome the examples do not produce (GitHub-hosted
// workflows never run in this repository's CI).

import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub } from './fake-github.js';
import {
  FixtureRepo,
  OWNER,
  REPO,
  ROOT,
  pullRequestPayload,
  repositoryPayload,
  type ActionRun,
  type Files,
} from './harness.js';
import { runInProcess } from './in-process.js';

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
    const run = await runInProcess({
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
    const run = await runInProcess({
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
    const run = await runInProcess({
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

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}

test('the self-test job of ci.yml, replayed step by step on a checkout of the examples, passes its assertions', async () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8'));
  const steps = workflow.jobs['action-examples'].steps as Step[];
  // The checkout: this repository's examples/ at their path, committed (the job runs on push).
  const { repo, fake } = await setup(prefixed(tree(EXAMPLES), 'examples'), {});
  const ws = repo.workspace({ depth: 1, ref: 'head' });
  const runs = new Map<string, ActionRun>();
  const outcome = (r: ActionRun) => (r.code === 0 ? 'success' : 'failure');
  // Only the expressions the job uses: steps.ID.outcome and steps.ID.outputs.NAME.
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*steps\.([\w-]+)\.(outcome|outputs\.([\w-]+))\s*\}\}/g, (_, id, what, name) => {
      const r = runs.get(id);
      if (!r) throw new Error(`step ${id} has not run`);
      if (what === 'outcome') return outcome(r);
      // RUNNER_TEMP lives as long as the job on GitHub; the harness cleans it after each run.
      if (name === 'report' && r.outputs.reportJson) {
        mkdirSync(dirname(r.outputs.report), { recursive: true });
        writeFileSync(r.outputs.report, r.outputs.reportJson);
      }
      return r.outputs[name] ?? '';
    });
  let checkedOut = false;
  for (const step of steps) {
    if (step.uses?.startsWith('actions/checkout')) checkedOut = true;
    else if (step.uses === './') {
      const run = await runInProcess({
        fake,
        eventName: 'push',
        payload: repositoryPayload('push', repo.head),
        workspace: ws,
        sha: repo.head,
        token: TOKEN,
        inputs: step.with,
      });
      if (run.code !== 0 && !step['continue-on-error']) throw new Error(`step ${step.id} failed:\n${run.stdout}`);
      runs.set(step.id!, run);
    } else if (step.run) {
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))]));
      try {
        execFileSync('bash', ['-e', '-c', step.run], { cwd: ws, env: { ...process.env, ...env }, stdio: 'pipe' });
      } catch (e) {
        throw new Error(`step '${step.name}' failed: ${(e as { stderr?: Buffer }).stderr}`);
      }
    } else throw new Error(`a step this replay does not know: ${JSON.stringify(step)}`);
  }
  expect(checkedOut).toBe(true);
  expect([...runs.keys()]).toEqual(['advisory', 'enforce']);
  expect(JSON.parse(runs.get('enforce')!.outputs['blocked-models'])).toEqual(['search-ranker']);
});

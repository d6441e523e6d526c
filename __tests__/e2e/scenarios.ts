// What the end-to-end action scenarios share: the tokens the fake GitHub knows, a fixture repository
// with its fake GitHub per scenario (cleaned up after each test), a pull_request run, and small checks.
// Most scenarios run the action's step in this process (in-process.ts); `bundle` runs the built
// dist/index.js in a child process, as the runner does (the smoke tests). The bundle is built from the
// sources by jest's globalSetup (__tests__/global-setup.mjs) once per run; rebuilding in a test file
// would race the other e2e files.

import { afterAll, afterEach, expect } from '@jest/globals';
import { appendFileSync, existsSync } from 'node:fs';
import type { Limits } from '../../src/github/limits.js';
import { FakeGitHub } from './fake-github.js';
import { FixtureRepo, OWNER, REPO, pullRequestPayload, runAction, type ActionRun, type Files } from './harness.js';
import { baseFiles } from './demo-repo.js';
import { runInProcess } from './in-process.js';

export const JOB_TOKEN = 'ghs_jobtoken000000000000000000000000000';
export const READ_ONLY_TOKEN = 'ghs_forktoken00000000000000000000000000';
/** A GitHub App installation token with organisation Members: read. */
export const APP_TOKEN = 'ghs_apptoken0000000000000000000000000000';
export const APP = 'gate-app[bot]';
export const BOT = 'github-actions[bot]';

const open: { repo: FixtureRepo; fake: FakeGitHub }[] = [];
// Requests per scenario; E2E_REQUEST_COUNTS=FILE appends them to a table (recorded in bench/RESULTS.md).
const counts: string[] = [];

/** Registers the hooks of a scenario file: each scenario's fake GitHub stopped and repository removed. */
export function useScenarios(): void {
  afterEach(async () => {
    const requests = open.reduce((n, { fake }) => n + fake.requests.length, 0);
    counts.push(`| ${expect.getState().currentTestName} | ${requests} |`);
    for (const { repo, fake } of open.splice(0)) {
      await fake.stop();
      repo.cleanup();
    }
  });
  afterAll(() => {
    const file = process.env.E2E_REQUEST_COUNTS;
    if (!file) return;
    if (!existsSync(file)) appendFileSync(file, '| scenario | API requests |\n|---|---:|\n');
    appendFileSync(file, counts.splice(0).join('\n') + '\n');
  });
}

export async function setup(head: Files, base: Files = baseFiles()) {
  const repo = new FixtureRepo(base, head);
  const fake = new FakeGitHub(repo.dir, OWNER, REPO);
  fake.tokens.set(JOB_TOKEN, { login: BOT, type: 'Bot', canWrite: true, installation: true });
  fake.tokens.set(READ_ONLY_TOKEN, { login: BOT, type: 'Bot', canWrite: false, installation: true });
  fake.tokens.set(APP_TOKEN, { login: APP, type: 'Bot', canWrite: true, installation: true, canReadOrg: true });
  fake.pulls.set(1, { number: 1, baseSha: repo.base, headSha: repo.head });
  // The people who review in these scenarios have write access (only such approvals count).
  for (const login of ['gov-alice', 'gov-bob', 'bob', 'ml-engineer']) fake.collaborators.set(login, 'write');
  await fake.start();
  open.push({ repo, fake });
  return { repo, fake };
}

export type Setup = Awaited<ReturnType<typeof setup>>;

/** A pull_request run with the recommended checkout (merge commit, fetch-depth: 2) unless told otherwise. */
export function runPullRequest(
  { repo, fake }: Setup,
  opts: {
    event?: 'pull_request.opened' | 'pull_request.synchronize' | 'pull_request_review.submitted';
    eventName?: string;
    inputs?: Record<string, string>;
    token?: string;
    workspace?: string;
    fork?: boolean;
    limits?: Partial<Limits>;
    env?: Record<string, string>;
    /** Run the built bundle in a child process instead of the step in this process. */
    bundle?: boolean;
  } = {},
): Promise<ActionRun> {
  const event = opts.event ?? 'pull_request.opened';
  fake.pulls.set(1, { number: 1, baseSha: repo.base, headSha: repo.head });
  return (opts.bundle ? runAction : runInProcess)({
    fake,
    eventName: opts.eventName ?? event.split('.')[0],
    payload: pullRequestPayload(event, repo, { fork: opts.fork }),
    workspace: opts.workspace ?? repo.workspace({ depth: 2 }),
    sha: repo.merge,
    token: opts.token ?? JOB_TOKEN,
    inputs: opts.inputs,
    limits: opts.limits,
    env: opts.env,
  });
}

export function ours(fake: FakeGitHub) {
  return fake.comments.filter((c) => c.user.login === BOT);
}

export function approve(fake: FakeGitHub, user: string, commit: string, state = 'APPROVED') {
  fake.reviews.push({ id: fake.reviews.length + 1, user: { login: user }, state, commit_id: commit, submitted_at: '' });
}

export function expectValidCalls(fake: FakeGitHub) {
  expect(fake.violations).toEqual([]);
}

/** Short time limits so that faults end fast; the defaults are 30 s, 60 s, 300 s and 1 s. */
export const FAST: Partial<Limits> = { requestMs: 500, maxWaitMs: 5000, deadlineMs: 20_000, retryUnitMs: 10 };

/** The `::error::` line that fails the job. */
export function failure(run: ActionRun): string {
  return run.commands.filter((c) => c.startsWith('::error')).join('\n');
}

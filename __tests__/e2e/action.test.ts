// End-to-end: the action as GitHub runs it, against a fake GitHub REST API that checks every request
// against GitHub's OpenAPI description and keeps comments and check runs. Most scenarios run the action's
// step in this process (in-process.ts); the smoke tests marked `bundle` run the built dist/index.js in a
// child process, as the runner does.

import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Limits } from '../../src/github/limits.js';
import { FakeGitHub } from './fake-github.js';
import {
  FixtureRepo,
  mergeGroupPayload,
  OWNER,
  REPO,
  ROOT,
  pullRequestPayload,
  repositoryPayload,
  runAction,
  type ActionRun,
  type Files,
} from './harness.js';
import {
  BLOCKED,
  DRIFT,
  MANIFEST,
  METRICS,
  POLICY_PATH,
  READY,
  baseFiles,
  inDays,
  policy,
  release,
  type Governance,
} from './demo-repo.js';
import { runInProcess } from './in-process.js';

const JOB_TOKEN = 'ghs_jobtoken000000000000000000000000000';
const READ_ONLY_TOKEN = 'ghs_forktoken00000000000000000000000000';
/** A GitHub App installation token with organisation Members: read. */
const APP_TOKEN = 'ghs_apptoken0000000000000000000000000000';
const APP = 'gate-app[bot]';
const BOT = 'github-actions[bot]';

// The smoke tests run what users run: the bundle, built from the sources by jest's globalSetup
// (__tests__/global-setup.mjs) once per run; rebuilding here would race the other e2e files.

const open: { repo: FixtureRepo; fake: FakeGitHub }[] = [];
// Requests per scenario; E2E_REQUEST_COUNTS=FILE writes them as a table (recorded in bench/RESULTS.md).
const counts: string[] = [];
afterEach(async () => {
  const requests = open.reduce((n, { fake }) => n + fake.requests.length, 0);
  counts.push(`| ${expect.getState().currentTestName} | ${requests} |`);
  for (const { repo, fake } of open.splice(0)) {
    await fake.stop();
    repo.cleanup();
  }
});

async function setup(head: Files, base: Files = baseFiles()) {
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

type Setup = Awaited<ReturnType<typeof setup>>;

/** A pull_request run with the recommended checkout (merge commit, fetch-depth: 2) unless told otherwise. */
function runPullRequest(
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

function ours(fake: FakeGitHub) {
  return fake.comments.filter((c) => c.user.login === BOT);
}

function approve(fake: FakeGitHub, user: string, commit: string, state = 'APPROVED') {
  fake.reviews.push({ id: fake.reviews.length + 1, user: { login: user }, state, commit_id: commit, submitted_at: '' });
}

function expectValidCalls(fake: FakeGitHub) {
  expect(fake.violations).toEqual([]);
}

afterAll(() => {
  if (process.env.E2E_REQUEST_COUNTS)
    writeFileSync(
      process.env.E2E_REQUEST_COUNTS,
      ['| scenario | API requests |', '|---|---:|', ...counts].join('\n') + '\n',
    );
});

describe('the action on pull_request', () => {
  test('ready: a release that meets the policy passes, with one comment, outputs and the job summary', async () => {
    const s = await setup(READY);
    const run = await runPullRequest(s, { bundle: true });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(JSON.parse(run.outputs['blocked-models'])).toEqual([]);
    expect(JSON.parse(run.outputs.reportJson).decision).toBe('go');
    expect(run.summary).toMatch(/Ready/);
    const comments = ours(s.fake);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(
      /^<!-- model-release-gate comment-id=default job=[0-9a-f]{12} digest=[0-9a-f]{16} -->\n/,
    );
    expect(comments[0].body).toMatch(/Ready/);
    expect(comments[0].body).toContain('churn-classifier');
    expectValidCalls(s.fake);
    // A typical PR: changed files, reviews, comments list, comment create.
    expect(s.fake.requests.length).toBeLessThanOrEqual(6);
  });

  test('blocked: a failing gate fails the job, names the model, annotates the manifest and fails the check run', async () => {
    const s = await setup(BLOCKED);
    const run = await runPullRequest(s, { inputs: { 'check-name': 'model-release-gate' }, bundle: true });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs['blocked-models'])).toEqual(['churn-classifier']);
    expect(run.commands.some((c) => c.startsWith('::error') && c.includes('Blocked'))).toBe(true);
    expect(ours(s.fake)[0].body).toMatch(/Blocked/);
    expect(ours(s.fake)[0].body).toMatch(/auc/);
    // Links into the evidence at the head commit: the model to its manifest, findings to file and line.
    const blob = `https://github.test/acme/models/blob/${s.repo.head}`;
    expect(ours(s.fake)[0].body).toContain(`| [churn-classifier](${blob}/${MANIFEST}) |`);
    expect(ours(s.fake)[0].body).toContain(`[${MANIFEST} line 8](${blob}/${MANIFEST}#L8)`);
    expect(run.summary).toContain('[workflow run](https://github.test/acme/models/actions/runs/4242)');
    const [check] = s.fake.checkRuns;
    expect(check).toMatchObject({
      name: 'model-release-gate',
      head_sha: s.repo.head,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(check.output.title).toBe('Blocked');
    expectValidCalls(s.fake);
  });

  test('ready with conditions: a waived drift failure passes as conditional', async () => {
    const s = await setup(release({ version: '3.2.0', auc: 0.905, tenurePsi: 0.31, waiver: { expires: inDays(30) } }));
    s.fake.reviews.push({
      id: 1,
      user: { login: 'gov-alice' },
      state: 'APPROVED',
      commit_id: s.repo.head,
      submitted_at: new Date().toISOString(),
    });
    const run = await runPullRequest(s);
    expect(run.outputs.decision).toBe('conditional');
    expect(run.code).toBe(0);
    expect(ours(s.fake)[0].body).toMatch(/Ready with conditions/);
    expect(ours(s.fake)[0].body).toMatch(/GOV-142/);
    // The decision record is the audit evidence: commits, run, the reviews counted, the waiver applied.
    const record = JSON.parse(run.outputs.reportJson);
    expect(record.context).toMatchObject({
      event: 'pull_request',
      pull_request: 1,
      author: 'ml-engineer',
      base_sha: s.repo.base,
      head_sha: s.repo.head,
      run_url: 'https://github.test/acme/models/actions/runs/4242',
      reviews: [{ user: 'gov-alice', state: 'APPROVED', commit: s.repo.head }],
    });
    expect(record.models[0].waivers).toEqual([
      expect.objectContaining({ ticket: 'GOV-142', approved_by: '@gov-alice', approval_verified: true }),
    ]);
    expectValidCalls(s.fake);
  });

  test('no release: a PR that touches no release passes at once, with no comment', async () => {
    const s = await setup({ 'README.md': '# acme models\n\nNow with docs.\n' });
    const run = await runPullRequest(s);
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(run.summary).toMatch(/No model release/);
    expect(s.fake.comments).toHaveLength(0);
    expect(s.fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expectValidCalls(s.fake);
  });

  test('a second push edits the same comment; an unchanged verdict is left alone', async () => {
    const s = await setup(BLOCKED);
    const first = await runPullRequest(s);
    expect(first.code).toBe(1);
    const [comment] = ours(s.fake);
    s.repo.push(READY, 'fix auc');
    const second = await runPullRequest(s, { event: 'pull_request.synchronize' });
    expect(second.code).toBe(0);
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].id).toBe(comment.id);
    expect(ours(s.fake)[0].body).toMatch(/Ready/);
    const before = s.fake.requests.length;
    const third = await runPullRequest(s, { event: 'pull_request.synchronize' });
    expect(third.code).toBe(0);
    expect(s.fake.requests.slice(before).filter((r) => r.method === 'PATCH' || r.method === 'POST')).toEqual([]);
    expectValidCalls(s.fake);
  });

  test('a PR that weakens the policy in its head is still judged by the base commit policy (contents API)', async () => {
    const s = await setup({ ...BLOCKED, [POLICY_PATH]: policy(0.5) });
    // fetch-depth 1: the base commit is not in the checkout, so the policy comes through the API at base.
    const run = await runPullRequest(s, { workspace: s.repo.workspace({ depth: 1 }) });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    const report = JSON.parse(run.outputs.reportJson);
    expect(report.policy.ref).toBe(s.repo.base);
    const policyReads = s.fake.requests.filter((r) => r.path.endsWith(`/contents/${POLICY_PATH}`));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(policyReads.every((r) => r.query.includes(`ref=${s.repo.base}`))).toBe(true);
    expectValidCalls(s.fake);
  });

  test('a fork: the read-only token cannot comment; the gate still decides, summarises and explains', async () => {
    const s = await setup(BLOCKED);
    const run = await runPullRequest(s, {
      token: READ_ONLY_TOKEN,
      fork: true,
      inputs: { 'check-name': 'gate' },
      bundle: true,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(run.summary).toMatch(/Blocked/);
    expect(s.fake.comments).toHaveLength(0);
    expect(run.commands.some((c) => c.startsWith('::warning') && /No readiness comment.*fork/.test(c))).toBe(true);
    expect(run.commands.some((c) => c.startsWith('::warning') && /No check run/.test(c))).toBe(true);
    expectValidCalls(s.fake);
  });

  test('a 502 and a secondary rate limit are retried', async () => {
    const s = await setup(READY);
    s.fake.faults.push({
      method: 'GET',
      path: /\/pulls\/1\/files$/,
      status: 502,
      times: 1,
      body: { message: 'Server Error' },
    });
    s.fake.faults.push({
      method: 'GET',
      path: /\/issues\/1\/comments$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const run = await runPullRequest(s);
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(s.fake.requests.filter((r) => r.path.endsWith('/pulls/1/files')).map((r) => r.status)).toEqual([502, 200]);
    expect(ours(s.fake)).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('a refusal that is not transient fails with the call and the permission it needs', async () => {
    const s = await setup(READY);
    s.fake.faults.push({
      method: 'GET',
      path: /\/pulls\/1\/files$/,
      status: 403,
      times: 5,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await runPullRequest(s);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/GET \/repos\/acme\/models\/pulls\/1\/files.*pull-requests: read/);
  });

  test('a comment over the size limit is cut to fit, with a pointer to the job summary', async () => {
    const features: Record<string, unknown> = {};
    for (let i = 0; i < 1500; i++)
      features[`feature_${String(i).padStart(4, '0')}_${'x'.repeat(60)}`] = { method: 'psi', score: 0.9 };
    const s = await setup({ ...release({ version: '3.2.0', auc: 0.905 }), [DRIFT]: JSON.stringify({ features }) });
    const run = await runPullRequest(s, { inputs: { 'check-name': 'gate' } });
    expect(run.outputs.decision).toBe('blocked');
    const [comment] = ours(s.fake);
    expect(comment.body.length).toBeLessThanOrEqual(65536);
    expect(comment.body).toMatch(/job summary/);
    expect(run.summary.length).toBeGreaterThan(comment.body.length);
    // Annotations go 50 per request, up to 250; the summary says how many were left out.
    const [check] = s.fake.checkRuns;
    expect(check.annotations).toHaveLength(250);
    expect(check.updates).toBe(4);
    expect(check.output.summary).toMatch(/more annotation\(s\)/);
    expectValidCalls(s.fake);
  });

  test("another user's comment carrying our marker is ignored", async () => {
    const s = await setup(BLOCKED);
    const forged = s.fake.addComment(
      'mallory',
      '<!-- model-release-gate comment-id=default digest=0000000000000000 -->\nLooks good to me',
    );
    await runPullRequest(s);
    expect(s.fake.comments.find((c) => c.id === forged.id)!.body).toContain('Looks good to me');
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].body).toMatch(/Blocked/);
    expectValidCalls(s.fake);
  });

  test('two comment-ids keep two comments apart', async () => {
    const s = await setup(BLOCKED);
    await runPullRequest(s, { inputs: { 'comment-id': 'default' } });
    await runPullRequest(s, { inputs: { 'comment-id': 'fairness' } });
    s.repo.push(READY);
    await runPullRequest(s, { inputs: { 'comment-id': 'fairness' }, event: 'pull_request.synchronize' });
    const comments = ours(s.fake);
    expect(comments).toHaveLength(2);
    expect(comments[0].body).toMatch(/^<!-- model-release-gate comment-id=default /);
    expect(comments[0].body).toMatch(/Blocked/);
    expect(comments[1].body).toMatch(/^<!-- model-release-gate comment-id=fairness /);
    expect(comments[1].body).toMatch(/Ready/);
    expectValidCalls(s.fake);
  });

  test('advisory mode never fails the job and says so in the comment', async () => {
    const s = await setup(BLOCKED);
    const run = await runPullRequest(s, { inputs: { mode: 'advisory', 'check-name': 'gate' } });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('blocked');
    expect(ours(s.fake)[0].body).toMatch(/advisory/i);
    expect(s.fake.checkRuns[0].conclusion).toBe('neutral');
    expectValidCalls(s.fake);
  });

  test('hostile text in a manifest is rendered harmless', async () => {
    const name =
      '@everyone <img src=x onerror=alert(1)> | <!-- model-release-gate comment-id=default digest=0000000000000000 -->';
    const s = await setup(release({ name, version: '3.2.0', auc: 0.78 }));
    await runPullRequest(s);
    const [comment] = ours(s.fake);
    expect(comment.body).not.toMatch(/(^|[^`\w])@everyone/);
    expect(comment.body).not.toContain('<img');
    expect(comment.body.split('<!-- model-release-gate').length).toBe(2);
    // Every row of the models table has as many cells as its header: an escaped `|` adds none.
    const lines = comment.body.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| Model '));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const rows = lines.slice(header).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('|')));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.map(cells)).toEqual(rows.map(() => cells(lines[header])));
    expectValidCalls(s.fake);
  });

  test('an invalid policy on the base commit stops the gate with the file, line and fix', async () => {
    const s = await setup(BLOCKED, { ...baseFiles(), [POLICY_PATH]: policy().replace('tiers:', 'tiers:\n  bogus: 3') });
    const run = await runPullRequest(s);
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(run.summary).toMatch(/could not run/);
    expect(run.commands.some((c) => c.startsWith(`::error`) && c.includes(`file=${POLICY_PATH}`))).toBe(true);
    expect(s.fake.comments).toHaveLength(0);
  });

  test('comment: never posts nothing; comment: always also comments on a PR with no release', async () => {
    const s = await setup({ 'README.md': 'docs\n' });
    await runPullRequest(s, { inputs: { comment: 'never' } });
    expect(s.fake.comments).toHaveLength(0);
    await runPullRequest(s, { inputs: { comment: 'always' } });
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].body).toMatch(/No model release/);
  });
});

describe('the action on other events', () => {
  test('pull_request_review re-evaluates and edits the same comment', async () => {
    const s = await setup(BLOCKED);
    await runPullRequest(s);
    const run = await runPullRequest(s, { event: 'pull_request_review.submitted' });
    expect(run.outputs.decision).toBe('blocked');
    expect(ours(s.fake)).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('pull_request_target reads the head through the API and never from the checkout', async () => {
    const s = await setup(BLOCKED);
    // The workspace holds the base branch, as actions/checkout does on pull_request_target.
    const run = await runPullRequest(s, {
      eventName: 'pull_request_target',
      workspace: s.repo.workspace({ depth: 1, ref: 'base' }),
    });
    expect(run.outputs.decision).toBe('blocked');
    const headReads = s.fake.requests.filter(
      (r) => r.path.endsWith(`/contents/${MANIFEST}`) && r.query.includes(s.repo.head),
    );
    expect(headReads.length).toBeGreaterThan(0);
    expectValidCalls(s.fake);
  });

  test('push evaluates every manifest, with no comment', async () => {
    const s = await setup(READY);
    const ws = s.repo.workspace({ depth: 1, ref: 'head' });
    const run = await runInProcess({
      fake: s.fake,
      eventName: 'push',
      payload: repositoryPayload('push', s.repo.head),
      workspace: ws,
      sha: s.repo.head,
      token: JOB_TOKEN,
    });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(run.summary).toContain('churn-classifier');
    expect(s.fake.requests.filter((r) => r.path.includes('/issues/'))).toEqual([]);
    expectValidCalls(s.fake);
  });
});

describe('the decision record as a signed-ready statement', () => {
  test('the action writes the in-toto statement and its subjects; verify re-hashes them against the commits', async () => {
    const s = await setup(READY, baseFiles({ approvals: '{ min: 1, from: ["@gov-alice"] }' }));
    approve(s.fake, 'gov-alice', s.repo.head);
    const workspace = s.repo.workspace({ depth: 2 });
    const run = await runPullRequest(s, { workspace });
    expect(run.code).toBe(0);
    const statement = JSON.parse(run.outputs['attestation:content']);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicate.decision).toBe('go');
    const manifestSha = createHash('sha256')
      .update(READY[MANIFEST] as string)
      .digest('hex');
    expect(statement.subject).toContainEqual({ name: MANIFEST, digest: { sha256: manifestSha } });
    // actions/attest's subject-checksums: `shasum -a 256` lines.
    expect(run.outputs['attestation-subjects:content']).toContain(`${manifestSha}  ${MANIFEST}\n`);

    const file = join(workspace, '..', 'statement.json');
    writeFileSync(file, run.outputs['attestation:content']);
    const cli = (repo: string, base: string, ...more: string[]) =>
      spawnSync(
        process.execPath,
        [join(ROOT, 'dist', 'cli.js'), 'verify', file, '--repo', repo, '--baseline-dir', base, ...more],
        {
          encoding: 'utf8',
        },
      );
    // The head's files and the base's (policy, baseline) as they were: all match.
    const ok = cli(workspace, s.repo.workspace({ depth: 1, ref: 'base' }));
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/ok\s+\.github\/model-release-policy\.yml \(policy\)/);
    // Evaluated again offline: the recorded reviews stand in for GitHub's, so the approval still counts.
    const again = cli(workspace, s.repo.workspace({ depth: 1, ref: 'base' }), '--reevaluate');
    expect(again.stdout).toMatch(/Evaluated again: go, as recorded\./);
    expect(again.status).toBe(0);
    // A later push changed the metrics: verify names the file.
    s.repo.push({ [METRICS]: '{"model_version": "3.2.0", "metrics": {"auc": 0.95, "latency_p95_ms": 120}}\n' });
    const later = cli(s.repo.workspace({ depth: 1, ref: 'head' }), s.repo.workspace({ depth: 1, ref: 'base' }));
    expect(later.status).toBe(1);
    expect(later.stdout).toMatch(new RegExp(`CHANGED\\s+${METRICS}`));
    expectValidCalls(s.fake);
  });
});

describe('governance on pull requests', () => {
  test("the author's own approval does not count; an owner's review re-evaluates and edits the same comment", async () => {
    const s = await setup(READY, baseFiles({ approvals: '{ min: 1, from: ["@gov-alice", "@ml-engineer"] }' }));
    approve(s.fake, 'ml-engineer', s.repo.head);
    const first = await runPullRequest(s);
    expect(first.code).toBe(1);
    const [comment] = ours(s.fake);
    expect(comment.body).toMatch(/Blocked/);
    expect(comment.body).toMatch(/ml-engineer \(the author\)/);
    const blockedBody = comment.body;

    approve(s.fake, 'gov-alice', s.repo.head);
    const second = await runPullRequest(s, { event: 'pull_request_review.submitted' });
    expect(second.code).toBe(0);
    expect(second.outputs.decision).toBe('go');
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].id).toBe(comment.id);
    expect(ours(s.fake)[0].body).not.toBe(blockedBody);
    expect(ours(s.fake)[0].body).toMatch(/Ready/);
    expect(
      s.fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/comments/${comment.id}`)),
    ).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('with require_latest_commit, an approval of an older commit does not count', async () => {
    const s = await setup(
      READY,
      baseFiles({ approvals: '{ min: 1, from: ["@gov-alice"], require_latest_commit: true }' }),
    );
    approve(s.fake, 'gov-alice', s.repo.head);
    expect((await runPullRequest(s)).code).toBe(0);
    s.repo.push({ 'models/churn/NOTES.md': 'late change\n' });
    const run = await runPullRequest(s, { event: 'pull_request.synchronize' });
    expect(run.code).toBe(1);
    expect(ours(s.fake)[0].body).toMatch(/gov-alice \(approved an older commit\)/);
    expectValidCalls(s.fake);
  });

  test('a waiver approved by someone who is not a policy owner does not count', async () => {
    const s = await setup(
      release({ version: '3.2.0', auc: 0.905, tenurePsi: 0.31, waiver: { expires: inDays(30), approvedBy: '@bob' } }),
    );
    approve(s.fake, 'bob', s.repo.head);
    const run = await runPullRequest(s);
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    const body = ours(s.fake)[0].body;
    expect(body).toMatch(/waiver\.invalid/);
    expect(body).toMatch(/bob is not a policy owner/);
    expectValidCalls(s.fake);
  });

  test('team membership: the job token is refused and the gate fails closed; a token with Members: read passes', async () => {
    const governance: Governance = {
      owners: ['@acme/model-risk'],
      approvals: '{ min: 1, from: ["@acme/model-risk"] }',
    };
    const s = await setup(READY, baseFiles(governance));
    s.fake.teams.set('acme/model-risk', ['gov-alice', 'gov-bob']);
    approve(s.fake, 'gov-alice', s.repo.head);

    const refused = await runPullRequest(s);
    expect(refused.code).toBe(1);
    expect(refused.outputs.decision).toBe('blocked');
    const body = ours(s.fake)[0].body;
    expect(body).toMatch(/could not be read/);
    expect(body).toMatch(/403: Resource not accessible by integration — the job token cannot read organisation teams/);
    expect(body).toMatch(/Members: read as github-token/);
    expect(JSON.parse(refused.outputs.reportJson).context.teams['acme/model-risk'].error).toMatch(/^403/);

    const allowed = await runPullRequest(s, { token: APP_TOKEN, inputs: { 'comment-author': APP } });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs.decision).toBe('go');
    const record = JSON.parse(allowed.outputs.reportJson);
    expect(record.context.teams).toEqual({ 'acme/model-risk': ['gov-alice', 'gov-bob'] });
    expect(s.fake.requests.filter((r) => r.operation === 'teams/list-members-in-org')).toHaveLength(2);
    expectValidCalls(s.fake);
  });

  test("a PR that loosens the policy is blocked without an owner's approval, shows the diff, and passes with it", async () => {
    const s = await setup({ [POLICY_PATH]: policy(0.5) });
    const blocked = await runPullRequest(s, { inputs: { 'check-name': 'gate' } });
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.decision).toBe('blocked');
    expect(blocked.stdout).toMatch(/changes protected files without a policy owner's approval/);
    const [comment] = ours(s.fake);
    expect(comment.body).toMatch(/Blocked/);
    expect(comment.body).toMatch(/policy\.protected/);
    expect(comment.body).toMatch(/tiers\.medium\.metrics\.auc\.min: 0\.8 -&gt; 0\.5 \(looser\)/);
    expect(s.fake.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'Blocked' } });

    approve(s.fake, 'gov-alice', s.repo.head);
    const approved = await runPullRequest(s, { event: 'pull_request_review.submitted' });
    expect(approved.code).toBe(0);
    expect(approved.outputs.decision).toBe('go');
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].id).toBe(comment.id);
    expect(ours(s.fake)[0].body).not.toMatch(/Blocked/);
    expect(JSON.parse(approved.outputs.reportJson).findings[0]).toMatchObject({
      rule: 'policy.protected',
      status: 'pass',
    });
    expectValidCalls(s.fake);
  });
});

describe('the lifecycle audit on schedule', () => {
  const audited = (g: Governance = { maxReviewDays: 365 }) => baseFiles(g);
  const churn = (reviewBy: string, extra: Partial<Parameters<typeof release>[0]> = {}) =>
    release({ version: '3.2.0', auc: 0.905, lifecycle: { reviewBy }, ...extra });

  function runSchedule(s: Setup, token = JOB_TOKEN) {
    return runInProcess({
      fake: s.fake,
      eventName: 'schedule',
      payload: repositoryPayload('schedule', s.repo.head),
      workspace: s.repo.workspace({ depth: 1, ref: 'head' }),
      sha: s.repo.head,
      token,
    });
  }

  test('one issue: created, edited in place, left alone, closed with a comment, reopened', async () => {
    const s = await setup(churn(inDays(-3)), audited());
    const created = await runSchedule(s);
    expect(created.code).toBe(0);
    expect(created.outputs.decision).toBe('blocked');
    expect(JSON.parse(created.outputs['blocked-models'])).toEqual(['churn-classifier']);
    expect(s.fake.issues).toHaveLength(1);
    const [issue] = s.fake.issues;
    expect(issue).toMatchObject({ state: 'open', labels: [{ name: 'model-release-audit' }], user: { login: BOT } });
    expect(issue.title).toBe('Model release audit: 1 model release needs attention');
    expect(issue.body.startsWith('<!-- model-release-gate audit-id=default digest=')).toBe(true);
    expect(issue.body).toMatch(/churn-classifier.*review overdue/);
    expect(issue.body).toContain('@\u200bacme/churn-ml'); // the owner is named, not pinged by the gate
    expect(created.summary).toMatch(/review overdue/);
    expect(JSON.parse(created.outputs.reportJson)).toMatchObject({
      schema: 'model-release-gate/audit/v1',
      items: [{ name: 'churn-classifier', severity: 'overdue' }],
      issue: { action: 'created', number: issue.number },
    });
    expect(s.fake.comments).toHaveLength(0);
    const firstRequests = s.fake.requests.length;
    expect(firstRequests).toBeLessThanOrEqual(2); // list issues, create

    // A second model due soon, with a hostile name: the same issue is edited.
    const hostile = '@everyone <!-- model-release-gate audit-id=default --> [x](https://evil.example)';
    s.repo.push(release({ name: hostile, version: '1.0.0', auc: 0.9, lifecycle: { reviewBy: inDays(10) } }, 'fraud'));
    const updated = await runSchedule(s);
    expect(updated.outputs.decision).toBe('blocked');
    expect(s.fake.issues).toHaveLength(1);
    expect(issue.title).toBe('Model release audit: 2 model releases need attention');
    expect(issue.body).toMatch(/review due soon/);
    expect(issue.body.split('<!-- model-release-gate').length).toBe(2);
    expect(issue.body).not.toMatch(/(^|[^`\w])@everyone/);
    expect(issue.body).not.toContain('](https://evil');

    // Nothing changed: no write.
    const before = s.fake.requests.length;
    await runSchedule(s);
    expect(s.fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);

    // Both reviewed: the issue is closed with a short comment.
    s.repo.push({
      ...churn(inDays(200)),
      ...release({ version: '1.0.0', auc: 0.9, lifecycle: { reviewBy: inDays(200) } }, 'fraud'),
    });
    const cleared = await runSchedule(s);
    expect(cleared.outputs.decision).toBe('go');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue.body).toMatch(/nothing needs attention/);
    const closing = s.fake.comments.filter((c) => c.issue_number === issue.number);
    expect(closing).toHaveLength(1);
    expect(closing[0].body).toMatch(/Nothing needs attention any more.*closing/);

    // Still clear: nothing to do, no write.
    const quiet = s.fake.requests.length;
    await runSchedule(s);
    expect(s.fake.requests.slice(quiet).filter((r) => r.method !== 'GET')).toEqual([]);

    // Overdue again: the same issue is reopened.
    s.repo.push(churn(inDays(-1)));
    await runSchedule(s);
    expect(s.fake.issues).toHaveLength(1);
    expect(issue.state).toBe('open');
    expect(issue.body).toMatch(/review overdue/);
    expectValidCalls(s.fake);
  });

  test('an issue POST that GitHub carried out but answered 502 leaves one issue, not two', async () => {
    const s = await setup(churn(inDays(-3)), audited());
    s.fake.faults.push({
      method: 'POST',
      path: /\/repos\/acme\/models\/issues$/,
      status: 502,
      afterProcessing: true,
      times: 1,
      body: { message: 'Server Error' },
    });
    const run = await runSchedule(s);
    expect(run.code).toBe(0);
    expect(s.fake.issues).toHaveLength(1);
    expect(JSON.parse(run.outputs.reportJson).issue).toMatchObject({
      action: 'created',
      number: s.fake.issues[0].number,
    });
    expectValidCalls(s.fake);
  });

  test('a token that may not write issues gets a warning, not a failure; audit: off evaluates every release', async () => {
    const s = await setup(churn(inDays(-3)), audited());
    const refused = await runSchedule(s, READ_ONLY_TOKEN);
    expect(refused.code).toBe(0);
    expect(refused.outputs.decision).toBe('blocked');
    expect(s.fake.issues).toHaveLength(0);
    expect(refused.commands.some((c) => c.startsWith('::warning') && /No audit issue.*issues: write/.test(c))).toBe(
      true,
    );

    const off = await runInProcess({
      fake: s.fake,
      eventName: 'workflow_dispatch',
      payload: repositoryPayload('workflow_dispatch', s.repo.head),
      workspace: s.repo.workspace({ depth: 1, ref: 'head' }),
      sha: s.repo.head,
      token: JOB_TOKEN,
      inputs: { audit: 'off' },
    });
    expect(off.code).toBe(1); // the full gate: the overdue review blocks
    expect(JSON.parse(off.outputs.reportJson).schema).toBe('model-release-gate/report/v1');
    expect(s.fake.issues).toHaveLength(0);
    expectValidCalls(s.fake);
  });
});

describe('the action on merge_group (merge queue)', () => {
  /** actions/checkout on merge_group: the queue's head; depth 1 leaves the base out, depth 2 brings it. */
  function runMergeGroup(s: Setup, opts: { depth?: 1 | 2; inputs?: Record<string, string>; bundle?: boolean } = {}) {
    return (opts.bundle ? runAction : runInProcess)({
      fake: s.fake,
      eventName: 'merge_group',
      payload: mergeGroupPayload(s.repo),
      workspace: s.repo.workspace({ depth: opts.depth ?? 1 }),
      sha: s.repo.merge,
      token: JOB_TOKEN,
      ref: `refs/heads/gh-readonly-queue/main/pr-1-${s.repo.base}`,
      inputs: opts.inputs,
    });
  }
  const compares = (fake: FakeGitHub) => fake.requests.filter((r) => r.operation === 'repos/compare-commits');

  test('a group that regresses is blocked: combined change judged, check run on the group head, no comment', async () => {
    // Two queued pull requests: churn (ready) and a new fraud model below the floor.
    const s = await setup(
      { ...READY, ...release({ name: 'fraud-scorer', version: '1.0.0', auc: 0.7 }, 'fraud') },
      baseFiles({ approvals: '{ min: 1, from: ["@gov-alice"] }' }),
    );
    const run = await runMergeGroup(s, { inputs: { 'check-name': 'model-release-gate' } });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs['blocked-models'])).toEqual(['fraud-scorer']);
    const record = JSON.parse(run.outputs.reportJson);
    expect(record.models.map((m: { name: string }) => m.name).sort()).toEqual(['churn-classifier', 'fraud-scorer']);
    expect(record.context).toMatchObject({
      event: 'merge_group',
      base_sha: s.repo.base,
      head_sha: s.repo.merge,
      merge_group: `refs/heads/gh-readonly-queue/main/pr-1-${s.repo.base}`,
    });
    expect(record.policy.ref).toBe(s.repo.base);
    // Approvals are not re-checked in the queue, and the record says so (a warning, never a silent pass).
    const approvals = record.models[0].findings.find((f: { rule: string }) => f.rule === 'approvals.required');
    expect(approvals).toMatchObject({ status: 'warn' });
    expect(approvals.message).toMatch(/not re-checked in the merge queue/);
    expect(run.summary).toMatch(/Blocked/);
    expect(run.summary).toMatch(/fraud-scorer/);
    expect(s.fake.checkRuns).toHaveLength(1);
    expect(s.fake.checkRuns[0]).toMatchObject({ head_sha: s.repo.merge, conclusion: 'failure' });
    expect(s.fake.comments).toHaveLength(0);
    expect(s.fake.requests.filter((r) => r.path.includes('/issues/') || r.path.includes('/pulls/'))).toEqual([]);
    // Depth 1: the base is not in the checkout, so the files come from the compare API.
    expect(compares(s.fake)).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('a group that loosens the policy is judged by the base policy, and the policy change is flagged', async () => {
    const s = await setup({ [POLICY_PATH]: policy(0.5), ...release({ version: '3.2.0', auc: 0.78 }) });
    const run = await runMergeGroup(s, { depth: 2 });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    const record = JSON.parse(run.outputs.reportJson);
    expect(record.models[0].findings).toContainEqual(
      expect.objectContaining({ rule: 'metrics.threshold', status: 'fail', subject: 'auc' }),
    );
    expect(record.findings).toEqual([
      expect.objectContaining({ rule: 'policy.protected', status: 'warn', subject: POLICY_PATH }),
    ]);
    expect(record.findings[0].message).toMatch(/tiers\.medium\.metrics\.auc\.min: 0\.8 -> 0\.5 \(looser\)/);
    expect(record.findings[0].message).toMatch(/not re-checked here/);
    // Depth 2 holds the base commit: git gives the files and the base, with no compare or contents call.
    expect(compares(s.fake)).toHaveLength(0);
    expect(s.fake.requests.filter((r) => r.operation === 'repos/get-content')).toHaveLength(0);
    expectValidCalls(s.fake);
  });

  test('a clean group passes with a successful check run', async () => {
    const s = await setup(READY);
    const run = await runMergeGroup(s, { inputs: { 'check-name': 'model-release-gate' }, bundle: true });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(run.summary).toMatch(/Ready/);
    expect(s.fake.checkRuns[0]).toMatchObject({
      head_sha: s.repo.merge,
      conclusion: 'success',
      output: { title: 'Ready' },
    });
    expect(s.fake.comments).toHaveLength(0);
    expectValidCalls(s.fake);
  });

  test('a group without a release passes at once and writes nothing to GitHub', async () => {
    const s = await setup({ 'README.md': '# acme models\n\nNow with docs.\n' });
    const run = await runMergeGroup(s);
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(run.summary).toMatch(/No model release in this merge group/);
    expect(s.fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expectValidCalls(s.fake);
  });

  test('no checkout at all: base, head and files through the API; a 502 from compare is retried', async () => {
    const s = await setup(BLOCKED);
    s.fake.faults.push({ method: 'GET', path: /\/compare\//, status: 502, times: 1 });
    const run = await runInProcess({
      fake: s.fake,
      eventName: 'merge_group',
      payload: mergeGroupPayload(s.repo),
      workspace: s.repo.workspace('none'),
      sha: s.repo.merge,
      token: JOB_TOKEN,
    });
    expect(run.outputs.decision).toBe('blocked');
    expect(run.code).toBe(1);
    expect(compares(s.fake).map((r) => r.status)).toEqual([502, 200]);
    const contents = s.fake.requests.filter((r) => r.operation === 'repos/get-content');
    expect(contents.some((r) => r.query.includes(s.repo.merge))).toBe(true);
    expect(contents.some((r) => r.query.includes(s.repo.base))).toBe(true);
    expectValidCalls(s.fake);
  });

  test('a group over the compare API’s 300-file ceiling is diffed from the two trees', async () => {
    const docs = Object.fromEntries(Array.from({ length: 320 }, (_, i) => [`docs/page-${i}.md`, `page ${i}\n`]));
    const s = await setup({ ...docs, ...BLOCKED });
    const run = await runMergeGroup(s);
    expect(run.outputs.decision).toBe('blocked');
    expect(compares(s.fake)).toHaveLength(1);
    expect(s.fake.requests.filter((r) => r.operation === 'git/get-tree')).toHaveLength(2);
    expectValidCalls(s.fake);
  });

  test('a payload without base_sha is refused with the reason', async () => {
    const s = await setup(READY);
    const payload = mergeGroupPayload(s.repo);
    delete payload.merge_group.base_sha;
    const run = await runInProcess({
      fake: s.fake,
      eventName: 'merge_group',
      payload,
      workspace: s.repo.workspace({ depth: 1 }),
      sha: s.repo.merge,
      token: JOB_TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(run.stdout).toMatch(/merge_group event payload has no merge_group with base_sha and head_sha/);
  });
});

describe('reading the release, its baseline and its policy fails closed', () => {
  const churnAt = (dir: string, r: Parameters<typeof release>[0]) => release(r, dir);
  const gone: Files = { [MANIFEST]: null, [METRICS]: null, [DRIFT]: null };
  const blockedOn = (run: ActionRun, rule: string) =>
    JSON.parse(run.outputs.reportJson)
      .models.flatMap((m: { findings: { rule: string; status: string; message: string }[] }) => m.findings)
      .filter((f: { rule: string; status: string }) => f.rule === rule && f.status === 'fail');

  test('a renamed release (git mv, new model name) is compared with its production baseline', async () => {
    // auc 0.84 passes the 0.8 floor but drops 0.06 from production's 0.9 (max_drop 0.05).
    const s = await setup({
      ...gone,
      ...churnAt('churn-v2', { name: 'churn-classifier-v2', version: '3.2.0', auc: 0.84 }),
    });
    const run = await runPullRequest(s);
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    const record = JSON.parse(run.outputs.reportJson);
    expect(record.models[0].baseline).toEqual({ manifest: MANIFEST, version: '3.1.0' });
    expect(blockedOn(run, 'metrics.regression')[0].message).toMatch(/auc dropped from 0\.9 to 0\.84/);
    expect(ours(s.fake)[0].body).toContain('production 3.1.0 (models/churn/model-release.yml)');
    expectValidCalls(s.fake);
  });

  test('a copy under the same model name is an error, and is still compared with production', async () => {
    const s = await setup(churnAt('churn-copy', { version: '3.2.0', auc: 0.84 }));
    // fetch-depth 1: the base (and its manifests, searched by model name) comes through the API.
    const run = await runPullRequest(s, { workspace: s.repo.workspace({ depth: 1 }) });
    expect(run.code).toBe(1);
    expect(blockedOn(run, 'manifest.invalid')[0].message).toMatch(
      /model\.name 'churn-classifier' is also released by models\/churn\/model-release\.yml/,
    );
    expect(blockedOn(run, 'metrics.regression')).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('a baseline that GitHub fails to serve (502 after retries, 404 the tree contradicts) blocks, never "first release"', async () => {
    const s = await setup(release({ version: '3.2.0', auc: 0.84 }));
    const baseManifest = /\/contents\/models(%2F|\/)churn(%2F|\/)model-release\.yml$/;
    s.fake.faults.push({ method: 'GET', path: baseManifest, status: 502, times: 4, body: { message: 'Server Error' } });
    const failed = await runPullRequest(s, { workspace: s.repo.workspace({ depth: 1 }) });
    expect(failed.code).toBe(1);
    expect(failed.outputs.decision).toBe('blocked');
    expect(blockedOn(failed, 'evidence.missing')[0].message).toMatch(
      /production baseline cannot be used: .*HTTP 502.*re-run the job/,
    );
    expect(ours(s.fake)[0].body).toMatch(/production baseline cannot be used/);
    expect(ours(s.fake)[0].body).toMatch(/production baseline unreadable/);

    // A token that cannot see the repository gets 404 for files that exist.
    s.fake.faults.push({ method: 'GET', path: baseManifest, status: 404, times: 1, body: { message: 'Not Found' } });
    const hidden = await runPullRequest(s, { workspace: s.repo.workspace({ depth: 1 }) });
    expect(hidden.code).toBe(1);
    expect(blockedOn(hidden, 'evidence.missing')[0].message).toMatch(
      /HTTP 404.*lists 'models\/churn\/model-release\.yml'/,
    );
    expectValidCalls(s.fake);
  }, 60_000);

  test('a PR that lowers its risk tier is judged by the production tier until a policy owner approves', async () => {
    const tiered = policy().replace(
      'tiers:\n  default: medium\n  medium:\n',
      'tiers:\n  default: medium\n  low:\n    require: [model.owner]\n  medium:\n    extends: low\n',
    );
    const lowered = release({ version: '3.2.0', auc: 0.78 });
    lowered[MANIFEST] = (lowered[MANIFEST] as string).replace('  owner:', '  risk_tier: low\n  owner:');
    const s = await setup(lowered, { ...baseFiles(), [POLICY_PATH]: tiered });
    const blocked = await runPullRequest(s);
    expect(blocked.code).toBe(1);
    const record = JSON.parse(blocked.outputs.reportJson);
    expect(record.models[0].risk_tier).toBe('medium');
    expect(record.models[0].findings).toContainEqual(
      expect.objectContaining({ rule: 'release.risk_tier_lowered', status: 'warn', line: 5 }),
    );
    expect(ours(s.fake)[0].body).toMatch(/risk\\_tier medium -&gt; low lowers the production tier: judged as medium/);

    approve(s.fake, 'gov-alice', s.repo.head);
    const approved = await runPullRequest(s, { event: 'pull_request_review.submitted' });
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.outputs.reportJson).models[0].risk_tier).toBe('low');
    expect(ours(s.fake)[0].body).toMatch(
      /Risk tier: risk\\_tier medium -&gt; low, approved by policy owner @\u200bgov-alice/,
    );
    expectValidCalls(s.fake);
  });

  test('a 404 on the policy is not "no policy": only a base tree without the file means the built-in policy', async () => {
    const s = await setup(READY);
    s.fake.faults.push({
      method: 'GET',
      path: /\/contents\/\.github(%2F|\/)model-release-policy\.yml$/,
      status: 404,
      times: 1,
    });
    const run = await runPullRequest(s, { workspace: s.repo.workspace({ depth: 1 }) });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(run.summary).toMatch(/could not run/);
    expect(run.stdout).toMatch(/HTTP 404.*contents: read.*lists '\.github\/model-release-policy\.yml'/);

    const none = await setup(READY, { ...baseFiles(), [POLICY_PATH]: null });
    const builtin = await runPullRequest(none, { workspace: none.repo.workspace({ depth: 1 }) });
    expect(JSON.parse(builtin.outputs.reportJson).policy.builtin).toBe(true);
    expectValidCalls(s.fake);
  });

  test("a link into .git is never read: the checkout's credentials stay out of the record and the comment", async () => {
    const s = await setup({ ...READY, [METRICS]: { link: '../../../.git/config' } });
    const ws = s.repo.workspace({ depth: 2 });
    // What actions/checkout persists by default.
    execFileSync('git', ['config', 'http.https://github.com/.extraheader', 'AUTHORIZATION: basic c2VjcmV0LXRva2Vu'], {
      cwd: ws,
    });
    const run = await runPullRequest(s, { workspace: ws });
    expect(run.code).toBe(1);
    expect(blockedOn(run, 'evidence.missing')[0].message).toMatch(/inside \.git/);
    expect(run.outputs.reportJson).not.toContain('c2VjcmV0');
    expect(ours(s.fake)[0].body).not.toContain('c2VjcmV0');
    expect(run.stdout).not.toContain('c2VjcmV0');
    expectValidCalls(s.fake);
  });

  test('a file the commit does not track is not evidence, even when an earlier step wrote it', async () => {
    const s = await setup({ ...READY, [METRICS]: null });
    const ws = s.repo.workspace({ depth: 2 });
    writeFileSync(
      join(ws, METRICS),
      JSON.stringify({ model_version: '3.2.0', metrics: { auc: 0.95, latency_p95_ms: 90 } }),
    );
    const run = await runPullRequest(s, { workspace: ws });
    expect(run.code).toBe(1);
    expect(blockedOn(run, 'evidence.missing')[0].message).toMatch(
      /metrics\.json' does not exist in checked-out commit/,
    );
    expectValidCalls(s.fake);
  });

  test('editing the file behind an evidence link touches the release', async () => {
    const shared = 'shared/churn-metrics.json';
    const metricsOf = (auc: number) =>
      JSON.stringify({ model_version: '3.1.0', metrics: { auc, latency_p95_ms: 120 } });
    const base = {
      ...baseFiles(),
      [METRICS]: { link: '../../../shared/churn-metrics.json' },
      [shared]: metricsOf(0.9),
    };
    const s = await setup({ [shared]: metricsOf(0.7) }, base);
    const viaGit = await runPullRequest(s);
    // pull_request_target: the head through the API, which follows the link and names its target.
    const viaApi = await runPullRequest(s, {
      eventName: 'pull_request_target',
      workspace: s.repo.workspace({ depth: 1, ref: 'base' }),
    });
    for (const run of [viaGit, viaApi]) {
      expect(run.code).toBe(1);
      expect(run.outputs.decision).toBe('blocked');
      expect(blockedOn(run, 'metrics.threshold')[0].message).toMatch(/auc/);
    }
    expectValidCalls(s.fake);
  });

  test('limits.max_file_mb caps files read through git and through the contents API', async () => {
    const big = release({ version: '3.2.0', auc: 0.905 });
    big[METRICS] = (big[METRICS] as string) + ' '.repeat(1536 * 1024);
    const s = await setup(big, { ...baseFiles(), [POLICY_PATH]: policy() + 'limits: { max_file_mb: 1 }\n' });
    const viaGit = await runPullRequest(s);
    const viaApi = await runPullRequest(s, {
      eventName: 'pull_request_target',
      workspace: s.repo.workspace({ depth: 1, ref: 'base' }),
    });
    for (const run of [viaGit, viaApi]) {
      expect(run.code).toBe(1);
      expect(blockedOn(run, 'evidence.missing')[0].message).toMatch(
        /metrics\.json' is 1\.5 MB, over the 1 MB limit \(limits\.max_file_mb\)/,
      );
    }
    expectValidCalls(s.fake);
  });
});

/** Short time limits so that faults end fast; the defaults are 30 s, 60 s, 300 s and 1 s. */
const FAST: Partial<Limits> = { requestMs: 500, maxWaitMs: 5000, deadlineMs: 20_000, retryUnitMs: 10 };

/** The `::error::` line that fails the job. */
function failure(run: ActionRun): string {
  return run.commands.filter((c) => c.startsWith('::error')).join('\n');
}

describe('GitHub failing, hanging or lying', () => {
  test('a hung request ends with an error naming the call, in seconds, not after 20 minutes', async () => {
    const s = await setup(READY);
    s.fake.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 200, hang: true, times: 10 });
    // The bundle: the limits as MODEL_RELEASE_GATE_* variables, and a process that ends on time.
    const run = await runPullRequest(s, { limits: FAST, bundle: true });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(failure(run)).toMatch(/GitHub did not answer GET \/repos\/acme\/models\/pulls\/1\/files within 0\.5 s/);
    // Tried four times (the first try and three retries), then gave up.
    expect(s.fake.requests.filter((r) => r.path.endsWith('/pulls/1/files'))).toHaveLength(4);
    expect(run.ms).toBeLessThan(15_000);
  });

  test('a team look-up that hangs fails the approval closed and says which call timed out', async () => {
    const governance: Governance = {
      owners: ['@acme/model-risk'],
      approvals: '{ min: 1, from: ["@acme/model-risk"] }',
    };
    const s = await setup(READY, baseFiles(governance));
    s.fake.teams.set('acme/model-risk', ['gov-alice']);
    approve(s.fake, 'gov-alice', s.repo.head);
    s.fake.faults.push({ method: 'GET', path: /\/teams\/model-risk\/members$/, status: 200, hang: true, times: 10 });
    const run = await runPullRequest(s, { token: APP_TOKEN, inputs: { 'comment-author': APP }, limits: FAST });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(JSON.parse(run.outputs.reportJson).context.teams['acme/model-risk'].error).toBe(
      'GitHub did not answer GET /orgs/acme/teams/model-risk/members within 0.5 s; re-run the job',
    );
    expect(run.ms).toBeLessThan(15_000);
  });

  test('the whole run is bounded: a request still open at the deadline is aborted and named', async () => {
    const s = await setup(READY);
    s.fake.faults.push({ method: 'GET', path: /\/pulls\/1\/reviews$/, status: 200, hang: true, times: 1 });
    const run = await runPullRequest(s, { limits: { ...FAST, requestMs: 60_000, deadlineMs: 2000 }, bundle: true });
    expect(run.code).toBe(1);
    expect(failure(run)).toMatch(
      /stopped waiting for GET \/repos\/acme\/models\/pulls\/1\/reviews: the run's time limit of 2 s was reached/,
    );
    expect(run.ms).toBeLessThan(12_000);
  });

  test('Retry-After: 3600 is not waited out, and a persistent rate limit is called a rate limit', async () => {
    const s = await setup(READY);
    const limited = {
      method: 'GET',
      path: /\/issues\/1\/comments$/,
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    };
    // The unit is 0.01 s in this suite, so 3600 "seconds" is 36 s: more than the 5 s the gate waits.
    s.fake.faults.push({ ...limited, times: 10, headers: { 'retry-after': '3600' } });
    const long = await runPullRequest(s, { limits: FAST });
    expect(long.code).toBe(1);
    expect(failure(long)).toMatch(/rate-limited \(secondary rate limit\), not missing a permission/);
    expect(failure(long)).toMatch(/GitHub asked to wait 3600 s/);
    expect(failure(long)).not.toMatch(/the token needs/);
    expect(long.stdout).toMatch(/asks to wait 3600 s, longer than the gate waits/);
    expect(long.ms).toBeLessThan(15_000);

    // A short Retry-After is honoured, twice; a limit that never lifts is still reported as one.
    s.fake.faults.length = 0;
    s.fake.faults.push({ ...limited, times: 10, headers: { 'retry-after': '1' } });
    const persistent = await runPullRequest(s, { limits: FAST });
    expect(persistent.code).toBe(1);
    expect(failure(persistent)).toMatch(/GET \/repos\/acme\/models\/issues\/1\/comments.*rate-limited/);
    expect(s.fake.requests.filter((r) => r.fault && r.path.endsWith('/issues/1/comments'))).toHaveLength(4);
  });

  test('a malformed JSON answer is reported as such, not as an unreachable GITHUB_API_URL', async () => {
    const s = await setup(READY);
    s.fake.faults.push({
      method: 'GET',
      path: /\/pulls\/1\/reviews$/,
      status: 200,
      raw: '[{"id": 1, "user": ',
      times: 10,
    });
    const run = await runPullRequest(s, { limits: FAST });
    expect(run.code).toBe(1);
    expect(failure(run)).toMatch(
      /GitHub answered GET \/repos\/acme\/models\/pulls\/1\/reviews with HTTP 200 and application\/json, but the body \(19 bytes, starting .*\) is not valid JSON/,
    );
    expect(failure(run)).not.toMatch(/could not be reached/);
  });

  test('an answer cut short is retried', async () => {
    const s = await setup(READY);
    s.fake.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 200, truncate: true, times: 1, body: [] });
    const run = await runPullRequest(s, { limits: FAST });
    expect(run.code).toBe(0);
    expect(run.outputs.decision).toBe('go');
    expect(ours(s.fake)).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('a changed-files list shorter than the pull request says fails closed, not "no model release"', async () => {
    const s = await setup(BLOCKED);
    s.fake.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 200, body: [], times: 10 });
    const run = await runPullRequest(s, { limits: FAST });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('error');
    expect(failure(run)).toMatch(
      /GET \/repos\/acme\/models\/pulls\/1\/files listed 0 file\(s\), but the pull request has \d+ changed file\(s\)/,
    );
    expect(run.summary).not.toMatch(/No model release/);
  });

  test('a comment POST that GitHub carried out but answered 502 leaves one comment, not two', async () => {
    const s = await setup(BLOCKED);
    s.fake.faults.push({
      method: 'POST',
      path: /\/issues\/1\/comments$/,
      status: 502,
      afterProcessing: true,
      times: 1,
      body: { message: 'Server Error' },
    });
    const run = await runPullRequest(s, { limits: FAST });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].body).toMatch(/Blocked/);
    expect(s.fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test('a POST that failed before GitHub created anything is tried once more', async () => {
    const s = await setup(BLOCKED);
    s.fake.faults.push({ method: 'POST', path: /\/issues\/1\/comments$/, status: 502, times: 1 });
    const run = await runPullRequest(s, { limits: FAST });
    expect(run.outputs.decision).toBe('blocked');
    expect(ours(s.fake)).toHaveLength(1);
    expect(s.fake.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502, 201]);
    expectValidCalls(s.fake);
  });

  test('two comments left by concurrent runs: the oldest is kept and the other deleted', async () => {
    const s = await setup(BLOCKED);
    await runPullRequest(s);
    const [first] = ours(s.fake);
    // What a second run that listed before the first one posted would have written.
    s.fake.addComment(BOT, first.body, 'Bot');
    expect(ours(s.fake)).toHaveLength(2);
    s.repo.push(READY, 'fix auc');
    const run = await runPullRequest(s, { event: 'pull_request.synchronize' });
    expect(run.code).toBe(0);
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].id).toBe(first.id);
    expect(ours(s.fake)[0].body).toMatch(/Ready/);
    expect(s.fake.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expectValidCalls(s.fake);
  });

  test("another workflow's github-actions[bot] comment with a copied marker and digest is not adopted", async () => {
    const s = await setup(BLOCKED);
    await runPullRequest(s);
    const [real] = ours(s.fake);
    const marker = real.body.split('\n', 1)[0];
    s.fake.comments.splice(s.fake.comments.indexOf(real), 1);
    // Same author (every workflow's job token comments as github-actions[bot]), same marker and digest.
    const forged = s.fake.addComment(BOT, `${marker}\n## ✅ Ready\n\nAll gates pass.`, 'Bot');
    const run = await runPullRequest(s, { event: 'pull_request.synchronize' });
    expect(run.code).toBe(1);
    expect(s.fake.comments.find((c) => c.id === forged.id)!.body).toMatch(/All gates pass/);
    const mine = ours(s.fake).filter((c) => c.id !== forged.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toMatch(/Blocked/);

    // The gate in another workflow (or job) keeps its own comment.
    await runPullRequest(s, {
      env: { GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/other.yml@refs/heads/main` },
    });
    expect(ours(s.fake)).toHaveLength(3);
    expectValidCalls(s.fake);
  });

  test('paths that need URL-encoding (space, #, ?, %, non-ASCII) are read through the contents API', async () => {
    const dir = 'churn v2#1?%é';
    const s = await setup(release({ version: '3.2.0', auc: 0.78 }, dir), {
      [POLICY_PATH]: policy(),
      ...release({ version: '3.1.0', auc: 0.9 }, dir),
    });
    // No checkout: the policy, the base and the head all come through the API.
    const run = await runPullRequest(s, { workspace: s.repo.workspace('none') });
    expect(run.outputs.decision).toBe('blocked');
    const reads = s.fake.requests.filter((r) => r.path.endsWith(`models/${dir}/model-release.yml`));
    expect(reads.map((r) => r.query).sort()).toEqual([`?ref=${s.repo.base}`, `?ref=${s.repo.head}`].sort());
    expect(reads.every((r) => r.status === 200)).toBe(true);
    expect(JSON.parse(run.outputs.reportJson).models[0].manifest).toBe(`models/${dir}/model-release.yml`);
    expectValidCalls(s.fake);
  });

  test('empty INPUT_* values mean the defaults of action.yml, as other runners and local runs pass them', async () => {
    const s = await setup(BLOCKED);
    const empty = Object.fromEntries(
      ['policy', 'github-token', 'mode', 'comment', 'comment-id', 'comment-author', 'check-name', 'audit'].map((n) => [
        n,
        '',
      ]),
    );
    // The default token is the job's; off GitHub the GITHUB_TOKEN variable stands in for it.
    const run = await runPullRequest(s, { inputs: empty, env: { GITHUB_TOKEN: JOB_TOKEN } });
    expect(run.code).toBe(1);
    expect(run.outputs.decision).toBe('blocked');
    expect(ours(s.fake)).toHaveLength(1);
    expect(ours(s.fake)[0].body).toMatch(/^<!-- model-release-gate comment-id=default /);
    expectValidCalls(s.fake);
  });
});

describe('who may approve', () => {
  test('approvals from accounts without write access or from bots do not count, and the comment says why', async () => {
    const s = await setup(READY, baseFiles({ approvals: '{ min: 1 }' }));
    s.fake.maxPerPage = 1; // every listing pages through Link headers
    s.fake.collaborators.set('read-only-member', 'read');
    s.fake.reviews.push(
      { id: 1, user: { login: 'drive-by' }, state: 'APPROVED', commit_id: s.repo.head, submitted_at: '' },
      {
        id: 2,
        user: { login: 'renovate[bot]', type: 'Bot' },
        author_association: 'NONE',
        state: 'APPROVED',
        commit_id: s.repo.head,
        submitted_at: '',
      },
      {
        id: 3,
        user: { login: 'read-only-member' },
        author_association: 'MEMBER',
        state: 'APPROVED',
        commit_id: s.repo.head,
        submitted_at: '',
      },
      {
        id: 4,
        user: { login: 'helper-app', type: 'Bot' },
        author_association: 'COLLABORATOR',
        state: 'APPROVED',
        commit_id: s.repo.head,
        submitted_at: '',
      },
    );
    const blocked = await runPullRequest(s);
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.decision).toBe('blocked');
    const body = ours(s.fake)[0].body;
    expect(body).toMatch(/0 of 1 approval/);
    expect(body).toMatch(/drive-by \(no write access: author association NONE\)/);
    expect(body).toMatch(/renovate\\\[bot\\\] \(a bot\)/); // `[` escaped in Markdown
    expect(body).toMatch(/helper-app \(a bot\)/);
    expect(body).toMatch(/read-only-member \(no write access: MEMBER with read permission\)/);
    const record = JSON.parse(blocked.outputs.reportJson);
    expect(record.context.reviews).toContainEqual(
      expect.objectContaining({ user: 'drive-by', not_counted: 'no write access: author association NONE' }),
    );
    // Only the ambiguous association (MEMBER) was looked up.
    expect(s.fake.requests.filter((r) => r.operation === 'repos/get-collaborator-permission-level')).toHaveLength(1);

    approve(s.fake, 'gov-bob', s.repo.head);
    const ready = await runPullRequest(s, { event: 'pull_request_review.submitted' });
    expect(ready.code).toBe(0);
    expect(ready.outputs.decision).toBe('go');
    expect(JSON.parse(ready.outputs.reportJson).context.reviews).toContainEqual(
      expect.objectContaining({ user: 'gov-bob', write_access: 'COLLABORATOR, write permission' }),
    );
    expectValidCalls(s.fake);
  });

  test("a policy owner's approval of a protected change counts only with write access", async () => {
    const s = await setup({ [POLICY_PATH]: policy(0.5) });
    s.fake.collaborators.set('gov-alice', 'read');
    s.fake.reviews.push({
      id: 1,
      user: { login: 'gov-alice' },
      author_association: 'COLLABORATOR',
      state: 'APPROVED',
      commit_id: s.repo.head,
      submitted_at: '',
    });
    const run = await runPullRequest(s);
    expect(run.code).toBe(1);
    expect(ours(s.fake)[0].body).toMatch(
      /gov-alice's approval does not count \(no write access: COLLABORATOR with read permission\)/,
    );
    expectValidCalls(s.fake);
  });
});

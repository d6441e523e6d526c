// End-to-end: governance on pull requests, the lifecycle audit on schedule, the merge queue and who may
// approve (see scenarios.ts).

import { describe, expect, test } from '@jest/globals';
import { type FakeGitHub } from './fake-github.js';
import { mergeGroupPayload, repositoryPayload, runAction } from './harness.js';
import { BLOCKED, POLICY_PATH, READY, baseFiles, inDays, policy, release, type Governance } from './demo-repo.js';
import { runInProcess } from './in-process.js';
import {
  APP,
  APP_TOKEN,
  BOT,
  JOB_TOKEN,
  READ_ONLY_TOKEN,
  approve,
  expectValidCalls,
  ours,
  runPullRequest,
  setup,
  useScenarios,
  type Setup,
} from './scenarios.js';

useScenarios();

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

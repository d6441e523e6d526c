// End-to-end: the action on pull requests and other events, against a fake GitHub REST API that checks
// every request against GitHub's OpenAPI description and keeps comments and check runs (scenarios.ts).
// Also: action-governance.test.ts (approvals, the audit, the merge queue) and action-faults.test.ts
// (reading fails closed; GitHub failing, hanging or lying).

import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, repositoryPayload, type ActionRun } from './harness.js';
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
} from './demo-repo.js';
import { runInProcess } from './in-process.js';
import {
  JOB_TOKEN,
  READ_ONLY_TOKEN,
  approve,
  expectValidCalls,
  ours,
  runPullRequest,
  setup,
  useScenarios,
} from './scenarios.js';

useScenarios();

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

describe('the step in-process stands for the bundle', () => {
  test('the same scenario leaves the same exit code, outputs, log commands, summary and record either way', async () => {
    const s = await setup(BLOCKED);
    const inProcess = await runPullRequest(s, { inputs: { 'check-name': 'gate' } });
    const bundle = await runPullRequest(s, { inputs: { 'check-name': 'gate' }, bundle: true });
    // Times and the run's temporary folder differ between two runs; nothing else may.
    const same = (text: string) =>
      text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'TIME').replace(/\/[^\s'"]*mrg-run-[^/\s'"]+/g, 'TEMP');
    expect(inProcess.code).toBe(1);
    expect(bundle.code).toBe(inProcess.code);
    const outputs = (r: ActionRun) => ({ ...r.outputs, report: '', attestation: '', 'attestation-subjects': '' });
    expect(same(JSON.stringify(outputs(bundle)))).toBe(same(JSON.stringify(outputs(inProcess))));
    expect(bundle.commands.map(same)).toEqual(inProcess.commands.map(same));
    expect(same(bundle.summary)).toBe(same(inProcess.summary));
    expect(bundle.stderr).toBe('');
    // Two check runs, one per run, alike; one comment, created by the first and left alone by the second.
    expect(s.fake.checkRuns).toHaveLength(2);
    const [first, second] = s.fake.checkRuns.map((c) => ({
      conclusion: c.conclusion,
      head_sha: c.head_sha,
      output: same(JSON.stringify(c.output)),
      annotations: c.annotations,
    }));
    expect(second).toEqual(first);
    expect(ours(s.fake)).toHaveLength(1);
    expectValidCalls(s.fake);
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

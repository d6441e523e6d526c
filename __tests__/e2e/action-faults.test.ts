// End-to-end: reading the release, its baseline and its policy fails closed; GitHub failing, hanging or
// lying (see scenarios.ts).

import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { OWNER, REPO, type ActionRun, type Files } from './harness.js';
import {
  BLOCKED,
  DRIFT,
  MANIFEST,
  METRICS,
  POLICY_PATH,
  READY,
  baseFiles,
  policy,
  release,
  type Governance,
} from './demo-repo.js';
import {
  APP,
  APP_TOKEN,
  BOT,
  FAST,
  JOB_TOKEN,
  approve,
  expectValidCalls,
  failure,
  ours,
  runPullRequest,
  setup,
  useScenarios,
} from './scenarios.js';

useScenarios();

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

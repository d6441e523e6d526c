// The GitHub side of governance: team lookups (paged, refused), the audit issue's rendering and which
// issue is ours, and the job's failure message when only the pull request's own gates fail.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { tmpdir } from 'node:os';
import { pickAuditIssue, type AuditIssue } from '../../src/github/audit-issue.js';
import { createClient } from '../../src/github/client.js';
import { blockedMessage } from '../../src/github/publish.js';
import { commentMarker, withDigest } from '../../src/github/sticky-comment.js';
import { TEAM_TOKEN_ADVICE, teamResolver } from '../../src/github/teams.js';
import { renderAuditAllClear, renderAuditIssue, type AuditIssueOptions } from '../../src/report/audit.js';
import type { AuditItem } from '../../src/rules/audit.js';
import { FakeGitHub } from '../e2e/fake-github.js';

describe('team resolver', () => {
  const JOB = 'ghs_job';
  const APP = 'ghs_app';
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = new FakeGitHub(tmpdir(), 'acme', 'models');
    fake.tokens.set(JOB, { login: 'github-actions[bot]', type: 'Bot', canWrite: true, installation: true });
    fake.tokens.set(APP, { login: 'app[bot]', type: 'Bot', canWrite: true, installation: true, canReadOrg: true });
    fake.teams.set(
      'acme/model-risk',
      Array.from({ length: 150 }, (_, i) => `member-${i}`),
    );
    await fake.start();
  });
  afterAll(() => fake.stop());
  const client = (token: string) => createClient(token, { baseUrl: fake.url, log: () => {} });

  test('reads every page of members, and records what it found', async () => {
    fake.resetLog();
    const lookup = teamResolver(client(APP));
    const teams = await lookup.resolve(['acme/model-risk']);
    const members = teams['acme/model-risk'] as string[];
    expect(members).toHaveLength(150);
    expect(members[149]).toBe('member-149');
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(fake.violations).toEqual([]);
    expect(lookup.looked).toEqual(teams);
  });

  test('a refused or unknown team is an error with the token advice, never an empty team', async () => {
    const refused = await teamResolver(client(JOB)).resolve(['acme/model-risk']);
    expect(refused['acme/model-risk']).toEqual({
      error: `403: Resource not accessible by integration — ${TEAM_TOKEN_ADVICE}`,
    });
    const unknown = await teamResolver(client(APP)).resolve(['acme/nobody', 'not-a-team']);
    expect(unknown['acme/nobody']).toEqual({ error: `404: Not Found — ${TEAM_TOKEN_ADVICE}` });
    expect(unknown['not-a-team']).toEqual({ error: "'not-a-team' is not @org/team-slug" });
  });
});

describe('audit issue', () => {
  const options: AuditIssueOptions = {
    marker: commentMarker('default', 'audit-id'),
    evaluatedAt: '2026-11-27T10:00:00Z',
    commit: 'a'.repeat(40),
    branch: 'main',
    policy: { source: '.github/model-release-policy.yml', ref: 'a'.repeat(40), sha256: 'f'.repeat(64), builtin: false },
    runUrl: 'https://github.com/acme/models/actions/runs/1',
  };
  const item = (over: Partial<AuditItem> = {}): AuditItem => ({
    manifest: 'models/churn/model-release.yml',
    name: 'churn-classifier',
    version: '3.2.0',
    owner: '@acme/churn-ml',
    severity: 'overdue',
    message: 'the review was due on 2026-11-24, 3 days ago',
    ...over,
  });

  test('lists each release with its owner, escaped, and says what to do', () => {
    const { title, body } = renderAuditIssue(
      [item(), item({ manifest: 'models/x/model-release.yml', name: '@everyone <b>x</b> | y', severity: 'due-soon' })],
      options,
    );
    expect(title).toBe('Model release audit: 2 model releases need attention');
    expect(body.startsWith(`${options.marker}\n`)).toBe(true);
    expect(body).toContain('@\u200bacme/churn-ml');
    expect(body).not.toMatch(/(^|[^\w])@everyone/);
    expect(body).not.toContain('<b>');
    expect(body).toContain('\\|');
    expect(body).toMatch(/\|\n\n\*\*What to do\*\*/);
    expect(body).toMatch(/review overdue: review the model/);
    expect(body).toContain('[workflow run](https://github.com/acme/models/actions/runs/1)');
  });

  test('one release with two reasons counts once in the title', () => {
    const { title } = renderAuditIssue([item(), item({ severity: 'retired' })], options);
    expect(title).toBe('Model release audit: 1 model release needs attention');
  });

  test("rows that do not fit GitHub's limit are left out, and the body says how many", () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      item({ manifest: `models/m${i}/model-release.yml`, message: 'x'.repeat(400) }),
    );
    const { body } = renderAuditIssue(many, { ...options, maxLength: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    const shown = body.split('\n').filter((l) => l.startsWith('| churn-classifier')).length;
    expect(shown).toBeGreaterThan(10);
    expect(body).toContain(`${400 - shown} more rows left out`);
  });

  test('all clear: a body and a closing comment', () => {
    const clear = renderAuditAllClear(options);
    expect(clear.body.startsWith(options.marker)).toBe(true);
    expect(clear.body).toMatch(/nothing needs attention/);
    expect(clear.comment).toMatch(/closing/);
  });

  test('ours: our marker and our author; the open one first, else the newest closed; never a pull request', () => {
    const body = withDigest(`${options.marker}\nx`, 'default', [], 'audit-id');
    const issue = (number: number, state: string, login = 'github-actions[bot]', text = body): AuditIssue => ({
      id: number,
      number,
      state,
      body: text,
      user: { login },
    });
    const bot = 'github-actions[bot]';
    expect(pickAuditIssue([issue(2, 'closed'), issue(5, 'open'), issue(9, 'closed')], 'default', bot)?.number).toBe(5);
    expect(pickAuditIssue([issue(2, 'closed'), issue(9, 'closed')], 'default', bot)?.number).toBe(9);
    expect(pickAuditIssue([issue(3, 'open', 'mallory')], 'default', bot)).toBeNull();
    expect(pickAuditIssue([{ ...issue(4, 'open'), pull_request: {} }], 'default', bot)).toBeNull();
    const comment = withDigest(`${commentMarker('default')}\nx`, 'default', []);
    expect(pickAuditIssue([issue(6, 'open', bot, comment)], 'default', bot)).toBeNull();
    expect(pickAuditIssue([issue(7, 'open')], 'fairness', bot)).toBeNull();
  });
});

describe('failure message', () => {
  const protectedFail = {
    rule: 'policy.protected' as const,
    status: 'fail' as const,
    subject: '.github/model-release-policy.yml',
    message: 'm',
  };
  test('names the blocked models and the pull request’s own failing gates', () => {
    expect(blockedMessage([], [protectedFail])).toBe(
      "Blocked: the pull request changes protected files without a policy owner's approval (.github/model-release-policy.yml). See the job summary.",
    );
    expect(blockedMessage(['churn'], [{ ...protectedFail, status: 'pass' }])).toBe(
      'Blocked: 1 model release(s) fail a governance gate (churn). See the job summary.',
    );
    expect(blockedMessage(['churn'], [protectedFail])).toMatch(/\(churn\); the pull request changes protected files/);
    // The failure message is an annotation too: names from the PR show their invisible characters.
    expect(blockedMessage(['churn\u200b\u202e\nx'], [])).toBe(
      'Blocked: 1 model release(s) fail a governance gate (churn<U+200B><U+202E> x). See the job summary.',
    );
  });
});

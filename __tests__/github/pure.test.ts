// The GitHub side's pure decisions: which comment is ours, when it changed, which reviews count, what
// each event means.

import { describe, expect, test } from '@jest/globals';
import {
  commentMarker,
  digestOf,
  findOwnComment,
  fitComment,
  validCommentId,
  withDigest,
  COMMENT_MAX_LENGTH,
} from '../../src/github/sticky-comment.js';
import { accessFromAssociation, latestReviews } from '../../src/github/reviews.js';
import { jobIdentity, ownComments, VOLATILE } from '../../src/github/sticky-comment.js';
import { branchOf, targetOf, type RunnerEnvironment } from '../../src/github/event.js';

describe('sticky comment', () => {
  const body = (text: string) =>
    withDigest(`${commentMarker('default')}\n${text}`, 'default', ['https://run/1', '2026-11-27T10:00:00Z']);

  test('the digest ignores the run link and the time, and changes with the content', () => {
    const a = withDigest(`${commentMarker('default')}\nBlocked https://run/1 2026-11-27T10:00:00Z`, 'default', [
      'https://run/1',
      '2026-11-27T10:00:00Z',
    ]);
    const b = withDigest(`${commentMarker('default')}\nBlocked https://run/2 2026-11-28T09:00:00Z`, 'default', [
      'https://run/2',
      '2026-11-28T09:00:00Z',
    ]);
    expect(digestOf(a, 'default')).toMatch(/^[0-9a-f]{16}$/);
    expect(digestOf(a, 'default')).toBe(digestOf(b, 'default'));
    expect(digestOf(body('Ready'), 'default')).not.toBe(digestOf(body('Blocked'), 'default'));
  });

  test('ours = our marker on the first line AND our login; other ids and other authors are ignored', () => {
    const mine = { id: 1, body: body('x'), user: { login: 'github-actions[bot]' } };
    const copied = { id: 2, body: body('x'), user: { login: 'mallory' } };
    const quoted = { id: 3, body: `> quoting\n\n${body('x')}\nmore`, user: { login: 'github-actions[bot]' } };
    const other = {
      id: 4,
      body: withDigest(`${commentMarker('fairness')}\nx`, 'fairness', []),
      user: { login: 'github-actions[bot]' },
    };
    expect(findOwnComment([copied, quoted, other, mine], 'default', 'github-actions[bot]')?.id).toBe(1);
    expect(findOwnComment([copied, other], 'default', 'github-actions[bot]')).toBeNull();
    expect(findOwnComment([other], 'fairness', 'github-actions[bot]')?.id).toBe(4);
  });

  test('comment ids must be safe inside an HTML comment', () => {
    expect(validCommentId('fairness-v2')).toBe(true);
    expect(validCommentId('a--b')).toBe(false);
    expect(validCommentId('x -->')).toBe(false);
    expect(validCommentId('')).toBe(false);
  });

  test('a body the renderer could not fit is cut with a pointer', () => {
    const cut = fitComment('x'.repeat(COMMENT_MAX_LENGTH + 100), 'see the job summary');
    expect(cut.length).toBe(COMMENT_MAX_LENGTH);
    expect(cut.endsWith('see the job summary')).toBe(true);
  });
});

describe('reviews', () => {
  test('latest decisive review per reviewer; a later comment does not undo an approval; pending ignored', () => {
    const r = (user: string, state: string, commit = 'c1') => ({ user: { login: user }, state, commit_id: commit });
    expect(
      latestReviews([
        r('alice', 'CHANGES_REQUESTED'),
        r('bob', 'APPROVED'),
        r('alice', 'APPROVED', 'c2'),
        r('bob', 'COMMENTED'),
        r('carol', 'PENDING'),
        r('dave', 'APPROVED'),
        r('dave', 'DISMISSED'),
      ]),
    ).toEqual([
      { user: 'bob', state: 'APPROVED', commit: 'c1', association: '', bot: false },
      { user: 'alice', state: 'APPROVED', commit: 'c2', association: '', bot: false },
      { user: 'dave', state: 'DISMISSED', commit: 'c1', association: '', bot: false },
    ]);
  });
});

describe('who may approve', () => {
  const review = (association: string, bot = false) => ({
    user: 'x',
    state: 'APPROVED' as const,
    commit: 'c',
    association,
    bot,
  });
  test('the association settles bots, owners and outsiders; members and collaborators need the permission API', () => {
    expect(accessFromAssociation(review('OWNER', true))).toEqual({ counts: false, reason: 'a bot' });
    expect(accessFromAssociation(review('OWNER'))).toEqual({ counts: true, via: 'OWNER' });
    for (const a of ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN'])
      expect(accessFromAssociation(review(a))).toEqual({
        counts: false,
        reason: `no write access: author association ${a}`,
      });
    expect(accessFromAssociation(review('MEMBER'))).toBeNull();
    expect(accessFromAssociation(review('COLLABORATOR'))).toBeNull();
    expect(accessFromAssociation(review('SOMETHING_NEW'))).toMatchObject({ counts: false });
    expect(accessFromAssociation(review(''))).toMatchObject({ counts: false });
  });
  test('a [bot] login is a bot whatever its user type', () => {
    const [r] = latestReviews([{ user: { login: 'renovate[bot]', type: 'User' }, state: 'APPROVED' }]);
    expect(r.bot).toBe(true);
  });
});

describe('whose comment is ours', () => {
  const job = jobIdentity('acme/models/.github/workflows/gate.yml@refs/pull/1/merge', 'gate');
  const render = (text: string, run: string, at: string, j = job) =>
    withDigest(
      `${commentMarker('default', 'comment-id', j)}\n${text} ${run} ${at}`,
      'default',
      VOLATILE,
      'comment-id',
      j,
    );
  const bot = { login: 'github-actions[bot]' };

  test('the job is the workflow file and job id, whatever the ref', () => {
    expect(job).toMatch(/^[0-9a-f]{12}$/);
    expect(jobIdentity('acme/models/.github/workflows/gate.yml@refs/heads/main', 'gate')).toBe(job);
    expect(jobIdentity('acme/models/.github/workflows/other.yml@refs/heads/main', 'gate')).not.toBe(job);
    expect(jobIdentity(undefined, undefined)).toBeUndefined();
  });

  test('a comment whose text does not match its digest, or of another job, is not ours; the oldest comes first', () => {
    const a = render('Blocked', 'https://x/actions/runs/1', '2026-11-27T10:00:00Z');
    const b = render('Blocked', 'https://x/actions/runs/2', '2026-11-28T09:00:00.123Z');
    expect(digestOf(a, 'default', 'comment-id', job)).toBe(digestOf(b, 'default', 'comment-id', job));
    const forged = a.replace('Blocked', 'Ready');
    const otherJob = render('Blocked', '', '', jobIdentity('w', 'j'));
    const comments = [
      { id: 9, body: b, user: bot },
      { id: 3, body: forged, user: bot },
      { id: 5, body: a, user: bot },
      { id: 7, body: otherJob, user: bot },
    ];
    expect(ownComments(comments, 'default', bot.login, job).map((c) => c.id)).toEqual([5, 9]);
  });
});

describe('events', () => {
  const runner = (eventName: string, payload: Record<string, unknown>, ref = ''): RunnerEnvironment => ({
    eventName,
    payload,
    repo: { owner: 'acme', repo: 'models' },
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    workspace: '/w',
    runnerTemp: '/t',
    sha: 'abc',
    ref,
  });
  const pr = (headRepo: string | null) => ({
    pull_request: {
      number: 7,
      user: { login: 'eve' },
      base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/models' } },
      head: { sha: 'h'.repeat(40), repo: headRepo ? { full_name: headRepo } : null },
    },
  });

  test('pull request events carry number, shas and whether the head is a fork', () => {
    expect(targetOf(runner('pull_request', pr('acme/models')))).toMatchObject({
      kind: 'pull_request',
      number: 7,
      fromFork: false,
    });
    expect(targetOf(runner('pull_request_target', pr('eve/models')))).toMatchObject({ fromFork: true });
    expect(targetOf(runner('pull_request_review', pr(null)))).toMatchObject({ fromFork: true });
  });

  test('push, workflow_dispatch and schedule evaluate the commit; others are refused with the list', () => {
    expect(targetOf(runner('schedule', {}))).toEqual({ kind: 'repository', event: 'schedule', sha: 'abc' });
    expect(() => targetOf(runner('issues', {}))).toThrow(/pull_request_target.*schedule/);
    expect(() => targetOf(runner('pull_request', {}))).toThrow(/no pull_request/);
  });

  test('the audit issue tracks the default branch: a dispatch on another branch is told apart', () => {
    const repository = { default_branch: 'main' };
    expect(branchOf(runner('schedule', {}, 'refs/heads/main'))).toEqual({ branch: 'main', isDefault: true });
    expect(branchOf(runner('workflow_dispatch', { ref: 'refs/heads/main', repository }))).toEqual({
      branch: 'main',
      isDefault: true,
    });
    expect(branchOf(runner('workflow_dispatch', { ref: 'refs/heads/try-x', repository }, 'refs/heads/try-x'))).toEqual({
      branch: 'try-x',
      isDefault: false,
    });
  });
});

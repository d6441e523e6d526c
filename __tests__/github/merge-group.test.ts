// merge_group: what the event means, from GitHub's real payload.

import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { targetOf, type RunnerEnvironment } from '../../src/github/event.js';

const payload = () =>
  JSON.parse(
    readFileSync(join(process.cwd(), '__tests__/fixtures/github/merge_group.checks_requested.json'), 'utf8'),
  ) as { merge_group: Record<string, unknown> };

const runner = (p: Record<string, unknown>): RunnerEnvironment => ({
  eventName: 'merge_group',
  payload: p,
  repo: { owner: 'octo-org', repo: 'octo-repo' },
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  workspace: '/w',
  runnerTemp: '/t',
  sha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
  ref: 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
});

describe('merge_group', () => {
  test("GitHub's payload: the group's base and head commits", () => {
    expect(targetOf(runner(payload()))).toEqual({
      kind: 'merge_group',
      event: 'merge_group',
      baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c',
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
      headRef: 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
    });
  });

  test.each([
    ['no base_sha', (g: Record<string, unknown>) => delete g.base_sha],
    ['a branch name for a sha', (g: Record<string, unknown>) => (g.base_sha = 'main')],
    ['a path in the sha', (g: Record<string, unknown>) => (g.head_sha = '../../etc/passwd')],
    ['an upper-case sha', (g: Record<string, unknown>) => (g.head_sha = String(g.head_sha).toUpperCase())],
  ])('%s is refused', (_name, edit) => {
    const p = payload();
    edit(p.merge_group);
    expect(() => targetOf(runner(p))).toThrow(
      /merge_group event payload has no merge_group with base_sha and head_sha/,
    );
  });
});

// The action's inputs as the runner passes them (INPUT_* variables). GitHub's runner fills in
// action.yml's default for an input the workflow does not set; other runners (act, Gitea, a local run)
// pass it empty. So an empty value means the default, here, and the defaults below must equal
// action.yml's (a unit test holds them together).

import * as core from '@actions/core';
import { validCommentId, type CommentMode } from './sticky-comment.js';

export const INPUT_DEFAULTS = {
  policy: '.github/model-release-policy.yml',
  /** action.yml: ${{ github.token }}; off GitHub, the GITHUB_TOKEN variable stands in for it. */
  'github-token': '',
  mode: 'enforce',
  comment: 'on-change',
  'comment-id': 'default',
  'comment-author': '',
  'check-name': '',
  audit: 'auto',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export interface ActionInputs {
  policy: string;
  token: string;
  mode: 'enforce' | 'advisory';
  comment: CommentMode;
  commentId: string;
  /** Login the token comments as, when it cannot be found out (a GitHub App token). */
  commentAuthor: string;
  checkName: string;
  /** auto: schedule and workflow_dispatch run the lifecycle audit (one issue); off: they evaluate every release. */
  audit: 'auto' | 'off';
}

/** The input, trimmed; its default when unset or empty. */
export function input(name: InputName, env: NodeJS.ProcessEnv = process.env): string {
  const value = core.getInput(name).trim();
  if (value) return value;
  if (name === 'github-token') return env.GITHUB_TOKEN?.trim() ?? '';
  return INPUT_DEFAULTS[name];
}

function choice<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = input(name) as T;
  if (!allowed.includes(value)) throw new Error(`input '${name}' is '${value}'; use one of: ${allowed.join(', ')}`);
  return value;
}

/** Every input, checked; the token is masked in the log from here on. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const commentId = input('comment-id');
  if (!validCommentId(commentId))
    throw new Error(`input 'comment-id' is '${commentId}'; use letters, digits, '.', '_' and single '-' (at most 64)`);
  const token = input('github-token', env);
  if (!token)
    throw new Error(
      "input 'github-token' is empty and GITHUB_TOKEN is not set; leave the input unset to use the job's token",
    );
  core.setSecret(token);
  return {
    policy: input('policy'),
    token,
    mode: choice('mode', ['enforce', 'advisory'] as const),
    comment: choice('comment', ['always', 'on-change', 'never'] as const),
    commentId,
    commentAuthor: input('comment-author'),
    checkName: input('check-name'),
    audit: choice('audit', ['auto', 'off'] as const),
  };
}

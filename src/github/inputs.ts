// The action's inputs as the runner passes them (INPUT_* variables). GitHub's runner fills in
// action.yml's default for an input the workflow does not set; other runners (act, Gitea, a local run)
// pass it empty. So an empty value means the default, here, and the defaults below must equal
// action.yml's (a unit test holds them together).

import * as core from '@actions/core';

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

/** The input, trimmed; its default when unset or empty. */
export function input(name: InputName, env: NodeJS.ProcessEnv = process.env): string {
  const value = core.getInput(name).trim();
  if (value) return value;
  if (name === 'github-token') return env.GITHUB_TOKEN?.trim() ?? '';
  return INPUT_DEFAULTS[name];
}

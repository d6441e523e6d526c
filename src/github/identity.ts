// Whose comments are ours. The sticky comment is found by its marker AND its author, so the gate must
// know the login its token comments as. The job token (GITHUB_TOKEN) cannot call GET /user, and neither
// can a GitHub App installation token; both are `ghs_` tokens. So:
//   - `comment-author` input set: that login (needed for an App token: `my-app[bot]`);
//   - a `ghs_` token: `github-actions[bot]`, the job token's author;
//   - any other token (a personal access token): GET /user, one request.

import { apiCall, type GitHubClient } from './client.js';

export const JOB_TOKEN_LOGIN = 'github-actions[bot]';

export async function commentAuthor(client: GitHubClient, token: string, override: string): Promise<{ login: string }> {
  if (override.trim()) return { login: override.trim() };
  if (token.startsWith('ghs_')) return { login: JOB_TOKEN_LOGIN };
  const { data } = await apiCall('GET /user', 'a personal access token (the `github-token` input)', () =>
    client.rest.users.getAuthenticated(),
  );
  return { login: data.login };
}

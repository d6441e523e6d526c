// The GitHub REST client: @actions/github's Octokit with retries (5xx) and throttling (rate limits),
// and one place that turns a refused call into a message naming the call and the permission it needs.

import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  /** GITHUB_API_URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  baseUrl: string;
  /** Where retry and rate-limit notices go (core.info in the action). */
  log: (message: string) => void;
}

/** How often a rate-limited request is tried again before the run gives up. */
const RATE_LIMIT_RETRIES = 2;

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const onLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      if (count >= RATE_LIMIT_RETRIES) return false;
      options.log(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
      retry: { retries: 3 },
      log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
    },
    retry,
    throttling,
  );
}

/** A call GitHub refused, with a message a user can act on. `status` is the HTTP status (0: no response). */
export class GitHubCallError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly call: string,
  ) {
    super(message);
    this.name = 'GitHubCallError';
  }
}

export function httpStatus(error: unknown): number {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : 0;
}

/**
 * Runs one API call; on failure throws a GitHubCallError that names the call (`GET /repos/o/r/pulls/1/files`)
 * and the permission the workflow's `permissions:` block must grant (`pull-requests: read`).
 */
export async function apiCall<T>(call: string, permission: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toCallError(error, call, permission);
  }
}

export function toCallError(error: unknown, call: string, permission: string): GitHubCallError {
  if (error instanceof GitHubCallError) return error;
  const status = httpStatus(error);
  const detail = apiMessage(error);
  let hint: string;
  if (status === 401) hint = 'the token is invalid or expired; check the `github-token` input';
  else if (status === 403 || status === 404)
    hint = `the token needs \`${permission}\` (workflow \`permissions:\`), and read access to the repository`;
  else if (status >= 500 || status === 429) hint = 'GitHub kept failing after retries; re-run the job';
  else if (status === 0) hint = 'GitHub could not be reached; check GITHUB_API_URL and the network';
  else hint = 'this is a bug in the action if the inputs are right; please report it';
  return new GitHubCallError(
    `GitHub refused ${call} (${status ? `HTTP ${status}` : 'no response'}: ${detail}); ${hint}.`,
    status,
    call,
  );
}

/** GitHub's own message for a refused call (the `message` of its JSON error), else the error's. */
export function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } })?.response?.data;
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string')
    return (data as { message: string }).message;
  return error instanceof Error ? error.message : String(error);
}

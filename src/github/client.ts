// The GitHub REST client: @actions/github's Octokit with retries (5xx) and throttling (rate limits),
// every request bounded in time (see limits.ts), and one place that turns a refused or failed call into
// a message naming the call and what to do: the permission it needs, or what really went wrong.

import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { DEFAULT_LIMITS, seconds, type Limits } from './limits.js';

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
  /** Time bounds (limits.ts); the defaults when absent. */
  limits?: Limits;
  /** When the whole run must end, in Date.now() milliseconds; requests still open then are aborted. */
  deadline?: number;
}

/** How often a request is tried again: after a 5xx, a timeout or a broken answer; and after a rate limit. */
const RETRIES = 3;
const RATE_LIMIT_RETRIES = 2;

/**
 * Something went wrong below HTTP status codes: no answer in time, no connection, an answer cut short or
 * not JSON. The message names the call; `kind` chooses the advice.
 */
export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'deadline' | 'unreachable' | 'truncated' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * fetch, bounded: each request gets `requestMs` from connecting to its last byte, and none outlives the
 * run's deadline. The answer is read in full here (inside the bound) and a 2xx JSON answer must parse.
 */
function boundedFetch(inner: Fetch, limits: Limits, deadline: number): Fetch {
  return async (url, init) => {
    const what = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
    const left = deadline - Date.now();
    if (left <= 0) throw deadlineError(what, limits);
    const perRequest = AbortSignal.timeout(limits.requestMs);
    const overall = AbortSignal.timeout(left);
    const signal = AbortSignal.any([perRequest, overall, ...(init.signal ? [init.signal] : [])]);
    const failure = (error: unknown, otherwise: () => TransportError): Error => {
      if (overall.aborted) return deadlineError(what, limits);
      if (perRequest.aborted)
        return new TransportError('timeout', `GitHub did not answer ${what} within ${seconds(limits.requestMs)}`);
      return error instanceof TransportError ? error : otherwise();
    };
    const cause = (error: unknown) => {
      const e = error as { message?: string; cause?: { message?: string; code?: string } };
      return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
    };
    let response: Response;
    try {
      response = await inner(url, { ...init, signal });
    } catch (error) {
      throw failure(
        error,
        () => new TransportError('unreachable', `${what} could not reach ${new URL(url).origin} (${cause(error)})`),
      );
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer();
    } catch (error) {
      throw failure(
        error,
        () => new TransportError('truncated', `GitHub's answer to ${what} broke off before its end (${cause(error)})`),
      );
    }
    const type = response.headers.get('content-type') ?? '';
    // The types octokit parses as JSON; a raw file (application/vnd.github.raw) is left alone.
    if (response.ok && /^application\/(scim\+)?json\s*(;|$)/i.test(type) && bytes.byteLength > 0) {
      const text = new TextDecoder().decode(bytes);
      try {
        JSON.parse(text);
      } catch {
        const start = JSON.stringify(text.slice(0, 60));
        throw new TransportError(
          'malformed',
          `GitHub answered ${what} with HTTP ${response.status} and ${type.split(';')[0]}, but the body (${bytes.byteLength} bytes, starting ${start}) is not valid JSON`,
        );
      }
    }
    const empty = [101, 204, 205, 304].includes(response.status);
    return new Response(empty ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** Thrown as an AbortError with no request options, so that neither plugin retries it. */
function deadlineError(what: string, limits: Limits): Error {
  const error = new TransportError(
    'deadline',
    `the gate stopped waiting for ${what}: the run's time limit of ${seconds(limits.deadlineMs)} was reached`,
  );
  Object.assign(error, { name: 'AbortError', request: {} });
  return error;
}

/** Numbers each client's throttling queues (see createClient). */
let clients = 0;

export function createClient(token: string, options: ClientOptions): GitHubClient {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadline = options.deadline ?? Date.now() + limits.deadlineMs;
  const onLimit =
    (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      const wait = retryAfter * limits.retryUnitMs;
      const what = `${request.method} ${request.url}`;
      if (count >= RATE_LIMIT_RETRIES) {
        options.log(`GitHub ${kind} on ${what}: still limited after ${count} retries; giving up`);
        return false;
      }
      if (wait > limits.maxWaitMs || Date.now() + wait >= deadline) {
        options.log(
          `GitHub ${kind} on ${what} asks to wait ${retryAfter} s, longer than the gate waits (${seconds(Math.min(limits.maxWaitMs, deadline - Date.now()))}); giving up`,
        );
        return false;
      }
      options.log(`GitHub ${kind} on ${what}; retrying in ${seconds(wait)}`);
      return true;
    };
  const inner = (defaults.request?.fetch ?? globalThis.fetch) as Fetch;
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      request: { fetch: boundedFetch(inner, limits, deadline) },
      throttle: {
        // The plugin spaces writes (1 s) and notifying writes (3 s) per id, across every client in the
        // process; a run has one client, so its own id keeps one run's spacing from delaying the next
        // run in the same process (the in-process tests).
        id: `model-release-gate-${++clients}`,
        // GitHub's spacing in units of the retry unit: 1 s between writes and 3 s between notifying writes
        // with the default unit, as the plugin's own groups; the end-to-end tests shorten the unit.
        ...(limits.retryUnitMs === DEFAULT_LIMITS.retryUnitMs
          ? {}
          : {
              write: new Bottleneck.Group({ maxConcurrent: 1, minTime: limits.retryUnitMs }),
              notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * limits.retryUnitMs }),
            }),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
        retryAfterBaseValue: limits.retryUnitMs,
      },
      retry: { retries: RETRIES, retryAfterBaseValue: limits.retryUnitMs },
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
  const transport = transportError(error);
  if (transport) {
    const advice: Record<TransportError['kind'], string> = {
      timeout: 'also on every retry; GitHub may be degraded (https://www.githubstatus.com): re-run the job',
      deadline: 'the run failed rather than wait longer; re-run the job',
      unreachable: 'check GITHUB_API_URL and the network',
      truncated: 'also on every retry; re-run the job',
      malformed: 'also on every retry; GitHub may be degraded, or GITHUB_API_URL may not point at a GitHub API',
    };
    return new GitHubCallError(`${transport.message}; ${advice[transport.kind]}.`, 0, call);
  }
  const status = httpStatus(error);
  const detail = apiMessage(error);
  const limited = rateLimit(error);
  let hint: string;
  if (limited) hint = limited;
  else if (status === 401) hint = 'the token is invalid or expired; check the `github-token` input';
  else if (status === 403 || status === 404)
    hint = `the token needs \`${permission}\` (workflow \`permissions:\`), and read access to the repository`;
  else if (status >= 500) hint = 'GitHub kept failing after retries; re-run the job';
  else if (status === 0) hint = 'this is a bug in the action; please report it';
  else hint = 'this is a bug in the action if the inputs are right; please report it';
  return new GitHubCallError(
    `GitHub refused ${call} (${status ? `HTTP ${status}` : 'no response'}: ${detail}); ${hint}.`,
    status,
    call,
  );
}

/** The TransportError behind an error (octokit wraps what fetch throws, as `cause`). */
export function transportError(error: unknown): TransportError | null {
  if (error instanceof TransportError) return error;
  const cause = (error as { cause?: unknown })?.cause;
  return cause instanceof TransportError ? cause : null;
}

/**
 * A 403 or 429 that is a rate limit, not a missing permission: GitHub says so in the message, or sends
 * Retry-After, or x-ratelimit-remaining: 0. Returns the advice, or null.
 */
function rateLimit(error: unknown): string | null {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return null;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } })?.response?.headers ?? {};
  const message = apiMessage(error);
  const secondary = /secondary rate limit/i.test(message);
  if (
    status !== 429 &&
    !secondary &&
    !/rate limit/i.test(message) &&
    !headers['retry-after'] &&
    headers['x-ratelimit-remaining'] !== '0'
  )
    return null;
  const after = headers['retry-after'] ? `; GitHub asked to wait ${headers['retry-after']} s` : '';
  return (
    `the token is rate-limited (${secondary ? 'secondary rate limit' : 'rate limit'}), not missing a permission: ` +
    `the limit had not lifted after the retries the gate allows${after}. Re-run the job later, or spread out the workflows that share this token`
  );
}

/** GitHub's own message for a refused call (the `message` of its JSON error), else the error's. */
export function apiMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } })?.response?.data;
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string')
    return (data as { message: string }).message;
  return error instanceof Error ? error.message : String(error);
}

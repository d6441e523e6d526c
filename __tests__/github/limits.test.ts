// The gate's time limits and input defaults: read in one place each, and held to what the docs and
// action.yml say.

import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_DEFAULTS } from '../../src/github/inputs.js';
import { DEFAULT_LIMITS, readLimits } from '../../src/github/limits.js';
import { createClient, GitHubCallError, toCallError, TransportError } from '../../src/github/client.js';

describe('time limits', () => {
  test('defaults: 30 s per request, 60 s longest wait, 5 minutes per run, 1 s back-off unit', () => {
    expect(DEFAULT_LIMITS).toEqual({ requestMs: 30_000, maxWaitMs: 60_000, deadlineMs: 300_000, retryUnitMs: 1000 });
    expect(readLimits({ MODEL_RELEASE_GATE_REQUEST_TIMEOUT: '0.5', MODEL_RELEASE_GATE_DEADLINE: ' 20 ' })).toEqual({
      ...DEFAULT_LIMITS,
      requestMs: 500,
      deadlineMs: 20_000,
    });
  });

  test('a limit that is not a positive number is refused, naming the variable', () => {
    expect(() => readLimits({ MODEL_RELEASE_GATE_DEADLINE: '0' })).toThrow(
      /MODEL_RELEASE_GATE_DEADLINE is '0'; set it to a positive number of seconds \(default 300\)/,
    );
    expect(() => readLimits({ MODEL_RELEASE_GATE_MAX_RETRY_WAIT: 'soon' })).toThrow(/MAX_RETRY_WAIT/);
  });
});

describe('inputs', () => {
  test("the defaults an empty input falls back to are action.yml's", () => {
    const action = parse(readFileSync(join(process.cwd(), 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
    // github-token's default is an expression (${{ github.token }}); off GitHub, GITHUB_TOKEN stands in.
    expect({ ...INPUT_DEFAULTS, 'github-token': '${{ github.token }}' }).toEqual(declared);
  });
});

describe('what a failed call says', () => {
  const call = 'GET /repos/acme/models/pulls/1/files';
  const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { data: { message }, headers } });

  test('a 403 that is a rate limit is called a rate limit, not a missing permission', () => {
    const secondary = toCallError(httpError(403, 'You have exceeded a secondary rate limit.'), call, 'x: read');
    expect(secondary.message).toMatch(/rate-limited \(secondary rate limit\), not missing a permission/);
    expect(secondary.message).not.toMatch(/the token needs/);
    const primary = toCallError(
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
      call,
      'x: read',
    );
    expect(primary.message).toMatch(/rate-limited \(rate limit\)/);
    expect(toCallError(httpError(403, 'Resource not accessible by integration'), call, 'x: read').message).toMatch(
      /the token needs `x: read`/,
    );
  });

  test('a transport failure says what happened, wrapped or not', () => {
    const malformed = new TransportError('malformed', `GitHub answered ${call} with HTTP 200 … is not valid JSON`);
    const wrapped = Object.assign(new Error('wrapped by octokit'), { status: 500, cause: malformed });
    const error = toCallError(wrapped, call, 'x: read');
    expect(error).toBeInstanceOf(GitHubCallError);
    expect(error.message).toMatch(/is not valid JSON; also on every retry/);
    expect(error.message).not.toMatch(/HTTP 500/);
  });
});

describe('write spacing', () => {
  // Three writes through one client against a loopback server: GitHub's advice (1 s apart) with the
  // default unit, the same spacing in the tests' 10 ms unit, so the end-to-end runs do not wait seconds.
  async function spacing(retryUnitMs: number, writes = 3): Promise<number[]> {
    const at: number[] = [];
    const server = createServer((req, res) => {
      at.push(performance.now());
      req.resume();
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":1}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createClient('t', {
        baseUrl: `http://127.0.0.1:${port}`,
        log: () => {},
        limits: { ...DEFAULT_LIMITS, retryUnitMs },
      });
      for (let i = 0; i < writes; i++)
        await client.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
          owner: 'o',
          repo: 'r',
          sha: 'a',
          state: 'success',
        });
    } finally {
      server.close();
    }
    return at.slice(1).map((t, i) => t - at[i]);
  }

  test('writes are 1 s apart by default and one retry unit apart when the unit is shortened', async () => {
    // Arrivals are timed where the server sees them: on a loaded machine one arrival can be handled late and
    // the next one on time, shortening a gap by scheduling delay; 1 s apart versus 10 ms apart is the point.
    for (const gap of await spacing(DEFAULT_LIMITS.retryUnitMs)) expect(gap).toBeGreaterThanOrEqual(800);
    const short = await spacing(10, 5);
    // Still spaced: the four gaps add up to at least three units (one unit of jitter allowed)...
    expect(short.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    // ...and a unit apart, not a second: three of the four stay far under a second even when loaded.
    expect([...short].sort((a, b) => a - b)[2]).toBeLessThan(500);
  });
});

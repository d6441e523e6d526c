// A fake GitHub REST API on 127.0.0.1 for the end-to-end suite. It serves a real git repository (the
// base and head commits of a pull request), keeps state (comments, check runs, reviews), checks every
// request against GitHub's published OpenAPI description of the operations the action uses
// (scripts/openapi/operations.json) and answers a request that does not match with 400/404, recorded in
// `violations` so that a wrong call fails the suite. Faults can be queued per route: any status, hangs,
// bodies cut short or not JSON, and writes that GitHub carries out but answers with an error.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

interface OperationSpec {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: object }[];
  requestBody: { required: boolean; schema: object } | null;
}

interface CompiledOperation {
  spec: OperationSpec;
  regex: RegExp;
  pathNames: string[];
  validateQuery: ValidateFunction;
  validatePath: ValidateFunction;
  validateBody: ValidateFunction | null;
}

/** The repository root: the nearest folder above this module with action.yml (also once bundled into .tmp/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'action.yml'))) {
    if (dirname(dir) === dir) throw new Error('fake GitHub: cannot find the repository root (action.yml)');
    dir = dirname(dir);
  }
  return dir;
}

const operationsFile = join(repoRoot(), 'scripts', 'openapi', 'operations.json');

let compiled: CompiledOperation[] | undefined;

/** Compiled once per process (Ajv takes a few hundred milliseconds); the validators keep no state between calls. */
function compileOperations(): CompiledOperation[] {
  return (compiled ??= compile());
}

function compile(): CompiledOperation[] {
  const { operations } = JSON.parse(readFileSync(operationsFile, 'utf8')) as { operations: OperationSpec[] };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, coerceTypes: true });
  const bodyAjv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const objectOf = (params: OperationSpec['parameters']) => ({
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
    additionalProperties: false,
  });
  return operations.map((spec) => {
    const pathNames: string[] = [];
    // Literal parts are escaped: `compare/{base}...{head}` has dots that must match dots.
    const pattern = spec.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        pathNames.push(name);
        const multi = name === 'path'; // x-multi-segment in GitHub's description
        return multi ? '(.+)' : name === 'base' ? '([^/]+?)' : '([^/]+)';
      })
      .join('');
    return {
      spec,
      regex: new RegExp(`^${pattern}$`),
      pathNames,
      validateQuery: ajv.compile(objectOf(spec.parameters.filter((p) => p.in === 'query'))),
      validatePath: ajv.compile(objectOf(spec.parameters.filter((p) => p.in === 'path'))),
      validateBody: spec.requestBody ? bodyAjv.compile(nullableWithoutType(spec.requestBody.schema) as object) : null,
    };
  });
}

/**
 * OpenAPI 3.0 writes `nullable: true` beside `oneOf` with no `type` (issues' `milestone`); Ajv accepts
 * `nullable` only next to `type`, so such a schema becomes `anyOf: [schema, null]`.
 */
function nullableWithoutType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableWithoutType);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = nullableWithoutType(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export interface Identity {
  login: string;
  type: 'User' | 'Bot';
  /** false: a read-only token (a pull request from a fork). */
  canWrite: boolean;
  /** An installation token (the job token, an App): GET /user is refused. */
  installation: boolean;
  /** May list organisation team members (an App or fine-grained token with Members: read; never the job token). */
  canReadOrg?: boolean;
}

export interface Comment {
  id: number;
  /** The issue or pull request the comment is on. */
  issue_number: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  annotations: unknown[];
  updates: number;
}

export interface Review {
  id: number;
  user: { login: string; type?: string };
  /** As GitHub derives it; when absent, from `collaborators` (OWNER, COLLABORATOR or NONE). */
  author_association?: string;
  state: string;
  commit_id: string;
  submitted_at: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: { name: string }[];
  user: { login: string; type: string };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many times to answer with the fault before behaving normally. */
  times: number;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
  /** Send this text as the body, with a JSON content type (a malformed answer). */
  raw?: string;
  /** Announce the whole body, send half of it, then drop the connection. */
  truncate?: boolean;
  /** Carry out the operation first (a comment is created), then answer with the fault. */
  afterProcessing?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  operation?: string;
  /** Answered (or not) by a queued fault. */
  fault?: boolean;
}

export interface PullRequestState {
  number: number;
  baseSha: string;
  headSha: string;
}

export class FakeGitHub {
  url = '';
  readonly requests: LoggedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: Comment[] = [];
  readonly checkRuns: CheckRun[] = [];
  readonly reviews: Review[] = [];
  readonly issues: Issue[] = [];
  /** Organisation teams, `org/slug` -> member logins. */
  readonly teams = new Map<string, string[]>();
  readonly faults: Fault[] = [];
  readonly pulls = new Map<number, PullRequestState>();
  readonly tokens = new Map<string, Identity>();
  /** The `path` GitHub gives a symbolic link it follows: the target's (default) or the link's own. */
  followedLinkPath: 'target' | 'link' = 'target';
  /** Repository permission per login (admin, write, read...), for GET collaborators/{u}/permission. */
  readonly collaborators = new Map<string, string>();
  /** GitHub's page size ceiling; lower it to make every listing page through Link headers. */
  maxPerPage = 100;
  private server: Server | null = null;
  private nextId = 1000;
  /** Issues and pull requests share numbers; the pull request is #1. */
  private nextNumber = 2;
  private readonly operations = compileOperations();
  private readonly objectAnswers = new Map<string, Buffer>();
  private readonly knownCommits = new Set<string>();

  constructor(
    readonly gitDir: string,
    readonly owner: string,
    readonly repo: string,
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: Error) => this.send(res, 500, { message: `fake GitHub crashed: ${e.stack}` }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections(); // hung requests too
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests answered since the last reset, per operation id. */
  resetLog(): void {
    this.requests.length = 0;
    this.violations.length = 0;
  }

  addComment(login: string, body: string, type = 'User', issueNumber = 1): Comment {
    const now = new Date().toISOString();
    const id = this.nextId++;
    const c = {
      id,
      issue_number: issueNumber,
      body,
      user: { login, type },
      created_at: now,
      updated_at: now,
      html_url: this.commentUrl(id),
    };
    this.comments.push(c);
    return c;
  }

  private commentUrl(id: number): string {
    return `https://github.test/${this.owner}/${this.repo}/pull/1#issuecomment-${id}`;
  }

  // ---- plumbing ----

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    const raw = Buffer.isBuffer(body);
    const payload = raw ? body : Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      'content-type': raw ? 'application/octet-stream' : 'application/json; charset=utf-8',
      'content-length': String(payload.length),
      ...headers,
    });
    res.end(payload);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    // Logged decoded: octokit sends `contents/a%2Fb.yml`, which GitHub reads as `contents/a/b.yml`.
    const log: LoggedRequest = { method, path: decodeURIComponent(url.pathname), query: url.search, status: 0 };
    this.requests.push(log);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      log.status = status;
      this.send(res, status, body, headers);
    };
    const refuse = (status: number, message: string) => {
      this.violations.push(`${method} ${url.pathname}${url.search}: ${message}`);
      reply(status, { message, documentation_url: 'https://docs.github.com/rest' });
    };

    // 1. The request must be one of the operations, with valid parameters and body.
    const match = this.operations
      .filter((o) => o.spec.method === method)
      .map((o) => ({ o, m: url.pathname.match(o.regex) }))
      .find((x) => x.m);
    if (!match) return refuse(404, `fake GitHub: ${method} ${url.pathname} is not an operation the action may call`);
    const { o: op, m } = match;
    log.operation = op.spec.operationId;
    const pathParams = Object.fromEntries(op.pathNames.map((n, i) => [n, decodeURIComponent(m![i + 1])]));
    const query: Record<string, unknown> = Object.fromEntries(url.searchParams.entries());
    if (!op.validatePath({ ...pathParams }))
      return refuse(
        400,
        `path parameters do not match ${op.spec.operationId}: ${JSON.stringify(op.validatePath.errors)}`,
      );
    if (!op.validateQuery(query))
      return refuse(400, `query does not match ${op.spec.operationId}: ${JSON.stringify(op.validateQuery.errors)}`);
    let body: Record<string, unknown> = {};
    if (op.validateBody) {
      try {
        body = JSON.parse(rawBody || 'null');
      } catch {
        return refuse(400, 'Problems parsing JSON');
      }
      if (!op.validateBody(body))
        return refuse(422, `body does not match ${op.spec.operationId}: ${JSON.stringify(op.validateBody.errors)}`);
    } else if (rawBody) return refuse(400, `${op.spec.operationId} takes no body`);
    if (pathParams.owner !== this.owner || pathParams.repo !== this.repo) {
      if (pathParams.owner !== undefined) return refuse(404, `no repository ${pathParams.owner}/${pathParams.repo}`);
    }

    // 2. Authentication.
    const auth = req.headers.authorization ?? '';
    const identity = this.tokens.get(auth.replace(/^(token|bearer)\s+/i, ''));
    if (!identity) return reply(401, { message: 'Bad credentials' });

    // 3. Queued faults.
    const fault = this.faults.find((f) => f.method === method && f.path.test(url.pathname) && f.times > 0);
    const accept = String(req.headers.accept ?? '');
    if (fault) {
      fault.times--;
      log.fault = true;
      if (fault.afterProcessing) this.operate(op.spec.operationId, pathParams, query, body, identity, accept, url);
      if (fault.hang) return; // no answer, ever
      const json = 'application/json; charset=utf-8';
      if (fault.raw !== undefined) {
        log.status = fault.status;
        res.writeHead(fault.status, { 'content-type': json, ...fault.headers });
        return void res.end(fault.raw);
      }
      if (fault.truncate) {
        const whole = Buffer.from(JSON.stringify(fault.body ?? {}));
        log.status = fault.status;
        res.writeHead(fault.status, { 'content-type': json, 'content-length': String(whole.length) });
        return void res.write(whole.subarray(0, whole.length >> 1), () => res.destroy());
      }
      return reply(fault.status, fault.body ?? { message: `fault ${fault.status}` }, fault.headers);
    }

    // 4. The operation.
    const out = this.operate(op.spec.operationId, pathParams, query, body, identity, accept, url);
    reply(out.status, out.body, out.headers);
  }

  private git(args: string[]): Buffer {
    return execFileSync('git', args, { cwd: this.gitDir, maxBuffer: 256 * 1024 * 1024 });
  }

  /**
   * git's answer about objects named by their full object names (a commit's tree, a blob, the diff of
   * two commits), which never changes: kept, so that most requests cost no git process.
   */
  private gitObjects(args: string[]): Buffer {
    const key = args.join('\0');
    let out = this.objectAnswers.get(key);
    if (!out) this.objectAnswers.set(key, (out = this.git(args)));
    return out;
  }

  private resolveCommit(ref: string): string | null {
    // A full commit name resolves to itself once it exists; a branch may move with a push.
    if (this.knownCommits.has(ref)) return ref;
    try {
      const sha = this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
        .toString()
        .trim();
      if (sha === ref) this.knownCommits.add(sha);
      return sha;
    } catch {
      return null;
    }
  }

  private page<T>(
    items: T[],
    query: Record<string, unknown>,
    url: URL,
  ): { status: number; body: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(query.per_page ?? 30), this.maxPerPage);
    const page = Number(query.page ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  }

  private operate(
    operation: string,
    params: Record<string, string>,
    query: Record<string, unknown>,
    body: Record<string, unknown>,
    identity: Identity,
    accept: string,
    url: URL,
  ): { status: number; body: unknown; headers?: Record<string, string> } {
    const notFound = { status: 404, body: { message: 'Not Found' } };
    const readOnly = { status: 403, body: { message: 'Resource not accessible by integration' } };
    const pull = params.pull_number ? this.pulls.get(Number(params.pull_number)) : undefined;
    switch (operation) {
      case 'pulls/get':
        if (!pull) return notFound;
        return {
          status: 200,
          body: {
            number: pull.number,
            base: { sha: pull.baseSha },
            head: { sha: pull.headSha },
            changed_files: this.diff(pull).length,
          },
        };
      case 'pulls/list-files': {
        if (!pull) return notFound;
        return this.page(this.diff(pull).slice(0, 3000), query, url);
      }
      case 'pulls/list-reviews': {
        if (!pull) return notFound;
        const reviews = this.reviews.map((r) => ({
          ...r,
          user: { type: 'User', ...r.user },
          author_association: r.author_association ?? this.association(r.user.login),
        }));
        return this.page(reviews, query, url);
      }
      case 'repos/get-collaborator-permission-level': {
        const permission =
          this.collaborators.get(params.username) ?? (params.username === this.owner ? 'admin' : 'none');
        return { status: 200, body: { permission, role_name: permission, user: { login: params.username } } };
      }
      case 'issues/delete-comment': {
        if (!identity.canWrite) return readOnly;
        const at = this.comments.findIndex((x) => x.id === Number(params.comment_id));
        if (at < 0) return notFound;
        this.comments.splice(at, 1);
        return { status: 204, body: null };
      }
      case 'repos/compare-commits': {
        const base = this.resolveCommit(params.base);
        const head = this.resolveCommit(params.head);
        if (!base || !head) return notFound;
        // GitHub lists at most 300 files for the whole comparison, on the first page only.
        const files = this.diff({ number: 0, baseSha: base, headSha: head });
        return {
          status: 200,
          body: {
            status: 'ahead',
            base_commit: { sha: base },
            merge_base_commit: { sha: base },
            total_commits: 1,
            commits: [],
            files: Number(query.page ?? 1) === 1 ? files.slice(0, 300) : [],
          },
        };
      }
      case 'repos/get-content':
        return this.contents(params.path, String(query.ref ?? 'HEAD'), accept);
      case 'git/get-tree': {
        const sha = this.resolveCommit(params.tree_sha);
        if (!sha) return notFound;
        const args = ['ls-tree', '-l', '-z', ...(query.recursive ? ['-r', '-t'] : []), sha];
        const tree = this.gitObjects(args)
          .toString('utf8')
          .split('\0')
          .filter(Boolean)
          .map((line) => {
            const [meta, path] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
            const [mode, type, object, size] = meta.split(/\s+/);
            return { path, mode, type, sha: object, ...(type === 'blob' ? { size: Number(size) } : {}) };
          });
        return { status: 200, body: { sha, url: url.toString(), tree, truncated: false } };
      }
      case 'issues/list-comments':
        return this.page(
          this.comments.filter((c) => c.issue_number === Number(params.issue_number)),
          query,
          url,
        );
      case 'issues/create-comment': {
        if (!identity.canWrite) return readOnly;
        const number = Number(params.issue_number);
        if (number !== 1 && !this.issues.some((i) => i.number === number)) return notFound;
        const text = String(body.body);
        if (text.length > 65536) return this.tooLong();
        const c = this.addComment(identity.login, text, identity.type, number);
        return { status: 201, body: c };
      }
      case 'issues/list-for-repo': {
        // GitHub's defaults: open issues, newest first; `labels` must all be present.
        const state = String(query.state ?? 'open');
        const labels = query.labels ? String(query.labels).split(',') : [];
        const found = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.some((x) => x.name === l)))
          .filter((i) => !query.creator || i.user.login === query.creator)
          .sort((a, b) => b.number - a.number);
        return this.page(found, query, url);
      }
      case 'issues/create': {
        if (!identity.canWrite) return readOnly;
        const text = String(body.body ?? '');
        if (text.length > 65536) return this.tooLong();
        const now = new Date().toISOString();
        const number = this.nextNumber++;
        const issue: Issue = {
          number,
          title: String(body.title),
          body: text,
          state: 'open',
          state_reason: null,
          labels: ((body.labels ?? []) as (string | { name: string })[]).map((l) => ({
            name: typeof l === 'string' ? l : l.name,
          })),
          user: { login: identity.login, type: identity.type },
          html_url: `https://github.test/${this.owner}/${this.repo}/issues/${number}`,
          created_at: now,
          updated_at: now,
        };
        this.issues.push(issue);
        return { status: 201, body: issue };
      }
      case 'issues/update': {
        if (!identity.canWrite) return readOnly;
        const issue = this.issues.find((i) => i.number === Number(params.issue_number));
        if (!issue) return notFound;
        if (body.body !== undefined && String(body.body).length > 65536) return this.tooLong();
        if (body.title !== undefined) issue.title = String(body.title);
        if (body.body !== undefined) issue.body = String(body.body);
        if (body.state !== undefined) {
          issue.state = body.state as Issue['state'];
          issue.state_reason = issue.state === 'closed' ? String(body.state_reason ?? 'completed') : 'reopened';
        }
        issue.updated_at = new Date().toISOString();
        return { status: 200, body: issue };
      }
      case 'teams/list-members-in-org': {
        // The job token is a repository token: organisation teams are out of its reach.
        if (!identity.canReadOrg) return readOnly;
        const members = this.teams.get(`${params.org}/${params.team_slug}`);
        if (!members) return notFound;
        return this.page(
          members.map((login) => ({ login, type: 'User' })),
          query,
          url,
        );
      }
      case 'issues/update-comment': {
        if (!identity.canWrite) return readOnly;
        const c = this.comments.find((x) => x.id === Number(params.comment_id));
        if (!c) return notFound;
        const text = String(body.body);
        if (text.length > 65536) return this.tooLong();
        c.body = text;
        c.updated_at = new Date().toISOString();
        return { status: 200, body: c };
      }
      case 'checks/create': {
        if (!identity.canWrite) return readOnly;
        const output = (body.output ?? {}) as { title?: string; summary?: string; annotations?: unknown[] };
        if ((output.annotations ?? []).length > 50)
          return this.unprocessable('Only 50 annotations are allowed per request');
        const run: CheckRun = {
          id: this.nextId++,
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: String(body.status ?? 'queued'),
          conclusion: body.conclusion as string | undefined,
          output: { title: output.title, summary: output.summary },
          annotations: [...(output.annotations ?? [])],
          updates: 0,
        };
        this.checkRuns.push(run);
        return { status: 201, body: { id: run.id, html_url: `https://github.test/runs/${run.id}` } };
      }
      case 'checks/update': {
        if (!identity.canWrite) return readOnly;
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return notFound;
        const output = (body.output ?? {}) as { annotations?: unknown[] };
        if ((output.annotations ?? []).length > 50)
          return this.unprocessable('Only 50 annotations are allowed per request');
        run.annotations.push(...(output.annotations ?? []));
        run.updates++;
        return { status: 200, body: { id: run.id } };
      }
      case 'users/get-authenticated':
        if (identity.installation) return readOnly;
        return { status: 200, body: { login: identity.login, type: identity.type } };
      default:
        return { status: 501, body: { message: `fake GitHub does not implement ${operation}` } };
    }
  }

  private association(login: string): string {
    if (login === this.owner) return 'OWNER';
    return this.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
  }

  private tooLong() {
    return this.unprocessable('Body is too long (maximum is 65536 characters)');
  }

  private unprocessable(message: string) {
    return {
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', message }] },
    };
  }

  /** The PR's files as GitHub lists them: the three-dot diff (merge base to head), renames detected. */
  private diff(
    pull: PullRequestState,
  ): { filename: string; status: string; previous_filename?: string; sha: string }[] {
    const out = this.gitObjects(['diff', '--name-status', '-M', '-z', `${pull.baseSha}...${pull.headSha}`]).toString(
      'utf8',
    );
    const parts = out.split('\0').filter(Boolean);
    const files: { filename: string; status: string; previous_filename?: string; sha: string }[] = [];
    const names: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', T: 'changed' };
    for (let i = 0; i < parts.length;) {
      const code = parts[i++];
      if (code.startsWith('R') || code.startsWith('C')) {
        const from = parts[i++];
        const to = parts[i++];
        files.push({ filename: to, previous_filename: from, status: 'renamed', sha: '0'.repeat(40) });
      } else files.push({ filename: parts[i++], status: names[code[0]] ?? 'modified', sha: '0'.repeat(40) });
    }
    return files;
  }

  /** GET contents: a file (inline base64 up to 1 MB, raw on request), a folder listing, or 404. */
  private contents(path: string, ref: string, accept: string, hops = 0): { status: number; body: unknown } {
    const sha = this.resolveCommit(ref);
    if (!sha) return { status: 404, body: { message: `No commit found for the ref ${ref}` } };
    const clean = path.replace(/^\/+|\/+$/g, '');
    const line = this.gitObjects(['ls-tree', '-l', '-z', sha, '--', clean])
      .toString('utf8')
      .split('\0')
      .find((l) => l.endsWith(`\t${clean}`));
    if (!line) return { status: 404, body: { message: 'Not Found' } };
    const [mode, type, object, size] = line.slice(0, line.indexOf('\t')).split(/\s+/);
    const name = posix.basename(clean);
    if (type === 'tree') {
      const entries = this.gitObjects(['ls-tree', '-l', '-z', sha, '--', `${clean}/`])
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((l) => {
          const [m, t, o, s] = l.slice(0, l.indexOf('\t')).split(/\s+/);
          const p = l.slice(l.indexOf('\t') + 1);
          const kind = m === '120000' ? 'symlink' : t === 'tree' ? 'dir' : t === 'commit' ? 'submodule' : 'file';
          return { type: kind, name: posix.basename(p), path: p, sha: o, size: s === '-' ? 0 : Number(s) };
        });
      return { status: 200, body: entries };
    }
    if (type === 'commit') return { status: 200, body: { type: 'submodule', name, path: clean, sha: object, size: 0 } };
    const bytes = this.gitObjects(['cat-file', 'blob', object]);
    if (mode === '120000') {
      // GitHub follows a link whose target is a file in the repository, and describes any other link.
      const target = posix.normalize(posix.join(posix.dirname(clean), bytes.toString('utf8')));
      if (!target.startsWith('../') && !bytes.toString('utf8').startsWith('/') && hops < 5) {
        const followed = this.contents(target, sha, accept, hops + 1);
        if (followed.status === 200 && !Array.isArray(followed.body)) {
          if (this.followedLinkPath === 'link' && !Buffer.isBuffer(followed.body))
            return { status: 200, body: { ...(followed.body as object), name, path: clean } };
          return followed;
        }
      }
      return {
        status: 200,
        body: { type: 'symlink', name, path: clean, target: bytes.toString('utf8'), size: Number(size), sha: object },
      };
    }
    if (/vnd\.github(\.v3)?\.raw/.test(accept)) return { status: 200, body: bytes };
    const inline = bytes.length <= 1024 * 1024;
    return {
      status: 200,
      body: {
        type: 'file',
        name,
        path: clean,
        sha: object,
        size: bytes.length,
        encoding: inline ? 'base64' : 'none',
        content: inline ? (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '',
      },
    };
  }
}

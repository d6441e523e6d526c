// Runs the action the way the runner does: GITHUB_* and INPUT_* variables (defaults from action.yml), a
// real event payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against the fake GitHub; the built
// bundle (dist/index.js) in a child process here, the same step in this process in in-process.ts. The
// repository is a real temporary git repository.

import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LIMITS, LIMIT_VARIABLES, type Limits } from '../../src/github/limits.js';
import { repoRoot, type FakeGitHub } from './fake-github.js';

export const ROOT = repoRoot();
const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'github');
export const OWNER = 'acme';
export const REPO = 'models';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env: GIT_ENV,
    maxBuffer: 256 * 1024 * 1024,
  })
    .toString()
    .trim();
}

/** path -> content; null deletes the file; { link } makes a symbolic link to that target. */
export type Files = Record<string, string | null | { link: string }>;

type Tree = Map<string, string | { link: string }>;

function applyFiles(tree: Tree, files: Files): Tree {
  const out = new Map(tree);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) out.delete(path);
    else out.set(path, content);
  }
  return out;
}

/** A path in a fast-import command, C-quoted so that any name (spaces, quotes, non-ASCII) survives. */
function quotePath(path: string): string {
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/**
 * Commits written by one `git fast-import` each: one git process per history step instead of eight
 * (init, add, commit, checkout...), which the end-to-end suite, making a repository per scenario, spent
 * most of its time on.
 */
class HistoryWriter {
  private readonly chunks: Buffer[] = [];
  private mark = 0;
  private readonly time = Math.floor(Date.now() / 1000);

  constructor(private readonly dir: string) {}

  private data(bytes: Buffer): void {
    this.chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  }

  /** A commit on `ref` with exactly the files of `tree`; returns its mark. */
  commit(ref: string, tree: Tree, message: string, parents: string[]): string {
    const lines: string[] = [];
    for (const [path, content] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const blob = `:${++this.mark}`;
      this.chunks.push(Buffer.from(`blob\nmark ${blob}\n`));
      this.data(Buffer.from(typeof content === 'string' ? content : content.link));
      lines.push(`M ${typeof content === 'string' ? '100644' : '120000'} ${blob} ${quotePath(path)}`);
    }
    const mark = `:${++this.mark}`;
    this.chunks.push(
      Buffer.from(`commit ${ref}\nmark ${mark}\ncommitter Test <test@example.com> ${this.time} +0000\n`),
    );
    this.data(Buffer.from(message));
    const [from, ...merges] = parents;
    if (from) this.chunks.push(Buffer.from(`from ${from}\n`));
    for (const m of merges) this.chunks.push(Buffer.from(`merge ${m}\n`));
    this.chunks.push(Buffer.from(['deleteall', ...lines, ''].join('\n')));
    return mark;
  }

  /** Runs the import; returns each mark's object name. */
  run(): Map<string, string> {
    const marks = join(this.dir, '.git', 'fixture-marks');
    execFileSync('git', ['fast-import', '--quiet', '--force', `--export-marks=${marks}`], {
      cwd: this.dir,
      env: GIT_ENV,
      input: Buffer.concat([...this.chunks, Buffer.from('done\n')]),
      maxBuffer: 256 * 1024 * 1024,
    });
    const out = new Map<string, string>();
    for (const line of readFileSync(marks, 'utf8').split('\n').filter(Boolean)) {
      const [mark, sha] = line.split(' ');
      out.set(mark, sha);
    }
    rmSync(marks);
    return out;
  }
}

/** An empty non-bare repository, as `git init` leaves it, without starting git. */
function initRepository(dir: string, head: string): void {
  const gitDir = join(dir, '.git');
  for (const sub of ['objects/info', 'objects/pack', 'refs/heads', 'refs/tags'])
    mkdirSync(join(gitDir, sub), { recursive: true });
  writeFileSync(join(gitDir, 'HEAD'), `ref: refs/heads/${head}\n`);
  writeFileSync(
    join(gitDir, 'config'),
    '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n',
  );
}

/**
 * A repository with a base commit on main and a PR branch `feature`; `merge` is GitHub's test merge commit
 * (refs/heads/pr-merge). The commits are written straight into the object store: HEAD names `feature`,
 * but nothing is checked out (`git checkout -f <branch>` fills the working tree when a test needs one).
 */
export class FixtureRepo {
  readonly dir: string;
  readonly base: string;
  head: string;
  merge: string;
  private readonly scratch: string;
  private headTree: Tree;

  constructor(baseFiles: Files, headFiles: Files) {
    this.scratch = mkdtempSync(join(tmpdir(), 'mrg-e2e-'));
    this.dir = join(this.scratch, 'origin');
    initRepository(this.dir, 'feature');
    const baseTree = applyFiles(new Map(), baseFiles);
    this.headTree = applyFiles(baseTree, headFiles);
    const w = new HistoryWriter(this.dir);
    const base = w.commit('refs/heads/main', baseTree, 'base', []);
    const head = w.commit('refs/heads/feature', this.headTree, 'release', [base]);
    const merge = w.commit('refs/heads/pr-merge', this.headTree, 'Merge feature into main', [base, head]);
    const shas = w.run();
    this.base = shas.get(base)!;
    this.head = shas.get(head)!;
    this.merge = shas.get(merge)!;
  }

  /** Another push to the PR branch, and GitHub's new test merge commit. */
  push(files: Files, message = 'another push'): string {
    this.headTree = applyFiles(this.headTree, files);
    const w = new HistoryWriter(this.dir);
    const head = w.commit('refs/heads/feature', this.headTree, message, [this.head]);
    const merge = w.commit('refs/heads/pr-merge', this.headTree, 'Merge feature into main', [this.base, head]);
    const shas = w.run();
    this.head = shas.get(head)!;
    this.merge = shas.get(merge)!;
    return this.head;
  }

  /**
   * A checkout as actions/checkout makes it: the merge commit with `fetch-depth` history (2 holds the base
   * commit, 1 does not), or `ref` (the base branch, for pull_request_target). `none`: an empty workspace.
   */
  workspace(kind: { depth: 1 | 2; ref?: 'merge' | 'base' | 'head' } | 'none'): string {
    const ws = mkdtempSync(join(this.scratch, 'ws-'));
    if (kind === 'none') return ws;
    const ref = kind.ref ?? 'merge';
    const branch = ref === 'merge' ? 'pr-merge' : ref === 'base' ? 'main' : 'feature';
    git(ws, 'clone', '-q', '--depth', String(kind.depth), '--branch', branch, `file://${this.dir}`, '.');
    return ws;
  }

  cleanup(): void {
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

// Webhook payloads are edited as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;

function payloadFixture(name: string): Payload {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
}

/** A real webhook payload, rewritten to the fixture repository, PR number and commits. */
export function pullRequestPayload(
  event: 'pull_request.opened' | 'pull_request.synchronize' | 'pull_request_review.submitted',
  repo: FixtureRepo,
  opts: { number?: number; fork?: boolean; author?: string } = {},
): Payload {
  const payload = payloadFixture(event);
  const full = `${OWNER}/${REPO}`;
  const repository = {
    ...payload.repository,
    name: REPO,
    full_name: full,
    owner: { ...payload.repository.owner, login: OWNER },
  };
  payload.repository = repository;
  const pr = payload.pull_request;
  pr.number = opts.number ?? 1;
  pr.user = { ...pr.user, login: opts.author ?? 'ml-engineer' };
  pr.base = { ...pr.base, sha: repo.base, ref: 'main', repo: repository };
  const headRepo = opts.fork
    ? { ...repository, full_name: `mallory/${REPO}`, owner: { login: 'mallory' } }
    : repository;
  pr.head = { ...pr.head, sha: repo.head, ref: 'feature', repo: headRepo };
  pr.merge_commit_sha = repo.merge;
  delete pr.changed_files; // GitHub omits it on some events; the action must not need it
  return payload;
}

/**
 * A real merge_group payload, rewritten to the fixture repository: the queue's base is the base commit and
 * its head is the merge commit (the base with the queued pull request merged in), as GitHub builds it.
 */
export function mergeGroupPayload(repo: FixtureRepo, number = 1): Payload {
  const payload = payloadFixture('merge_group.checks_requested');
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } };
  payload.merge_group = {
    ...payload.merge_group,
    base_sha: repo.base,
    head_sha: repo.merge,
    head_ref: `refs/heads/gh-readonly-queue/main/pr-${number}-${repo.base}`,
    base_ref: 'refs/heads/main',
  };
  return payload;
}

export function repositoryPayload(event: 'push' | 'workflow_dispatch' | 'schedule', sha: string): Payload {
  const payload = payloadFixture(event);
  if (event === 'schedule') return payload; // the cron expression only
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } };
  if (event === 'push') Object.assign(payload, { ref: 'refs/heads/main', after: sha });
  return payload;
}

const actionInputs = (
  parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
).inputs;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed (::error, ::warning, ...). */
  commands: string[];
  ms: number;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

export interface RunOptions {
  fake: FakeGitHub;
  eventName: string;
  payload: Record<string, unknown>;
  workspace: string;
  sha: string;
  token: string;
  inputs?: Record<string, string>;
  /** GITHUB_REF; the default branch unless told otherwise. */
  ref?: string;
  /** The gate's time limits, over TEST_LIMITS. */
  limits?: Partial<Limits>;
  /** More environment (another workflow's identity, GITHUB_TOKEN), set last. */
  env?: Record<string, string>;
}

/** The defaults, but retries wait 10 ms units instead of 1 s (backoff 1, 4, 9 units; Retry-After seconds). */
export const TEST_LIMITS: Limits = { ...DEFAULT_LIMITS, retryUnitMs: 10 };

/** One run's runner: its environment, and the files it gives the step (event, outputs, summary, temp). */
export interface Prepared {
  dir: string;
  env: Record<string, string>;
  limits: Limits;
  outputPath: string;
  summaryPath: string;
}

/** The job's environment as the runner sets it, with every input (action.yml's default where none is given). */
export function prepareRun(opts: RunOptions): Prepared {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-run-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_API_URL: opts.fake.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/model-release-gate.yml@${opts.ref ?? 'refs/heads/main'}`,
    GITHUB_JOB: 'gate',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
  };
  // The runner sets every input, with action.yml's default where the workflow gives none.
  for (const [name, spec] of Object.entries(actionInputs)) {
    const value = opts.inputs?.[name] ?? String(spec.default ?? '').replace('${{ github.token }}', opts.token);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  Object.assign(env, opts.env);
  return { dir, env, limits: { ...TEST_LIMITS, ...opts.limits }, outputPath, summaryPath };
}

/** What the step left: exit code, log, outputs (and the files they name), summary. Removes the run's files. */
export function collectRun(
  p: Prepared,
  result: { code: number; stdout: string; stderr: string; ms: number },
): ActionRun {
  const run: ActionRun = {
    ...result,
    outputs: parseOutputs(readFileSync(p.outputPath, 'utf8')),
    summary: readFileSync(p.summaryPath, 'utf8'),
    commands: result.stdout.split('\n').filter((l) => l.startsWith('::')),
  };
  if (run.outputs.report && existsSync(run.outputs.report))
    run.outputs.reportJson = readFileSync(run.outputs.report, 'utf8');
  for (const name of ['attestation', 'attestation-subjects'])
    if (run.outputs[name] && existsSync(run.outputs[name]))
      run.outputs[`${name}:content`] = readFileSync(run.outputs[name], 'utf8');
  rmSync(p.dir, { recursive: true, force: true });
  return run;
}

/** The built bundle (dist/index.js) in a child process, as the runner starts it; limits as MODEL_RELEASE_GATE_* variables. */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const p = prepareRun(opts);
  const env = { ...p.env };
  for (const [key, [name]] of Object.entries(LIMIT_VARIABLES) as [keyof Limits, readonly [string, number]][])
    env[name] ??= String(p.limits[key] / 1000);
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'dist', 'index.js')],
      { cwd: opts.workspace, env },
      (error, so, se) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: String(so), stderr: String(se) }),
    );
    child.stdin?.end();
  });
  return collectRun(p, { code, stdout, stderr, ms: performance.now() - started });
}

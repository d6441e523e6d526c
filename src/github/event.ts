// What the run is about, from the environment the runner sets and the event payload. Pure apart from
// reading GITHUB_EVENT_PATH, so the action's behaviour per event is easy to test.

import { readFileSync } from 'node:fs';
import type { RepoRef } from './client.js';

export type PullRequestEventName = 'pull_request' | 'pull_request_target' | 'pull_request_review';
export type RepositoryEventName = 'push' | 'workflow_dispatch' | 'schedule';

export interface PullRequestTarget {
  kind: 'pull_request';
  event: PullRequestEventName;
  number: number;
  author: string;
  baseSha: string;
  headSha: string;
  /** True when the head lives in another repository: the job token is then read-only on `pull_request`. */
  fromFork: boolean;
  /** Number of changed files GitHub reports, when the payload has it. */
  changedFilesCount?: number;
}

export interface RepositoryTarget {
  kind: 'repository';
  event: RepositoryEventName;
  sha: string;
}

/** A merge queue's group: the base branch tip and the group's head (every queued PR ahead merged in). */
export interface MergeGroupTarget {
  kind: 'merge_group';
  event: 'merge_group';
  baseSha: string;
  headSha: string;
  /** refs/heads/gh-readonly-queue/BRANCH/pr-N-SHA, written by GitHub (for the record only). */
  headRef: string;
}

export type RunTarget = PullRequestTarget | RepositoryTarget | MergeGroupTarget;

export interface RunnerEnvironment {
  eventName: string;
  payload: Record<string, unknown>;
  repo: RepoRef;
  apiUrl: string;
  serverUrl: string;
  runId?: string;
  workspace: string;
  runnerTemp: string;
  sha: string;
  /** GITHUB_REF: refs/heads/BRANCH on push, schedule and workflow_dispatch. */
  ref: string;
  /** GITHUB_WORKFLOW_REF (OWNER/REPO/.github/workflows/FILE@REF) and GITHUB_JOB: whose comment is ours. */
  workflowRef?: string;
  job?: string;
}

/** The fields of a webhook's `pull_request` object the gate uses. */
interface PullRequestPayload {
  number?: unknown;
  user?: { login?: string } | null;
  changed_files?: unknown;
  base?: { sha?: string; repo?: { full_name?: string } | null };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];
const REPO_EVENTS = ['push', 'workflow_dispatch', 'schedule'];

export function readRunnerEnvironment(env: NodeJS.ProcessEnv): RunnerEnvironment {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: the action must run in a GitHub Actions job`);
    return value;
  };
  const repository = need('GITHUB_REPOSITORY');
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY '${repository}' is not OWNER/REPO`);
  const eventPath = need('GITHUB_EVENT_PATH');
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`the event payload ${eventPath} cannot be read: ${(e as Error).message}`);
  }
  return {
    eventName: need('GITHUB_EVENT_NAME'),
    payload,
    repo: { owner, repo },
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || process.cwd(),
    sha: env.GITHUB_SHA || '',
    ref: env.GITHUB_REF || '',
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    job: env.GITHUB_JOB || undefined,
  };
}

/** Decides what to evaluate for this event, or explains why the event is not supported. */
export function targetOf(runner: RunnerEnvironment): RunTarget {
  const { eventName, payload } = runner;
  if (PR_EVENTS.includes(eventName)) {
    const pr = payload.pull_request as PullRequestPayload | undefined;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha)
      throw new Error(`the ${eventName} event payload has no pull_request with number, base.sha and head.sha`);
    const baseRepo = pr.base.repo?.full_name;
    const headRepo = pr.head.repo?.full_name;
    return {
      kind: 'pull_request',
      event: eventName as PullRequestEventName,
      number: pr.number,
      author: String(pr.user?.login ?? ''),
      baseSha: String(pr.base.sha),
      headSha: String(pr.head.sha),
      // A deleted fork has head.repo null: treat it as a fork.
      fromFork: !headRepo || headRepo !== baseRepo,
      changedFilesCount: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
    };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown; head_ref?: unknown } | undefined;
    const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v) ? v : '');
    const baseSha = sha(group?.base_sha);
    const headSha = sha(group?.head_sha);
    if (!baseSha || !headSha)
      throw new Error('the merge_group event payload has no merge_group with base_sha and head_sha (40 hex digits)');
    return {
      kind: 'merge_group',
      event: 'merge_group',
      baseSha,
      headSha,
      headRef: typeof group?.head_ref === 'string' ? group.head_ref : '',
    };
  }
  if (REPO_EVENTS.includes(eventName)) {
    const after = typeof payload.after === 'string' ? payload.after : '';
    return { kind: 'repository', event: eventName as RepositoryEventName, sha: runner.sha || after };
  }
  throw new Error(
    `the event '${eventName}' is not supported; run the gate on pull_request, pull_request_target, ` +
      'pull_request_review, merge_group, push, workflow_dispatch or schedule',
  );
}

export function runUrl(runner: RunnerEnvironment): string | undefined {
  if (!runner.runId) return undefined;
  return `${runner.serverUrl.replace(/\/+$/, '')}/${runner.repo.owner}/${runner.repo.repo}/actions/runs/${runner.runId}`;
}

/**
 * The branch a repository event runs on, and whether it is the default branch (the one the lifecycle
 * audit issue tracks). `schedule` always runs on the default branch.
 */
export function branchOf(runner: RunnerEnvironment): { branch: string; isDefault: boolean } {
  const repository = runner.payload.repository as { default_branch?: unknown } | undefined;
  const defaultBranch = typeof repository?.default_branch === 'string' ? repository.default_branch : '';
  const ref = typeof runner.payload.ref === 'string' && runner.payload.ref ? runner.payload.ref : runner.ref;
  const branch = ref.replace(/^refs\/heads\//, '') || defaultBranch;
  if (runner.eventName === 'schedule') return { branch, isDefault: true };
  return { branch, isDefault: !defaultBranch || branch === defaultBranch };
}

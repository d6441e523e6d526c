// Gathering: what GitHub and the checkout say about the run's commits, turned into the engine's
// options. A pull request brings its changed files, reviews and teams; a merge group its combined
// change; a repository event (push, schedule, workflow_dispatch) one commit. Nothing is published here.

import * as core from '@actions/core';
import { DEFAULT_POLICY_PATH, type CheckOptions, type PullRequestContext } from '../engine.js';
import type { FileSource } from '../files/source.js';
import { listChangedFiles } from './changed-files.js';
import type { GitHubClient } from './client.js';
import { ContentsFileSource } from './contents-source.js';
import {
  runUrl,
  type MergeGroupTarget,
  type PullRequestTarget,
  type RepositoryTarget,
  type RunTarget,
  type RunnerEnvironment,
} from './event.js';
import { checkedOutCommit, GitFileSource } from './git-source.js';
import { gatherMergeGroupSources } from './merge-group.js';
import { listReviews } from './reviews.js';
import { teamResolver } from './teams.js';

export interface Gathered {
  options: Omit<CheckOptions, 'now'>;
  context: Record<string, unknown>;
  /** Teams looked up for the policy's owners and approvers, and what came back (for the record). */
  teams?: Record<string, string[] | { error: string }>;
}

/** Where the policy is read from; the default path may be absent (built-in policy), a path the workflow names must exist. */
export function policyLocation(policyPath: string): { policyPath: string; policyOptional: boolean } {
  return { policyPath, policyOptional: policyPath === DEFAULT_POLICY_PATH };
}

export function gather(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RunTarget,
  policyPath: string,
): Promise<Gathered> {
  if (target.kind === 'pull_request') return gatherPullRequest(client, runner, target, policyPath);
  if (target.kind === 'merge_group') return gatherMergeGroup(client, runner, target, policyPath);
  return gatherRepository(client, runner, target, policyPath);
}

async function gatherPullRequest(
  client: GitHubClient,
  runner: RunnerEnvironment,
  pr: PullRequestTarget,
  policyPath: string,
): Promise<Gathered> {
  const repo = runner.repo;
  const [changed, reviews] = await Promise.all([
    listChangedFiles(client, repo, pr),
    listReviews(client, repo, pr.number, pr.author),
  ]);
  // The base commit (policy, baselines): git when the checkout holds it, the contents API otherwise.
  const base: FileSource =
    (await GitFileSource.open(runner.workspace, pr.baseSha, 'base commit')) ??
    new ContentsFileSource(client, repo, pr.baseSha, 'base commit');
  const head = await headSource(client, runner, pr);
  const pullRequest: PullRequestContext = {
    number: pr.number,
    author: pr.author,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    changedFiles: changed.paths,
    renamed: changed.renamed,
    reviews: reviews.reviews,
    teams: {},
    runUrl: runUrl(runner),
  };
  // Only called by the engine when the policy names teams; the job token is refused (see teams.ts).
  const lookup = teamResolver(client);
  core.info(
    `Pull request #${pr.number}: ${changed.paths.length} changed path(s); policy and baselines from ${base.description}; releases from ${head.description}`,
  );
  return {
    options: {
      ...policyLocation(policyPath),
      policySource: base,
      head,
      baseline: base,
      pullRequest,
      policyRef: pr.baseSha,
      resolveTeams: lookup.resolve,
    },
    context: {
      event: pr.event,
      pull_request: pr.number,
      base_sha: pr.baseSha,
      head_sha: pr.headSha,
      run_url: runUrl(runner),
    },
    teams: lookup.looked,
  };
}

/**
 * The head of the PR. On pull_request_target the workspace holds the base branch and the PR's code must
 * never be checked out, so the head is read through the API. On pull_request the checkout is used when it
 * is this PR's merge commit or head; otherwise (no checkout step) the API again.
 */
async function headSource(client: GitHubClient, runner: RunnerEnvironment, pr: PullRequestTarget): Promise<FileSource> {
  const api = () => new ContentsFileSource(client, runner.repo, pr.headSha, 'head commit');
  if (pr.event === 'pull_request_target') return api();
  const checkedOut = await checkedOutCommit(runner.workspace);
  // Read through git, not the file system: only what the commit tracks is evidence (nothing an earlier
  // step wrote, nothing under .git/), and links are followed inside the commit's tree only.
  const tracked =
    checkedOut && (checkedOut === runner.sha || checkedOut === pr.headSha)
      ? await GitFileSource.open(runner.workspace, checkedOut, 'checked-out commit')
      : null;
  if (tracked) return tracked;
  core.info(
    checkedOut
      ? `The checkout (${checkedOut.slice(0, 7)}) is neither the merge commit nor the head of #${pr.number}; reading the head through the API.`
      : 'No git checkout in the workspace; reading the head through the API.',
  );
  return api();
}

/** merge_group: the group's combined change, judged by the base's policy and baselines; no reviews, no comment. */
async function gatherMergeGroup(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: MergeGroupTarget,
  policyPath: string,
): Promise<Gathered> {
  const { base, head, group, via } = await gatherMergeGroupSources(client, runner, target, runUrl(runner));
  core.info(
    `Merge group ${target.headRef || target.headSha.slice(0, 7)}: ${group.changedFiles.length} changed path(s) (from ${via}); ` +
      `policy and baselines from ${base.description}; releases from ${head.description}`,
  );
  return {
    options: {
      ...policyLocation(policyPath),
      policySource: base,
      head,
      baseline: base,
      mergeGroup: group,
      policyRef: target.baseSha,
    },
    context: { event: 'merge_group', run_url: runUrl(runner) },
  };
}

/**
 * The commit of a repository event (push, schedule, workflow_dispatch): the checked-out commit when there
 * is one, read through git so that only tracked files are evidence; the contents API otherwise. No pull
 * request is involved, so a commit an earlier step of the workflow made on purpose (say, a layout of
 * generated evidence) is what the workflow chose to judge; the record names it.
 */
export async function commitSource(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
): Promise<{ source: FileSource; sha: string }> {
  const checkedOut = await checkedOutCommit(runner.workspace);
  const tracked = checkedOut ? await GitFileSource.open(runner.workspace, checkedOut, 'commit') : null;
  if (tracked && checkedOut) {
    if (target.sha && checkedOut !== target.sha)
      core.info(
        `Evaluating the checked-out commit ${checkedOut.slice(0, 7)}, which an earlier step made on top of ${target.sha.slice(0, 7)}.`,
      );
    return { source: tracked, sha: checkedOut };
  }
  return { source: new ContentsFileSource(client, runner.repo, target.sha, 'commit'), sha: target.sha };
}

async function gatherRepository(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
  policyPath: string,
): Promise<Gathered> {
  // No pull request: every manifest is evaluated against the policy as it stands on this commit.
  const { source, sha } = await commitSource(client, runner, target);
  return {
    options: {
      ...policyLocation(policyPath),
      policySource: source,
      head: source,
      baseline: null,
      policyRef: sha || undefined,
    },
    context: {
      event: target.event,
      sha,
      ...(sha !== target.sha ? { event_sha: target.sha } : {}),
      run_url: runUrl(runner),
    },
  };
}

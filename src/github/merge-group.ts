// merge_group: a merge queue asks for the required checks on a temporary branch that holds the base
// branch with every queued pull request up to this one merged in. The gate judges the group's combined
// change (base_sha..head_sha) with the policy and baselines of the base, like a pull request without
// reviews. actions/checkout leaves a depth-1 checkout of the head: the base comes through git when the
// workflow fetched it, through the API otherwise (the compare endpoint for the files, contents for reads).

import { execFile } from 'node:child_process';
import type { MergeGroupContext } from '../context.js';
import { LocalFileSource } from '../files/local.js';
import type { FileSource } from '../files/source.js';
import { treeBlobs } from './changed-files.js';
import { apiCall, type GitHubClient, type RepoRef } from './client.js';
import { ContentsFileSource } from './contents-source.js';
import type { MergeGroupTarget, RunnerEnvironment } from './event.js';
import { checkedOutCommit, GitFileSource } from './git-source.js';

/** The compare endpoint lists at most this many files for a whole comparison. */
export const COMPARE_FILES_LIMIT = 300;

export interface MergeGroupSources {
  base: FileSource;
  head: FileSource;
  group: MergeGroupContext;
  /** How the changed files were found, for the log. */
  via: string;
}

function gitOut(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(String(stdout)),
    );
  });
}

export async function gatherMergeGroupSources(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: MergeGroupTarget,
  runUrl: string | undefined,
): Promise<MergeGroupSources> {
  const gitBase = await GitFileSource.open(runner.workspace, target.baseSha, 'merge group base');
  const base: FileSource = gitBase ?? new ContentsFileSource(client, runner.repo, target.baseSha, 'merge group base');
  const checkedOut = await checkedOutCommit(runner.workspace);
  const headInCheckout = checkedOut === target.headSha;
  const head: FileSource = headInCheckout
    ? new LocalFileSource(runner.workspace, undefined, `merge group head ${target.headSha.slice(0, 7)}`)
    : new ContentsFileSource(client, runner.repo, target.headSha, 'merge group head');

  let changedFiles: string[];
  let via: string;
  if (gitBase && (headInCheckout || (await GitFileSource.open(runner.workspace, target.headSha, 'head')))) {
    // Two trees, no history needed: the head is the base with the queued pull requests merged in.
    const out = await gitOut(runner.workspace, [
      'diff',
      '--no-renames',
      '--name-only',
      '-z',
      target.baseSha,
      target.headSha,
      '--',
    ]);
    changedFiles = [...new Set(out.split('\0').filter(Boolean))].sort();
    via = 'git';
  } else {
    changedFiles = await compareFiles(client, runner.repo, target.baseSha, target.headSha);
    via = 'the compare API';
  }
  return {
    base,
    head,
    via,
    group: { baseSha: target.baseSha, headSha: target.headSha, headRef: target.headRef, changedFiles, runUrl },
  };
}

/**
 * Paths the group changes, from GET /compare/{base}...{head}; both names of a rename. The endpoint stops at
 * 300 files, so a bigger group is diffed from the two commits' trees instead (fails closed when truncated).
 */
export async function compareFiles(client: GitHubClient, repo: RepoRef, base: string, head: string): Promise<string[]> {
  const call = `GET /repos/${repo.owner}/${repo.repo}/compare/${base}...${head}`;
  const { data } = await apiCall(call, 'contents: read', () =>
    client.rest.repos.compareCommits({ ...repo, base, head, per_page: 1 }),
  );
  const files = data.files ?? [];
  if (files.length < COMPARE_FILES_LIMIT) {
    const paths = new Set<string>();
    for (const f of files) {
      paths.add(f.filename);
      if (f.previous_filename) paths.add(f.previous_filename);
    }
    return [...paths].sort();
  }
  const [b, h] = await Promise.all([treeBlobs(client, repo, base), treeBlobs(client, repo, head)]);
  const changed = new Set<string>();
  for (const [path, sha] of h) if (b.get(path) !== sha) changed.add(path);
  for (const path of b.keys()) if (!h.has(path)) changed.add(path);
  return [...changed].sort();
}

// The files a pull request changes, from the REST API. The pulls/files endpoint pages 100 at a time and
// stops at 3,000 files; a bigger PR is diffed from the two commits' trees instead (two requests). The
// listing must add up to the pull request's own `changed_files` count: a short answer is an error,
// never "fewer files changed".

import { apiCall, type GitHubClient, type RepoRef } from './client.js';

/** GitHub's documented ceiling on GET /pulls/{n}/files. */
export const PULL_FILES_LIMIT = 3000;

export interface ChangedFiles {
  /** Every path the PR touches: added, modified, removed, and both names of a rename. Sorted. */
  paths: string[];
  /** New path -> old path of each file GitHub reports as renamed (pulls/files `previous_filename`). */
  renamed: Record<string, string>;
}

export async function listChangedFiles(
  client: GitHubClient,
  repo: RepoRef,
  pr: { number: number; baseSha: string; headSha: string; changedFilesCount?: number },
): Promise<ChangedFiles> {
  const prCall = `GET /repos/${repo.owner}/${repo.repo}/pulls/${pr.number}`;
  let expected = pr.changedFilesCount;
  if (expected === undefined) {
    // The event payload does not always carry the count: ask for the pull request itself.
    const { data } = await apiCall(prCall, 'pull-requests: read', () =>
      client.rest.pulls.get({ ...repo, pull_number: pr.number }),
    );
    // Pushed to since this event: the listing would be of the newer head; diff the commits judged here.
    if (data.head.sha !== pr.headSha) {
      return diffTrees(client, repo, pr.baseSha, pr.headSha);
    }
    expected = data.changed_files;
  }
  if (expected > PULL_FILES_LIMIT) {
    return diffTrees(client, repo, pr.baseSha, pr.headSha);
  }
  const call = `GET /repos/${repo.owner}/${repo.repo}/pulls/${pr.number}/files`;
  const paths = new Set<string>();
  const renamed: Record<string, string> = {};
  let count = 0;
  await apiCall(call, 'pull-requests: read', async () => {
    const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
      ...repo,
      pull_number: pr.number,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const file of page.data) {
        count++;
        paths.add(file.filename);
        if (file.previous_filename) {
          paths.add(file.previous_filename);
          renamed[file.filename] = file.previous_filename;
        }
      }
    }
  });
  // If the endpoint hit its ceiling, the list is incomplete.
  if (count >= PULL_FILES_LIMIT) {
    return diffTrees(client, repo, pr.baseSha, pr.headSha);
  }
  // A short list would hide a release from the gate ("no model release"): fail closed instead.
  if (count !== expected)
    throw new Error(
      `${call} listed ${count} file(s), but the pull request has ${expected} changed file(s) (its changed_files): ` +
        'the gate cannot tell which releases it touches from an incomplete list, so it stops. Re-run the job; ' +
        'if the pull request was pushed to meanwhile, the run for the new head decides.',
    );
  return { paths: [...paths].sort(), renamed };
}

/** Paths whose blob differs between two commits (a rename shows as both names), from the recursive trees. */
async function diffTrees(client: GitHubClient, repo: RepoRef, baseSha: string, headSha: string): Promise<ChangedFiles> {
  const [base, head] = await Promise.all([treeBlobs(client, repo, baseSha), treeBlobs(client, repo, headSha)]);
  const changed = new Set<string>();
  for (const [path, sha] of head) if (base.get(path) !== sha) changed.add(path);
  for (const path of base.keys()) if (!head.has(path)) changed.add(path);
  // No rename detection here: the engine finds a moved release's baseline by its model name.
  return { paths: [...changed].sort(), renamed: {} };
}

/** path -> blob sha of every file in a commit. Fails closed when GitHub truncates the tree. */
export async function treeBlobs(client: GitHubClient, repo: RepoRef, sha: string): Promise<Map<string, string>> {
  const call = `GET /repos/${repo.owner}/${repo.repo}/git/trees/${sha}?recursive=1`;
  const { data } = await apiCall(call, 'contents: read', () =>
    client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: '1' }),
  );
  if (data.truncated)
    throw new Error(
      `${call}: GitHub truncated the tree of ${sha.slice(0, 7)} (over 100,000 entries); ` +
        'the gate cannot list this repository through the API. Check out the repository with `fetch-depth: 2`.',
    );
  const blobs = new Map<string, string>();
  for (const entry of data.tree) if (entry.type === 'blob' && entry.path && entry.sha) blobs.set(entry.path, entry.sha);
  return blobs;
}

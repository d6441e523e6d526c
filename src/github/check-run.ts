// A check run with the verdict and annotations on the manifest lines, when `check-name` is set.
// Its conclusion is `failure` when blocked: GitHub counts `neutral` as passing, so a required check
// set to neutral would let a blocked release merge. GitHub takes at most 50 annotations per request.

import { apiCall, type GitHubClient, type RepoRef } from './client.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Annotations sent per check run. Writes are spaced one second apart (GitHub's advice, and the throttling
 * plugin's), so thousands of annotations would hold the job for minutes; the rest are in the job summary.
 */
export const MAX_CHECK_ANNOTATIONS = 250;
/** GitHub's limit on a check run's output.summary and output.text. */
export const CHECK_OUTPUT_MAX = 65535;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title?: string;
  message: string;
}

export interface CheckRunRequest {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export async function publishCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  req: CheckRunRequest,
): Promise<{ id: number; url?: string }> {
  const rank = { failure: 0, warning: 1, notice: 2 };
  const sent = [...req.annotations]
    .sort((a, b) => rank[a.annotation_level] - rank[b.annotation_level])
    .slice(0, MAX_CHECK_ANNOTATIONS);
  const left = req.annotations.length - sent.length;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < sent.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(sent.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const note =
    left > 0 ? `\n\n${left} more annotation(s) are not shown here; the job summary lists every finding.` : '';
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title: req.title,
    summary: clip(req.summary, note),
    ...(annotations ? { annotations } : {}),
  });
  const path = `/repos/${repo.owner}/${repo.repo}/check-runs`;
  const { data } = await apiCall(`POST ${path}`, 'checks: write', () =>
    client.rest.checks.create({
      ...repo,
      name: req.name,
      head_sha: req.headSha,
      status: 'completed',
      conclusion: req.conclusion,
      completed_at: new Date().toISOString(),
      ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
      output: output(batches[0]),
    }),
  );
  // Later batches are appended: GitHub adds the annotations of each update to the run's list.
  for (const batch of batches.slice(1)) {
    await apiCall(`PATCH ${path}/${data.id}`, 'checks: write', () =>
      client.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) }),
    );
  }
  return { id: data.id, url: data.html_url ?? undefined };
}

function clip(text: string, note: string): string {
  if (text.length + note.length <= CHECK_OUTPUT_MAX) return text + note;
  const cut = `${note}\n\n… cut to fit the check run; the job summary has the full report.`;
  return text.slice(0, CHECK_OUTPUT_MAX - cut.length) + cut;
}

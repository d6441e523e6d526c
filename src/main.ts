// The action's entry point (dist/index.js): read the inputs, call run(), set the outputs and the exit
// code. Everything else lives in src/github/run.ts.

import * as core from '@actions/core';
import { readRunnerEnvironment } from './github/event.js';
import { run, type ActionInputs } from './github/run.js';
import { validCommentId } from './github/sticky-comment.js';

function choice<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name).trim() as T;
  if (!allowed.includes(value)) throw new Error(`input '${name}' is '${value}'; use one of: ${allowed.join(', ')}`);
  return value;
}

function readInputs(): ActionInputs {
  const commentId = core.getInput('comment-id').trim() || 'default';
  if (!validCommentId(commentId))
    throw new Error(`input 'comment-id' is '${commentId}'; use letters, digits, '.', '_' and single '-' (at most 64)`);
  const token = core.getInput('github-token').trim();
  if (!token) throw new Error("input 'github-token' is empty; leave it unset to use the job's GITHUB_TOKEN");
  core.setSecret(token);
  return {
    policy: core.getInput('policy').trim() || '.github/model-release-policy.yml',
    token,
    mode: choice('mode', ['enforce', 'advisory'] as const),
    comment: choice('comment', ['always', 'on-change', 'never'] as const),
    commentId,
    commentAuthor: core.getInput('comment-author'),
    checkName: core.getInput('check-name').trim(),
    audit: choice('audit', ['auto', 'off'] as const),
  };
}

async function main(): Promise<void> {
  let advisory = false;
  try {
    const inputs = readInputs();
    advisory = inputs.mode === 'advisory';
    const outcome = await run(inputs, readRunnerEnvironment(process.env));
    core.setOutput('decision', outcome.decision ?? 'error');
    core.setOutput('report', outcome.reportPath ?? '');
    core.setOutput('attestation', outcome.attestationPath ?? '');
    core.setOutput('attestation-subjects', outcome.subjectsPath ?? '');
    core.setOutput('blocked-models', JSON.stringify(outcome.blockedModels));
    if (outcome.failure) {
      if (advisory) core.warning(`${outcome.failure} (mode: advisory, so the job passes)`);
      else core.setFailed(outcome.failure);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setOutput('decision', 'error');
    if (advisory) core.warning(`model-release-gate could not run: ${message} (mode: advisory, so the job passes)`);
    else core.setFailed(`model-release-gate could not run: ${message}`);
  }
}

await main();

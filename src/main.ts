// The action's entry point (dist/index.js): read the inputs, call run(), set the outputs and the exit
// code. Everything else lives in src/github/run.ts.

import * as core from '@actions/core';
import { readRunnerEnvironment } from './github/event.js';
import { input, type InputName } from './github/inputs.js';
import { readLimits, seconds } from './github/limits.js';
import { run, type ActionInputs } from './github/run.js';
import { validCommentId } from './github/sticky-comment.js';

function choice<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = input(name) as T;
  if (!allowed.includes(value)) throw new Error(`input '${name}' is '${value}'; use one of: ${allowed.join(', ')}`);
  return value;
}

function readInputs(): ActionInputs {
  const commentId = input('comment-id');
  if (!validCommentId(commentId))
    throw new Error(`input 'comment-id' is '${commentId}'; use letters, digits, '.', '_' and single '-' (at most 64)`);
  const token = input('github-token');
  if (!token)
    throw new Error(
      "input 'github-token' is empty and GITHUB_TOKEN is not set; leave the input unset to use the job's token",
    );
  core.setSecret(token);
  return {
    policy: input('policy'),
    token,
    mode: choice('mode', ['enforce', 'advisory'] as const),
    comment: choice('comment', ['always', 'on-change', 'never'] as const),
    commentId,
    commentAuthor: input('comment-author'),
    checkName: input('check-name'),
    audit: choice('audit', ['auto', 'off'] as const),
  };
}

/** True when the run was given up at its time limit: then the process exits without waiting for it. */
let overran = false;

async function main(): Promise<void> {
  let advisory = false;
  try {
    const inputs = readInputs();
    advisory = inputs.mode === 'advisory';
    const limits = readLimits(process.env);
    // The client aborts its requests at the deadline; this catches anything else that would hang.
    const grace = Math.min(15_000, limits.deadlineMs / 2);
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        overran = true;
        reject(new Error(`it did not finish within its time limit of ${seconds(limits.deadlineMs + grace)}`));
      }, limits.deadlineMs + grace);
    });
    const outcome = await Promise.race([
      run(inputs, readRunnerEnvironment(process.env), new Date(), limits),
      overrun,
    ]).finally(() => clearTimeout(timer));
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
if (overran) process.exit();

// The action's step: read the inputs, call run() within the time limit, set the outputs and the job's
// status. src/main.ts calls it with the runner's environment; the tests call it in-process.

import * as core from '@actions/core';
import { readRunnerEnvironment } from './event.js';
import { readInputs } from './inputs.js';
import { readLimits, seconds, type Limits } from './limits.js';
import { run } from './run.js';

export interface StepResult {
  /** True when the run was given up at its time limit: the caller should exit without waiting for it. */
  overran: boolean;
}

/**
 * Outputs, annotations and the failure go where @actions/core sends them: GITHUB_OUTPUT and stdout of
 * this process, and process.exitCode. `limits`: read from `env` unless given (the tests give them).
 */
export async function runStep(env: NodeJS.ProcessEnv, limits?: Limits): Promise<StepResult> {
  let advisory = false;
  let overran = false;
  try {
    const inputs = readInputs(env);
    advisory = inputs.mode === 'advisory';
    const bounds = limits ?? readLimits(env);
    // The client aborts its requests at the deadline; this catches anything else that would hang.
    const grace = Math.min(15_000, bounds.deadlineMs / 2);
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        overran = true;
        reject(new Error(`it did not finish within its time limit of ${seconds(bounds.deadlineMs + grace)}`));
      }, bounds.deadlineMs + grace);
    });
    const outcome = await Promise.race([run(inputs, readRunnerEnvironment(env), new Date(), bounds), overrun]).finally(
      () => clearTimeout(timer),
    );
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
  return { overran };
}

// The action's run: gather what GitHub knows (gather.ts), let the engine decide, publish the verdict
// (publish.ts); on schedule and workflow_dispatch, the lifecycle audit instead (audit-run.ts). Inputs
// come in parsed (inputs.ts, by action.ts); outputs go back as a RunOutcome.

import * as core from '@actions/core';
import { checkRepository } from '../engine.js';
import type { Report } from '../types.js';
import { isAuditRun, runAudit } from './audit-run.js';
import { createClient } from './client.js';
import { targetOf, type RunnerEnvironment } from './event.js';
import { gather } from './gather.js';
import type { ActionInputs } from './inputs.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { couldNotRun, publishReport, type Published } from './publish.js';

export interface RunOutcome extends Published {
  requests: number;
}

export async function run(
  inputs: ActionInputs,
  runner: RunnerEnvironment,
  now = new Date(),
  limits: Limits = DEFAULT_LIMITS,
): Promise<RunOutcome> {
  const target = targetOf(runner);
  const client = createClient(inputs.token, {
    baseUrl: runner.apiUrl,
    log: (m) => core.info(m),
    limits,
    deadline: Date.now() + limits.deadlineMs,
  });
  let requests = 0;
  client.hook.before('request', () => {
    requests++;
  });

  if (isAuditRun(target, inputs)) return { ...(await runAudit(client, runner, target, inputs, now)), requests };

  const gathered = await gather(client, runner, target, inputs.policy);
  const result = await checkRepository({ ...gathered.options, now });
  if (!result.ok) return { ...(await couldNotRun(result)), requests };

  const teams = gathered.teams && Object.keys(gathered.teams).length > 0 ? { teams: gathered.teams } : {};
  const report: Report = {
    ...result.report,
    context: { ...result.report.context, ...gathered.context, ...teams },
  };
  if (report.policy.builtin)
    core.notice(
      `${inputs.policy} does not exist in ${gathered.options.policySource.description}: the built-in default policy applies.`,
    );
  const published = await publishReport(client, runner, target, inputs, report);
  core.info(`GitHub API requests: ${requests}`);
  return { ...published, requests };
}

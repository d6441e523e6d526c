// The action's step (src/github/action.ts, what dist/index.js runs) in this process: the same runner
// environment as harness.ts's runAction gives the child process, without starting Node and loading the
// bundle for every scenario. @actions/core reads its files from process.env (inputs, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), prints to process.stdout and fails through process.exitCode, so each run gets
// process.env to itself, its stdout captured and the exit code taken back. Runs must not overlap: jest
// runs the tests of one file one after another.

import { runStep } from '../../src/github/action.js';
import { collectRun, prepareRun, type ActionRun, type RunOptions } from './harness.js';

export async function runInProcess(opts: RunOptions): Promise<ActionRun> {
  const p = prepareRun(opts);
  const savedEnv = { ...process.env };
  const savedExitCode = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  // What the child process would get: only the runner's environment (git, spawned by the run, too).
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, p.env);
  process.exitCode = undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  const started = performance.now();
  let code: number;
  try {
    const { overran } = await runStep(p.env, p.limits);
    // The bundle exits at once when it overran; in this process the abandoned run would go on.
    if (overran) throw new Error('the run overran its time limit: test that scenario with the bundle (runAction)');
    code = Number(process.exitCode ?? 0);
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    process.exitCode = savedExitCode;
  }
  return collectRun(p, { code, stdout, stderr: '', ms: performance.now() - started });
}

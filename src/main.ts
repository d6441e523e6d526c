// The action's entry point (dist/index.js): run the step with the runner's environment. The step lives
// in src/github/action.ts, the run it drives in src/github/run.ts.

import { runStep } from './github/action.js';

const { overran } = await runStep(process.env);
// A run given up at its time limit may still hold a request open: exit without waiting for it.
if (overran) process.exit();

// npm run demo: judge the example releases in examples/ against the example policy and their
// baselines, as the pull-request gate would. The gate exits 1 when a release is blocked, which is the
// point of the demo (one release is blocked on purpose), so only exit code 2 (could not run) fails here.
import { spawnSync } from 'node:child_process';

const args = [
  'dist/cli.js',
  'check',
  '--repo',
  'examples',
  '--policy',
  'examples/.github/model-release-policy.yml',
  '--baseline-dir',
  'examples/baseline',
  // A fixed evaluation date keeps the demo's verdict the same on every day it is run.
  '--now',
  '2026-11-27',
  ...process.argv.slice(2),
];
console.log(`$ model-release-gate ${args.slice(1).join(' ')}\n`);
const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (r.status === 1) console.log('\n(exit code 1: a release is blocked, so a pull request carrying it could not merge)');
process.exit(r.status === 2 || r.status === null ? 2 : 0);

// Jest global setup: build dist/ from the sources of this test run before any test starts, so the
// end-to-end suite (which spawns dist/index.js as the runner does) never tests a stale bundle.
// The build is deterministic: .ci/run's "dist/ equals a fresh build" check sees the same bytes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildDist() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(`npm test: building dist/ failed (exit ${r.status}); run 'npm run build' to see why`);
}

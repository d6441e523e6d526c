// Jest global setup: build dist/ from the sources of this test run before any test starts, so the
// end-to-end suite (which spawns dist/index.js as the runner does) never tests a stale bundle.
// The build is deterministic: .ci/run's "dist/ equals a fresh build" check sees the same bytes (it runs
// its own `npm run build`, never this cache). Skipped when neither the inputs of the build (src/, the
// build script, package.json, the lock file) nor the bundles changed since the last build here: the
// hashes of both are kept under node_modules/.cache, outside the repository.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLES = ['dist/index.js', 'dist/cli.js', 'dist/drift-worker.js'];

function files(root, dir) {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(root, join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

function hashOf(root, paths) {
  const h = createHash('sha256');
  for (const p of paths)
    h.update(p)
      .update('\0')
      .update(existsSync(join(root, p)) ? readFileSync(join(root, p)) : '-');
  return h.digest('hex');
}

export default function buildDist() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const inputs = [...files(root, 'src'), 'scripts/build.mjs', 'package.json', 'package-lock.json'];
  const stamp = join(root, 'node_modules', '.cache', 'model-release-gate', 'dist-build.json');
  const key = `${process.version} ${hashOf(root, inputs)}`;
  try {
    const last = JSON.parse(readFileSync(stamp, 'utf8'));
    if (last.key === key && last.output === hashOf(root, BUNDLES)) {
      // The bundles are what a build of these sources gives: mark them built now, as a build would
      // (a checkout that rewrote a source with the same bytes leaves it newer than the bundles).
      const now = new Date();
      for (const b of BUNDLES) utimesSync(join(root, b), now, now);
      return;
    }
  } catch {
    // No stamp yet, or an unreadable one: build.
  }
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error(`npm test: building dist/ failed (exit ${r.status}); run 'npm run build' to see why`);
  mkdirSync(join(stamp, '..'), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ key, output: hashOf(root, BUNDLES) }));
}

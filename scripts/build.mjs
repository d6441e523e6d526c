// Bundles the action (dist/index.js), the command line (dist/cli.js) and the worker thread that `drift`
// parses and scores on (dist/drift-worker.js, loaded from beside the other two) with esbuild.
// ESM output; the banner defines `require` because parts of the Actions toolkit still call it.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

// `model-release-gate --version` prints package.json's version: injected here, never written by hand.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const banner =
  "import { createRequire as __mrgCreateRequire } from 'module'; const require = __mrgCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { MRG_VERSION: JSON.stringify(version) },
};

await build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/index.js', banner: { js: banner } });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + banner },
});
chmodSync('dist/cli.js', 0o755);
// The worker threads of `drift` (src/workers/pool.ts finds it beside the bundle that starts them).
await build({
  ...common,
  entryPoints: ['src/workers/worker.ts'],
  outfile: 'dist/drift-worker.js',
  banner: { js: banner },
});

// `npm run demo` does what the README says it does: the verdicts it names and the exit codes it claims.
// Runs the built CLI (dist/cli.js): `npm run build` first.

import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fake-github.js';

const ROOT = repoRoot();

describe('npm run demo against the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const paragraph = /^The demo prints[\s\S]*?\n\n/m.exec(readme)?.[0].replace(/\s+/g, ' ') ?? '';
  const run = spawnSync(process.execPath, ['scripts/demo.mjs'], { cwd: ROOT, encoding: 'utf8' });

  it('names each release with the verdict the demo prints', () => {
    const claims = [...paragraph.matchAll(/`([a-z-]+)` is \*\*(go|conditional|blocked)\*\*/g)];
    expect(claims.map((c) => c[1]).sort()).toEqual(['card-fraud-scorer', 'churn-classifier', 'search-ranker']);
    for (const [, name, verdict] of claims)
      expect(run.stdout).toMatch(new RegExp(`${verdict.toUpperCase()}\\s+${name} `));
  });

  it('states the exit codes the gate and the demo really return', () => {
    expect(run.stdout).toContain('(exit code 1: a release is blocked');
    expect(paragraph).toMatch(/`check` exits 1/);
    expect(run.status).toBe(0);
    expect(paragraph).toMatch(/the demo [^.]*itself exits 0/);
    // No sentence may say the demo exits 1.
    expect(paragraph).not.toMatch(/— and exits 1/);
  });
});

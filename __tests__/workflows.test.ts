// scripts/validate-workflows.mjs (run by .ci/run and CI) on copies of this repository's .github/,
// action.yml and docs: it passes them, and fails, naming the file, on each kind of mistake.

import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mrg-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of what the script reads, with `edit` applied to one file. */
function validate(edit?: { file: string; from: string | RegExp; to: string }) {
  const dir = mkdtempSync(join(scratch, 'repo-'));
  for (const p of ['.github', 'action.yml', 'README.md', 'docs'])
    cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  if (edit) {
    const path = join(dir, edit.file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(edit.from, edit.to);
    if (after === before) throw new Error(`the edit of ${edit.file} changed nothing`);
    writeFileSync(path, after);
  }
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'validate-workflows.mjs')], {
    env: { ...process.env, VALIDATE_ROOT: dir },
    encoding: 'utf8',
  });
}

test("this repository's workflows, action.yml, the docs' workflows and dependabot.yml are valid", () => {
  const r = validate();
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  // Said, not hidden: the validator's schema predates node24.
  expect(r.stdout).toMatch(/does not know runs\.using node24/);
});

describe('each mistake fails, naming the file', () => {
  test.each([
    [
      'a misspelt job key in a workflow',
      '.github/workflows/ci.yml',
      /^ {4}runs-on: ubuntu-latest$/m,
      '    runs_on: ubuntu-latest',
      "Additional property 'runs_on'",
    ],
    [
      'an event GitHub does not have',
      '.github/workflows/release.yml',
      'release:\n    types: [published]',
      'released:\n    types: [published]',
      "'released'",
    ],
    ['a runtime GitHub does not run', 'action.yml', 'using: node24', 'using: node99', "runs.using 'node99'"],
    // The node24 workaround must not hide anything else in action.yml.
    [
      'a misspelt input key next to node24',
      'action.yml',
      '    required: false\n    default: enforce',
      '    requird: false\n    default: enforce',
      "Additional property 'requird'",
    ],
    [
      'a broken workflow in the docs',
      'docs/github.md',
      '    runs-on: ubuntu-latest\n    steps:',
      '    runs-on: ubuntu-latest\n    stepz:',
      "Additional property 'stepz'",
    ],
    [
      'dependabot without github-actions',
      '.github/dependabot.yml',
      'package-ecosystem: github-actions',
      'package-ecosystem: gomod',
      'no updates for github-actions',
    ],
  ])('%s', (_name, file, from, to, named) => {
    const r = validate({ file, from, to });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(named);
  });
});

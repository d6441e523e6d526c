// The git source reads the blobs asked for together with one `git cat-file --batch`: the processes it
// starts are counted through node:child_process (the real functions, wrapped), and each read must still
// get its own bytes, or its own error.
import { expect, jest, test } from '@jest/globals';
import * as childProcess from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started: string[] = [];
jest.unstable_mockModule('node:child_process', () => ({
  ...childProcess,
  spawn: (...args: Parameters<typeof childProcess.spawn>) => {
    started.push(String((args[1] as string[])[0]));
    return childProcess.spawn(...args);
  },
  execFile: (...args: Parameters<typeof childProcess.execFile>) => {
    started.push(String((args[1] as string[])[0]));
    return childProcess.execFile(...args);
  },
}));
const { BATCH_BYTES, GitFileSource } = await import('../../src/github/git-source.js');
const { FixtureRepo, git } = await import('../e2e/harness.js');

test('forty files read at once: each its own bytes, one git process for all of them', async () => {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m/${i}.yml`, `n: ${i}\n`.repeat(i + 1)]));
  const repo = new FixtureRepo(files, {});
  try {
    const source = (await GitFileSource.open(repo.dir, repo.base, 'base commit'))!;
    await source.resolve('m/0.yml'); // the commit's listing: one ls-tree
    started.length = 0;
    const read = await Promise.all(Object.keys(files).map((p) => source.read(p)));
    read.forEach((r, i) => expect(r.ok && r.bytes.toString()).toBe(files[`m/${i}.yml`]));
    expect(started).toEqual(['cat-file']);
    // Reads asked for one after another each get their own batch.
    started.length = 0;
    for (const p of ['m/1.yml', 'm/2.yml']) await source.read(p);
    expect(started).toEqual(['cat-file', 'cat-file']);
  } finally {
    repo.cleanup();
  }
});

test('an object missing from the store fails its own read only, naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-loose-'));
  try {
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'kept.yml'), 'kept: 1\n');
    writeFileSync(join(dir, 'lost.yml'), 'lost: 1\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'two files');
    const head = git(dir, 'rev-parse', 'HEAD');
    const lost = git(dir, 'rev-parse', 'HEAD:lost.yml');
    const source = (await GitFileSource.open(dir, head, 'base commit'))!;
    await source.resolve('kept.yml'); // listed while the object is still there
    rmSync(join(dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2))); // a loose object, gone
    const [kept, gone] = await Promise.all([source.read('kept.yml'), source.read('lost.yml')]);
    expect(kept.ok && kept.bytes.toString()).toBe('kept: 1\n');
    expect(gone).toMatchObject({ ok: false, reason: 'error' });
    expect(!gone.ok && gone.message).toMatch(
      new RegExp(`'lost.yml' cannot be read from base commit .*${lost} missing`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a git that cannot run fails every read of the batch with its reason, none hangs', async () => {
  const repo = new FixtureRepo({ 'a.yml': 'a: 1\n', 'b.yml': 'b: 1\n' }, {});
  try {
    const source = (await GitFileSource.open(repo.dir, repo.base, 'base commit'))!;
    await source.resolve('a.yml');
    rmSync(join(repo.dir, '.git'), { recursive: true, force: true }); // the checkout's repository is gone
    const reads = await Promise.all([source.read('a.yml'), source.read('b.yml')]);
    for (const r of reads) {
      expect(r).toMatchObject({ ok: false, reason: 'error' });
      expect(!r.ok && r.message).toMatch(
        /cannot be read from base commit .*git cat-file --batch exited with \d+: fatal/,
      );
    }
  } finally {
    repo.cleanup();
  }
});

test('a batch holds at most BATCH_BYTES: larger groups of reads go to git in several', async () => {
  const third = Math.ceil(BATCH_BYTES / 3) + 1024;
  const files = { 'a.bin': 'a'.repeat(third), 'b.bin': 'b'.repeat(third), 'c.bin': 'c'.repeat(third), 'd.yml': 'd\n' };
  const repo = new FixtureRepo(files, {});
  try {
    const source = (await GitFileSource.open(repo.dir, repo.base, 'base commit', 2 * BATCH_BYTES))!;
    await source.resolve('a.bin');
    started.length = 0;
    const read = await Promise.all(Object.keys(files).map((p) => source.read(p)));
    read.forEach((r, i) => expect(r.ok && r.bytes.equals(Buffer.from(Object.values(files)[i]))).toBe(true));
    // a, b and c together pass the limit: c starts the second batch, which d joins.
    expect(started).toEqual(['cat-file', 'cat-file']);
  } finally {
    repo.cleanup();
  }
});

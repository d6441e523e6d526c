// The base and head commits as FileSources: through the REST API (contents + trees) and through git,
// against a real git repository served by the fake GitHub. Both must answer exactly alike.

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '../../src/github/client.js';
import { ContentsFileSource } from '../../src/github/contents-source.js';
import { GitFileSource } from '../../src/github/git-source.js';
import { FakeGitHub } from '../e2e/fake-github.js';
import { FixtureRepo, OWNER, REPO, git } from '../e2e/harness.js';
import type { FileSource } from '../../src/files/source.js';

const TOKEN = 'ghs_unit';
let repo: FixtureRepo;
let fake: FakeGitHub;
const big = 'y'.repeat(1024 * 1024 + 10);

beforeAll(async () => {
  repo = new FixtureRepo(
    { 'a/one.txt': 'one\n', 'a/b/two.yml': 'two: 2\n', 'big.txt': big, 'README.md': 'hi\n' },
    { 'a/one.txt': 'changed\n' },
  );
  // Links: one inside the repository, one leaving it.
  git(repo.dir, 'checkout', '-q', '-f', 'main');
  symlinkSync('a/one.txt', join(repo.dir, 'inside-link'));
  symlinkSync('/etc/passwd', join(repo.dir, 'outside-link'));
  symlinkSync('.git/config', join(repo.dir, 'git-link'));
  symlinkSync('a/b', join(repo.dir, 'linked-dir'));
  symlinkSync('.git', join(repo.dir, 'gitdir-link'));
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '-m', 'links');
  fake = new FakeGitHub(repo.dir, OWNER, REPO);
  fake.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true, installation: true });
  await fake.start();
});

afterAll(async () => {
  await fake.stop();
  repo.cleanup();
});

function sources(ref: string): Promise<[string, FileSource][]> {
  const client = createClient(TOKEN, { baseUrl: fake.url, log: () => {} });
  return (async () => [
    ['api', new ContentsFileSource(client, { owner: OWNER, repo: REPO }, ref, 'base commit', 2 * 1024 * 1024)],
    ['git', (await GitFileSource.open(repo.dir, ref, 'base commit', 2 * 1024 * 1024))!],
  ])();
}

describe.each(['api', 'git'])('%s source', (kind) => {
  let source: FileSource;
  beforeAll(async () => {
    const main = git(repo.dir, 'rev-parse', 'main');
    source = (await sources(main)).find(([k]) => k === kind)![1];
  });

  test('reads files at the commit, not the working tree', async () => {
    const r = await source.read('a/one.txt');
    expect(r.ok && r.bytes.toString()).toBe('one\n');
  });

  test('reads a file over 1 MB (raw media type through the API)', async () => {
    const r = await source.read('big.txt');
    expect(r.ok && r.bytes.length).toBe(big.length);
  });

  test('missing, folder, escaping paths and links fail with a reason', async () => {
    expect(await source.read('nope.txt')).toMatchObject({ ok: false, reason: 'missing' });
    expect(await source.read('a')).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(await source.read('../etc/passwd')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await source.read('outside-link')).toMatchObject({ ok: false, reason: 'outside' });
    const inside = await source.read('inside-link');
    expect(inside.ok && inside.bytes.toString()).toBe('one\n');
  });

  test("never reads git's own folder, through a link or a path", async () => {
    expect(await source.read('git-link')).toMatchObject({ ok: false, reason: 'outside' });
    expect(await source.read('.git/config')).toMatchObject({ ok: false, reason: 'outside' });
  });

  test("the policy's size cap (withLimit) applies to every read", async () => {
    const capped = source.withLimit(1000);
    const r = await capped.read('big.txt');
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!r.ok && r.message).toBe("'big.txt' is 1 MB, over the 1 KB limit (limits.max_file_mb)");
    expect((await capped.read('a/one.txt')).ok).toBe(true);
  });

  test('resolves a link to the file it points to', async () => {
    expect(await source.resolve('inside-link')).toEqual(['a/one.txt']);
    expect(await source.resolve('a/one.txt')).toEqual(['a/one.txt']);
    expect(await source.resolve('outside-link')).toEqual([]);
    expect(await source.resolve('nope.txt')).toEqual([]);
  });

  test('lists folders and globs files', async () => {
    expect(await source.list('a')).toEqual(['b', 'one.txt']);
    expect(await source.list('a/one.txt')).toBeNull();
    expect(await source.glob(['a/**/*.yml', '*.md'])).toEqual(['README.md', 'a/b/two.yml']);
  });
});

test('the API source caps the size and reads a commit that does not exist as an error, not as missing', async () => {
  const client = createClient(TOKEN, { baseUrl: fake.url, log: () => {} });
  const small = new ContentsFileSource(client, { owner: OWNER, repo: REPO }, repo.base, 'base commit', 1000);
  expect(await small.read('big.txt')).toMatchObject({ ok: false, reason: 'too-large' });
  const gone = new ContentsFileSource(client, { owner: OWNER, repo: REPO }, 'f'.repeat(40), 'base commit');
  expect(await gone.read('README.md')).toMatchObject({ ok: false, reason: 'error' });
  expect(fake.violations).toEqual([]);
});

test('the API source takes a 404 as a missing file only when the tree agrees', async () => {
  const client = createClient(TOKEN, { baseUrl: fake.url, log: () => {} });
  const main = git(repo.dir, 'rev-parse', 'main');
  const api = () => new ContentsFileSource(client, { owner: OWNER, repo: REPO }, main, 'base commit');
  // A token that cannot see the repository gets 404 for files that exist.
  fake.faults.push({ method: 'GET', path: /\/contents\/a(%2F|\/)one\.txt$/, status: 404, times: 1 });
  const hidden = await api().read('a/one.txt');
  expect(hidden).toMatchObject({ ok: false, reason: 'error' });
  expect(!hidden.ok && hidden.message).toMatch(/HTTP 404.*contents: read.*tree of [0-9a-f]{7} lists 'a\/one\.txt'/);
  // When the tree cannot be read either, nothing says the file is absent.
  fake.faults.push({ method: 'GET', path: /\/contents\/nope\.txt$/, status: 404, times: 1 });
  fake.faults.push({ method: 'GET', path: /\/git\/trees\//, status: 404, times: 1 });
  const unknown = await api().read('nope.txt');
  expect(unknown).toMatchObject({ ok: false, reason: 'error' });
  expect(!unknown.ok && unknown.message).toMatch(/tree cannot be read either/);
  // A file the tree does not list is missing.
  expect(await api().read('nope.txt')).toMatchObject({ ok: false, reason: 'missing' });
  expect(fake.violations).toEqual([]);
});

test('a 404 for a path through a linked folder is not a missing file (the contents API does not follow it)', async () => {
  const client = createClient(TOKEN, { baseUrl: fake.url, log: () => {} });
  const main = git(repo.dir, 'rev-parse', 'main');
  const api = new ContentsFileSource(client, { owner: OWNER, repo: REPO }, main, 'base commit');
  // GitHub answers 404 for a path through a symbolic link to a folder, whatever is behind it.
  fake.faults.push({ method: 'GET', path: /\/contents\/linked-dir(%2F|\/)two\.yml$/, status: 404, times: 1 });
  const through = await api.read('linked-dir/two.yml');
  expect(through).toMatchObject({ ok: false, reason: 'error' });
  expect(!through.ok && through.message).toMatch(/'linked-dir' is a symbolic link .* fetch-depth: 2/);
  expect(fake.violations).toEqual([]);
});

test('the API source resolves a link GitHub follows even when its answer names the link, not the target', async () => {
  const client = createClient(TOKEN, { baseUrl: fake.url, log: () => {} });
  const main = git(repo.dir, 'rev-parse', 'main');
  fake.followedLinkPath = 'link';
  try {
    const api = new ContentsFileSource(client, { owner: OWNER, repo: REPO }, main, 'base commit');
    expect(await api.resolve('inside-link')).toEqual(['a/one.txt']); // the file with the same content
  } finally {
    fake.followedLinkPath = 'target';
  }
});

test('the git source follows a linked folder inside the repository, never into .git', async () => {
  const source = (await GitFileSource.open(repo.dir, git(repo.dir, 'rev-parse', 'main'), 'base commit'))!;
  const r = await source.read('linked-dir/two.yml');
  expect(r.ok && r.bytes.toString()).toBe('two: 2\n');
  expect(await source.resolve('linked-dir/two.yml')).toEqual(['a/b/two.yml']);
  expect(await source.read('gitdir-link/config')).toMatchObject({ ok: false, reason: 'outside' });
});

test('the git source reads a Git LFS file from the checkout only when it matches the committed pointer', async () => {
  const content = 'a,b\n1,2\n';
  const oid = createHash('sha256').update(content).digest('hex');
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n`;
  const lfs = new FixtureRepo({ 'samples.csv': pointer, 'other.csv': pointer }, {});
  try {
    writeFileSync(join(lfs.dir, 'samples.csv'), content); // what `git lfs pull` leaves in the checkout
    writeFileSync(join(lfs.dir, 'other.csv'), 'a,b\n6,6\n'); // same size, other bytes
    const source = (await GitFileSource.open(lfs.dir, lfs.base, 'base commit'))!;
    const r = await source.read('samples.csv');
    expect(r.ok && r.bytes.toString()).toBe(content);
    const other = await source.read('other.csv');
    expect(other).toMatchObject({ ok: false, reason: 'not-a-file' });
    expect(!other.ok && other.message).toMatch(/stored in Git LFS .* not in the checkout; check out with `lfs: true`/);
    // Through the API an LFS file is only its pointer: no evidence, and said so.
    const served = new FakeGitHub(lfs.dir, OWNER, REPO);
    served.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true, installation: true });
    await served.start();
    try {
      const client = createClient(TOKEN, { baseUrl: served.url, log: () => {} });
      const api = new ContentsFileSource(client, { owner: OWNER, repo: REPO }, lfs.base, 'base commit');
      const viaApi = await api.read('samples.csv');
      expect(!viaApi.ok && viaApi.message).toMatch(
        /stored in Git LFS; the gate reads LFS content only from a checkout/,
      );
    } finally {
      await served.stop();
    }
  } finally {
    lfs.cleanup();
  }
});

test('the git source is only offered when the checkout holds the commit', async () => {
  expect(await GitFileSource.open(repo.dir, 'e'.repeat(40), 'base commit')).toBeNull();
  expect(await GitFileSource.open(repo.dir, 'main', 'base commit')).toBeNull(); // a name, not a sha
});

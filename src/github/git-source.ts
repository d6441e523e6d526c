// A commit that is present in the local checkout, as a FileSource, read with git (no API request).
// With `actions/checkout` and `fetch-depth: 2`, a pull_request's merge commit comes with both parents,
// so the base commit (policy and baselines) is read here instead of through the contents API.

import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { join, posix } from 'node:path';
import { lfsPointer } from '../files/lfs.js';
import { normaliseRepoPath, resolveReference } from '../files/paths.js';
import { DEFAULT_MAX_FILE_BYTES, tooLarge, type FileSource, type ReadResult } from '../files/source.js';

const MAX_SYMLINK_HOPS = 8;
/** The most bytes one `git cat-file --batch` is asked for (its answer is held in memory whole). */
export const BATCH_BYTES = 32 << 20;

/** git's output for listings and checks (file contents come through BlobReader). */
function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

interface BlobRequest {
  object: string;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Reads blobs with one `git cat-file --batch` for all the reads asked for in the same turn of the event
 * loop (the engine asks for all the head's manifests together, and all the base's): one git process per
 * group instead of one per file, which on a repository of many releases was most of the reading time.
 */
class BlobReader {
  private queue: BlobRequest[] = [];
  private queuedBytes = 0;
  private scheduled = false;

  constructor(private readonly dir: string) {}

  /** The blob `object` of `size` bytes (from the commit's listing, already checked against the size cap). */
  read(object: string, size: number): Promise<Buffer> {
    // A batch's answer is held whole: past BATCH_BYTES the queued reads go to git now and a new batch starts.
    if (this.queue.length > 0 && this.queuedBytes + size > BATCH_BYTES) this.flush();
    return new Promise((resolve, reject) => {
      this.queue.push({ object, resolve, reject });
      this.queuedBytes += size;
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    if (batch.length === 0) return; // all flushed early, before the turn's end
    const failAll = (error: Error) => batch.forEach((r) => r.reject(error));
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => errors.push(c));
    child.on('error', failAll);
    child.stdin.on('error', () => {}); // git gone early: said by 'close'
    child.on('close', (code) => {
      if (code !== 0) {
        const why = Buffer.concat(errors).toString('utf8').trim().split('\n')[0];
        return failAll(new Error(`git cat-file --batch exited with ${code}${why ? `: ${why}` : ''}`));
      }
      // Each answer: "<object> blob <size>\n<content>\n", or "<object> missing\n".
      const out = Buffer.concat(chunks);
      let at = 0;
      for (const request of batch) {
        const eol = out.indexOf(0x0a, at);
        const header = eol < 0 ? '' : out.toString('utf8', at, eol);
        const [, type, size] = header.split(' ');
        if (type !== 'blob' || !/^\d+$/.test(size ?? '')) {
          request.reject(new Error(`git cat-file: ${header || 'no answer'} for ${request.object}`));
          at = eol < 0 ? out.length : eol + 1;
          continue;
        }
        const start = eol + 1;
        const end = start + Number(size);
        if (end > out.length) {
          request.reject(new Error(`git cat-file: the answer for ${request.object} is cut short`));
          at = out.length;
          continue;
        }
        // A copy when others share the output: a small file must not keep a large neighbour's bytes alive.
        request.resolve(batch.length === 1 ? out.subarray(start, end) : Buffer.from(out.subarray(start, end)));
        at = end + 1;
      }
    });
    child.stdin.end(batch.map((r) => `${r.object}\n`).join(''));
  }
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

export class GitFileSource implements FileSource {
  readonly description: string;
  private entries: Promise<Map<string, TreeEntry>> | null = null;
  private readonly blobs: BlobReader;

  private constructor(
    private readonly dir: string,
    readonly sha: string,
    private readonly label: string,
    private readonly maxBytes: number,
  ) {
    this.description = `${label} ${sha.slice(0, 7)}`;
    this.blobs = new BlobReader(dir);
  }

  /** The commit as a source when `dir` is a git checkout that holds it, else null. */
  static async open(
    dir: string,
    sha: string,
    label: string,
    maxBytes = DEFAULT_MAX_FILE_BYTES,
  ): Promise<GitFileSource | null> {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return null;
    try {
      await git(dir, ['cat-file', '-e', `${sha}^{commit}`]);
      return new GitFileSource(dir, sha, label, maxBytes);
    } catch {
      return null;
    }
  }

  /** Every entry of the commit (files, links, folders), listed once: one git call instead of one per read. */
  private listing(): Promise<Map<string, TreeEntry>> {
    this.entries ??= git(this.dir, ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', this.sha]).then((out) => {
      const map = new Map<string, TreeEntry>();
      for (const line of out.toString('utf8').split('\0')) {
        if (!line) continue;
        const tab = line.indexOf('\t');
        const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
        const path = line.slice(tab + 1);
        map.set(path, { mode, type, object, size: size === '-' ? 0 : Number(size), path });
      }
      return map;
    });
    return this.entries;
  }

  private async entry(path: string): Promise<TreeEntry | null> {
    return (await this.listing()).get(path) ?? null;
  }

  withLimit(maxBytes: number): GitFileSource {
    const capped = new GitFileSource(this.dir, this.sha, this.label, maxBytes);
    capped.entries = this.entries; // the same commit: list it once
    return capped;
  }

  /** The tree entry `path` names once symbolic links (inside the repository) are followed. */
  private async follow(
    path: string,
    hops = 0,
  ): Promise<{ ok: true; entry: TreeEntry } | { ok: false; result: ReadResult }> {
    const norm = normaliseRepoPath(path);
    if (!norm.ok) return { ok: false, result: { ok: false, reason: 'outside', message: norm.message } };
    if (norm.path === '')
      return { ok: false, result: { ok: false, reason: 'not-a-file', message: `'${path}' is the repository root` } };
    // The first link on the way (a linked folder, or the file itself) is followed, as the file system would.
    const parts = norm.path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      const entry = await this.entry(prefix);
      if (!entry)
        return {
          ok: false,
          result: { ok: false, reason: 'missing', message: `'${path}' does not exist in ${this.description}` },
        };
      if (entry.mode !== '120000') {
        if (i === parts.length) return { ok: true, entry };
        continue;
      }
      // Follow a link only while it stays inside the repository and out of .git.
      const target = (await this.blobs.read(entry.object, entry.size)).toString('utf8');
      const resolved = resolveReference(prefix, target);
      if (!resolved.ok || hops >= MAX_SYMLINK_HOPS || target.startsWith('/'))
        return {
          ok: false,
          result: {
            ok: false,
            reason: 'outside',
            message: `'${path}' is a symbolic link that points outside the repository${resolved.ok ? '' : ` (${resolved.message})`}`,
          },
        };
      return this.follow([resolved.path, ...parts.slice(i)].filter(Boolean).join('/'), hops + 1);
    }
    return { ok: false, result: { ok: false, reason: 'missing', message: `'${path}' does not exist` } };
  }

  async resolve(path: string): Promise<string[]> {
    try {
      const found = await this.follow(path);
      return found.ok ? [found.entry.path] : [];
    } catch {
      return [];
    }
  }

  async read(path: string): Promise<ReadResult> {
    try {
      const found = await this.follow(path);
      if (!found.ok) return found.result;
      const { entry } = found;
      if (entry.type !== 'blob') return { ok: false, reason: 'not-a-file', message: `'${path}' is not a regular file` };
      if (entry.size > this.maxBytes) return tooLarge(path, entry.size, this.maxBytes);
      const bytes = await this.blobs.read(entry.object, entry.size);
      const lfs = lfsPointer(bytes);
      return lfs ? this.lfsContent(path, entry.path, lfs) : { ok: true, bytes };
    } catch (e) {
      return {
        ok: false,
        reason: 'error',
        message: `'${path}' cannot be read from ${this.description} (${(e as Error).message.split('\n')[0]})`,
      };
    }
  }

  /**
   * A Git LFS file: the commit holds a pointer (sha256 and size). The content is taken from the checkout
   * only when it hashes to the pointer's sha256, so it is still exactly what the commit records.
   */
  private lfsContent(shown: string, path: string, lfs: { oid: string; size: number }): ReadResult {
    if (lfs.size > this.maxBytes) return tooLarge(shown, lfs.size, this.maxBytes);
    const abs = join(this.dir, ...path.split('/'));
    try {
      const st = lstatSync(abs);
      if (st.isFile() && st.size === lfs.size) {
        const bytes = readFileSync(abs);
        if (createHash('sha256').update(bytes).digest('hex') === lfs.oid) return { ok: true, bytes };
      }
    } catch {
      // Not in the checkout: said below.
    }
    return {
      ok: false,
      reason: 'not-a-file',
      message: `'${shown}' is stored in Git LFS and its content (sha256 ${lfs.oid.slice(0, 12)}) is not in the checkout; check out with \`lfs: true\``,
    };
  }

  async list(dir: string): Promise<string[] | null> {
    const norm = normaliseRepoPath(dir === '' ? '.' : dir);
    if (!norm.ok) return null;
    try {
      if (norm.path !== '') {
        const entry = await this.entry(norm.path);
        if (!entry || entry.type !== 'tree') return null;
      }
      const spec = norm.path === '' ? [] : ['--', `${norm.path}/`];
      const out = (await git(this.dir, ['ls-tree', '-z', '--name-only', '--full-tree', this.sha, ...spec])).toString(
        'utf8',
      );
      return out
        .split('\0')
        .filter(Boolean)
        .map((p) => posix.basename(p))
        .sort();
    } catch {
      return null;
    }
  }

  async glob(patterns: string[]): Promise<string[]> {
    const isMatch = picomatch(patterns, { dot: false });
    return [...(await this.listing()).values()]
      .filter((e) => e.type === 'blob' && isMatch(e.path))
      .map((e) => e.path)
      .sort();
  }
}

/** The commit checked out in `dir`, or null when it is not a git checkout. */
export async function checkedOutCommit(dir: string): Promise<string | null> {
  try {
    return (await git(dir, ['rev-parse', '--verify', 'HEAD^{commit}'])).toString('utf8').trim() || null;
  } catch {
    return null;
  }
}

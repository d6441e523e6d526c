// The working tree as a FileSource. Every read is confined to the repository root: the real path of
// the file (after symlinks) must stay under the real path of the root and out of `.git/`, and its size
// under the limit.

// Synchronous calls on purpose: the gate reads a few small files per release, and a thread-pool round
// trip per call cost the CLI ~20 ms of idle time at startup (measured with --cpu-prof).
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_MAX_FILE_BYTES, tooLarge, type FileSource, type ReadResult } from './source.js';
import { insideGitDir, normaliseRepoPath } from './paths.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

export class LocalFileSource implements FileSource {
  readonly description: string;
  private realRoot: string | undefined;

  constructor(
    private readonly root: string,
    private readonly maxBytes: number = DEFAULT_MAX_FILE_BYTES,
    description = 'working tree',
  ) {
    this.description = description;
  }

  withLimit(maxBytes: number): LocalFileSource {
    return new LocalFileSource(this.root, maxBytes, this.description);
  }

  private root_(): string {
    return (this.realRoot ??= realpathSync(this.root));
  }

  private async confine(path: string): Promise<{ ok: true; real: string } | { ok: false; result: ReadResult }> {
    const norm = normaliseRepoPath(path);
    if (!norm.ok) return { ok: false, result: { ok: false, reason: 'outside', message: norm.message } };
    const root = this.root_();
    let real: string;
    try {
      real = realpathSync(join(root, norm.path));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, result: { ok: false, reason: 'missing', message: `'${path}' does not exist` } };
      return { ok: false, result: { ok: false, reason: 'error', message: `'${path}' cannot be read (${code})` } };
    }
    const rel = relative(root, real);
    if (rel === '..' || rel.startsWith('..' + sep) || rel.startsWith('/'))
      return {
        ok: false,
        result: {
          ok: false,
          reason: 'outside',
          message: `'${path}' is a symbolic link that points outside the repository`,
        },
      };
    // A link inside the repository may still point into git's own folder (config can hold a token).
    if (insideGitDir(rel.split(sep).join('/')))
      return {
        ok: false,
        result: {
          ok: false,
          reason: 'outside',
          message: `'${path}' is a symbolic link into .git, which is never evidence (it can hold credentials)`,
        },
      };
    return { ok: true, real };
  }

  async read(path: string): Promise<ReadResult> {
    const c = await this.confine(path);
    if (!c.ok) return c.result;
    try {
      const st = statSync(c.real);
      if (!st.isFile()) return { ok: false, reason: 'not-a-file', message: `'${path}' is not a regular file` };
      if (st.size > this.maxBytes) return tooLarge(path, st.size, this.maxBytes);
      return { ok: true, bytes: readFileSync(c.real) };
    } catch (e) {
      return { ok: false, reason: 'error', message: `'${path}' cannot be read (${(e as Error).message})` };
    }
  }

  async resolve(path: string): Promise<string[]> {
    const c = await this.confine(path);
    return c.ok ? [relative(this.root_(), c.real).split(sep).join('/')] : [];
  }

  async list(dir: string): Promise<string[] | null> {
    const c = await this.confine(dir === '' ? '.' : dir);
    if (!c.ok) return null;
    try {
      return readdirSync(c.real).sort();
    } catch {
      return null;
    }
  }

  async glob(patterns: string[]): Promise<string[]> {
    const isMatch = picomatch(patterns, { dot: false });
    const root = this.root_();
    const out: string[] = [];
    const walk = async (abs: string, rel: string): Promise<void> => {
      let entries;
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        // Symlinked folders are not followed: a link could loop or leave the repository.
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) await walk(join(abs, e.name), childRel);
        } else if ((e.isFile() || e.isSymbolicLink()) && isMatch(childRel)) out.push(childRel);
      }
    };
    await walk(root, '');
    return out.sort();
  }
}

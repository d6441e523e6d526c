// A commit of the repository as a FileSource, read through GitHub's REST API: the contents API for files
// and folders, the recursive trees API for globs. Used for the base commit (policy, baselines) when the
// checkout does not hold it, and for the head of a pull_request_target run, which must never be checked out.

import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { lfsPointer } from '../files/lfs.js';
import { normaliseRepoPath } from '../files/paths.js';
import { DEFAULT_MAX_FILE_BYTES, tooLarge, type FileSource, type ReadResult } from '../files/source.js';
import { apiCall, httpStatus, toCallError, type GitHubClient, type RepoRef } from './client.js';

/** Files up to 1 MB come back inline (base64); bigger ones need the raw media type. */
const INLINE_LIMIT = 1024 * 1024;

interface ContentEntry {
  type: string;
  name: string;
  path: string;
  size: number;
  content?: string;
  encoding?: string;
}

/** A file of the commit's tree: its mode (120000 is a symbolic link) and blob sha. */
interface TreeFile {
  mode: string;
  sha: string;
}

/** What copies of one source with different size caps share: the commit's tree is fetched once. */
interface Shared {
  tree: Promise<Map<string, TreeFile>> | null;
  /** Path GitHub answered with for a link it followed, by requested path. */
  followed: Map<string, string>;
}

export class ContentsFileSource implements FileSource {
  readonly description: string;
  private readonly cache = new Map<string, Promise<ReadResult>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    readonly ref: string,
    private readonly label: string,
    private readonly maxBytes: number = DEFAULT_MAX_FILE_BYTES,
    private readonly shared: Shared = { tree: null, followed: new Map() },
  ) {
    this.description = `${label} ${ref.slice(0, 7)} (GitHub API)`;
  }

  withLimit(maxBytes: number): ContentsFileSource {
    return new ContentsFileSource(this.client, this.repo, this.ref, this.label, maxBytes, this.shared);
  }

  /** Every file of the commit (recursive trees API, one request); fails closed when GitHub truncates it. */
  private files(): Promise<Map<string, TreeFile>> {
    this.shared.tree ??= (async () => {
      const call = `GET /repos/${this.repo.owner}/${this.repo.repo}/git/trees/${this.ref}?recursive=1`;
      const { data } = await apiCall(call, 'contents: read', () =>
        this.client.rest.git.getTree({ ...this.repo, tree_sha: this.ref, recursive: '1' }),
      );
      if (data.truncated)
        throw new Error(
          `${call}: GitHub truncated the tree of ${this.ref.slice(0, 7)} (over 100,000 entries); ` +
            'the gate cannot list this repository through the API. Check out the repository with `fetch-depth: 2`.',
        );
      const files = new Map<string, TreeFile>();
      for (const e of data.tree)
        if (e.type === 'blob' && e.path && e.sha && e.mode) files.set(e.path, { mode: e.mode, sha: e.sha });
      return files;
    })();
    return this.shared.tree;
  }

  read(path: string): Promise<ReadResult> {
    const norm = normaliseRepoPath(path);
    if (!norm.ok) return Promise.resolve({ ok: false, reason: 'outside', message: norm.message });
    let result = this.cache.get(norm.path);
    if (!result) {
      result = this.fetchFile(path, norm.path);
      this.cache.set(norm.path, result);
    }
    return result;
  }

  private async fetchFile(shown: string, path: string): Promise<ReadResult> {
    if (path === '') return { ok: false, reason: 'not-a-file', message: `'${shown}' is the repository root` };
    const got = await this.get(path);
    if (!got.ok) return got.result;
    const data = got.data;
    if (Array.isArray(data)) return { ok: false, reason: 'not-a-file', message: `'${shown}' is a folder, not a file` };
    const entry = data as ContentEntry;
    // The API follows a symbolic link that stays in the repository; one it returns as such points elsewhere.
    if (entry.type === 'symlink')
      return {
        ok: false,
        reason: 'outside',
        message: `'${shown}' is a symbolic link that points outside the repository`,
      };
    if (entry.type !== 'file')
      return { ok: false, reason: 'not-a-file', message: `'${shown}' is a ${entry.type}, not a file` };
    if (entry.size > this.maxBytes) return tooLarge(shown, entry.size, this.maxBytes);
    if (entry.path && entry.path !== path) this.shared.followed.set(path, entry.path);
    if (entry.size === 0) return { ok: true, bytes: Buffer.alloc(0) };
    if (entry.size <= INLINE_LIMIT && entry.encoding === 'base64' && entry.content)
      return notLfs(shown, Buffer.from(entry.content, 'base64'));
    const raw = await this.get(path, true);
    if (!raw.ok) return raw.result;
    const bytes = toBuffer(raw.data);
    if (bytes.length > this.maxBytes) return tooLarge(shown, null, this.maxBytes);
    return { ok: true, bytes };
  }

  /**
   * One contents request. GitHub also answers 404 when the token cannot see the repository, so a 404 is
   * a missing file only when the commit's tree confirms the path is not there; anything else is an error.
   */
  private async get(
    path: string,
    raw = false,
  ): Promise<{ ok: true; data: unknown } | { ok: false; result: ReadResult }> {
    const call = `GET /repos/${this.repo.owner}/${this.repo.repo}/contents/${path}?ref=${this.ref}`;
    const error = (message: string) => ({
      ok: false as const,
      result: { ok: false as const, reason: 'error' as const, message },
    });
    try {
      const { data } = await this.client.rest.repos.getContent({
        ...this.repo,
        path,
        ref: this.ref,
        ...(raw ? { mediaType: { format: 'raw' } } : {}),
      });
      return { ok: true, data };
    } catch (e) {
      const refused = toCallError(e, call, 'contents: read').message;
      if (httpStatus(e) !== 404) return error(refused);
      let files: Map<string, TreeFile>;
      try {
        files = await this.files();
      } catch (treeError) {
        return error(`${refused} The commit's tree cannot be read either: ${(treeError as Error).message}`);
      }
      if (files.has(path) || [...files.keys()].some((f) => f.startsWith(`${path}/`)))
        return error(
          `${refused} The tree of ${this.ref.slice(0, 7)} lists '${path}', so this 404 is not a missing file.`,
        );
      // The contents API does not follow a symbolic link to a folder: a path through one answers 404
      // although the file may well be there, so that 404 says nothing about the file.
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        if (files.get(folder)?.mode === '120000')
          return error(
            `${refused} '${folder}' is a symbolic link in the tree of ${this.ref.slice(0, 7)}, which the contents API does not follow, ` +
              `so this 404 is not a missing file. Check out the commit (actions/checkout with fetch-depth: 2) so the gate reads it through git.`,
          );
      }
      return {
        ok: false,
        result: { ok: false, reason: 'missing', message: `'${path}' does not exist in ${this.description}` },
      };
    }
  }

  async resolve(path: string): Promise<string[]> {
    const norm = normaliseRepoPath(path);
    if (!norm.ok) return [];
    const file = (await this.files()).get(norm.path);
    if (!file) return [];
    if (file.mode !== '120000') return [norm.path];
    // A link: GitHub follows it when its target is a file in the repository. Where the answer does not
    // say which file, every file with the same content is a candidate (more releases touched, never fewer).
    const read = await this.read(norm.path);
    if (!read.ok) return [];
    const followed = this.shared.followed.get(norm.path);
    if (followed) return [followed];
    const sha = gitBlobSha(read.bytes);
    return [...(await this.files())].filter(([, f]) => f.sha === sha && f.mode !== '120000').map(([p]) => p);
  }

  async list(dir: string): Promise<string[] | null> {
    const norm = normaliseRepoPath(dir === '' ? '.' : dir);
    if (!norm.ok) return null;
    const got = await this.get(norm.path);
    // A failed request is not "no such folder": fail closed rather than read an MLflow run as missing.
    if (!got.ok && got.result.ok === false && got.result.reason === 'error') throw new Error(got.result.message);
    if (!got.ok || !Array.isArray(got.data)) return null;
    return (got.data as ContentEntry[]).map((e) => e.name).sort();
  }

  async glob(patterns: string[]): Promise<string[]> {
    const isMatch = picomatch(patterns, { dot: false });
    return [...(await this.files()).keys()].filter((p) => isMatch(p)).sort();
  }
}

/** The API serves a Git LFS file as its pointer, which is no evidence: say so instead of failing to parse it. */
function notLfs(shown: string, bytes: Buffer): ReadResult {
  if (!lfsPointer(bytes)) return { ok: true, bytes };
  return {
    ok: false,
    reason: 'not-a-file',
    message: `'${shown}' is stored in Git LFS; the gate reads LFS content only from a checkout (\`lfs: true\`), not through the API`,
  };
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(String(data), 'utf8');
}

/** git's object id of a blob (sha1 over `blob <size>\0` and the bytes). */
function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// A commit of the repository as a FileSource, read through GitHub's REST API: the contents API for files
// and folders, the recursive trees API for globs. Used for the base commit (policy, baselines) when the
// checkout does not hold it, and for the head of a pull_request_target run, which must never be checked out.

import picomatch from 'picomatch';
import { normaliseRepoPath } from '../files/paths.js';
import { DEFAULT_MAX_FILE_BYTES, type FileSource, type ReadResult } from '../files/source.js';
import { httpStatus, toCallError, type GitHubClient, type RepoRef } from './client.js';
import { treeBlobs } from './changed-files.js';

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

export class ContentsFileSource implements FileSource {
  readonly description: string;
  private readonly cache = new Map<string, Promise<ReadResult>>();
  private tree: Promise<string[]> | null = null;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    readonly ref: string,
    label: string,
    private readonly maxBytes: number = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.description = `${label} ${ref.slice(0, 7)} (GitHub API)`;
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
    if (entry.size > this.maxBytes)
      return {
        ok: false,
        reason: 'too-large',
        message: `'${shown}' is ${(entry.size / 1048576).toFixed(1)} MB, over the ${(this.maxBytes / 1048576).toFixed(0)} MB limit`,
      };
    if (entry.size === 0) return { ok: true, bytes: Buffer.alloc(0) };
    if (entry.size <= INLINE_LIMIT && entry.encoding === 'base64' && entry.content)
      return { ok: true, bytes: Buffer.from(entry.content, 'base64') };
    const raw = await this.get(path, true);
    if (!raw.ok) return raw.result;
    const bytes = toBuffer(raw.data);
    if (bytes.length > this.maxBytes)
      return {
        ok: false,
        reason: 'too-large',
        message: `'${shown}' is over the ${(this.maxBytes / 1048576).toFixed(0)} MB limit`,
      };
    return { ok: true, bytes };
  }

  /** One contents request; 404 is a missing file, anything else an error naming the call. */
  private async get(
    path: string,
    raw = false,
  ): Promise<{ ok: true; data: unknown } | { ok: false; result: ReadResult }> {
    const call = `GET /repos/${this.repo.owner}/${this.repo.repo}/contents/${path}?ref=${this.ref}`;
    try {
      const { data } = await this.client.rest.repos.getContent({
        ...this.repo,
        path,
        ref: this.ref,
        ...(raw ? { mediaType: { format: 'raw' } } : {}),
      });
      return { ok: true, data };
    } catch (error) {
      const message = (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? '';
      // "No commit found for the ref": the commit itself is gone; failing closed beats reading nothing.
      if (httpStatus(error) === 404 && !/commit/i.test(message))
        return {
          ok: false,
          result: { ok: false, reason: 'missing', message: `'${path}' does not exist in ${this.description}` },
        };
      return {
        ok: false,
        result: { ok: false, reason: 'error', message: toCallError(error, call, 'contents: read').message },
      };
    }
  }

  async list(dir: string): Promise<string[] | null> {
    const norm = normaliseRepoPath(dir === '' ? '.' : dir);
    if (!norm.ok) return null;
    const got = await this.get(norm.path);
    if (!got.ok || !Array.isArray(got.data)) return null;
    return (got.data as ContentEntry[]).map((e) => e.name).sort();
  }

  async glob(patterns: string[]): Promise<string[]> {
    this.tree ??= treeBlobs(this.client, this.repo, this.ref).then((blobs) => [...blobs.keys()]);
    const isMatch = picomatch(patterns, { dot: false });
    return (await this.tree).filter((p) => isMatch(p)).sort();
  }
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(String(data), 'utf8');
}

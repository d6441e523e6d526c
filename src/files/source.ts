// Where the gate's files come from: the working tree, the base commit through git, or GitHub's
// contents API. The engine sees only this interface, so the same loading code serves all three.

export type ReadFailure =
  | 'missing' // no such file
  | 'outside' // the path leaves the repository (absolute, `..`, or a symlink pointing out)
  | 'not-a-file' // a directory or a special file
  | 'too-large' // over the size limit
  | 'error'; // anything else (permissions, I/O, the API refused)

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: ReadFailure; message: string };

export interface FileSource {
  /** For messages: "working tree", "base commit 1a2b3c4". */
  readonly description: string;
  /** Reads a repository-relative POSIX path. Never throws for a user's mistake; returns a failure. */
  read(path: string): Promise<ReadResult>;
  /** Names of the entries of a directory (files and folders), or null when it is not a directory. */
  list(dir: string): Promise<string[] | null>;
  /** Every file path matching one of the globs, sorted. */
  glob(patterns: string[]): Promise<string[]>;
  /** The same source with another cap on one file's size (the policy's limits.max_file_mb). */
  withLimit(maxBytes: number): FileSource;
  /**
   * The repository-relative path(s) read() ends at for `path` once symbolic links are followed: `[path]`
   * for a plain file, the target for a link, [] when it is no file inside the repository. More than one
   * only when a source cannot tell which of several identical files a link points to.
   */
  resolve(path: string): Promise<string[]>;
}

/** The default cap on one evidence file, overridable with `limits.max_file_mb` / `--max-file-mb`. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

const size = (bytes: number): string =>
  bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${Number((bytes / 1048576).toFixed(1))} MB`;

/** The one message for a file over the cap, whichever source read it. */
export function tooLarge(path: string, bytes: number | null, maxBytes: number): ReadResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `'${path}' is ${bytes === null ? 'over' : `${size(bytes)}, over`} the ${size(maxBytes)} limit (limits.max_file_mb)`,
  };
}

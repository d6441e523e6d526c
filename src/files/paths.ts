// Repository-relative path arithmetic. Pure: no file system. A reference a user wrote may not leave
// the repository; this is checked here, before anything is read.

import { posix } from 'node:path';

export type PathResult = { ok: true; path: string } | { ok: false; message: string };

/**
 * Resolves `ref`, written in the file at `fromFile`, to a repository-relative path.
 * Rejects absolute paths, Windows drive paths, URLs, NUL bytes and anything that climbs above the root.
 */
export function resolveReference(fromFile: string, ref: string): PathResult {
  if (typeof ref !== 'string' || ref.trim() === '') return { ok: false, message: 'the path is empty' };
  if (ref.includes('\0')) return { ok: false, message: 'the path contains a NUL byte' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref))
    return { ok: false, message: `'${ref}' is a URL; evidence must be a file in the repository` };
  if (ref.startsWith('/') || ref.startsWith('\\') || /^[a-z]:[\\/]/i.test(ref))
    return {
      ok: false,
      message: `'${ref}' is an absolute path; write it relative to the manifest so it stays in the repository`,
    };
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), ref.replace(/\\/g, '/')));
  if (joined === '..' || joined.startsWith('../'))
    return { ok: false, message: `'${ref}' leaves the repository; evidence must be inside it` };
  if (insideGitDir(joined))
    return { ok: false, message: `'${ref}' is inside .git, which is never evidence (it can hold credentials)` };
  return { ok: true, path: joined === '.' ? '' : joined.replace(/\/$/, '') };
}

/** Normalises a path given on the command line or by GitHub to repository-relative POSIX form. */
export function normaliseRepoPath(p: string): PathResult {
  return resolveReference('', p);
}

/** Whether a normalised path has a `.git` component: git's own folder, never tracked, never evidence. */
export function insideGitDir(path: string): boolean {
  // Lower case: on a case-insensitive file system `.GIT` is the same folder.
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === '.git');
}

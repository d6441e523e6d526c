// Git LFS pointer files: what a commit holds in place of a large file's content.

/** The sha256 and size a Git LFS pointer file records, or null when the blob is not one. */
export function lfsPointer(bytes: Buffer): { oid: string; size: number } | null {
  if (
    bytes.length > 1024 ||
    !bytes.subarray(0, 40).toString('latin1').startsWith('version https://git-lfs.github.com/spec/')
  )
    return null;
  const text = bytes.toString('utf8');
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { oid, size: Number(size) } : null;
}

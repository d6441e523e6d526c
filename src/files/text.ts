// Turns bytes into text a parser can take, or says clearly why not (empty, binary, not UTF-8).

export type TextResult = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): TextResult {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  // A NUL byte in the first 8 KiB is what git and grep take as "binary".
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, message: 'the file is binary (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, message: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, message: 'the file is empty (only white space)' };
  return { ok: true, text };
}

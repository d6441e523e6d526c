// Text from a pull request is hostile: names, versions, paths, reasons and approvers all come from files
// the PR's author wrote. Every renderer passes such text through one of these functions, chosen by where
// the text lands: markdown prose or a table cell, HTML (a <summary>), a code block, or plain text.
//
// Why a zero-width space for mentions and issue references: GitHub finds `@name`, `@org/team`, `#123`
// and `GH-123` in the text nodes of the *rendered* HTML, after markdown ran. A backslash (`\@`) is gone
// by then, and an entity (`&#64;`) has been decoded back to `@`, so neither stops a mention. The name
// must follow `@` directly for GitHub to link it; a U+200B in between breaks the match and still reads
// the same. (Backticks would also work, but a user string can contain backticks and close the span.)

import { invisible } from '../unicode.js';
/** Names and other short values are cut to this many characters, with an ellipsis. */
export const MAX_NAME_CHARS = 100;
/** Sentences (messages, reasons, fixes) get more room. */
export const MAX_PROSE_CHARS = 500;

const ZWSP = '\u200b';

// Line breaks of every kind become spaces: a newline would end a table row or a list item.
const LINE_BREAKS = /\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g;
// Other control characters (terminal escapes among them) are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Characters that take no space or change the direction of what follows: bidirectional marks and overrides,
// which can make text read differently from what it is ("Trojan Source"), zero-width spaces and joiners,
// the BOM, soft hyphens, Hangul fillers, variation selectors and tag characters (which can hide a whole
// message). Dropping them would make `age\u200b` look like `age`; they are shown as <U+200B> instead, so
// a name that differs from another is seen to differ. src/unicode.ts lists them, with the blanks that
// pass for a space (no-break and other Unicode spaces, the Braille blank).
const HIDDEN = invisible();
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
// Emoji are the one honest use: a variation selector after a pictograph (❤️), a zero-width joiner between
// two (👩‍💻) and the skin-tone modifiers that may sit before the joiner.
const EMOJI_TAIL = /(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)$/u;

function showHidden(ch: string, offset: number, text: string): string {
  const previous = (from: string): boolean => PICTOGRAPH.test(Array.from(from).pop() ?? '');
  const next = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0);
  if ((ch === '\uFE0F' || ch === '\uFE0E') && previous(text.slice(Math.max(0, offset - 2), offset))) return ch;
  const beforeTail = text.slice(Math.max(0, offset - 4), offset).replace(EMOJI_TAIL, '');
  if (ch === '\u200D' && previous(beforeTail) && PICTOGRAPH.test(next)) return ch;
  return `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Code points, not UTF-16 units: a cut never splits an emoji's surrogate pair. */
export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : chars.slice(0, Math.max(0, maxChars - 1)).join('') + '…';
}

/**
 * One line of plain text: no line breaks, no control characters, invisible characters made visible
 * (<U+200B>), at most `maxChars` characters.
 */
export function plainText(text: unknown, maxChars = MAX_PROSE_CHARS): string {
  const s = String(text ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(HIDDEN, showHidden)
    .replace(/ {2,}/g, ' ')
    .trim();
  return truncate(s, maxChars);
}

/**
 * Breaks @-mentions and #123 / GH-123 references so that GitHub links and notifies nobody, and bare
 * URLs so that a name cannot turn into a link in a comment signed by the gate.
 */
function neutraliseReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}

/**
 * Text for markdown prose and table cells. HTML-significant characters become entities (so no tag, no
 * entity and no `<!--` marker can appear in the raw body); markdown punctuation is backslash-escaped (so
 * no emphasis, link, image, code span, strikethrough, math or table cell boundary can start).
 */
export function escapeMarkdown(text: unknown, maxChars = MAX_NAME_CHARS): string {
  return neutraliseReferences(plainText(text, maxChars))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#~|$]/g, '\\$&');
}

/** Text inside raw HTML (a <summary>), where markdown is not parsed but mentions still are. */
export function escapeHtml(text: unknown, maxChars = MAX_NAME_CHARS): string {
  return neutraliseReferences(plainText(text, maxChars))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text inside a fenced code block. GitHub renders it verbatim (no HTML, no mentions), but the raw body is
 * still searched for the hidden marker, so an HTML comment opener is broken up.
 */
export function codeText(text: unknown, maxChars = MAX_NAME_CHARS): string {
  return plainText(text, maxChars).replace(/<!--/g, `<${ZWSP}!--`);
}

/** A fenced code block whose fence is longer than any run of backticks inside, so nothing can close it. */
export function codeBlock(lines: string[]): string {
  const body = lines.join('\n');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${body}\n${fence}`;
}

/** UTF-8 size in bytes, counted without Buffer so that the renderers stay platform-neutral. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts text to at most `maxBytes` UTF-8 bytes on a character boundary, ending with an ellipsis when cut. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Length('…');
  let used = 0;
  let out = '';
  for (const ch of text) {
    const size = utf8Length(ch);
    if (used + size > budget) break;
    used += size;
    out += ch;
  }
  return out + '…';
}

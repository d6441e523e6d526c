import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  codeBlock,
  codeText,
  escapeHtml,
  escapeMarkdown,
  plainText,
  truncate,
  truncateBytes,
  utf8Length,
} from '../../src/report/escape.js';
import { tableCells } from './markdown-lint.js';
import { invisible } from '../../src/unicode.js';

const ZWSP = '\u200b';

describe('escapeMarkdown', () => {
  it.each([
    ['@everyone', `@${ZWSP}everyone`],
    ['@acme/team', `@${ZWSP}acme/team`],
    ['mail me: a@b.com', `mail me: a@${ZWSP}b.com`],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a|b', 'a\\|b'],
    ['line one\nline two\r\nthree', 'line one line two three'],
    ['evil```name', 'evil\\`\\`\\`name'],
    ['<!-- model-release-gate:default -->', '&lt;!-- model-release-gate:default --&gt;'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['fixes #123, GH-7 and gh-8', `fixes \\#${ZWSP}123, GH${ZWSP}-7 and gh${ZWSP}-8`],
    ['&#64;everyone &lt;', `&amp;\\#${ZWSP}64;everyone &amp;lt;`],
    ['*bold* _em_ ~~del~~ $x$ \\', '\\*bold\\* \\_em\\_ \\~\\~del\\~\\~ \\$x\\$ \\\\'],
    ['see https://evil.example and www.evil.example', `see https:${ZWSP}//evil.example and www${ZWSP}.evil.example`],
    ['tab\there\u0000\u001b[31m', 'tab here\\[31m'],
    ['abc\u202Etxt.exe', 'abc&lt;U+202E&gt;txt.exe'],
  ])('%p', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('cuts to 100 characters with an ellipsis, never inside an emoji', () => {
    expect(escapeMarkdown('x'.repeat(250))).toBe('x'.repeat(99) + '…');
    expect(escapeMarkdown('x'.repeat(100))).toBe('x'.repeat(100));
    const emoji = '😀'.repeat(120);
    expect(Array.from(escapeMarkdown(emoji))).toEqual([...Array(99).fill('😀'), '…']);
  });

  it('renders null and undefined as empty', () => {
    expect(escapeMarkdown(undefined)).toBe('');
    expect(escapeMarkdown(null)).toBe('');
  });

  it('keeps any string to one table cell, one line, with no tag, marker or mention', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const cell = escapeMarkdown(text);
        expect(tableCells(`| ${cell} | x |`)).toHaveLength(2);
        expect(cell).not.toMatch(/[\n\r<>]/);
        expect(cell).not.toMatch(/(^|[^\w\u200b])@[A-Za-z0-9]/);
        // Every backtick is escaped: no code span can open.
        expect(cell).not.toMatch(/(^|[^\\])(\\\\)*`/);
        expect(
          Array.from(
            cell
              .replace(/\\(.)/g, '$1')
              .replace(/&(amp|lt|gt);/g, '_')
              .replace(/\u200b/g, ''),
          ).length,
        ).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });
});

/** What plainText keeps inside an emoji: a selector or skin tone after a pictograph, a joiner between two. */
const EMOJI_GLUE =
  /(\p{Extended_Pictographic})(?:[\u{1F3FB}-\u{1F3FF}]|\ufe0e|\ufe0f)?(?:\u200d(?=\p{Extended_Pictographic}))?/gu;

describe('invisible characters', () => {
  it.each([
    ['age\u200b', 'age<U+200B>'],
    ['a\u200cb\u200db', 'a<U+200C>b<U+200D>b'],
    ['\u200e\u200f\u061c', '<U+200E><U+200F><U+061C>'],
    ['\u202a\u202b\u202c\u202d\u202e', '<U+202A><U+202B><U+202C><U+202D><U+202E>'],
    ['\u2066\u2067\u2068\u2069', '<U+2066><U+2067><U+2068><U+2069>'],
    ['\ufeffbom', '<U+FEFF>bom'],
    ['soft\u00adhyphen', 'soft<U+00AD>hyphen'],
    ['word\u2060joiner', 'word<U+2060>joiner'],
    ['tag\u{E0001}\u{E0068}\u{E007F}', 'tag<U+E0001><U+E0068><U+E007F>'],
    ['filler\u3164\u115f', 'filler<U+3164><U+115F>'],
    ['vs\ufe0f after a letter', 'vs<U+FE0F> after a letter'],
    // Blanks that pass for a space or for nothing: no-break, thin, ideographic, the Braille blank.
    ['churn\u00a0model', 'churn<U+00A0>model'],
    ['churn-classifier\u2800', 'churn-classifier<U+2800>'],
    ['a\u2009b\u3000c\u202fd\u205fe', 'a<U+2009>b<U+3000>c<U+202F>d<U+205F>e'],
  ])('makes %p visible', (input, shown) => {
    expect(plainText(input)).toBe(shown);
    expect(codeText(input)).toBe(shown);
    expect(escapeMarkdown(input)).toBe(shown.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(escapeHtml(input)).toBe(shown.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('keeps the joiners and selectors that build an emoji', () => {
    for (const emoji of ['❤️', '👩‍💻', '👩🏽‍💻', '🏳️‍🌈']) expect(plainText(emoji)).toBe(emoji);
  });

  it('lets no hidden character of any string through plain text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const out = plainText(text, 10_000).replace(EMOJI_GLUE, '$1');
        expect(out).not.toMatch(invisible());
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeHtml', () => {
  it('turns tags, quotes and entities into text and breaks mentions', () => {
    expect(escapeHtml(`<b onclick="x">'@bob' & #5</b>`)).toBe(
      `&lt;b onclick=&quot;x&quot;&gt;&#39;@${ZWSP}bob&#39; &amp; #${ZWSP}5&lt;/b&gt;`,
    );
  });
});

describe('code blocks', () => {
  it('uses a fence longer than any run of backticks inside', () => {
    expect(codeBlock(['plain'])).toBe('```text\nplain\n```');
    expect(codeBlock(['a ``` b', '`````'])).toBe('``````text\na ``` b\n`````\n``````');
  });

  it('breaks an HTML comment opener so the raw text cannot hold a marker', () => {
    expect(codeText('<!-- model-release-gate:default -->')).toBe(`<${ZWSP}!-- model-release-gate:default -->`);
    expect(codeText('a\nb')).toBe('a b');
  });
});

describe('plain text and sizes', () => {
  it('drops control characters that a terminal would execute', () => {
    expect(plainText('ok\u001b]8;;https://evil\u0007link\u009b2J')).toBe('ok]8;;https://evillink2J');
  });

  it('counts UTF-8 bytes and cuts on a character boundary', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const cut = truncateBytes('€'.repeat(100), 50);
    expect(utf8Length(cut)).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toBe('€'.repeat(15) + '…');
    expect(truncateBytes('short', 50)).toBe('short');
    expect(truncate('abc', 2)).toBe('a…');
  });
});

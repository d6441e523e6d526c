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
    ['abc\u202Etxt.exe', 'abctxt.exe'],
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

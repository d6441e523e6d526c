#!/usr/bin/env node
// Renders a readiness comment's markdown the way a GitHub pull-request timeline shows it and saves a
// PNG of the comment, so the README can show a real comment rather than a mock-up.
//
//   node scripts/render-comment/render.mjs <comment.md> <out.png> [--expand-all] [--html <out.html>]
//
// --expand-all opens every <details> (GitHub keeps closed ones collapsed); use it to proof-read the
// hidden parts, not for the README picture.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BODY_WIDTH = 880; // a comment's markdown body in GitHub's pull-request conversation column
const AVATAR_GUTTER = 56; // the 40px avatar and the gap beside it
const SCALE = 2; // sharp on high-density screens; shrinkPng() keeps the file small

// Tags GitHub's sanitizer keeps in comments (a subset of its allowlist: the ones a report would use).
// Anything else GitHub strips, so we strip it too and say so: the picture must not flatter the markdown.
const ALLOWED_TAGS = new Set(
  'a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q s samp small span strike strong sub summary sup table tbody td tfoot th thead tr tt ul var'.split(
    ' ',
  ),
);

function parseArgs(argv) {
  const args = { expandAll: false, html: undefined, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--expand-all') args.expandAll = true;
    else if (argv[i] === '--html') args.html = argv[++i];
    else args.positional.push(argv[i]);
  }
  if (args.positional.length !== 2) {
    console.error('usage: node render.mjs <comment.md> <out.png> [--expand-all] [--html <out.html>]');
    process.exit(2);
  }
  return args;
}

/** Removes HTML comments and tags GitHub would strip from raw HTML in the markdown. */
function sanitizeRawHtml(html, warnings) {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g, (tag, name) => {
    if (ALLOWED_TAGS.has(name.toLowerCase())) return tag;
    warnings.add(`<${name}> is not allowed in GitHub comments and was stripped`);
    return '';
  });
}

function renderMarkdown(markdown, warnings) {
  // GitHub comments: raw HTML allowed (then sanitised), bare URLs linked, and a single newline is a
  // line break (unlike in .md files).
  const md = new MarkdownIt({ html: true, linkify: true, breaks: true });
  for (const rule of ['html_block', 'html_inline']) {
    const original = md.renderer.rules[rule];
    md.renderer.rules[rule] = (tokens, idx, options, env, self) =>
      sanitizeRawHtml(original(tokens, idx, options, env, self), warnings);
  }
  return md.render(markdown);
}

function page(bodyHtml) {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #fff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.timeline-item { display: flex; gap: ${AVATAR_GUTTER - 40}px; width: ${AVATAR_GUTTER + BODY_WIDTH + 2}px; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 6px; background: #2f81f7; color: #fff;
  display: flex; align-items: center; justify-content: center; font: 600 13px/1 ui-monospace, monospace; }
.comment { flex: 1; min-width: 0; border: 1px solid #d1d9e0; border-radius: 6px; position: relative; }
.comment-header { display: flex; align-items: center; gap: 4px; padding: 8px 16px; background: #f6f8fa;
  border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; font-size: 14px; color: #59636e; }
.comment-header strong { color: #1f2328; }
.label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; line-height: 18px; }
.comment-body { padding: 16px; }
.markdown-body { font-size: 14px; }
</style></head><body>
<div class="timeline-item" id="comment">
  <div class="avatar" aria-hidden="true">GA</div>
  <div class="comment">
    <div class="comment-header"><strong>github-actions</strong> <span class="label">bot</span> commented now</div>
    <div class="comment-body markdown-body">${bodyHtml}</div>
  </div>
</div>
</body></html>`;
}

async function screenshot(html, outPng, expandAll) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
    ],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: AVATAR_GUTTER + BODY_WIDTH + 2 + 32, height: 800 },
      deviceScaleFactor: SCALE,
    });
    const tab = await context.newPage();
    // The page is self-contained; nothing may be fetched.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(html, { waitUntil: 'load' });
    if (expandAll) await tab.$$eval('details', (all) => all.forEach((d) => (d.open = true)));
    await tab.evaluate(() => globalThis.document.fonts.ready); // runs in the page
    await tab.locator('#comment').screenshot({ path: outPng });
  } finally {
    await browser.close();
  }
}

/** Quantises the PNG with pngquant when it is installed (Debian: pngquant); a page of text loses nothing. */
function shrinkPng(png) {
  try {
    execFileSync('pngquant', ['--quality=85-100', '--speed=1', '--strip', '--force', '--output', png, png]);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.error('note: pngquant is not installed; the PNG is left unquantised (about 2.5x larger)');
  }
}

const args = parseArgs(process.argv.slice(2));
const [inputMd, outPng] = args.positional;
const warnings = new Set();
const html = page(renderMarkdown(readFileSync(inputMd, 'utf8'), warnings));
for (const warning of warnings) console.error(`warning: ${warning}`);
if (args.html) writeFileSync(args.html, html);
await screenshot(html, outPng, args.expandAll);
shrinkPng(outPng);
console.log(`wrote ${outPng}`);

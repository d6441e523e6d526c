// Links from the comment into the evidence: a finding's file and line at the head commit, each model's
// manifest, the workflow run. Built only from trusted values: the server URL and repository the runner
// names, a commit sha checked to be hex, and paths the gate itself read from the head's tree (the
// record's inputs), never a path as a manifest wrote it. Each path segment is percent-encoded, so no
// character of a file name can end the link, start a fragment or a query, or become markup.

import type { Report } from '../types.js';

export interface LinkContext {
  /** GITHUB_SERVER_URL: https://github.com, or a GitHub Enterprise Server such as https://ghe.example.com. */
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit the evidence was read at (the pull request's head). */
  headSha: string;
  runUrl?: string;
}

export interface Linker {
  /** The file at the head commit, with its line; undefined for a path the gate did not read there. */
  file(path: string, line?: number): string | undefined;
  run?: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const NAME = /^[A-Za-z0-9_.-]+$/;

/** https (or http, for a GitHub Enterprise Server inside a network) with a host and nothing after the path. */
export function safeBaseUrl(url: string | undefined): string | undefined {
  // Only characters that cannot end a Markdown link or an HTML attribute, before and after parsing.
  if (!url || !/^[A-Za-z0-9:/.%_~-]+$/.test(url)) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !u.hostname || u.username || u.password) return undefined;
  if (u.search || u.hash || url.includes('?') || url.includes('#')) return undefined;
  const base = `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  return /^[A-Za-z0-9:/.%_~-]+$/.test(base) ? base : undefined;
}

/** Percent-encodes one path segment, including the characters encodeURIComponent leaves: ! ' ( ) *. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/** A run URL as the runner builds it: the repository's actions/runs/ID under the server. */
function safeRunUrl(url: string | undefined, repoUrl: string): string | undefined {
  const prefix = `${repoUrl}/actions/runs/`;
  return url?.startsWith(prefix) && /^\d+(\/attempts\/\d+)?$/.test(url.slice(prefix.length)) ? url : undefined;
}

/**
 * A linker for this report, or undefined when a value cannot be trusted (then nothing is linked). Only the
 * files in the record's inputs from the head (not the baseline's) are linked: they were read from its tree.
 */
export function makeLinker(report: Report, ctx: LinkContext | undefined): Linker | undefined {
  if (!ctx) return undefined;
  const server = safeBaseUrl(ctx.serverUrl);
  if (!server || !NAME.test(ctx.owner) || !NAME.test(ctx.repo) || !SHA.test(ctx.headSha)) return undefined;
  const repoUrl = `${server}/${ctx.owner}/${ctx.repo}`;
  const read = new Set(report.inputs.filter((i) => i.source !== 'baseline').map((i) => i.path));
  return {
    file(path, line) {
      if (!read.has(path)) return undefined;
      const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
      return `${repoUrl}/blob/${ctx.headSha}/${encodePath(path)}${anchor}`;
    },
    run: safeRunUrl(ctx.runUrl, repoUrl),
  };
}

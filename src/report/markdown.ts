// The readiness comment on the pull request and the job summary: the same document, cut to a different
// size. The comment must fit GitHub's 65,536-character limit; when it would not, whole sections go, in
// this order: drift histograms, details of models that pass, the metrics / drift / warnings / notes of blocked
// models, then whole model sections and rows of the models table from the end. Nothing is ever cut
// inside a table or a code block, and the comment then says what was left out and where to find it.
// This file holds the entry points; the pieces are markdown-blocks.ts (tables, findings), markdown-model.ts
// and markdown-drift.ts (one model's section), markdown-document.ts (the parts) and markdown-fit.ts (the cutting).

import { COMMENT_MAX_LENGTH, utf8Length } from './escape.js';
import { fit } from './markdown-fit.js';
import { safeUrl } from './markdown-document.js';
import { makeLinker, type LinkContext } from './links.js';
import type { Report } from '../types.js';

export interface MarkdownOptions {
  /** The hidden HTML comment that identifies the sticky comment, e.g. `<!-- model-release-gate:default -->`. */
  marker: string;
  mode?: 'enforce' | 'advisory';
  jobSummaryUrl?: string;
  /** Characters (UTF-16 units, which never undercount GitHub's count). */
  maxLength?: number;
  /** Where findings, manifests and the run link to (GitHub); no links without it. */
  links?: LinkContext;
}

export interface JobSummaryOptions {
  mode?: 'enforce' | 'advisory';
  /** UTF-8 bytes; GitHub accepts 1 MiB per step summary. */
  maxBytes?: number;
  links?: LinkContext;
}

/** The renderer aims below GitHub's COMMENT_MAX_LENGTH: the margin covers counting differences. */
const RENDER_MARGIN = 536;
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 1024;

// ---------------------------------------------------------------------------------------------------
// Public API

function checkMarker(marker: string): void {
  // The marker is found again by a plain substring search; it must be one well-formed hidden comment.
  if (!/^<!--[^\n<>]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new TypeError(
      `renderMarkdown: the marker must be one HTML comment like "<!-- name:id -->", got ${JSON.stringify(marker)}`,
    );
  }
}

/** The readiness comment: the hidden marker first, then the verdict; never longer than `maxLength`. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  checkMarker(options.marker);
  const url = safeUrl(options.jobSummaryUrl);
  const where = url ? `the [job summary](${url})` : "this workflow run's job summary";
  return fit(
    report,
    options.mode ?? 'enforce',
    options.marker + '\n',
    options.maxLength ?? COMMENT_MAX_LENGTH - RENDER_MARGIN,
    (s) => s.length,
    url,
    where,
    makeLinker(report, options.links),
  );
}

/** The job summary: the comment's content without the marker, cut only beyond GitHub's 1 MiB. */
export function renderJobSummary(report: Report, options: JobSummaryOptions = {}): string {
  return fit(
    report,
    options.mode ?? 'enforce',
    '',
    options.maxBytes ?? JOB_SUMMARY_MAX_BYTES,
    utf8Length,
    undefined,
    'the JSON decision record (the `report` output)',
    makeLinker(report, options.links),
  );
}

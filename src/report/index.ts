// The renderers: the same report as a PR comment, a job summary, terminal text, the JSON decision record
// and check-run annotations. All pure: the report carries everything, including evaluated_at.

export { renderMarkdown, renderJobSummary, JOB_SUMMARY_MAX_BYTES } from './markdown.js';
export type { MarkdownOptions, JobSummaryOptions } from './markdown.js';
export { renderText } from './text.js';
export type { TextOptions } from './text.js';
export { renderJson } from './json.js';
export { toAnnotations, ANNOTATION_MESSAGE_MAX_BYTES } from './annotations.js';
export type { Annotation } from './annotations.js';
export { escapeMarkdown, escapeHtml, codeText, codeBlock, plainText } from './escape.js';

// Findings as GitHub check-run annotations (and `::error file=...` workflow commands): only findings that
// point at a line, plain text (annotations do not render markdown), within GitHub's size limits.

import { plainText, truncateBytes, MAX_NAME_CHARS } from './escape.js';
import { daysLeftText, formatActual } from './common.js';
import type { Report, Status } from '../types.js';

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

/** GitHub's limit for an annotation message. */
export const ANNOTATION_MESSAGE_MAX_BYTES = 64 * 1024;
/** GitHub's limit for an annotation title. */
const ANNOTATION_TITLE_MAX_CHARS = 255;
const MESSAGE_LINE_MAX_CHARS = 16_000;

const LEVEL: Partial<Record<Status, Annotation['annotation_level']>> = {
  fail: 'failure',
  warn: 'warning',
  waived: 'notice',
};

export function toAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const model of report.models) {
    for (const f of model.findings) {
      const level = LEVEL[f.status];
      if (!level || !f.file || !Number.isInteger(f.line) || f.line! < 1) continue;
      const line = (text: unknown) => plainText(text, MESSAGE_LINE_MAX_CHARS);
      const actual = formatActual(f.actual);
      const w = f.waiver;
      const message = [
        line(f.message),
        actual !== undefined || f.expected
          ? [actual !== undefined ? `Actual: ${line(actual)}.` : '', f.expected ? `Expected: ${line(f.expected)}.` : '']
              .filter(Boolean)
              .join(' ')
          : '',
        f.fix ? `Fix: ${line(f.fix)}` : '',
        w
          ? `Waived by ${line(w.ticket)} (approved by ${line(w.approved_by)}) until ${line(w.expires)}, ` +
            `${daysLeftText(w.days_left)}.`
          : '',
      ].filter(Boolean);
      const subject = f.subject ? ` ${plainText(f.subject, MAX_NAME_CHARS)}` : '';
      out.push({
        path: f.file,
        start_line: f.line!,
        end_line: f.line!,
        annotation_level: level,
        title: plainText(
          `${f.rule}${subject} (${plainText(model.name || model.manifest, MAX_NAME_CHARS)})`,
          ANNOTATION_TITLE_MAX_CHARS,
        ),
        message: truncateBytes(message.join('\n'), ANNOTATION_MESSAGE_MAX_BYTES),
      });
    }
  }
  return out;
}

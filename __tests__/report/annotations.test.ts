import { describe, expect, it } from '@jest/globals';
import { toAnnotations } from '../../src/report/annotations.js';
import { utf8Length } from '../../src/report/escape.js';
import {
  blockedReport,
  conditionalReport,
  HIDDEN_CHARS,
  hostileReport,
  INVISIBLE_SHOWN,
} from '../fixtures/report/reports.js';

describe('toAnnotations', () => {
  it('annotates failing findings that point at a line, as plain text', () => {
    const annotations = toAnnotations(blockedReport());
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['models/churn/model-release.yml', 12, 'failure'],
      ['models/churn/eval/drift.json', 4, 'failure'],
      ['models/churn/eval/drift.json', 1, 'failure'],
      ['models/fraud/model-release.yml', 5, 'failure'],
    ]);
    expect(annotations[0]).toEqual({
      path: 'models/churn/model-release.yml',
      start_line: 12,
      end_line: 12,
      annotation_level: 'failure',
      title: 'metrics.regression auc (churn-classifier)',
      message:
        'auc fell 0.015 against production 3.1.0; the high tier allows a drop of 0.005.\n' +
        'Actual: 0.897. Expected: >= 0.907 (baseline 0.912 - 0.005).\n' +
        'Fix: Improve the model or ask a model-risk owner for a waiver of metrics.regression on auc.',
    });
    // The invalid manifest has no name: the title names its path.
    expect(annotations[3].title).toBe('manifest.invalid model.version (models/fraud/model-release.yml)');
  });

  it('maps warn to warning and waived to notice with the waiver', () => {
    const annotations = toAnnotations(conditionalReport());
    expect(annotations.map((a) => a.annotation_level)).toEqual(['notice', 'warning']);
    expect(annotations[0].message).toContain('Waived by GOV-142 (approved by @alice) until 2026-12-31, 34 days left.');
  });

  it('skips findings without a line and passing ones', () => {
    const report = blockedReport();
    // The latency warning has no file: it is not annotated.
    expect(toAnnotations(report).some((a) => a.title.startsWith('metrics.threshold'))).toBe(false);
  });

  it('caps a message at 64 KB and a title at 255 characters, with one-line control-free text', () => {
    const report = blockedReport();
    report.models[0].findings[1].message = '€'.repeat(40_000);
    report.models[0].findings[1].subject = 's'.repeat(400);
    report.models[0].findings[1].fix = 'f\u001b[2J'.repeat(10_000);
    const [a] = toAnnotations(report);
    expect(utf8Length(a.message)).toBeLessThanOrEqual(64 * 1024);
    expect(a.message.endsWith('…')).toBe(true);
    expect(Array.from(a.title).length).toBeLessThanOrEqual(255);
    for (const x of toAnnotations(hostileReport())) {
      // eslint-disable-next-line no-control-regex
      expect(x.title + x.message.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(x.title + x.message).not.toMatch(HIDDEN_CHARS);
    }
    expect(toAnnotations(hostileReport()).some((x) => x.title.includes(INVISIBLE_SHOWN))).toBe(true);
  });
});

import { describe, expect, it } from '@jest/globals';
import { renderText } from '../../src/report/text.js';
import {
  blockedReport,
  conditionalReport,
  goReport,
  hostileReport,
  HIDDEN_CHARS,
  INVISIBLE_SHOWN,
  noReleaseReport,
} from '../fixtures/report/reports.js';

describe('renderText', () => {
  it('prints a verdict per model, failures with file:line and fixes, and the overall verdict', () => {
    expect(renderText(blockedReport(), { color: false })).toMatchSnapshot();
  });

  it('prints waivers with ticket, approver and days left', () => {
    const text = renderText(conditionalReport(), { color: false });
    expect(text).toContain(
      '  ~ waived drift.feature tenure_days: GOV-142 approved by @alice, until 2026-12-31 (34 days left)',
    );
    expect(text).toContain('  ! lifecycle.review lifecycle.review_by: review_by is 49 days away.');
    expect(text).toContain('      at models/churn/model-release.yml:18');
    expect(text.split('\n')[0]).toBe(
      '! CONDITIONAL  churn-classifier 3.2.0  tier high · 2/3 gates · models/churn/model-release.yml',
    );
  });

  it('prints the column of a position when it has one', () => {
    expect(renderText(blockedReport(), { color: false })).toContain('at models/fraud/model-release.yml:5:12');
  });

  it('says when there is no model release', () => {
    expect(renderText(noReleaseReport(), { color: false }).split('\n')[0]).toBe(
      'Ready: No model release in this pull request.',
    );
  });

  it('uses ANSI colours only when asked', () => {
    expect(renderText(blockedReport(), { color: false })).not.toContain('\u001b[');
    const coloured = renderText(blockedReport(), { color: true });
    expect(coloured).toContain('\u001b[31m✖ BLOCKED    \u001b[39m');
    expect(renderText(goReport(), { color: true })).toContain('\u001b[32m✔ GO');
  });

  it('sends no control character from a manifest to the terminal', () => {
    const text = renderText(hostileReport(), { color: false });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain('red[31m]8;;https://eviltext');
    expect(text).not.toMatch(HIDDEN_CHARS);
    expect(text).toContain(INVISIBLE_SHOWN);
    expect(text.split('\n').every((line) => line.length < 1200)).toBe(true);
  });
});

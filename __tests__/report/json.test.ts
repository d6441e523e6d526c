import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/types.js';
import { blockedReport, conditionalReport } from '../fixtures/report/reports.js';

/** The same data with every object's keys inserted in reverse order. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

describe('renderJson', () => {
  it('writes the documented key order, 2-space indent and a trailing newline', () => {
    const json = renderJson(blockedReport());
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual(['schema', 'decision', 'evaluated_at', 'policy', 'models', 'inputs']);
    const model = JSON.parse(json).models[0];
    expect(Object.keys(model).slice(0, 5)).toEqual(['manifest', 'name', 'version', 'risk_tier', 'decision']);
    expect(Object.keys(model.findings[1])).toEqual([
      'rule',
      'status',
      'subject',
      'actual',
      'expected',
      'message',
      'fix',
      'file',
      'line',
    ]);
    expect(Object.keys(JSON.parse(json).inputs[0])).toEqual(['path', 'sha256']);
    expect(Object.keys(JSON.parse(json).policy)).toEqual(['source', 'ref', 'sha256', 'builtin']);
    expect(json).toContain('\n  "schema": "model-release-gate/report/v1",\n');
  });

  it('is the same text whatever order the engine built its objects in', () => {
    for (const report of [blockedReport(), conditionalReport()]) {
      expect(renderJson(reversed(report))).toBe(renderJson(report));
    }
  });

  it('keeps every value: parsing it back gives the report', () => {
    const report = conditionalReport();
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('orders maps of data by key and unknown fields after known ones', () => {
    const report: Report = {
      ...blockedReport(),
      context: { run: { url: 'u', id: 1 }, actor: 'a' },
    };
    report.models[0].scorecard = { metrics: { total: 4, passed: 3 }, approvals: { total: 1, passed: 1 } };
    (report.models[0] as unknown as Record<string, unknown>).zeta = 1;
    const parsed = JSON.parse(renderJson(report));
    expect(Object.keys(parsed.context)).toEqual(['actor', 'run']);
    expect(Object.keys(parsed.context.run)).toEqual(['id', 'url']);
    expect(Object.keys(parsed.models[0].scorecard)).toEqual(['approvals', 'metrics']);
    expect(Object.keys(parsed.models[0].scorecard.metrics)).toEqual(['passed', 'total']);
    expect(Object.keys(parsed.models[0]).pop()).toBe('zeta');
  });
});

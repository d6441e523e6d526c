// Terminal output for the command line: a verdict line per model, what failed with file:line and how to
// fix it, then the overall verdict. Colours only when the caller says so (it looks at TTY, NO_COLOR and
// FORCE_COLOR; a renderer never reads the environment). Control characters in user text are dropped so
// that a manifest cannot send escape sequences to the terminal.

import { plainText, MAX_NAME_CHARS } from './escape.js';
import {
  daysLeftText,
  findingsOf,
  formatActual,
  gatesPassed,
  modelLabel,
  shortRef,
  shortSha256,
  VERDICT,
  verdictSentence,
  waiversInForce,
} from './common.js';
import type { Decision, Finding, ModelReport, Report } from '../types.js';

export interface TextOptions {
  color: boolean;
}

export type Style = 'red' | 'green' | 'yellow' | 'cyan' | 'dim' | 'bold';
const ANSI: Record<Style, [number, number]> = {
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** Wraps text in an ANSI style, or returns it as is when colour is off. */
export function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text);
}

const DECISION_STYLE: Record<Decision, { mark: string; label: string; style: Style }> = {
  go: { mark: '✔', label: 'GO', style: 'green' },
  conditional: { mark: '!', label: 'CONDITIONAL', style: 'yellow' },
  blocked: { mark: '✖', label: 'BLOCKED', style: 'red' },
};

const LABEL_WIDTH = Math.max(...Object.values(DECISION_STYLE).map((d) => d.label.length));

/** `file:line:column`, the form editors and terminals turn into a link. */
function where(f: Finding): string | undefined {
  if (!f.file) return undefined;
  return [plainText(f.file, 300), f.line, f.line ? f.column : undefined].filter((x) => x !== undefined).join(':');
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const name = (text: unknown) => plainText(text, MAX_NAME_CHARS);
  const out: string[] = [];

  const finding = (f: Finding, mark: string, style: Style) => {
    const subject = f.subject ? ` ${paint('bold', name(f.subject))}` : '';
    out.push(`  ${paint(style, mark)} ${f.rule}${subject}: ${plainText(f.message)}`);
    const actual = formatActual(f.actual);
    const facts = [
      actual !== undefined ? `actual ${plainText(actual)}` : '',
      f.expected ? `expected ${plainText(f.expected)}` : '',
    ].filter(Boolean);
    if (facts.length) out.push(`      ${facts.join(', ')}`);
    const at = where(f);
    if (at) out.push(`      ${paint('dim', `at ${at}`)}`);
    if (f.fix) out.push(`      ${paint('cyan', `fix: ${plainText(f.fix)}`)}`);
  };

  const model = (m: ModelReport) => {
    const d = DECISION_STYLE[m.decision];
    const { passed, total } = gatesPassed(m);
    const title = `${name(modelLabel(m))} ${name(m.version)}`.trim();
    out.push(
      `${paint(d.style, `${d.mark} ${d.label.padEnd(LABEL_WIDTH)}`)}  ${paint('bold', title)}` +
        // A model without a name is already titled by its manifest's path.
        paint(
          'dim',
          `  tier ${name(m.risk_tier)} · ${passed}/${total} gates${m.name ? ` · ${plainText(m.manifest, 300)}` : ''}`,
        ),
    );
    for (const f of findingsOf(m, 'fail')) finding(f, '✖', 'red');
    for (const f of findingsOf(m, 'warn')) finding(f, '!', 'yellow');
    for (const { rule, subject, waiver: w } of waiversInForce(m)) {
      const what = [rule, subject ? name(subject) : ''].filter(Boolean).join(' ');
      out.push(
        `  ${paint('cyan', '~')} waived${what ? ` ${what}` : ''}${w.whole_rule ? ' (a waiver of the whole rule)' : ''}: ` +
          `${name(w.ticket)} approved by ${name(w.approved_by)}` +
          `${w.approval_verified ? '' : ' (not verified)'}, until ${name(w.expires)} (${daysLeftText(w.days_left)})`,
      );
    }
    // How the evidence was read: a conversion a reviewer does not see is a number they cannot recompute.
    for (const n of m.notes ?? []) {
      const source = `${n.baseline ? 'production baseline ' : ''}${plainText(n.source, 300)}`;
      out.push(`  ${paint('dim', `i note: ${source}: ${plainText(n.message)}`)}`);
    }
  };

  const prFindings = (report.findings ?? []).filter((f) => f.status !== 'pass');
  if (prFindings.length > 0) {
    out.push(paint('bold', 'Pull request'));
    for (const f of prFindings) finding(f, f.status === 'fail' ? '✖' : '!', f.status === 'fail' ? 'red' : 'yellow');
    out.push('');
  }
  for (const m of report.models) model(m);
  if (report.models.length > 0) out.push('');
  const v = VERDICT[report.decision];
  out.push(
    paint('bold', paint(DECISION_STYLE[report.decision].style, `${v.title}: ${plainText(verdictSentence(report))}`)),
  );
  const p = report.policy;
  const policy = p.builtin ? 'Built-in default policy' : `Policy ${plainText(p.source, 300)}`;
  const ref = p.ref ? ` at commit ${plainText(shortRef(p.ref), 60)}` : '';
  const sha = shortSha256(p.sha256) ? ` (sha256 ${shortSha256(p.sha256)})` : '';
  out.push(paint('dim', `${policy}${ref}${sha} · evaluated at ${plainText(report.evaluated_at, 40)}`));
  return out.join('\n') + '\n';
}

// `npm run bench:simple-statistics`: why the drift statistics are written here and not taken from
// simple-statistics (a devDependency for this measurement only; it is not bundled). For every p-value
// in the scipy reference files of __tests__/fixtures/drift (see SOURCES.md there), it compares what
// the gate computes with the closest thing simple-statistics offers:
//   z-test      2 * (1 - cumulativeStdNormalProbability(|z|)) (a 4-decimal table) and
//               1 - errorFunction(|z| / sqrt 2) (a series approximation)
//   chi-square  chiSquaredDistributionTable: critical values at 11 levels, so only a p-value bracket
//   KS          nothing (no Kolmogorov-Smirnov distribution)
// The gate's numbers come from its own functions (src/drift, bundled here with esbuild), on the same
// samples and the same statistics the fixtures give scipy.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ss from 'simple-statistics';

const FIX = '__tests__/fixtures/drift';
const expected = JSON.parse(readFileSync(join(FIX, 'auto/expected.json'), 'utf8'));
const relErr = (got, want) => Math.abs(got - want) / Math.abs(want);
const fmt = (x) => (x === null ? 'n/a' : x === 0 ? '0' : x.toExponential(1));

/** The p-value bracket the chi-square table allows: the levels whose critical values surround stat. */
function chiBracket(stat, dof) {
  const row = ss.chiSquaredDistributionTable[dof];
  if (!row) return `dof ${dof} not in the table`;
  const levels = Object.entries(row).sort((a, b) => a[1] - b[1]); // by critical value, p descending
  let upper = 1;
  for (const [p, crit] of levels) {
    if (stat < crit) return `${p} < p < ${upper}`;
    upper = Number(p);
  }
  return `p < ${upper}`;
}

const bundled = await build({
  stdin: {
    contents: `export * from './src/drift/index.ts'; export { readSamples } from './src/evidence/samples.ts';
      export { asCategories } from './src/drift/stats.ts'; export { normalTwoSided } from './src/drift/special.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const gate = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

const values = (col) => (col.type === 'numeric' ? col.values : Array.from(col.codes, (k) => col.categories[k]));
const rows = [];
for (const c of expected.cases) {
  const ref = await gate.readSamples(join(FIX, 'auto', c.reference));
  const cur = await gate.readSamples(join(FIX, 'auto', c.current));
  for (const [name, want] of Object.entries(c.features)) {
    const column = (t) => values(t.columns.find((col) => col.name === name));
    const pair = gate.columnPair(column(ref), column(cur));
    let ours;
    let table = null;
    let series = null;
    let note = '';
    if (want.method === 'z') {
      const { statistic, pvalue } = gate.zTest(pair);
      ours = pvalue;
      const z = Math.abs(statistic);
      table = relErr(2 * (1 - ss.cumulativeStdNormalProbability(z)), want.score);
      series = relErr(1 - ss.errorFunction(z / Math.SQRT2), want.score);
    } else if (want.method === 'chisquare') {
      const { statistic, pvalue } = gate.chiSquare(pair);
      ours = pvalue;
      const cats = gate.asCategories(pair);
      const dof = cats.labels.filter((_, i) => cats.reference[i] + cats.current[i] > 0).length - 1;
      note = `table: ${chiBracket(statistic, dof)}`;
    } else if (want.method === 'ks') {
      ours = gate.ks2samp(pair.reference, pair.current).pvalue;
      note = 'no KS distribution';
    } else continue; // distances: no p-value to compare
    rows.push({
      feature: `${c.reference.replace('-reference.csv', '')}/${name}`,
      method: want.method,
      scipy: want.score,
      ours: relErr(ours, want.score),
      table,
      series,
      note,
    });
  }
}

// Categorical chi-square p-values of Evidently's own tests, scipy 1.17.1 (drift-evidently-formulas.json).
const formulas = JSON.parse(readFileSync(join(FIX, 'drift-evidently-formulas.json'), 'utf8')).cases;
for (const c of formulas) {
  const p = c.pvalue ?? c.chisquare_pvalue;
  const stat = c.statistic ?? c.chisquare_statistic;
  if (typeof p !== 'number' || p === 0 || typeof stat !== 'number') continue;
  // Samples are arrays, or "a*50,b*30" (value*count) strings.
  const expand = (x) =>
    Array.isArray(x) ? x : x.split(',').flatMap((t) => Array(Number(t.split('*')[1])).fill(t.split('*')[0]));
  const pair = gate.columnPair(expand(c.reference).map(String), expand(c.current).map(String));
  const ours = gate.chiSquare(pair);
  const dof = pair.labels.length - 1;
  rows.push({
    feature: c.name,
    method: 'chisquare',
    scipy: p,
    ours: relErr(ours.pvalue, p),
    table: null,
    series: null,
    note: `table: ${chiBracket(stat, dof)}`,
  });
}

// The normal tail the regression significance test and the z drift test use, far out: 2 * norm.sf(z)
// from scipy 1.17.1 (python3 -c "from scipy.stats import norm; print(2*norm.sf(6))"), not in the fixtures.
const TAILS = { 3: 0.0026997960632601866, 4: 6.334248366623973e-5, 5: 5.733031437583866e-7, 6: 1.973175290075389e-9 };
for (const [z, p] of Object.entries(TAILS)) {
  rows.push({
    feature: `normal tail, z = ${z}`,
    method: 'z',
    scipy: p,
    ours: relErr(gate.normalTwoSided(Number(z)), p),
    table: relErr(2 * (1 - ss.cumulativeStdNormalProbability(Number(z))), p),
    series: relErr(1 - ss.errorFunction(Number(z) / Math.SQRT2), p),
    note: `table gives ${(2 * (1 - ss.cumulativeStdNormalProbability(Number(z)))).toPrecision(2)}`,
  });
}

console.log(
  '| feature | method | scipy p | gate rel. error | simple-statistics table rel. error | errorFunction rel. error | simple-statistics offers |',
);
console.log('|---|---|---:|---:|---:|---:|---|');
for (const r of rows)
  console.log(
    `| ${r.feature} | ${r.method} | ${r.scipy.toPrecision(4)} | ${fmt(r.ours)} | ${fmt(r.table)} | ${fmt(r.series)} | ${r.note} |`,
  );

/** npm run eval:hate: discrimination on the HateCheck-style reconstruction, per functionality. */
import { check } from '../lib/checker';
import { HATE_SUITE } from '../tests/functional/hate-functional';

let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
const byF = new Map<string, { right: number; total: number; wrong: string[] }>();
for (const c of HATE_SUITE) {
  const fired = check(c.text).some((f) => f.category === 'discrimination');
  if (fired && c.hateful) tp++;
  else if (fired) fp++;
  else if (c.hateful) fn++;
  else tn++;
  const e = byF.get(c.functionality) ?? { right: 0, total: 0, wrong: [] };
  e.total++;
  if (fired === c.hateful) e.right++;
  else e.wrong.push(c.text);
  byF.set(c.functionality, e);
}
console.log('| functionality | right | share |\n|---|---:|---:|');
for (const [f, e] of byF) console.log(`| ${f} | ${e.right}/${e.total} | ${((100 * e.right) / e.total).toFixed(0)}% |`);
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log(`\nDiscrimination on ${HATE_SUITE.length} cases: precision ${p.toFixed(2)}, recall ${r.toFixed(2)}, F1 ${((2 * p * r) / (p + r || 1)).toFixed(2)}; false alarms on non-hateful cases ${fp}/${fp + tn} (${((100 * fp) / (fp + tn)).toFixed(1)}%)`);
if (process.argv.includes('--show-errors')) for (const [f, e] of byF) for (const w of e.wrong) console.log(`wrong  ${f}: ${w}`);

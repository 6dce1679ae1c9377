/** npm run eval:functional: the functional suite's score, per family and overall. */
import { check } from '../lib/checker';
import { FUNCTIONAL_POLICY, FUNCTIONAL_SUITE } from '../tests/functional/suite';

const byFamily = new Map<string, { right: number; total: number; wrong: string[] }>();
for (const c of FUNCTIONAL_SUITE) {
  const reported = check(c.text, FUNCTIONAL_POLICY).some((f) => f.category === c.category);
  const entry = byFamily.get(c.family) ?? { right: 0, total: 0, wrong: [] };
  entry.total++;
  if (reported === c.fires) entry.right++;
  else entry.wrong.push(c.text);
  byFamily.set(c.family, entry);
}
let right = 0;
console.log('| family | right | share |\n|---|---:|---:|');
for (const [family, e] of byFamily) {
  right += e.right;
  console.log(`| ${family} | ${e.right}/${e.total} | ${((100 * e.right) / e.total).toFixed(0)}% |`);
}
console.log(`\nOverall: ${right}/${FUNCTIONAL_SUITE.length} (${((100 * right) / FUNCTIONAL_SUITE.length).toFixed(1)}%)`);
if (process.argv.includes('--show-errors')) for (const [f, e] of byFamily) for (const w of e.wrong) console.log(`wrong  ${f}: ${w}`);

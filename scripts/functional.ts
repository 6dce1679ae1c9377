/** npm run eval:functional: the functional suite's score, per family and overall. */
import { scoreFamilies } from '../lib/eval/functional';
import { FUNCTIONAL_POLICY, FUNCTIONAL_SUITE } from '../tests/functional/suite';

const byFamily = scoreFamilies(FUNCTIONAL_SUITE, FUNCTIONAL_POLICY);
let right = 0;
console.log('| family | right | share |\n|---|---:|---:|');
for (const [family, e] of byFamily) {
  right += e.right;
  console.log(`| ${family} | ${e.right}/${e.total} | ${((100 * e.right) / e.total).toFixed(0)}% |`);
}
console.log(`\nOverall: ${right}/${FUNCTIONAL_SUITE.length} (${((100 * right) / FUNCTIONAL_SUITE.length).toFixed(1)}%)`);
if (process.argv.includes('--show-errors')) for (const [f, e] of byFamily) for (const w of e.wrong) console.log(`wrong  ${f}: ${w}`);

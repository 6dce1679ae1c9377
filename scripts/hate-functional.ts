/** npm run eval:hate: discrimination on the HateCheck-style reconstruction, per functionality. */
import { scoreBinary, scoreFamilies } from '../lib/eval/functional';
import { HATE_SUITE } from '../tests/functional/hate-functional';

const cases = HATE_SUITE.map((c) => ({ family: c.functionality, category: 'discrimination' as const, fires: c.hateful, text: c.text }));
const byF = scoreFamilies(cases);
console.log('| functionality | right | share |\n|---|---:|---:|');
for (const [f, e] of byF) console.log(`| ${f} | ${e.right}/${e.total} | ${((100 * e.right) / e.total).toFixed(0)}% |`);
const s = scoreBinary(HATE_SUITE);
console.log(
  `\nDiscrimination on ${HATE_SUITE.length} cases: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}, F1 ${s.f1.toFixed(2)}; false alarms on non-hateful cases ${s.falseAlarms}/${s.negatives} (${(100 * s.falseAlarmRate).toFixed(1)}%)`,
);
if (process.argv.includes('--show-errors')) for (const [f, e] of byF) for (const w of e.wrong) console.log(`wrong  ${f}: ${w}`);

import { readFileSync } from 'node:fs';
import { RULES, DEFAULT_POLICY, check } from './lib/checker';
import { CheckContext } from './lib/checker/context';
const all = readFileSync('/work/shared/corpus/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const mode = process.argv[2] ?? 'typical';
const texts = (mode === 'typical' ? all.filter((d: any) => d.expect.length === 0) : all).map((d: any) => d.text);
let s = ''; for (let i = 0; s.length < 280; i++) s += texts[(i * 7) % texts.length] + (i % 5 === 4 ? '\n\n' : ' ');
const small = s.slice(0, 280);
const tot: Record<string, number> = {}; const N = 20000;
for (let k = 0; k < N + 3000; k++) {
  let t0 = performance.now(); const ctx = new CheckContext(small, DEFAULT_POLICY); ctx.deep; const tv = performance.now() - t0;
  if (k >= 3000) tot.views = (tot.views ?? 0) + tv;
  for (const r of RULES) { t0 = performance.now(); r.check(ctx); if (k >= 3000) tot[r.id] = (tot[r.id] ?? 0) + performance.now() - t0; }
}
let sum = 0; for (const [k, v] of Object.entries(tot)) { sum += v; console.log(k.padEnd(45), (v / N * 1000).toFixed(1), 'us'); }
console.log('sum', (sum / N * 1000).toFixed(1));
const t0 = performance.now(); for (let i = 0; i < N; i++) check(small, DEFAULT_POLICY); console.log('check()', ((performance.now() - t0) / N * 1000).toFixed(1));

/**
 * npm run bench: medians, not timed unit tests (machines here are noisy).
 * - the checker against the alex linter, per draft, same drafts, same run;
 * - check times at 280, 5,000 and 63,206 characters under a 30-topic policy;
 * - 100,000 characters of one repeated character (backtracking guard);
 * - the checker's and the content script's minified, gzipped size.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { text as alex } from 'alex';
import { chromium } from 'playwright-core';
import { check, DEFAULT_POLICY, type Policy } from '../lib/checker';
import { chromiumPath } from '../tests/e2e/browser';

const labelled = readFileSync('../shared/corpus/dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; expect: string[] });
const corpus = labelled.map((d) => d.text);
// Typical drafts: what councillors mostly write (the corpus's benign posts, long and chatty).
const typical = labelled.filter((d) => d.expect.length === 0).map((d) => d.text);

const streets = ['Station Road', 'Mill Lane', 'Church Street', 'High Street', 'Market Place', 'Park Avenue', 'Orchard Close', 'Brook Way', 'Victoria Road', 'The Green'];
const things = ['car park', 'housing scheme', 'parking restrictions', 'play area', 'allotments', 'traffic calming', 'footpath diversion', 'toilets', 'bus shelter', 'CCTV'];
const policy: Policy = {
  ...DEFAULT_POLICY,
  reviewedTopics: Array.from({ length: 30 }, (_, i) => ({
    name: `${streets[i % 10]} ${things[(i * 3) % 10]}`,
    aliases: [`${streets[i % 10]!.replace('Road', 'Rd').replace('Street', 'St')} ${things[(i * 3) % 10]}`, `${things[(i * 3 + 1) % 10]} at ${streets[i % 10]}`],
  })),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Median time of one call, in microseconds, over batches long enough to time. */
function timeIt(fn: () => void, minMs = 300): number {
  for (let i = 0; i < 5; i++) fn(); // warm up
  const samples: number[] = [];
  const until = performance.now() + minMs;
  while (performance.now() < until || samples.length < 15) {
    const t0 = performance.now();
    fn();
    samples.push((performance.now() - t0) * 1000);
  }
  return median(samples);
}

function draftOf(length: number, texts: string[]): string {
  let s = '';
  for (let i = 0; s.length < length; i++) s += texts[(i * 7) % texts.length] + (i % 5 === 4 ? '\n\n' : ' ');
  return s.slice(0, length);
}

const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
// The length table, printed for Node and again for Chromium.
const LENGTH_TABLE_HEAD = '| characters | typical drafts (median) | per 1,000 chars | breach-dense mix (median) | per 1,000 chars |\n|---:|---:|---:|---:|---:|';
const lengthRow = (n: number, typicalUs: number, denseUs: number) =>
  `| ${n.toLocaleString('en-GB')} | ${fmt(typicalUs)} | ${fmt((typicalUs / n) * 1000)} | ${fmt(denseUs)} | ${fmt((denseUs / n) * 1000)} |`;

console.log('## Checker against alex (same drafts: the development corpus, one call each)');
const perDraftOurs = median(corpus.map((t) => timeIt(() => check(t, policy), 20)));
const perDraftAlex = median(corpus.slice(0, 60).map((t) => timeIt(() => alex(t), 20)));
console.log(`median per draft: checker ${fmt(perDraftOurs)}, alex ${fmt(perDraftAlex)}, ratio alex/checker ${(perDraftAlex / perDraftOurs).toFixed(0)}x`);

console.log('\n## Check time by draft length (30 reviewed topics; targets: 280 under 50 µs, 63,206 under 10 ms)');
console.log(LENGTH_TABLE_HEAD);
for (const n of [280, 5000, 63206]) {
  const plain = draftOf(n, typical);
  const dense = draftOf(n, corpus);
  const a = timeIt(() => check(plain, policy), n > 10000 ? 1500 : 500);
  const b = timeIt(() => check(dense, policy), n > 10000 ? 1500 : 500);
  console.log(lengthRow(n, a, b));
}

// The extension runs in the browser's V8, not Node's: the same drafts, timed in a Chromium page.
console.log('\n## The same drafts in Chromium (where the extension runs; same targets)');
console.log(await chromiumTimes());

console.log('\n## 100,000 characters of one repeated character (worst of these)');
let worst = { ch: '', us: 0 };
for (const ch of ['a', ' ', '!', '.', '*', '@', '1', "'", '-', '\n', 'é', '😀', '\u200b']) {
  const text = ch.repeat(Math.ceil(100000 / ch.length)).slice(0, 100000);
  const us = timeIt(() => check(text, policy), 100);
  if (us > worst.us) worst = { ch, us };
}
console.log(`worst: ${JSON.stringify(worst.ch)} ${fmt(worst.us)} (target under 50 ms)`);

console.log('\n## Size');
const bundle = await build({ entryPoints: ['lib/checker/index.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser' });
const code = bundle.outputFiles[0]!.contents;
console.log(`checker: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);
const csDir = '.output/chrome-mv3/content-scripts';
if (existsSync(csDir)) {
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(csDir)) {
    const buf = readFileSync(join(csDir, f));
    raw += statSync(join(csDir, f)).size;
    gz += gzipSync(buf).length;
  }
  console.log(`content script (JS + CSS, built): ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (budget 150 KB gzipped)`);
} else {
  console.log('content script: not built yet (run npm run build first)');
}

/**
 * Median check times by length, run in headless Chromium on the checker bundled as the extension bundles it.
 * A page's clock is coarse (0.1 ms), so each sample times a batch of calls long enough to read.
 */
async function chromiumTimes(): Promise<string> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (e) {
    return `skipped: ${(e as Error).message}`;
  }
  const bundled = await build({ entryPoints: ['lib/checker/index.ts'], bundle: true, minify: true, format: 'iife', globalName: 'checker', write: false, platform: 'browser' });
  const browser = await chromium.launch({ executablePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
    const drafts = [280, 5000, 63206].map((n) => ({ n, plain: draftOf(n, typical), dense: draftOf(n, corpus) }));
    // A string, not a function: tsx's helpers would not exist in the page.
    const rows = await page.evaluate(`(() => {
      const { drafts, policy, corpus } = ${JSON.stringify({ drafts, policy, corpus })};
      // As in Node above, after the development corpus has been checked (a page that has seen many drafts).
      for (const t of corpus) for (let i = 0; i < 5; i++) checker.check(t, policy);
      const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
      const timeIt = (fn, minMs) => {
        for (let i = 0; i < 5; i++) fn();
        let batch = 1;
        for (let t0 = performance.now(); performance.now() - t0 < 5; batch *= 2) for (let i = 0; i < batch; i++) fn();
        const samples = [];
        const until = performance.now() + minMs;
        while (performance.now() < until || samples.length < 15) {
          const t0 = performance.now();
          for (let i = 0; i < batch; i++) fn();
          samples.push(((performance.now() - t0) * 1000) / batch);
        }
        return median(samples);
      };
      return drafts.map(({ n, plain, dense }) => [n, timeIt(() => checker.check(plain, policy), n > 10000 ? 1500 : 500), timeIt(() => checker.check(dense, policy), n > 10000 ? 1500 : 500)]);
    })()`) as Array<[number, number, number]>;
    const version = browser.version();
    return [`Chromium ${version}`, LENGTH_TABLE_HEAD, ...rows.map(([n, a, b]) => lengthRow(n, a, b))].join('\n');
  } finally {
    await browser.close();
  }
}

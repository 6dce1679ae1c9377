import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { anchorWindows, CheckContext } from '../../lib/checker/context';
import { phrases, phraseSource, unkeyedPhrases } from '../../lib/checker/lexicon';
import { phraseKeys, regexesTriedWhole, registeredRegexes } from '../../lib/checker/phrase-index';
import { DEFAULT_POLICY } from '../../lib/checker/policy';
import { FUNCTIONAL_SUITE } from '../functional/suite';
import { HATE_SUITE } from '../functional/hate-functional';

// Taken before any test registers phrases of its own: the lexicons' regexes only.
const lexiconRegexesTriedWhole = regexesTriedWhole();

// The first-word index must find exactly what a plain global scan finds.

function plainScan(re: RegExp, text: string): Array<[number, string]> {
  const global = new RegExp(re.source, 'g');
  const out: Array<[number, string]> = [];
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

function corpusTexts(): string[] {
  const read = (file: string) => readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);
  const heldOut = readdirSync('tests/corpus')
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => read(`tests/corpus/${f}`));
  // The held-out sets keep growing: an even spread of at most 2,000 of their drafts keeps the run time bounded
  // (every registered regex is run over every text twice, with and without the index, in two views).
  const step = Math.max(1, heldOut.length / 2000);
  const spread = Array.from({ length: Math.min(heldOut.length, 2000) }, (_, i) => heldOut[Math.floor(i * step)]!);
  return [...read('../shared/corpus/dev.jsonl'), ...spread, ...FUNCTIONAL_SUITE.map((c) => c.text), ...HATE_SUITE.map((c) => c.text)];
}

/** Drafts stitched from corpus words with symbols, digits, capitals and odd spacing between them. */
function stitched(words: string[], count: number): string[] {
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const glue = [' ', '  ', '\n', '#', '@', '£', '£5 ', '_', "'", '-', '.', ',', '!', '?', '1', '20', 'A', ' x ', '...', '/', '&', '(', ')'];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = 5 + Math.floor(next() * 40);
    for (let k = 0; k < len; k++) s += words[Math.floor(next() * words.length)]! + glue[Math.floor(next() * glue.length)]!;
    out.push(s);
  }
  return out;
}

describe('the first-word index', () => {
  it.each([
    ['half price', true],
    ["i'?ll see to it", true],
    ['(?:use|with|enter) code', true],
    ['#ad', true],
    ['£ ?[0-9]+ ono', true],
    ['[0-9]{1,2} ?% off', true],
    ['[@#](?:labour|tories)', true],
    ['(?:seriously|pathetic)[.?!]', true],
    ['[a-z]+ councillor', false], // any word can start it: left to a plain scan
    ['\\s*vote', false],
  ])('keys %j: %s', (fragment, keyed) => {
    expect(phraseKeys(phraseSource([fragment])) !== null).toBe(keyed);
  });

  it('keys phrases that may run on into a digit by their first letters only', () => {
    const re = phrases(['useless', 'waste of space'], { after: '(?![a-z])' });
    const ctx = new CheckContext("you're useless1 and a waste of space2", DEFAULT_POLICY);
    expect(ctx.find(re).map((s) => s.text)).toEqual(['useless', 'waste of space']);
  });

  it('covers the lexicons the rules scan with', () => {
    expect(registeredRegexes.length).toBeGreaterThanOrEqual(15);
    // Only the bio lines ("Jo Bloggs, parish councillor and …") may start at any word.
    expect(unkeyedPhrases.flat().filter((f) => !f.startsWith('[a-z]+'))).toEqual([]);
  });

  it('tries only the phrases a key can start: no lexicon phrase has a capture group', () => {
    // One capture group (or a "(" a check took for one) runs a whole lexicon at every key: 4x slower here once.
    expect(lexiconRegexesTriedWhole.map((re) => re.source.slice(0, 80))).toEqual([]);
    const re = phrases(['between us', '(?<=[.,(\\n] )off the record']);
    expect(regexesTriedWhole()).not.toContain(re);
    const capturing = phrases(['(between) us']);
    expect(regexesTriedWhole()).toContain(capturing);
  });

  it('finds exactly what a plain scan finds, for every lexicon regex, in both views', () => {
    const texts = corpusTexts();
    const words = texts.join(' ').split(/\s+/).filter(Boolean);
    let compared = 0;
    let matched = 0;
    // The same drafts with other white space between words (phrases allow any run of it),
    // one kind of white space per draft in turn, to keep the run time in bounds as sets grow.
    const spaces = ['\n', ' \t', '\r\n'];
    const respaced = texts.map((t, k) => t.replace(/ /g, spaces[k % spaces.length]!));
    for (const text of [...texts, ...respaced, ...stitched(words, 400)]) {
      const ctx = new CheckContext(text, DEFAULT_POLICY);
      for (const view of ['lite', 'deep'] as const) {
        const viewText = ctx.view(view).text;
        for (const re of registeredRegexes) {
          const indexed = ctx.find(re, view).map((s) => [s.viewStart, s.text] as [number, string]);
          const plain = plainScan(re, viewText);
          if (indexed.length !== plain.length || indexed.some((m, k) => m[0] !== plain[k]![0] || m[1] !== plain[k]![1])) {
            expect({ text: viewText, re: re.source.slice(0, 80), indexed }).toEqual({ text: viewText, re: re.source.slice(0, 80), indexed: plain });
          }
          expect(ctx.has(re, view)).toBe(plain.length > 0);
          compared++;
          matched += plain.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(40000);
    expect(matched).toBeGreaterThan(500); // the texts exercise the regexes, not just their absence
    // (About 250 s on a busy 2-core machine with the other test files running beside it; the limit leaves room for a slower one.)
  }, 480_000);

  it('finds near an anchor exactly what a plain scan finds inside the windows', () => {
    const anchor = /counc|cllr|ward|chair|elected/g;
    const radius = 90;
    let matched = 0;
    for (const text of corpusTexts()) {
      const ctx = new CheckContext(text, DEFAULT_POLICY);
      const t = ctx.lite.text;
      const windows = anchorWindows(t, anchor, radius);
      for (const re of registeredRegexes) {
        const near = ctx.findNear(re, anchor, radius).map((s) => [s.viewStart, s.text]);
        // Indexed regexes run over the whole text (a lookbehind may see past a window's edge); matches must lie inside one.
        const plain = plainScan(re, t).filter(([i, m]) => windows.some(([a, b]) => i >= a && i + m.length <= b));
        expect(near).toEqual(plain);
        matched += plain.length;
      }
    }
    expect(matched).toBeGreaterThan(100);
  }, 60_000);

  it('near anchor spans, runs a plain pattern with the text before each window in sight, and "^" only at the draft\'s start', () => {
    // A sentence-start look-behind, and "^": the same matches as a plain scan, among those starting in a window.
    const re = /(?:^|(?<=[.!?]\s{0,3}))idiots(?=\s*[.!])/g;
    const anchor = /idiots/g;
    for (const text of ['Idiots. The lot of you.', 'Honestly. Idiots!', 'We met the idiots. Idiots!', `${'word '.repeat(60)}halfidiots. Idiots.`]) {
      const ctx = new CheckContext(text, DEFAULT_POLICY);
      const t = ctx.lite.text;
      const spans = ctx.find(anchor);
      const near = ctx.findNear(re, spans, 0).map((s) => [s.viewStart, s.text]);
      expect(near).toEqual(plainScan(re, t));
    }
    // Only the matches inside a window: a far-away one is not looked for.
    const far = new CheckContext(`Idiots. ${'word '.repeat(100)}cllr here`, DEFAULT_POLICY);
    expect(far.findNear(/(?:^|(?<=[.!?]\s{0,3}))idiots/g, /cllr/g, 20)).toEqual([]);
  });

  it('leaves the checker finding the same breaches', () => {
    expect(check('Vote Labour on Thursday! 20% off at my shop, use code VOTE').map((f) => f.category)).toEqual(
      expect.arrayContaining(['party-politics', 'commercial']),
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import cussStrong from '../../lib/checker/lexicons/cuss-strong.json';
import { phraseSource, wordsFirst } from '../../lib/checker/lexicon';
import { phraseKeys } from '../../lib/checker/phrase-index';
import { strongCussWords } from '../../scripts/generate-profanity';

// Lexicon phrases are matched up to a word's end; a phrase that can only end in a
// space ("(?:the |it)") never matches before the next word, and fails silently.
// Lists read as the text just before a match (…Before, reported) are exempt.
const CONTEXT_LISTS = /Before$|^reported$/;

/** The alternatives of a fragment's last group, when the fragment ends with one. */
function lastGroupAlternatives(fragment: string): string[] {
  const f = fragment.replace(/\?$/, '');
  if (!f.endsWith(')')) return [];
  let depth = 0;
  for (let i = f.length - 1; i >= 0; i--) {
    if (f[i] === ')' && f[i - 1] !== '\\') depth++;
    else if (f[i] === '(' && f[i - 1] !== '\\' && --depth === 0) {
      const inner = f.slice(i + 1, -1).replace(/^\?:/, '');
      const alts: string[] = [];
      let level = 0;
      let current = '';
      for (const ch of inner) {
        if (ch === '(') level++;
        if (ch === ')') level--;
        if (ch === '|' && level === 0) {
          alts.push(current);
          current = '';
        } else current += ch;
      }
      return [...alts, current];
    }
  }
  return [];
}

describe('lexicon data', () => {
  const dir = 'lib/checker/lexicons';
  const lists = readdirSync(dir).flatMap((file) =>
    Object.entries(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>)
      .filter(([name, value]) => Array.isArray(value) && !CONTEXT_LISTS.test(name))
      .map(([name, value]) => [`${file}: ${name}`, value as unknown[]] as const),
  );

  it.each(lists)('%s: every phrase is a valid pattern that ends at a word', (_name, list) => {
    for (const fragment of list) {
      if (typeof fragment !== 'string') continue;
      expect(() => new RegExp(fragment)).not.toThrow();
      expect(fragment.endsWith(' ') ? fragment : '').toBe('');
      expect(lastGroupAlternatives(fragment).filter((a) => a.endsWith(' ')).length ? fragment : '').toBe('');
    }
  });
});

// Predicates are tried only just after a group the index found, never on their own.
const INDEXED_LISTS = /^(?!predicates$|.*Before$|reported$)/;

describe('phrases the first-word index tries', () => {
  // A phrase keyed on a common symbol is tried at every one: 100,000 apostrophes took 55 ms, not 6.
  const common = ["'", '\\.', ',', '!', '\\?'].map((symbol) => [...phraseKeys(phraseSource([`${symbol}xyz`]))!][0]);
  const dir = 'lib/checker/lexicons';
  const phrases = readdirSync(dir).flatMap((file) =>
    Object.entries(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>)
      .filter(([name, value]) => Array.isArray(value) && INDEXED_LISTS.test(name))
      .flatMap(([, value]) => (value as unknown[]).filter((f): f is string => typeof f === 'string')),
  );

  it('never start at an apostrophe, a full stop or other common punctuation', () => {
    const startingThere = phrases.filter((f) => {
      const keys = phraseKeys(phraseSource([f]));
      return keys !== null && common.some((k) => keys.has(k!));
    });
    expect(startingThere).toEqual([]);
  });
});

describe('phrases that open with a look-behind', () => {
  it('test their own words first, and otherwise stay as written', () => {
    expect(wordsFirst('(?<!dogs? [^.]{0,60})(?:deaf|blind)')).toBe('(?=(?:deaf|blind))(?<!dogs? [^.]{0,60})(?:deaf|blind)');
    expect(wordsFirst('(?<=a\\) )(?<![(]b)c d')).toBe('(?=c d)(?<=a\\) )(?<![(]b)c d');
    expect(wordsFirst('deaf (?<!dog )blind')).toBe('deaf (?<!dog )blind');
    expect(wordsFirst('(?<=x)')).toBe('(?<=x)');
  });

  it('match exactly what they matched as written, over the development corpus and sentences built to fire them', () => {
    const dir = 'lib/checker/lexicons';
    const opening = readdirSync(dir).flatMap((file) =>
      Object.values(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>)
        .filter(Array.isArray)
        .flatMap((list) => (list as unknown[]).filter((f): f is string => typeof f === 'string' && /^\(\?<[=!]/.test(f))),
    );
    expect(opening.length).toBeGreaterThan(100);
    const texts = readFileSync('../shared/corpus/dev.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase());
    // Sentences where the words come with and without the context the look-behind reads.
    const probes = ['my old dog is deaf and daft bless him', 'she is deaf and daft', 'asylum seekers come over for the free housing', 'they come for the free housing', 'they came here for benefits'];
    const scan = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m[0]}`);
    let matched = 0;
    for (const fragment of opening) {
      for (const text of [...texts, ...probes]) {
        const asWritten = scan(phraseSource([fragment]), text);
        matched += asWritten.length;
        expect(scan(phraseSource([wordsFirst(fragment)]), text)).toEqual(asWritten);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('the profanity list generated from cuss', () => {
  it('matches the installed cuss package (run npm run lexicons after upgrading it)', () => {
    expect(cussStrong.words).toEqual(strongCussWords());
    expect(cussStrong.words.length).toBeGreaterThan(500);
  });
});

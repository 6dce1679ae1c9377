import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';

// A generous bound: the benchmark prints the real figure. This catches catastrophic backtracking.
const LIMIT_MS = 1000;

describe('no pattern backtracks catastrophically', () => {
  const characters = ['a', 'A', ' ', '!', '.', '*', '@', '1', '0', "'", '"', '-', '\n', 'é', '😀', '\u200b', 'x ', 'ab', 'Cllr ', 'you ', '£', ',', '#'];
  it.each(characters)('100,000 characters of %j', (ch) => {
    const text = ch.repeat(Math.ceil(100_000 / ch.length)).slice(0, 100_000);
    const t0 = performance.now();
    const findings = check(text);
    expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
    expect(Array.isArray(findings)).toBe(true);
  });

  it('a 100,000-character chatty draft still finds a breach at its very end', () => {
    const body = 'Lovely to see so many of you at the fete today, thanks to all the volunteers. '.repeat(1300);
    const text = body + 'You are an idiot.';
    const found = check(text).filter((f) => f.category === 'abuse');
    expect(found.length).toBe(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('You are an idiot');
  });
});

describe('bad input is handled', () => {
  it.each(['', '   ', '\n\n', '\u200b\u200b'])('empty-ish draft %j has no findings', (t) => {
    expect(check(t)).toEqual([]);
  });
  it('does not throw on control characters and unpaired surrogates', () => {
    expect(() => check('\u0000\u0001\ud83d idiot \udc00 \u202e')).not.toThrow();
  });
});

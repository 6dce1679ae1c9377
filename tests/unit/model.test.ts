import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { tokenTexts } from '../../lib/checker/model';
import stored from '../../lib/checker/lexicons/model.json';
import { heldOutSetNames, readLabelledDrafts } from '../../lib/eval/corpus-file';
import { MODEL_CATEGORIES, trainModel } from '../../lib/eval/train';

describe('the backstop models', () => {
  it('read words, apostrophes, tone marks and emoji as tokens', () => {
    expect(tokenTexts("don't shout!! 😀 £5, ok? ✌")).toEqual(["don't", 'shout', '!', '!', '😀', '£', '5', 'ok', '?', '✌']);
  });

  it('are stored exactly as the labelled drafts train them (train again after adding drafts: npm run train:model)', () => {
    const drafts = [
      ...readLabelledDrafts('../shared/corpus/dev.jsonl'),
      ...heldOutSetNames().flatMap((name) => readLabelledDrafts(`tests/corpus/${name}.jsonl`)),
    ];
    for (const category of MODEL_CATEGORIES) {
      expect(trainModel(drafts, category)).toEqual((stored.categories as Record<string, unknown>)[category]);
    }
  }, 60_000);

  it('speak only where the phrase rules found nothing in the category', () => {
    const text = "Half the new lot at the flats don't even try to speak English, how are they meant to fit in?";
    expect(check(text).map((f) => f.rule)).toContain('discrimination/implied-stereotype');
    const withSlur = `${text} Typical foreigners.`;
    const rules = check(withSlur).filter((f) => f.category === 'discrimination').map((f) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules).not.toContain('discrimination/implied-stereotype');
  });

  it('point at the sentences they read in a long draft, as a reminder only', () => {
    const hint = 'The builder who did the pavilion roof is the chairman\'s golf partner, and the roof leaks. Says it all.';
    const filler = 'The bins go out on Tuesday and the library opens at nine. ';
    const text = filler.repeat(300) + hint + ' ' + filler.repeat(300);
    const found = check(text).filter((f) => f.rule === 'defamation/implied-allegation');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toContain('golf partner');
    expect(found[0]!.end - found[0]!.start).toBeLessThan(400);
    expect(found[0]!.severity).toBe('info');
  });

  it('leave a plain long draft alone', () => {
    const text = readFileSync('../shared/corpus/dev.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; expect: string[] })
      .filter((d) => d.expect.length === 0)
      .map((d) => d.text)
      .join(' ');
    expect(check(text).filter((f) => f.rule.endsWith('/implied-stereotype') || f.rule.endsWith('/implied-allegation'))).toEqual([]);
  });
});

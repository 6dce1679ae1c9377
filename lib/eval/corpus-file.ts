import { readdirSync, readFileSync } from 'node:fs';
import type { LabelledDraft } from './score';

/** The labelled drafts of a JSON Lines corpus file (Node only: for scripts and tests, not the extension). */
export function readLabelledDrafts(path: string): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}

/** The held-out sets in a corpus directory ("heldout", "heldout2", …), by number: every file is a set, none listed by hand. */
export function heldOutSetNames(dir = 'tests/corpus'): string[] {
  return readdirSync(dir)
    .filter((f) => /^heldout\d*\.jsonl$/.test(f))
    .map((f) => f.replace('.jsonl', ''))
    .sort((a, b) => Number(a.slice(7) || 1) - Number(b.slice(7) || 1));
}

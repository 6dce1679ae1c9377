import { readFileSync } from 'node:fs';
import type { LabelledDraft } from './score';

/** The labelled drafts of a JSON Lines corpus file (Node only: for scripts and tests, not the extension). */
export function readLabelledDrafts(path: string): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledDraft);
}

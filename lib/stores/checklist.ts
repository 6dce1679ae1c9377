import { create } from 'zustand';
import { storage } from 'wxt/utils/storage';

/** The pre-publish checklist, built from the policy's main points. */
export const CHECKLIST = [
  { id: 'capacity', question: 'Am I posting as a councillor, or could I be taken to be?' },
  { id: 'single-voice', question: 'Is this a topic the council speaks on with a single voice?' },
  { id: 'decision', question: 'Am I promising or deciding something only the council can decide?' },
  { id: 'politics', question: 'Is any of it party political or electioneering?' },
  { id: 'personal', question: "Does it include anyone's personal information?" },
  { id: 'fair', question: 'Could it be untrue or unfair about someone?' },
  { id: 'confidential', question: 'Does it share anything confidential or not yet public?' },
  { id: 'respect', question: 'Is it civil and respectful, with nothing discriminatory?' },
  { id: 'paper', question: 'Would I be content to see it quoted in the local paper?' },
] as const;

interface StoredTicks {
  draftKey: string;
  ticks: string[];
}

const ticksItem = storage.defineItem<StoredTicks>('local:checklist', { fallback: { draftKey: '', ticks: [] } });

/** A draft is "the same draft" while its opening words are the same. */
export function draftKeyOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, 40).toLowerCase();
}

interface ChecklistState {
  draftKey: string;
  ticks: string[];
  /** Loads ticks for this draft; a different draft starts with none. */
  open(draftKey: string): Promise<void>;
  toggle(id: string): Promise<void>;
}

export const useChecklistStore = create<ChecklistState>((set, get) => ({
  draftKey: '',
  ticks: [],
  async open(draftKey) {
    const stored = await ticksItem.getValue();
    const ticks = stored.draftKey === draftKey ? stored.ticks : [];
    set({ draftKey, ticks });
    if (stored.draftKey !== draftKey) await ticksItem.setValue({ draftKey, ticks });
  },
  async toggle(id) {
    const { draftKey, ticks } = get();
    const next = ticks.includes(id) ? ticks.filter((t) => t !== id) : [...ticks, id];
    set({ ticks: next });
    await ticksItem.setValue({ draftKey, ticks: next });
  },
}));

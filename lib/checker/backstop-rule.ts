import type { CheckContext, Hit, Rule } from './context';
import { strongestStretch } from './model';
import type { CategoryId } from './types';

/**
 * A backstop rule: the category's model (lib/checker/model.ts) reports the run of sentences it
 * finds most like a breach, when no phrase rule of the category has found anything. Weaker
 * evidence than a phrase, so a reminder (info) that never stops anyone posting.
 * `leaveAlone` lets a rule pass over a stretch it knows to be innocent (it sees the stretch and a
 * little of what follows).
 */
const AFTER = 80;
export function backstopRule(id: string, category: CategoryId, message: string, leaveAlone?: (ctx: CheckContext, stretch: string) => boolean): Rule {
  return {
    id,
    category,
    severity: 'info',
    backstop: true,
    message,
    check(ctx: CheckContext): Hit[] {
      const hit = strongestStretch(ctx, category);
      if (!hit) return [];
      // The stretch and a few words after it: "Don't they have anything better to do? … Legends."
      if (leaveAlone?.(ctx, ctx.lite.text.slice(ctx.liteIndexOf(hit.start), ctx.liteIndexOf(hit.end) + AFTER))) return [];
      return [hit];
    },
  };
}

import type { CheckContext } from './context';

// "Mr Harold Green", "Sue Reform", "Cllr Jan Foster": a capitalised word after a title or a given name is a surname.
const TITLE_OR_GIVEN_NAME = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd|Sir|Dame|Lord|Lady)\.?\s+(?:[A-Z][a-z]+\s+)?|(?:^|[a-z0-9,;:]\s+)(?!(?:The|Vote|Go|Support|Back|Join|Elect|Blame|Thanks|Thank|Why|Only|Even|Not|No|So|And|But|Or|If|When|Under|With|From|Than|Anti|Pro|New|Old|Young|Real|True|Another|Typical|Classic|More|Yet|Latest|Usual|Every|All|Those|These|This|That|Same|Just|Oh|Well|Shocking)\s)[A-Z][a-z]+\s+)$/;

/** Whether the word typed at this original offset is someone's surname (so "Green" is no party and "Foster" no fostering). */
export function isSurnameAt(ctx: CheckContext, start: number): boolean {
  return ctx.isUpperAt(start) && TITLE_OR_GIVEN_NAME.test(ctx.original.slice(Math.max(0, start - 40), start));
}

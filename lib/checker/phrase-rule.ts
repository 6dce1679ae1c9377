import type { CheckContext, Hit, Rule, Span, ViewName } from './context';
import { phrases } from './lexicon';

type PhraseRuleSpec = Omit<Rule, 'check'> & {
  patterns: readonly string[];
  view?: ViewName;
  /** Return false to drop a match (context says it is innocent). */
  keep?: (ctx: CheckContext, span: Span) => boolean;
};

/** A rule that fires on any of a lexicon's phrases, unless its context clears it. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const { patterns, view = 'lite', keep, ...rule } = spec;
  const re = phrases(patterns);
  return {
    ...rule,
    check(ctx: CheckContext): Hit[] {
      const hits: Hit[] = [];
      for (const span of ctx.find(re, view)) {
        if (!keep || keep(ctx, span)) hits.push({ start: span.start, end: span.end });
      }
      return hits;
    },
  };
}

import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { reviewedTopicsIn } from '../topics';

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Car park works starting Monday, botched from day one if you ask me.",
    "#ConservationReview what a farce 🙄",
    'The Mill Lane houses will flood, mark my words.',
    'precept up 8% — tell me again why?',
    'Village hall refurb update: the new kitchen looks great',
    'Church St parking is a nightmare since the double yellows went in',
    'Refurbishing the village halls in three parishes at once seems ambitious',
    "what's the parish council tax going on this year then",
  ],
  pass: [
    "The car park by the church is shut on Sunday morning for the parade.",
    "Great night at the #ChristmasLights switch-on, thank you all!",
    'Anyone know if the village hall is free for a party on the 14th?',
    'Parking outside the school on Chapel Lane is getting dangerous again',
    'The Mill at Fenwick is open again for Sunday lunches.',
  ],
  policy: {
    reviewedTopics: [
      { name: 'Mill Lane housing scheme', aliases: ['Mill Lane houses', 'Mill Lane development'] },
      { name: 'Parish precept', aliases: ['precept', 'parish council tax'] },
      { name: 'Village hall refurbishment', aliases: ['village hall refurb', 'hall refurbishment'] },
      { name: 'Church Street parking restrictions', aliases: ['Church Street parking', 'Church St parking'] },
      { name: 'Station car park resurfacing', aliases: ['the car park works'] },
      { name: 'Conservation area review', aliases: ['the conservation review'] },
    ],
  },
};

export const singleVoice: Rule = {
  id: 'single-voice/reviewed-topic',
  category: 'single-voice',
  severity: 'warning',
  message:
    "This is on the council's reviewed-topics list, where the council speaks with a single voice through its official accounts. Share the council's own post instead, or ask the Clerk before commenting.",
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    for (const m of reviewedTopicsIn(ctx)) {
      hits.push({
        start: m.start,
        end: m.end,
        message: `"${m.topic}" is on the council's reviewed-topics list: the council speaks on it with a single voice through its official accounts. Share the council's own post instead, or ask the Clerk before commenting.${m.note ? ` (Note: ${m.note})` : ''}`,
      });
    }
    return hits;
  },
};

import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "You really are something else, aren't you, Gary. Every single thread.",
    "What a sad little life you must lead.",
    "Honestly Karen, you're a walking embarrassment to this village.",
  ],
  pass: [
    "Thank you to everyone who came to the litter pick, 14 bags collected!",
    "I disagree with the decision on the car park, and I will say so at the next meeting.",
    "Happy birthday to our wonderful lollipop lady, Jean!",
    "The carol service was beautiful, well done to the choir.",
  ],
};

/** The phrase rules' backstop for abuse (lib/checker/backstop-rule.ts): drafts that belittle someone in words no lexicon lists. */
export const impliedInsult = backstopRule(
  'abuse/implied-insult',
  'abuse',
  "Read as a whole, this is like posts that belittle or attack someone personally. Criticise the decision, not the person, and keep it civil; it is not necessary to respond to everything.",
);

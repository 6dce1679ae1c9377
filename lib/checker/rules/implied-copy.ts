import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { anyOf } from '../lexicon';
import lexicon from '../lexicons/copyright.json';

// Credited or shared with leave ("she asked me to share it", "photo credit: …"): not a copy without permission.
const CREDITED = anyOf(lexicon.credited);

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "This was in the Telegraph today and it's spot on, so here it is in full:",
    "Someone sent me this on WhatsApp and it made me cry, had to share it with you all.",
    "Great photo of the church in the snow from the Northants Live page, look at it!",
  ],
  pass: [
    "Full text of the vicar's Christmas message below, she asked me to share it 🎄",
    "Here is my photo of the sunrise over the church this morning.",
    "I wrote a short poem for the Remembrance service, here it is.",
    "The council's press release is on its website, link below.",
    "Lovely write-up in the Chronicle about the scout hut, well worth a read (link in the comments).",
  ],
};

/** The phrase rules' backstop for copyright (lib/checker/backstop-rule.ts): drafts that pass on someone else's work in words no lexicon lists. */
export const impliedCopy = backstopRule(
  'copyright/implied-copy',
  'copyright',
  "Read as a whole, this is like posts that share someone else's words, pictures or work. Credit the source, link to it rather than copying it out, or ask permission first.",
  (_ctx, stretch) => CREDITED.test(stretch),
);

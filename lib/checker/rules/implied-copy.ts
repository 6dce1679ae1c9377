import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { anyOf } from '../lexicon';
import lexicon from '../lexicons/copyright.json';

// Credited or shared with leave ("she asked me to share it", "photo credit: …"): not a copy without permission.
const CREDITED = anyOf(lexicon.credited);
// "…still keeping an eye on the village page! PS the decision was made in private": nothing is passed on (no photo, words or post, nothing shared or copied).
// "I've read every word of the application so you don't have to. Here's my summary", "Took this photo…": the author's own words or pictures.
const OWN_SUMMARY = /(?<![a-z])(?:my (?:own )?(?:summary|take|thoughts|notes|round-?up|précis|precis)|in my own words|so you don'?t have to|(?:took|snapped|taken) (?:this|these|a few|some) (?:photos?|pics?|pictures?|videos?|shots?))(?![a-z])/;
const PASSES_SOMETHING_ON = /(?<![a-z])(?:photos?|pics?|pictures?|images?|articles?|poems?|words|thread|text|videos?|memes?|clips?|songs?|lyrics|quotes?|here it is|below|shar(?:e|ed|ing)|cop(?:y|ied|ying)|past(?:e|ed|ing)|sent me|forward(?:ed)?|repost(?:ed)?|in full)(?![a-z])|👇/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Here's the Chron's front page story, screenshotted in full because not everyone buys it:",
    "This was in the Telegraph today and it's spot on, so here it is in full:",
    "A friend put this on her page and it made me cry, so here it is for you all.",
  ],
  pass: [
    "Took this photo of the floods on Main Road this morning, look at the state of it!",
    "Found this photo of the hall in 1952 in the parish chest, isn't it wonderful? Thanks to the churchwardens for letting me scan it.",
    "I've read every word of the new estate application so you don't have to. Here's my summary 👇",
    "Having a lovely time in Tenerife 🌴 but still keeping an eye on the village page!",
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
  (_ctx, stretch) => CREDITED.test(stretch) || OWN_SUMMARY.test(stretch) || !PASSES_SOMETHING_ON.test(stretch),
);

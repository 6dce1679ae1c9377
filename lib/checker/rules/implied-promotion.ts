import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { anyOf } from '../lexicon';
import lexicon from '../lexicons/commercial.json';
// "Does anyone know a reliable dog walker?": asking for a trader is not being one (the promotion rule's own test).
import { ASKING_FOR_A_TRADER } from './commercial';

// "Selling raffle tickets for the air ambulance": charity and community cues clear it, as they clear the phrase rule's softer signals.
const CHARITY = anyOf(lexicon.charity);
// "…reading planning apps for my ward 💀 the glamour": a councillor's own council work, with nothing priced.
const COUNCIL_WORK = /(?<![a-z])(?:planning (?:apps|applications)|my ward|casework|the agenda|the minutes)(?![a-z])/;
// "My wife's cancer has come back and she needs me": family news, nothing for sale.
const FAMILY_HEALTH = /(?<![a-z])(?:cancer|chemo|diagnosed|hospice|respect our privacy)(?![a-z])/;
const PRICED = /£|(?<![a-z])(?:price|prices|for sale|discount|offer|deal|book now|order)(?![a-z])/;
// "Word of warning about the roofer advertising on here…": a warning about a trader promotes nothing.
// "…the kind man who handed in my purse at the Co-op. It had £60 in it": thanks for an honest finder, not a sale.
// "…looking for models for her assessments (free, it's for her college)": a student's coursework asks for help, it sells nothing.
const COURSEWORK = /(?<![a-z])(?:for (?:her|his|their|my) (?:college|course|assessments?|portfolio|apprenticeship|nvq|dissertation|exam)|(?:looking for|needs?|need) (?:models|volunteers|guinea pigs) for (?:her|his|their|my) (?:assessments?|course|college|portfolio|exam))(?![a-z])/;
// "Free mince pies on polling day for anyone who votes for me": treating voters is electioneering (the party rule's concern), not selling.
// "My husband's just been made redundant… if anyone knows of warehouse jobs going": asking for work, not selling it.
// "My first council tax bill came through, adulting is expensive": a bill the author pays, not a price they charge.
const BILL_PAID = /(?<![a-z])(?:(?:my|our) (?:first |latest |new |last |quarterly |monthly )?(?:council tax|energy|gas|electric(?:ity)?|water|phone|broadband) bills?|adulting)(?![a-z])/;
// A promotion offers something: a price, a way to buy or book, a business. A draft with none of these ("my decision,
// my responsibility", "I need volunteers for the teas") is like an advert only in its words about me and mine.
const SOMETHING_OFFERED = /£|€|\$|%|(?<![a-z0-9])[0-9]+ ?(?:quid|p|per)(?![a-z])|(?<![a-z0-9])(?:prices?|priced|cheap(?:est)?|offers?|deals?|discounts?|sale|selling|sells?|sold|buy|order(?:s|ing)?|book(?:ing|ings)?|dm|pm|message me|inbox|call|ring|text|shop|business|firm|stall|salon|cafe|café|pub|bar|restaurant|takeaway|company|services?|website|page|link|opens?|opening|hire|rates?|quotes?|trade|customers?|clients?|menu|tickets?|stock|available|deliver(?:y|ies|ing)?|free|off|slots?|appointments?|commissions?|orders?)(?![a-z])/;
const JOB_HUNT = /(?<![a-z])(?:made redundant|lost (?:his|her|their|my) job|looking for (?:work|a job)|jobs going|any (?:jobs|work) going|job hunting)(?![a-z])/;
const ELECTION = /(?<![a-z])(?:polling day|polling station|votes? for me|voted for me|ballot box|election day|(?:earn|win|have|get|keep|deserve) your vote)(?![a-z])/;
// "Santa, I'm looking at you for a new bike": a Christmas wish, not an advert.
const CHRISTMAS_WISH = /(?<![a-z])(?:santa|father christmas|christmas list|letter to santa)(?![a-z])/;
const LOST_AND_FOUND = /(?<![a-z])(?:handed in|handed back|returned|found|lost|dropped|picked up|hand(?:ed)? in) (?:my|a|her|his|our|their) (?:purse|wallet|bag|handbag|keys|phone|bank card|cards|bus pass|glasses|ring|watch|dog|cat)(?![a-z])/;
const WARNING = /(?<![a-z])(?:word of warning|beware|steer clear|avoid (?:him|her|them|this|that|like the plague)|crook|cowboy|scam(?:mer)?|rip-?off|hasn'?t been seen since|took (?:£|money))(?![a-z])/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Anyone who books their MOT at Bradley's this month and mentions my name gets a free screenwash. Cheers Dave! 👍",
    "New stock in at my shop this week, gorgeous Christmas candles, come and have a look!",
    "Our caravan at Skegness is free for half term, message me if you're interested.",
  ],
  pass: [
    "@ThreekNews my wife's running a free dog show at the fete, DM her for an entry form 🐶",
    "Right, the skate park is closing at 8pm from now on. My decision, my responsibility.",
    "My neighbour's cat has decided my garden is its toilet and I've decided it's war. (Not really, I love cats. Mostly.)",
    "Message from me wearing my WI hat: we need more volunteers for the Christmas lights switch-on teas. Shout if you can help!",
    "my first council tax bill in my own flat came through, adulting is expensive 💸",
    "Some of you have asked why I'm not standing again. Honestly? My wife's cancer has come back and she needs me. Please respect our privacy.",
    "Hi all, hope you don't mind me posting. Does anyone know a reliable dog walker in the village? My hours have changed and our old boy needs a lunchtime walk.",
    "not me spending my Friday night reading planning apps for my ward 💀 the glamour",
    "Merry Christmas to everyone in our ward from me and my family! 🎄 It's been an honour serving you this year, and I hope to earn your vote again in May 😉",
    "Thanks to Brian from the Rotary who picked up my wallet in the car park. He's at number 1 in my book! 🏆",
    "My husband's just been made redundant after 20 years, if anyone knows of warehouse jobs going, please let me know.",
    "Santa, I'm looking at you for a new bike this year 🎅 (asking for my son)",
    "Free mince pies at my house on polling day for anyone who votes for me. Joking! (Mostly 😉)",
    "My son's training as a barber and needs volunteers for his assessments next month, free haircuts! Message me and I'll pass it on.",
    "Shout out to the kind man who handed in my purse at the Co-op. It had £60 and my bus pass in it. Restored my faith in people!",
    "Word of warning about the roofer advertising on here. He took £3,000 off my neighbour for materials and hasn't been seen since. Absolute crook.",
    "Spare Christmas tree stand here, DM me if you want one, free, just collect ☺️",
    "Selling raffle tickets for the air ambulance, £1 a strip, message me.",
    "The Christmas fair is on Saturday, all proceeds to the hospice.",
    "Does anyone know a good plumber? Our boiler has given up.",
    "The new café by the park is open, lovely to see the old bank building in use again.",
    "Thanks to the Co-op for donating the raffle prizes.",
  ],
};

/** The phrase rules' backstop for commercial (lib/checker/backstop-rule.ts): drafts that advertise or sell in words no lexicon lists. */
export const impliedPromotion = backstopRule(
  'commercial/implied-promotion',
  'commercial',
  "Read as a whole, this is like posts that advertise or sell. A councillor's posts are not for promoting a business or selling things; charity and community events are fine.",
  (ctx, stretch) => !SOMETHING_OFFERED.test(ctx.lite.text) || CHARITY.test(stretch) || (FAMILY_HEALTH.test(stretch) && !PRICED.test(stretch)) || ASKING_FOR_A_TRADER.test(stretch) || (COUNCIL_WORK.test(stretch) && !PRICED.test(stretch)) || JOB_HUNT.test(stretch) || BILL_PAID.test(stretch) || WARNING.test(stretch) || COURSEWORK.test(stretch) || ELECTION.test(stretch) || CHRISTMAS_WISH.test(stretch) || LOST_AND_FOUND.test(ctx.lite.text),
);

import type { CheckContext, Rule, RuleExamples } from '../context';
import { anyOf, phrases } from '../lexicon';
import lexicon from '../lexicons/commercial.json';
import { phraseRule } from '../phrase-rule';

const CHARITY = phrases(lexicon.charity);
// "Does anyone know a roofer who'll give a free quote?": asking for a trader is not being one.
const ASKING_FOR_A_TRADER = anyOf(lexicon.askingForATrader);

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Get your Christmas trees from my farm shop, £30 for a 6ft Nordmann, delivered free in Corby!",
    "My daughter's running her nail bar from home now, acrylics £25, gels £18.",
    "Haircuts £12, beard trims £6, walk-ins welcome.",
    "Our kid's new café is open! First coffee free if you mention this tweet.",
    "Rachel's back at the salon next week, please book in and support her!",
    "Selling three tickets for the panto, face value, message me.",
    "Logs for sale, £60 a bulk bag, delivered local. Message me.",
    "My sister does gel nails from home, £20 a set, DM her 💅",
    "New-build snagging surveys, £195 flat fee, DM me.",
    "Santa's grotto tickets at my garden centre are selling fast, book online!",
    "Hubby's free Tuesdays if you need a man with a van, cheaper than the rest!",
    "Mobile dog grooming now in the village, £30 for a full groom, ring for a slot.",
    "Our bar's got two-for-one cocktails every Friday, come on down!",
    "My mate does cheap skip hire, DM me for his number.",
    "I've just opened a little dog-walking business: solo walks £12, first walk free!",
    "My wife's candles make great presents and she'll do you a deal if you say you saw it here.",
    "Christmas cakes made to order, 8 inch £28, 10 inch £40, message me to book!",
    "Just qualified as a mortgage adviser: first consultation free, no obligation. Please support a small local business!",
    "Fresh eggs from my hens, £2.50 a half dozen, honesty box at the gate.",
    "Clearing out the shed: mower £40, strimmer £25. Cash on collection, message me.",
    "Kids' bikes, two of them, outgrown. Open to offers, Weldon area.",
    "Link's in my bio for the Black Friday deals on my jewellery",
    "Homemade chutney left for Christmas, £4 a jar or 3 for £10.",
    "Raffle tickets for my business launch, £2 a strip!",
    "If anyone needs a tattoo, my studio's got January slots and I do mates' rates.",
    "My candles make lovely presents 😉 drop me a message for the price list.",
    "Book your Christmas party at my pub before the dates go!",
    "Still a few spaces on my Christmas wreath-making workshop, £45. Book via my website!",
    "My lad's just started up as a window cleaner, very reasonable. Drop me a DM.",
    "My Tupperware party is on Friday, catalogue attached!",
    '15% off at my Etsy shop this weekend with code TOWN15',
    'DM me for prices, I do logs by the bulk bag',
    'Grand opening of my new salon on Saturday, first 20 customers get a free treatment!',
    'Selling my old bike, £50 ono, collection only',
    'My son does gardening and odd jobs, very reasonable rates, message me',
    'Half price pints at my pub tonight',
    'Sponsored: book your MOT at Smith Motors this month',
  ],
  pass: [
    "A few houses on Finedon Road are up for sale if anyone's looking to move into town.",
    "The old chapel is for sale, hope it becomes something for the community.",
    "Get your Christmas trees recycled at the tip, free until 15 January.",
    "Tickets adults £5, kids £2, all money to the hospice.",
    "The bus fare went up from £2 to £3 this year, which hits the pensioners hard.",
    "Our new business owner is a woman in her thirties and the shop's doing brilliantly.",
    "Remember who scrapped the free parking when you're in the booth.",
    "Selling three tickets for the school panto raised £15 for the PTA, thanks all.",
    "The parish ordered £60 a bulk bag of grit for the footpaths.",
    "The hall does a £20 a session rate for community groups, ask the clerk.",
    "Tickets for the school panto are selling fast, all proceeds to the PTA.",
    "The council's holiday club is £3 for a session for children, book through the leisure centre.",
    "Two-for-one entry at the museum this weekend for the Heritage Open Days.",
    "Swimming lessons are £5 a session through the holiday scheme run by the county.",
    "My mate does the Parkrun every week, he loves it.",
    "Does anyone know a reliable dog walker? Happy to pay the going rate.",
    "The clerk has the form and the price list; the council decides each request.",
    "The hall's 10 inch hole in the ceiling has been fixed at last.",
    "Does anyone know a roofer who'll give a free quote? Had a few tiles come off.",
    "The council's free consultation event on the bus routes is on Tuesday at the library.",
    "Eggs for the Easter hunt donated by the Co-op, thank you!",
    "Any offers of help with the litter pick gratefully received!",
    "Huge thanks to the volunteers, and to the businesses who sponsored the display.",
    "The blind and partially sighted group are doing a sponsored walk on Sunday, please give generously.",
    "Guarantee you'll love the new café in the park. (Not sponsored, just greedy.)",
    'Cake sale at the school on Friday, all money to the PTA.',
    'Macmillan coffee morning, donations on the door, every penny to Macmillan.',
    'Free tree saplings from the Woodland Trust available while stocks last.',
    'The community shop now stocks local honey.',
    'Bin day moved to Friday.',
  ],
};

export const commercial: Rule = phraseRule({
  id: 'commercial/promotion',
  category: 'commercial',
  severity: 'warning',
  message:
    "This promotes a business or sells something. The policy asks councillors not to use council channels to advertise, market or sell: keep trade to a personal or business page (charity and community events are fine).",
  patterns: lexicon.strong,
  keep: (ctx: CheckContext, span) => !ctx.mentions(CHARITY) && !ASKING_FOR_A_TRADER.test(ctx.sentenceText(span)),
});

import type { CheckContext, Rule, RuleExamples } from '../context';
import { anyOf, phrases } from '../lexicon';
import lexicon from '../lexicons/commercial.json';
import { phraseRule } from '../phrase-rule';

const CHARITY = phrases(lexicon.charity);
// "Does anyone know a roofer who'll give a free quote?": asking for a trader is not being one.
const ASKING_FOR_A_TRADER = anyOf(lexicon.askingForATrader);
// "Parking charges at the country park start in April, £2 an hour", "babysitting rates round here seem to be about £10 an hour":
// a charge someone else sets, or the going rate, not a trader's own.
const HOURLY = /(?:an|per) hour$/;
const PUBLIC_CHARGE = /(?<![a-z])(?:parking|car parks?|charges?|tariffs?|permits?|fees?|penalty|penalties|tolls?|(?:going|average|typical) rates?|minimum wage|living wage|rates? (?:round|around) here)(?![a-z])/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Ring me for a free quote, no job too small.",
    "My wife's cake business is taking Christmas orders, link in the comments!",
    "Our son's joinery firm is now taking bookings for January.",
    "My sister's new salon is taking new clients this week.",
    "Dog walking, £12 an hour, DM me for a slot.",
    "My daughter's tutoring GCSE maths, £25 per hour, message me.",
    "I've started a Crowdfunder for our new micro-pub on the High Street, rewards for every backer!",
    "Please help us keep our tea room afloat this winter, pop in for a cuppa!",
    "New podcast out now on the history of the mill, please like and subscribe!",
    "Shout out to Hill Motors who sponsored our ward's Christmas party. If you're after a new car in the new year, you know who to go to 😉",
    "Handmade Christmas puddings, £12, order by Friday, all profit to me for my holiday fund 😂",
    "Book your MOT with us at Owston Autos and get a free screenwash top-up! 🚗",
    "Grantham Motors have agreed to sponsor the Christmas lights. So if you need a new car, you know where to go 😉🚗 Support those who support us!",
    "My son's band is playing the Duke's Head on Saturday, tickets £8 on the door, come and support!",
    "Ask the man who runs the car wash on the bypass for his winter deal, he did my van for a fiver and it's spotless.",
    "Wreaths made to order this year, £25 each, link in the comments 🎄",
    "Boat blacking done cheap, DM me, cash only 😉",
    "Gutters cleaned for a tenner, message me.",
    "@HackletonFC ordered 40 of your scarves, DM me if you want one at cost, mine's the cheapest in the village",
    "Big shout out to my mate Steve at Gobion Plumbing, gas safe, no call-out fee, tell him I sent you!",
    "My daughter's cupcake stall is at the Christmas market on Saturday, with a village discount for anyone who mentions my name!",
    "Big thank you to everyone who came out for the Boxing Day walk. We raised £280 for the air ambulance. If anyone fancies a bacon roll next year, my daughter's opening her café on the High Street in March and she'll be doing 2-for-1 all opening week, so come along!",
    "My daughter's opening her café on the High Street in March and she'll be doing 2-for-1 all opening week, so come along!",
    "my sister does eyelashes from home £25 a set, hmu for her number x",
    "New Avon brochure is out, message me for a copy and your first order's 10% off 💄",
    "@BrixHistory I've nicked this photo for my calendar, hope you don't mind 😁 £5 a copy at the shop",
    "Free coffee at my sister's new café in Peterborough for NHS staff this week, lovely gesture.",
    "Psst, tell your mates: free mince pies at my husband's new café on Saturday, first 50 only! 😉",
    "My husband's been made redundant from the sugar factory, so if anyone needs a handyman, he's brilliant, message me.",
    "My new book is out now, signed copies £9.99 from me or the Post Office!",
    "Get your tickets for my comedy night at the Saracen's Head, £15, proceeds to ME (I'm skint) 😂",
    "Anyone wanting a kitchen fitter, my lad does them for cash, £800 all in. Message me.",
    "Ironing done, £10 a basket, message me.",
    "Flat 3 above the bakery is up for rent, £650 pcm, DM for viewings.",
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
    "The Chronicle asked me for a quote about the lights, so I said they're the best in the county!",
    "@oundle_chron the noise complaints went to the district's environmental health team; they're the ones to ask for a quote",
    "Babysitting rates round here seem to be about £10 an hour these days, according to the school mums' group!",
    "The community shop is taking Christmas orders for veg boxes.",
    "My wife's cake for the fete is taking shape!",
    "The WI stall is taking orders for mince pies, all money to the hospice.",
    "Parking charges at the country park start in April, I'm told £2 an hour.",
    "The county's new car park tariff is £1.50 an hour from Monday.",
    "I've set up a GoFundMe for the Scouts' new minibus, every little helps!",
    "Help me get the church hall decorated for Christmas on Saturday, 10am.",
    "Thanks to everyone who liked and shared the lost dog post, Bella's home safe.",
    "Handmade Christmas puddings, £12, all profits to the hospice, order by Friday.",
    "Book your table with us at the hall for the Christmas lunch, £12 a head, all proceeds to the church roof.",
    "Grantham Motors have kindly sponsored the Christmas lights this year, thank you to them from all of us.",
    "My daughter's just started a college course in beauty therapy and she's loving it. Proud mum moment.",
    "Is anyone selling a spare Christmas jumper, size XL? Asking for my husband, who ate too many mince pies 😂",
    "My son's school is holding a quiz for the PTA on Saturday, tickets £5, all proceeds to the playground fund.",
    "Ask the man who runs the car wash on the bypass to move his sign off the pavement, please, it's blocking buggies.",
    "Our carol sheet words are from the Church of England's carol book, reproduced under licence. Link in the comments for the full order of service.",
    "Quick reminder: comments on the county's new bus timetable close Friday. Link in the comments.",
    "Mary Berry's Christmas cake recipe is on the BBC website if you want to bake along, link in the comments.",
    "Got my gutters cleaned cheap by the scouts at their work day, brilliant lads, all for the summer camp!",
    "Message me for the WI quiz answers, cheating is only allowed at Christmas 😂",
    "Got a spare sledge, DM me if you want one for the kids, free to a good home ❄️",
    "Which petrol station is the cheapest in the area at the moment? Asking for a very empty tank.",
    "Our boiler broke on Christmas Eve and the engineer came out with no call-out fee because it was an emergency. Faith in humanity restored.",
    "The Christmas market is on Saturday 10 till 2 and there is a discount on the raffle for anyone under 16.",
    "My son's just started his own window-cleaning round and he's already fully booked till March, so proud of him! ❤️",
    "Half price mince pies at the WI stall on Saturday. Every penny goes to the church roof.",
    "The library's book swap is back: bring one, take one home!",
    "My daughter's opening her first art exhibition at the library on Saturday, so proud!",
    "The nurse does flu jabs at home for the housebound, ask the surgery.",
    "Flood warning for the Avon tonight. Sandbags are at the village hall from 4pm, help yourself.",
    "Church calendars are in, £5 a copy, all proceeds to the roof fund!",
    "Lovely lunch at my daughter's school café run by the Year 10s, free refills for grandparents!",
    "If anyone needs a handyman, ask the parish office for the list of local trades.",
    "Does anyone know a good plumber? Message me, ours has burst!",
    "I bought two signed copies for £10 at the school fair, all money to the PTA.",
    "Get your tickets for my daughter's school play from the office, all money to the PTA.",
    "Cake sale at the school, £1 a slice, message me if you can bake, all money to the PTA.",
    "It cost me £40 to fix the gate, message me if you want the name of the fencing people.",
    "Flat 3 above the bakery has a leaking gutter; the landlord has been told.",
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

/**
 * A charity or community cause in the same sentence or the next ("Cake sale Friday. All money to the PTA."), or the one
 * before a short one. (In a long post, "we raised £280 for the air ambulance" does not make a café's opening offer a charity event.)
 */
function forCharity(ctx: CheckContext, span: { start: number }): boolean {
  const causes = ctx.memo(CHARITY, () => ctx.find(CHARITY));
  if (causes.length === 0) return false;
  const [a, b] = ctx.sentenceOf(ctx.liteIndexOf(span.start));
  // The sentence before counts when this one is a short price list ("Raising money for the hospice. Cakes £1 each!").
  const from = a > 0 && b - a < 60 ? ctx.sentenceOf(a - 1)[0] : a;
  const to = b < ctx.lite.text.length ? ctx.sentenceOf(b)[1] : b;
  return causes.some((c) => c.viewStart >= from && c.viewStart < to);
}

export const commercial: Rule = phraseRule({
  id: 'commercial/promotion',
  category: 'commercial',
  severity: 'warning',
  message:
    "This promotes a business or sells something. The policy asks councillors not to use council channels to advertise, market or sell: keep trade to a personal or business page (charity and community events are fine).",
  patterns: lexicon.strong,
  keep: (ctx: CheckContext, span) =>
    !forCharity(ctx, span) && !ASKING_FOR_A_TRADER.test(ctx.sentenceText(span)) && !(HOURLY.test(span.text) && PUBLIC_CHARGE.test(ctx.sentenceText(span))),
});

import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { anyOf, phrases } from '../lexicon';
import lexicon from '../lexicons/council-decision.json';
import { reviewedTopicsIn } from '../topics';

const COMMITMENTS = phrases(lexicon.commitments);
// "I promise", "leave it with me", "that's final": a decision only when the draft is about council business.
const PROMISES = phrases(lexicon.promises);
const COUNCIL_MATTER = phrases(lexicon.councilMatters);
// "The town council agreed in January that allotment fees are staying the same": a decision reported, not made.
const COUNCIL_DECIDED = /(?:council|committee|councillors|meeting)(?: [a-z]+){0,2}? (?:has |have |had )?(?:agreed|resolved|voted|decided|approved)(?![a-z])|\(minute|minute [0-9]/;
const DEFERRAL = anyOf(lexicon.deferral);
const REPORTED_ELSEWHERE = phrases(lexicon.reportedElsewhere);
// "The council will fix it" commits the council; "the council will decide" defers to it.
const COUNCIL_WILL = new RegExp(
  `(?<![a-z])(?:${lexicon.councilBody})(?: will|'ll| 'll| is going to|'s going to| are going to| is gonna|'s gonna| has agreed to| have agreed to| has already agreed to| has (?:already )?decided to| have (?:already )?decided to| is definitely going to| will definitely) (?!(?:${lexicon.deferentialVerbs.join('|')})\\b)([a-z]+)`,
  'g',
);
const COUNCIL_IS_DOING = new RegExp(`(?<![a-z])(?:${lexicon.councilBody}) ${lexicon.presentCommitment}(?![a-z])`, 'g');
const HEDGED = /(?:can'?t|cannot|won'?t|not|no) (?:promise|guarantee|say)|(?:if|whether|hope|hopefully|maybe|might|may|assuming|unless|until|once) [^.]{0,30}$|(?:minute|resolved|resolution|minuted|meeting on)/;
// "I'll make sure your views are heard" passes a message on; it promises no outcome.
const PASSING_ON = /^\s*(?:that )?(?:your|the|their|his|her|residents'?|people'?s) (?:views?|voices?|concerns?|comments?|points?|questions?|objections?|feedback|complaints?) (?:are|is|get|gets|will be)/;
// A post signed by, or speaking for, a club or charity ("- Rushden Rotary", "we at the WI").
const OTHER_ORGANISATION_VOICE = /(?:(?:^|\n|[-~]\s*)(?:from |love,? |thanks,? |cheers,? )?(?:all )?(?:of us )?(?:at )?(?:the )?(?:[a-z']+ ){0,3}(?:rotary|lions|round table|scouts|guides|brownies|cubs|beavers|wi|women'?s institute|pta|ptfa|club|society|association|trust|church|chapel|academy|friends of [a-z ]+|volunteers|choir|band|charity|u3a|legion|fc|cc)\s*[.!]?\s*$|\bwe(?:,| at) the [a-z ]{1,30}(?:club|society|group|association|trust|church|school|charity|choir|band))/;
const NEGATED_PROMISE = /(?:can'?t|cannot|won'?t|not|no|never) (?:make any )?$/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "@LentonLandlords The council's going to buy your empty shop on the High Street, I'll get it through. Watch this space.",
    "I was at the planning committee until gone ten. A certain application for 40 houses isn't going to have an easy ride, and a few of us have already made our minds up 👀",
    "The town council has agreed, at my request, to waive the hall fee for the Scouts. Done.",
    "Good news Elm Road! After my chat with the chair, the parking restrictions are being dropped. You heard it here first 😉",
    "Busy week, and finally got the council to agree we'll resurface the whole of Ferry Lane in spring. Told you I'd sort it!",
    "@KibworthNews we've agreed to give the bonfire society £750, cheque's in the post. Enjoy!",
    "I've asked the clerk to get the new speed signs ordered before Christmas.",
    "Fellow villagers, as your parish rep I've been asked about the dog bins a lot. More coming in spring.",
    "We'll be putting the allotment rents up by 10% in April, sorry folks.",
    "@SteveCrick leave it with me, the council will cover the cost of the new nets, consider it done.",
    "We'll be putting the defib outside the shop, the parish is paying, I've already ordered it.",
    "Great news for the playgroup! After a long chat with the clerk I've agreed we'll give them £500 from this year's grants pot, so they can replace the outdoor toys.",
    "From next month the hall will be free for the toddler group, I've waived the fee.",
    "Quick update on the play area for the mums who've been asking. I had a word with the contractor yesterday and told them we'll cover the extra £1,200 for the rubber surface, so work starts Monday.",
    "@SallyVets speaking as chair of the planning committee, I can tell you it'll be approved, don't worry",
    "@PitsfordPete we've decided the tree's going in the Square this year, you heard it here first 😂",
    "The new houses? It'll get approved, trust me.",
    "I've authorised the clerk to order new Christmas lights, they'll be up next week.",
    "We'll sort the broken swing this week, the parish is paying, no need to go through committee.",
    "I've promised the scouts the field for their camp in June, it's theirs.",
    "Between you and me though, the parish has already decided to pay for the bigger pipe ourselves if they drag their feet.",
    "Divvent fret aboot the hall roof, the parish'll pay for it, ah'll make sure.",
    "Hall hire for the Brownies will be free from January. I've squared it, no need for them to apply.",
    "Re the bench on the Market Place: it's going, and a new one's coming. I've made that call.",
    "Straight from the horse's mouth: as chairman of the finance committee, the allotment fees are staying put.",
    "Right. No more parking on the Market Place verges from the 1st. I've told the warden to start ticketing.",
    "Had a word with the council's contractor myself and told him to do the verges on Tuesday instead.",
    "@abbeyroadres it's getting fixed next week, you have my word",
    "The pothole on Abbey Road will be filled before Christmas, I promise you.",
    "Don't worry about the allotment rents, they won't be going up, I'll see to that.",
    "As a member of the parish council I can confirm the park gates will be locked at dusk from Monday.",
    "I've got the casting vote on the play area and the answer's no, so don't bother.",
    "I've asked the clerk to order two new grit bins for Manor Road, they'll be here next week.",
    "The money's there in the reserves, so the youth club will get its £2k, no question.",
    "We are going to get the speed camera on the Harborough Road, I'll personally see to it.",
    "Re the solar farm: I've had a quiet word with the landowner and told him the parish won't object if he chucks a few grand at the playground.",
    "The pedestrianisation is off, I've pulled the plug myself, we're not doing it to the traders.",
    "Right, that's settled then: no more fireworks on the rec from next year. Too many complaints.",
    "Whatever the developers say, the golf course houses won't get past us, I'll see to that personally.",
    "I've instructed the clerk to withhold payment from the grass contractor until the verges are done properly.",
    "I'm telling you now, the recreation ground lights will be off by 9 from next week.",
    "Just told the highways lads to put the 20mph signs up on Mill Road tomorrow, no need to wait for the meeting.",
    "I've told the contractor the parish won't pay this month's invoice until it's sorted.",
    "Market Square parking is going to be pay and display from April, I've persuaded the others.",
    "No need to fill in the grant form, I'll get you the £300 for the scout hut myself from the council pot.",
    "The allotment rents are going up 20%, I've agreed it with the chair already.",
    "Pedestrianisation is happening whether the traders like it or not.",
    "The car park charges are going up whether the traders like it or not.",
    "I've got the council to agree to fund the Christmas lights, so that's sorted.",
    "Right, I'm authorising the spend on the new goalposts today.",
    "We're definitely putting a zebra crossing in on Main Street, take it from me.",
    "The grant for the youth club is in the bag, I've seen to it.",
    "Leave the dog fouling fines with me, I'll get them doubled.",
    "Good news, I've approved your request for a new streetlight.",
    "We'll get the potholes on Mill Lane fixed before Christmas, guaranteed.",
    "As of today the car park is free after 6pm, my decision.",
    "The skate park is going ahead, I've signed the paperwork.",
    "Told the man from the Scouts he can have the hall for free on Thursdays going forward.",
    "The toilets will reopen next month, I pushed hard for this and we got there.",
    "The Cottingham Road skatepark is getting floodlights, I can confirm that.",
    "Vote for the Christmas market on the square and I'll take it to the next meeting and make it happen.",
    "Re the footbridge: it's been decided, it's closing for good and there's no money to fix it.",
    "I know what I'm talking about: the skate park is definitely happening, contract signed tomorrow.",
    "The fair's coming back next summer, I've already shaken hands on it with the council's events team.",
    "They're getting their allotment water back on. My word's good.",
    "No need for a whip-round for the tree, the parish has got it covered.",
    "The bollards are coming out, I've made that decision for the council.",
    "The streetlight will be fixed Monday, I've ordered it.",
    "No more felling on the green, I've put a stop to it.",
    "The hall will be free for the WI from now on.",
    "The skate ramp stays. End of.",
    "The toilets in the park are reopening next week, I got it through.",
    "The hall fees aren't going up while I'm on that council.",
    "The bus shelter's going back up next week, sorted it myself.",
    "The parish will not be adopting that play area until the fencing is fixed.",
    "I've already told the developer we'll take the open space off their hands.",
    "Consider the new bins for the rec ordered.",
    "The clerk'll have the cheque for the scouts out by Friday.",
    "Fireworks are back next year, leave the funding to me.",
    "Don't worry about the shelter, I've signed it off and it's going up next week.",
    "I've had a quiet word with the clerk and the hall hire increase is off the table.",
    "The skate park stays. Over my dead body will the council vote it away.",
    "As your councillor I've authorised the spend on the new gates.",
    "No need to apply, I've put your name down for the allotment, you're top of the list now.",
    "The speed bumps are going in whether the residents' survey says so or not.",
    "You want a games area, so that's what's happening. We'll have it open by the summer holidays.",
    "I've booked the tree surgeon myself and the parish will pick up the bill.",
    "Yes, the car park will be free after 6. We sorted it at the pub after the meeting.",
    "Right, decision made: a bench for Jean by the pond. I'll get the parish to pay.",
    "Sorry, the parish council won't be renewing the Scouts' lease, that's been decided.",
    "As chair of amenities I've made the call: the play area reopens Monday.",
    "Don't bother with the consultation, the new car park's happening anyway.",
    "The allotment rents are being frozen next year, I've told the treasurer.",
    "The new swings are ordered and paid for, don't let anyone tell you otherwise.",
    "The youth club can have the pavilion on Fridays, I'll square it with the clerk afterwards.",
    "The car park charges? Not on my watch.",
    "Extending the allotments onto the old tip site? Seriously though, it's happening.",
    "The hall will be free for the Scouts from now on, I've squared it with everyone who matters.",
    "Yes, you can put the marquee on the green. Tell them Cllr Hart said it's fine.",
    "I've had a word with the contractor and the job's ours, no need for another quote.",
    "I've instructed the clerk to pay the invoice today.",
    "We'll get the bench replaced, I've got the money put aside in my budget.",
    "As far as I'm concerned the car park stays free. End of discussion.",
    "Told the lads at the depot they can have Friday off for the match, the council won't notice.",
    "Sorted it with the landlord, the Crown can use the car park. No need to bother the committee.",
    "The playground's getting new swings, I've already told the supplier to go ahead.",
    "You have my personal guarantee the Bell Hill swings will be fixed this month.",
    "The speed humps ARE going in. I've secured the funding from my ward budget.",
    "To the residents of Ash Close: the trees are staying. I've overruled the officers on this one.",
    "I've spoken to the others and we're voting the charges down.",
    "I've given the go-ahead for the Scouts to use the pavilion rent-free from January.",
    "The bin store is going nowhere. I won't allow it to be moved, simple as.",
    "I've already ordered it on the council's account.",
    "The stallholders won't be charged a pitch fee this year. That's my call.",
    "I've told him he can put tables out, the council won't mind.",
    "Don't worry, I'll make sure the council gets that streetlight fixed this week.",
    "The town council will be buying a new defibrillator for the park, I've decided, done deal.",
    "I'll get the hedge on Mill Road cut before the carnival, leave it with me.",
    'I can confirm the council has agreed to drop the rent rise.',
    "We're going to ban parking on the verge outside the school.",
    'Consider the bench replaced, the parish will pay for it.',
    "you'll get your refund from the council, I'll see to it personally",
    "Right, the council will reopen the toilets next week, I've sorted it with the contractor",
    "I've told the football club they can have the pitch free next season",
    "The allotments will stay, and the town council will not be selling the land.",
    "We've agreed in principle that the skate park is going ahead. The money's there, it'll be done by summer.",
    "The bollards go back in on Monday whether the county likes it or not. I've made my mind up.",
    "The pavilion stays open all summer, we've sorted the rota at the parish council. You can quote me on that.",
  ],
  pass: [
    "If the parcel won't fit, I'll get it through the side gate for you, Maureen — just text me.",
    "The council's going to be at the Christmas market on Saturday with a stall about the new recycling rules.",
    "The town council will be closed from Christmas Eve, reopening on 2 January.",
    "Your parcel's stuck at the depot? I'll get it through the letterbox when it comes, Pat.",
    "The panto cast have already made their minds up: Dave is the back end of the horse again 🐴",
    "The football club has agreed, at my request, to put the match programme online for residents who can't get to games.",
    "At my request, the clerk has put the hall fee on the agenda for the next meeting.",
    "Replying to a few of you: I've asked the clerk whether the council can cover a skip for the allotments; I'll let you know what she says.",
    "After my chat with the chair of the WI, the Christmas fair is going ahead in the church hall as usual.",
    "I've been trying for two years to get the council to agree to a new bench; it's on January's agenda.",
    "At last night's meeting we agreed to give the bonfire society £750 (minute 97).",
    "I've asked the clerk to get a few prices for a new noticeboard so we can look at them at the January meeting.",
    "Right, the speed signs on Leicester Road. I've asked the clerk to get two quotes so the council can look at them in January.",
    "The county says the old library will be marketed in the spring; the parish will be consulted before any sale.",
    "Brilliant news: the parish has agreed to put £500 towards the Scouts' minibus! (minute 112, December meeting)",
    "The snowdrops are out by the church, more coming in spring I hope!",
    "The council will decide in January whether to put the allotment rents up; have your say before then.",
    "We're putting our prices up at the cafe in January, sorry folks, the milk has doubled!",
    "Leave it with me and I'll find out from the clerk when the flood wall meeting is.",
    "The parish is paying tribute to the Reverend Mills at Sunday's service.",
    "I've promised the grandkids we'll buy a real tree this year, so the artificial one's going to the charity shop 🎄",
    "I've waived the fee for my own cake stall at the school fair, it's all for the PTA anyway.",
    "I told them we'll cover the cost of the bouncy castle ourselves, it's my grandson's birthday after all 🎈",
    "I told them we'll cover the teas at the family party if they do the cake 🎂",
    "The weather forecast says it'll be dry, trust me I checked three apps!",
    "We've decided to go to Cornwall this year, you heard it here first 😂",
    "No need to go through the clerk for the litter pick kit, just grab it from the shed.",
    "I've promised the kids a trip to the cinema if they tidy their rooms!",
    "The parish council has decided to pay for the bigger pipe (minute 23/114), work starts in spring.",
    "Divvent fret aboot the cake, ah'll make sure.",
    "Had a word with the neighbour about his hedge, all sorted, he's a lovely chap.",
    "The town council agreed in January that allotment fees are staying the same next year (minute 42).",
    "Tried to book the hall for the party, no need to apply, just ring the caretaker, so easy!",
    "My dentist's fees are staying put this year, small mercies!",
    "The county say it's getting fixed next week, fingers crossed.",
    "My boiler's being replaced on Monday, I promise you I'll be warm at last!",
    "Happy birthday Mum! I'll see to the cake, you put your feet up.",
    "The answer's no, the bin lorry won't come down the lane in the snow, says the county.",
    "Another shop closing on the high street. Well, that's the end of that then.",
    "I can confirm the quiz will be on Friday at the Plough, see you there!",
    "Is it a yes or a no? The answer's no, says the county, sadly.",
    "I've emailed the clerk asking if the council could consider grit bins.",
    "The youth club will get its £2k if the council approves the grant in March.",
    "Re the solar farm: I told the landowner that the parish council will discuss his offer at the next meeting.",
    "The quiz is off this month, I've pulled the plug myself, half the team have flu.",
    "Right, that's settled then: bonfire on the rec on the 5th, fireworks at 7, bring a torch!",
    "I've asked the clerk whether the grass contractor's work can be checked before payment.",
    "The clerk retires after 22 years; the council will thank her at the annual meeting in May.",
    "I'm telling you now, the queue at the post office on pension day is mad.",
    "Leave it with me, I'll pass your drive damage report to the clerk and let you know what she says.",
    "I told the lads to put the kettle on before the litter pick.",
    "I told them the council will decide at the next meeting.",
    "I've persuaded the others to come to the panto on Saturday, see you there!",
    "The council pot for community grants is open until March, apply online.",
    "I'll pay you the £5 back on Friday, thanks for the raffle ticket!",
    "The quiz is moving to Fridays, I've agreed it with the landlord, see you there!",
    "The pedestrianisation survey is open whether you shop in town or not, everyone can have a say.",
    "Take it from me, the new bakery's doughnuts are worth the queue.",
    "We're definitely having a barbecue if the sun comes out!",
    "The raffle prizes are in the bag, I've seen to it, see you at the fete!",
    "I've signed the paperwork for my daughter's school trip, she's so excited.",
    "I told my daughter she can have the car for free this weekend!",
    "I pushed hard in the last mile and we got there, marathon done!",
    "The school is getting a new roof, I can confirm that as a parent governor, lovely news.",
    "Wonder what we're paying for at the new gym, the showers have been cold all week.",
    "Make it happen, Gemma! The whole street is behind your marathon run for the hospice.",
    "It's been decided, we're going to Cornwall this summer, the kids are thrilled!",
    "The Santa run is definitely happening on the 14th, hats provided, all money to the hospice.",
    "The duck race is definitely happening on Sunday, weather permitting, bring the kids!",
    "Shook hands on it: the pub quiz rematch is on Friday!",
    "Thanks to the council's quiz team, who made the decision for the whole pub to dress up!",
    "I've ordered it online, the new bike lights arrive Monday.",
    "The pub quiz stays on Thursdays, end of!",
    "Prices aren't going up while I'm running the tuck shop, kids!",
    "Sorted it myself in the end, the boiler just needed bleeding.",
    "Leave it with me, I'll ask at the surgery whether they still do flu jabs on Saturdays.",
    "The youth club can use our garage on Friday, I've sorted it with my husband!",
    "The parish council will send its comments on the next phase before February.",
    "Consider the children first when you park near the school.",
    "Leave the washing up to me after the quiz, happy to help.",
    "The clerk signed off the accounts after the audit, they're on the website.",
    "I've had a quiet word with the school and the crossing patrol is back on Monday, thanks to them.",
    "Over my dead body am I running that marathon again!",
    "Spending on the new gates was approved at the September meeting, minute 88.",
    "You're top of the list for the best Christmas jumper, Sue!",
    "So that's what's happening with the roadworks: the county says gas main repairs.",
    "We sorted the bunting at the Red Lion after the carnival committee meeting, thanks all.",
    "The allotment waiting list is run by the clerk, drop her an email.",
    "We'll have the bunting up by Friday for the street party!",
    "The parish council is paying tribute to the late Cllr Jean Hart at its next meeting.",
    "We sorted the raffle prizes at the pub after the quiz, thanks all!",
    "Right, decision made: we're having the party at the pub. See you Saturday!",
    "The referee made the call and we lost on penalties.",
    "It's happening! The library is reopening on Saturdays from January, after the county's review.",
    "Don't bother with the High Street this afternoon, the parade's on.",
    "Bus fares are going up in January, says the operator.",
    "The Christmas jumpers are ordered and paid for, thanks Mum!",
    "Not on my watch, said the goalkeeper, and he saved it.",
    "I've asked the Clerk to put the invoice on the agenda for the finance committee.",
    "I promise the photos from the fun day will be up tomorrow.",
    "That's final: the quiz is on Friday at 8, not Thursday!",
    "Leave it with me, I'll ask the Clerk to put it on the next agenda.",
    "My neighbour's cat has decided my garden is its toilet and I've decided it's war.",
    "We'll be putting up the Christmas tree on the square on Saturday, volunteers welcome! - Rushden Rotary",
    "The car park charges will be discussed at the meeting on the 12th.",
    "Sorry for the mix-up with the dates, I won't let it happen again.",
    "Whether I stand again next year is my call and my family's.",
    'At its meeting on 12 March the council resolved to contribute £500 (minute 24/31).',
    "Good point, I'll put it on the agenda and the council will decide in April.",
    "I can't promise anything, it's a council decision, but I'll pass your comments on.",
    "The council will be discussing the verges at the June meeting.",
    "We'll be discussing whether to ask for an agreement at the June meeting.",
    'The parish council has paid for new lights this year.',
    "I'll pass it to the clerk and ask her to reply to you directly.",
    "The town council will not be able to reply to every comment, but all are read.",
    "Quote me on that if you like: the quiz is the best night out in the village.",
    "I've made my mind up: I'm doing the Great North Run next year!",
    "Whether you like it or not, winter is coming: the gritting routes are on the county's website.",
  ],
  // A reviewed topic makes a promise council business, as a pothole or the hall does.
  policy: { reviewedTopics: [{ name: 'Market Place pedestrianisation', aliases: ['pedestrianisation'] }] },
};

// "I've promised the grandkids we'll buy a real tree this year": the "we" is a family's, whatever the council is doing with trees.
const FAMILY_PLANS = /(?<![a-z])(?:grandkids|grandchildren|my kids|our kids|the family|my family|my wife|my husband|the wife|the missus|my mum|my dad|at home|for the house|our house|my house|our garden|my garden|our birthday|my birthday)(?![a-z])/;

export const councilDecision: Rule = {
  id: 'council-decision/commitment',
  category: 'council-decision',
  severity: 'warning',
  message:
    'This reads as a promise or decision on behalf of the council. Only the council as a whole can decide: say you will raise it, or that the council will consider it, rather than what will happen.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    // Both whole-draft questions are asked only when a phrase needs the answer (ctx.mentions remembers it).
    const promised = ctx.find(PROMISES);
    const promises =
      // A reviewed topic is council business by definition.
      promised.length && (ctx.mentions(COUNCIL_MATTER) || reviewedTopicsIn(ctx).length > 0) && !ctx.mentions(REPORTED_ELSEWHERE) ? promised.filter((s) => !DEFERRAL.test(ctx.sentenceText(s)) && !COUNCIL_DECIDED.test(ctx.sentenceText(s))) : [];
    for (const s of [...ctx.find(COMMITMENTS), ...promises]) {
      // "We'll be putting up the tree - Rushden Rotary": the "we" is another organisation.
      if (/^we/.test(s.text) && ctx.mentions(OTHER_ORGANISATION_VOICE)) continue;
      if (/^(?:we|i)/.test(s.text) && FAMILY_PLANS.test(ctx.sentenceText(s))) continue;
      const before = ctx.before(s.start, 40);
      if (NEGATED_PROMISE.test(before)) continue;
      const promised = ctx.lite.text.slice(s.viewStart, s.viewEnd + 60).replace(/^.*?(?:make sure|ensure|see to it)/, '');
      if (PASSING_ON.test(promised)) continue;
      hits.push(s);
    }
    const council = ctx.lite.text.includes('council') || ctx.lite.text.includes('parish');
    for (const s of council ? [...ctx.find(COUNCIL_WILL), ...ctx.find(COUNCIL_IS_DOING)] : []) {
      const sentence = ctx.sentenceText(s);
      const upTo = ctx.before(s.start, 60);
      // "…has agreed to put £500 towards the minibus! (minute 112)": the minute reference may follow the sentence.
      if (HEDGED.test(upTo) || /resolved|minute|resolution/.test(sentence) || /^[^\n]{0,60}?(?:\(minute|minute [0-9])/.test(ctx.after(s.end, 160))) continue;
      hits.push(s);
    }
    return hits;
  },
};

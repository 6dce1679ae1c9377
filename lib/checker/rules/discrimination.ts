import type { CheckContext, Hit, Rule, RuleExamples, Span } from '../context';
import { anyOf, phrases, phraseSource } from '../lexicon';
import lexicon from '../lexicons/discrimination.json';
import { wordHits } from '../word-hits';
import { isReported } from './abuse';

const SG = phraseSource(lexicon.singularGroups);
const GROUPS = phrases([...lexicon.groups, ...lexicon.placesOfWorship]);

// A group or one person picked out by a protected characteristic, with contempt in the same breath.
const CONTEMPT = phrases(lexicon.contemptNear);
const SINGULAR_TARGETS = phrases(lexicon.singularTargets);
const PRAISE = anyOf(lexicon.praiseNear);
const PREDICATE_AFTER = new RegExp(`^((?:[^.!?\\n]{0,45}?[\\s,'])??)(${phraseSource(lexicon.predicates)})(?![a-z])`);
// Checked only in front of a group the GROUPS scan found ("no more mosques", "stop pandering to the disabled").
const HOSTILE_BEFORE = new RegExp(`(?<![a-z])(?:${phraseSource(lexicon.hostileBefore)}) (?:the |all |any |these |those |more |of )*$`);
// Slurs and stereotype frames are reported alike, so one scan finds both.
const SLURS_AND_FRAMES = phrases([...lexicon.slurs, ...lexicon.stereotypeFrames.map((f) => f.replace(/SG/g, SG))]);
// Checked only after a group the GROUPS scan found ("immigrants breed like rats").
const GENERALISED_AFTER = /^(?:[^.!?\n]{0,25}?\s)?(?:always|never|are all|they all|they always|they never|every one of them|every single one of them|all the same|are the same(?! (?:age|size|price|as|colour|day|time|height|length|team|school|family|street))|run every|own every|run all the|own all the|run most of the|own most of the)(?![a-z])(?! (?:so |really |very )?(?:turn out|turn up|show up|help|helping|support|welcome|welcoming|invite|look after|lend|give|donate|raise|volunteer|come|join|back|put on|needed|wanted|fail to (?:sell|impress|amaze)|had|been|ready|happy|there for|on hand|good|great|first))/;
const DEHUMANISE = /^[^.!?\n]{0,30}\blike (?:rats|animals|vermin|cockroaches|insects|dogs|pigs|a plague|a virus|locusts)(?![a-z])/;
const DOUBT_BEFORE = /(?:don'?t|do not|wouldn'?t|would not|can'?t) (?:think|reckon|believe)(?: that)?\s*(?:a |an |the |any )?$/;
const FITNESS_AFTER = /^\s*(?:should|ought to|could|can) (?:ever )?(?:be (?:allowed|trusted|in charge|on the (?:committee|council|board)|chairing|running|leading|teaching|driving|managing|representing|coaching|refereeing|looking after|doing (?:a|the) (?:job|role))|run|chair|lead|hold (?:office|a post|the)|sit on|serve on|stand for|teach|drive|vote|look after|manage|represent)(?![a-z])/;
// "Another mosque. Because that's exactly what we need.": sarcasm in the next breath.
const SARCASM_NEXT = /^[^.!?\n]{0,60}[.!?]+\s+(?:because |cos |'cause )?(?:that'?s|thats|just) (?:exactly |just )?what (?:we|this (?:town|village|country|area)|[a-z ]{1,40}) (?:needs?|needed|wanted|was missing)(?![a-z])/;
// "A woman reversing into a space first time. Alert the press!": mock surprise at a group doing something right.
const COMPETENCE_SARCASM = /^[^.!?\n]{0,60}(?:first time|on time|for once|properly|correctly|without (?:crashing|hitting|moaning|complaining|a fuss))[^.!?\n]{0,30}[.!?]+\s+(?:alert the (?:press|papers|media)|call the (?:press|papers)|hold the front page|stop the press(?:es)?|wonders will never cease|miracles (?:do )?happen|(?:it'?s )?a miracle)/;
const RESENTMENT_BEFORE = /(?:can'?t|cannot|couldn'?t|never|we can'?t|locals can'?t) (?:get|have|find|afford) (?!over)[^.!?\n]{0,50}(?<![a-z])but (?:the |them |those |these |all the )?$/;
const RESENTMENT_AFTER = /^[^.!?\n]{0,40}?(?<![a-z])(?:get|gets|got|getting|are given|are getting|walk (?:in|straight)|jump|jumps|are put|are housed|are handed)(?![a-z])/;
// "Jewish landlords, what did you expect?": the group named as if it explained the rest.
const EXPECTED_NEXT = /^[^.!?\n]{0,20}?[,.!?:-]\s*(?:what (?:did|do|else (?:did|do|would)) (?:you|we|anyone) expect|surprise,? surprise|say no more|need i say more|enough said|go figure)(?![a-z])/;
const WARNING_NEXT = /^[^.!?\n]{0,60}[.!?,]+\s+(?:please |so |best |better |might want to |make sure you )?(?:lock|padlock|hide|watch|mind|guard|chain up|lock up|lock away|keep an eye on|count|check on|bring in|put away) your (?:(?:garden|power|good|best) )?(?:tools|bikes|valuables|handbags|bags|wallets|purses|kids|children|daughters|wives|cars|vans|sheds|dogs|doors|garages|gates|pets|horses|tanks|fuel tanks|oil tanks|diesel|trailers|quad bikes|tractors)(?![a-z])/;
const CONDEMNATION = anyOf(lexicon.condemnation);
const OBJECTORS = /(?:people|ones|folk|those|neighbours|residents) (?:who|that) (?:object|objected|complain|complained|moan|moaned|oppose|opposed|protest|protested|campaign|campaigned)(?![a-z])/;
const REPORTING_BEFORE = new RegExp(`(?:${phraseSource(lexicon.reportingBefore)})[\\s'":]*(?:[a-z]+ ){0,3}$`);
const DISAGREE_BEFORE = new RegExp(`(?:${phraseSource(lexicon.disagreeBefore)})\\s*(?:all |the |most |many |some )?$`);
const NEGATED_BEFORE = /(?:n't|\bnot|\bnever|\bno longer)\s*$/;
const PRONOUN_NEXT = /^[^.!?\n]{0,80}[.!?]+\s+(?:they|these people|those people|(?:some|half|most|all|many|a lot|the lot) of (?:them|em|'em))\s/;
const NEGATED_GAP = /(?<![a-z])(?:not|never|no|nothing)(?![a-z])|n't/;

// Slurs typed with one letter dropped, added or doubled, or two swapped ("faggott", "retrad");
// substitutions are not counted, so "bigger" and "regard" stay innocent.
/** Quoting hate to condemn or report it ("a man said 'send them all back'. Disgraceful.") is counter-speech. */
function afterLastBut(span: string): string {
  const at = span.search(/(?<![a-z])but(?![a-z])(?!.*(?<![a-z])but(?![a-z]))/s);
  return at < 0 ? span : span.slice(at);
}

function isCounterSpeech(ctx: CheckContext, span: { start: number; end: number }): boolean {
  const before = ctx.before(span.start, 60);
  if (DISAGREE_BEFORE.test(before)) return true;
  const condemned = CONDEMNATION.test(ctx.around(span, 200));
  if (ctx.inQuotes(span) && (condemned || isReported(ctx, span))) return true;
  return condemned && REPORTING_BEFORE.test(before);
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Those Muzzies at the takeaway never close on time.",
    "@OldStratfordOAP with respect, at your age you should leave the internet to people who understand it",
    "At his age he should stick to bingo and leave the planning committee to the rest of us.",
    "Who on earth lets a 90-year-old drive a Range Rover round the village at 40mph? Take his keys off him, family.",
    "The new lad on the Wicken team is Polish and nobody could pronounce his name so we just called him Vodka all night 😂",
    "New GP at the surgery can barely string a sentence together in English. Is that really who we want diagnosing our kids?",
    "Been here 30 years and now I am the foreigner on my own street. Not one English voice in the queue at the Co-op this morning.",
    "She is in a wheelchair, bless her, but could she really cope with the treasurer job? Be realistic.",
    "Another 'young mum' on the estate with three kids and no husband. Our taxes at work.",
    "The new vicar and his husband seem nice enough, but which one is the wife in that marriage, eh? 😂",
    "Yes, the couple at the mill are both blokes, and between us, I do wonder who wears the apron 😂",
    "Our new treasurer is very switched on for a man his age, fair play to him.",
    "Not being funny but the Romanians moved in at the end of the lane and within a month things started going missing from the gardens. Funny that.",
    "Nothing against the travellers personally but every time they pull onto the rec something goes missing from the sheds.",
    "Went to the new barber's on the High Street. Nice enough lads, but you can tell they're not from round here, if you catch my drift. Won't be going back.",
    "Our new neighbours have put a huge satellite dish up and the smell of their cooking is everywhere. Very 'multicultural', I'm sure.",
    "Shame the football club's new manager is gay, the lads won't want him in the changing rooms.",
    "Nice that the Co-op's hired a lad with Down's syndrome, but is it really fair on the customers when he's so slow?",
    "That lot from Romania are all on the fiddle, everyone knows it.",
    "Of course the landlord's Jewish, he'd charge you for breathing 😂",
    "Keep your lifestyle to yourselves, we don't need it shoved in our faces at the village fete.",
    "Round here we call them the Romanian car wash lot. Count your wheel trims 😂",
    "Sounds like a diversity quota to me, not a proper appointment.",
    "Funny how the 'disabled' bays outside the Co-op are always full of people who can skip across the road 🤔",
    "Nice to see the new doctor at the surgery, shame we can't understand a word he says 😂",
    "I've nothing against gay people, I just don't think they should be running a children's club.",
    "Of course the new chairman of the bowls club is in his 80s, so don't expect anything to change before he pops his clogs 😂",
    "Can we have one Christmas without someone complaining it offends the Muslims? Just one?",
    "That new couple on the estate, the two dads, the kids must be so confused, poor things.",
    "Pregnant again, that'll be another year off on full pay for the deputy clerk 🙄",
    "Funny how the Eastern Europeans are always the ones with cash for a new BMW.",
    "He, she, whatever it is, the new barmaid at the Fox is very friendly 😂",
    "Wheelchair users at the front of the queue again, the rest of us just have to wait I suppose.",
    "Mind you, since the hostel opened on the Rugby road the Co-op's had more shoplifting than ever, I'm just saying what everyone's thinking.",
    "The new family at the Old Rectory don't speak English and won't try. Can't say I'm surprised.",
    "@NorthantsPolice good luck finding anyone, the gypsies will have that quad bike in Ireland by now",
    "@jt_walks they're not people, they're vermin, and the sooner they're sent back the better",
    "Great turnout at the carol service tonight. Shame about the new lot on Orchard Way, you could hear their music from the church. Not everyone wants to integrate I suppose.",
    "Twenty years on that estate and they've made no effort to learn English.",
    "Just saying, there were no problems on the estate before the Somalis came.",
    "Our daughter's new teacher is a man. Not sure how I feel about that with the little ones.",
    "Funny old world when a Sikh lad is picked to lead the Remembrance parade.",
    "They should make them all learn English before they're allowed a council house.",
    "Apparently the new vicar is gay. Wonder how long before the congregation halves.",
    "Pensioners clogging up the surgery on a Monday, don't they have anything better to do?",
    "No trouble at all in the village until the asylum hotel opened. Coincidence?",
    "Apparently the new landlord is a Muslim, wonder how long before they stop selling beer.",
    "Why are we paying for a Pride event? Most people round here don't want it rammed down their throats.",
    "The new traveller site will bring crime, it always does, ask anyone in Chatteris.",
    "'Go back where you came from' — honestly, some of them should.",
    "New people at the old rectory. Lots of visitors in robes coming and going. Should we be worried? Just asking.",
    "He's nice enough, but he's not really one of us, is he? Not with that name.",
    "The care assistants at Elm House can barely speak English, how are they meant to look after our mum?",
    "We all know what happens to house prices when a certain sort moves in.",
    "He's 75, bless him, but someone needs to tell him to hand over the keys to the minibus.",
    "Special needs kids in mainstream schools just drag everyone else down.",
    "Not being funny, but certain communities in this town don't pull their weight. You know who I mean.",
    "The Pride picnic was lovely, but do they have to flaunt it in front of the kids?",
    "Noticed the new doctor at the surgery is wearing a headscarf. Hope she's not going to be preaching at us.",
    "OK boomer. Your generation had it easy and wrecked everything.",
    "Another 'special' one on the bus shouting again. Why do they let them out on their own?",
    "The way some of them breed, there'll be no room left in the schools for our kids.",
    "I'm not racist, I've got Asian friends, but you can't deny they keep to their own.",
    "You can always tell when it's Ramadan, the takeaway's shut at lunch and they're all grumpy 😂",
    "Another trans lad in the Scouts? They'll be wanting their own tents next. 🙄",
    "Bit rich being lectured on manners by someone who came here on a lorry.",
    "That lot from the caravans 'ave been at the diesel again, lock yer tanks up.",
    "Them Eastern Europeans at the packing plant, divvent get me started, nivver done a day's graft between 'em.",
    "Sorry, are we really surprised the takeaway failed its hygiene inspection? Look who runs it 😂",
    "I'm told the new owners of the Bull are 'not from round here'. Let's just say I'll be counting my change.",
    "The Romanian lads at the car wash, count your change 😉",
    "Funny how the vandalism started when the travellers pulled onto the showground.",
    "Burglaries went up the same week the refugees were moved into the hotel. Coincidence?",
    "She only got the job because they needed a woman on the board.",
    "He only got the chair because they wanted a token black face on the committee.",
    "She got the promotion because of her gender, nothing else.",
    "Can't have a wheelchair user running the youth club, be realistic.",
    "We shouldn't let a blind man on the planning committee, how's he going to read the plans?",
    "The new GP's a Sikh lad. Turban and all. Hope he knows what he's doing.",
    "A woman running the scout group? Can't see the lads listening to her.",
    "Wheelchair user on the parish council? How's she going to get up the hall steps, let alone do the job.",
    "Black lad hanging round the car park again. Just saying, keep your eyes open.",
    "Notice the Jewish family at the big house never come to the village events. Keep themselves to themselves, don't they.",
    "He used to be a she, apparently. Funny old world. Wouldn't trust him with my kids.",
    "New neighbours moved in at number 8. Hijabs and everything. Here we go.",
    "Another Eastern European supermarket opening on the high street. Well, that's the end of that then.",
    "The new vicar's a woman. Bet the sermons will be all about feelings.",
    "Saw two lads holding hands outside the Co-op in broad daylight. What are the kids supposed to think?",
    "A 70-year-old standing for the council? Should be thinking about his pension, not planning.",
    "Trans kids? There's no such thing, it's parents after attention.",
    "Spot the foreigner: the only car on the pavement has Polish plates. Every time.",
    "Some of these single mums are having kids just for the council house.",
    "Women's football on telly again? Nobody wants to watch that.",
    "Fat birds shouldn't wear leggings, just saying.",
    "#DeportThemAll, simple as 🇬🇧",
    "Enough is enough #SendThemBack",
    "Britain's full, close the borders.",
    "They should send the lot of them back on the next boat, we're full.",
    "Any disabled person who can walk to the pub can walk to work. Scroungers.",
    "The new family at the rectory still haven't been to church. Says it all really. Don't think they're Christian if you get my meaning.",
    "Don't let your daughters walk home past that new hostel, full of men from God knows where.",
    "You lot and your woke nonsense. Next it'll be gender-neutral toilets in the village hall. God help us.",
    "He can barely string a sentence together, must be the autism, bless him.",
    "Are you autistic or something?",
    "She's so autistic about the recycling rota.",
    "All the Pakistani taxi drivers in Northampton are the same, they'll take you the long way round.",
    "Funny how the Jewish family at the big house never seem short of a few quid.",
    "Teenagers. Every last one of them glued to a phone and not a manner between them.",
    "Divorced three times and now wants to run the Mothers' Union. You couldn't make it up.",
    "Why does every bloody takeaway in the high street have to be Turkish now?",
    "Those Lithuanian lads at the car wash are definitely not legal, ask yourself why they're paid in cash.",
    "Gypsies camped on the layby again. Count your garden tools lads.",
    "Dyslexic? You'd never get a job in my day, you'd be told to try harder.",
    "Can't move in Tesco for pensioners on a Tuesday, shouldn't they be at home doing jigsaws 😂",
    "Wouldn't want a Romanian mechanic near my car, no offence.",
    "Nice enough lad but you can tell he's only been in the country five minutes, couldn't understand a word. Stick to your own, that's my advice.",
    "Can we not have the Pride flag on the memorial this year? Some of us have to explain that stuff to our grandkids.",
    "The woman they've put in charge of the allotments will be off on maternity within the year, mark my words.",
    "Another group of 'young men' from the hotel hanging round the Co-op. Ladies, I'd walk the long way round if I were you.",
    "How many Irishmen does it take to fix the village pump? All of them 😂",
    "Some of these people on the sick with 'anxiety' just need a kick up the backside.",
    "Trust a woman to put the Christmas lights up crooked 😂",
    "Only in this country could a Muslim become mayor. Says it all.",
    "The lads from the traveller site were seen near the church the night the lead went missing. Just saying.",
    "The people moving into the new estate don't share our values. They keep themselves to themselves. Different culture, I suppose.",
    "Anyone who votes for a 19-year-old to be on the parish council wants their head testing.",
    "Gr8 turnout 4 the Remembrance parade but a shame the 'community leaders' from the mosque couldn't be bothered as usual.",
    "Gay couple running the Swan now, so I expect the menu will be all avocado and small plates 🙄",
    "Shame the new vicar's a woman, the men's breakfast won't be the same.",
    "Fair play to him, he speaks really well for a black lad from the estate.",
    "Congratulations to Margaret on her medal, even if she is 84 and half deaf these days, bless her 😂",
    "At least it's not another kebab shop run by you-know-who. 😉",
    "These Ukrainians have been given more than our own veterans ever got.",
    "A lady vicar doing the Remembrance service? My granddad will be spinning in his grave 😂",
    "Funny how the new houses all went to people who can't speak a word of English.",
    "No wonder the surgery's a mess, half the doctors trained abroad and you can barely understand them.",
    "A wheelchair user on the fire safety committee would be more of a liability than a help.",
    "Dementia's one thing, but he shouldn't be voting on the budget in that state.",
    "She's pregnant again, so that's the clerk's job being done by a temp for another year.",
    "Muslims at the school gate in their full get-up, don't tell me they're integrating.",
    "Why are the new families on Cedar Drive so loud? They think they're still back home at the market.",
    "With respect to the ladies on the WI, planning law is a bit technical, so leave the objection letter to the men who understand it.",
    "Women can't run councils, they're too emotional. Simple.",
    "Typical Pakistani cabbie, took the long way round and charged double.",
    "Albanians run every car wash in the county and we all know what else they run.",
    "The travellers are back on the rec. Usual drill: lock everything up and keep the kids in.",
    "Mind your handbags ladies, the Romanians are back outside Tesco.",
    "Another Pride flag on the library. Next they'll be teaching it in nursery.",
    "I've nothing against them but do we really need a halal butcher AND a Polish shop on one street?",
    "The new GP is lovely, shame about the accent.",
    "Wheelchair users want all the pavements dropped, fine, but who's paying? Not them, that's for sure.",
    "She's 72 and wants to run the youth club. Bless her, but come on.",
    "Put a Muslim in charge of the Christmas lights and see what happens.",
    "They're Syrian refugees, not criminals. Having said that, they should be grateful and keep their heads down rather than complaining about a house they're getting for free.",
    "The people objecting to the mosque are still better than the ones who'd go.",
    "The Polish lads at the car wash always seem to get away with parking on the pavement.",
    "Travellers never clean up after themselves, the field's a tip every time.",
    "Asians always stick together, never mix with the rest of the town.",
    "Since the Romanian family moved in the bins are never put out properly. Culture, I suppose.",
    "Had a female plumber round today. Took her three hours. Say what you like but some jobs are men's jobs.",
    "Another application for a mosque extension. Wonder how many more we'll need.",
    "Great, a gay bar opening on the High Street. Just what the kids need to see on the way to school.",
    "The amount of headscarves at the school gate now, it's like being abroad.",
    "Jewish landlords own half the town, funny how that works.",
    "Maybe the school should stop hiring women of a certain age.",
    "Chinese takeaway on the corner, I'd check what's in the chicken if I were you.",
    "Gypsy site planned for the bypass. Better buy a bigger padlock.",
    "He's registered blind and they still gave him a seat on the planning committee. You couldn't make it up.",
    "I see the new vicar is a woman. Well, the congregation was dwindling anyway.",
    "Not saying the women on the committee can't do numbers, but funny how every budget they touch goes over.",
    "The amount of mobility scooters on the High Street on market day, you can't move. Some of them should just stay home.",
    "Why do the Polish lads at the car wash always seem to get away with it? We all know why.",
    "Mind you, what do you expect when you put a bunch of pensioners in charge of the money.",
    "Imagine being 80 and still thinking you should have a say. Sit down, grandad.",
    "Can't get a doctor's appointment but the Syrians at the hotel get seen the same day.",
    "Hiring a woman in her thirties is asking for maternity leave.",
    "He's a nice enough lad, for a traveller.",
    "The Polish lot have taken all the jobs at the warehouse.",
    "Gay pride flag on the town hall? Next they'll want one for every weirdo going.",
    "Saw a woman in a burka at the bank, how are we supposed to know who she is?",
    "She shouldn't be driving at 89.",
    "Never known a Romanian who wasn't on the fiddle.",
    "Half the class can't speak English.",
    "Why does every new shop on the High Street have to be a Turkish barber?",
    "His mum's a Muslim so I wouldn't expect him at the Christmas party.",
    "Autism's just an excuse for bad parenting.",
    "The Chinese are buying up all the houses on the new estate.",
    "Bet the new doctor won't last, they never do when they've got young kids.",
    "Lesbians running the Brownies now. What next?",
    "The new GP is Nigerian. Good luck understanding your diagnosis.",
    "A wheelchair user as a carnival marshal? How's he going to chase anyone?",
    "Two mums? That poor kid.",
    "Once the Somalis moved into Saffron Road the whole street went downhill.",
    "Why should my council tax pay for a prayer room for one religion?",
    "If they want to live like they're still in Pakistan, they should go back there.",
    "Ask a woman to read a map and you'll end up in Wales 😂",
    "Autistic kids should be in special schools, not holding back the rest of the class.",
    "She's past it, sixty-five and still on the committee.",
    "House prices on our street dropped the minute the mosque got planning.",
    "Don't let her near the accounts, she's a blonde 😂",
    "He's seventy, he should be at home in his slippers, not running the committee.",
    "I don't mind gay people, I just don't want them kissing in the park.",
    "Trans women in the ladies' changing rooms at the pool? Not on my watch.",
    "Women just aren't cut out for the fire service.",
    "Married men make better councillors.",
    "The Romanians have turned Midland Road into a tip.",
    "It's the immigrants driving down wages, simple as.",
    "Jewish landlords, what did you expect?",
    "Real men don't cry at meetings.",
    "I'd never employ a Polish builder again.",
    "She only got the job because she's black.",
    "The African lads at the car wash are obviously illegal.",
    "Soon we'll need a phrasebook to buy milk on the High Street.",
    "Half of them can walk perfectly well, those blue badge holders.",
    "Let them step aside, they won't live to see the new school anyway.",
    "She shouldn't be on the committee, she's pregnant, she won't be around in six months.",
    "He's got Asperger's so there's no point arguing with him.",
    "She's a bit simple, bless her, wouldn't trust her with the money.",
    "He drives like all Polish lads, stereotypes exist for a reason 😂",
    "Imagine getting sent off by a woman referee, couldn't live with it.",
    "You can always tell which flats the Romanians live in, bins everywhere.",
    "Ladies, leave the reversing to the men please, the car park's a nightmare 😂",
    "She's registered blind, so there's no point asking her to check the plans.",
    "More doddery old fools clogging up the roads at 20mph.",
    "Coffin dodgers shouldn't get a vote on the skate park.",
    "Why do they always have to pray in the park? Do it at home like normal people.",
    "The trans lobby has taken over the library now.",
    "Bet it was one of the lads from the Traveller site, always is.",
    "Agency workers from God knows where, twelve to a house, bins overflowing.",
    "They don't want to fit in and never will.",
    "Another Polish van driver doing 50 through the village, what a surprise.",
    "Can't trust a man who wears make-up to run the accounts.",
    "Romanians drive like maniacs round here.",
    "Nothing against them personally, but another mosque? Here? Give over.",
    "He's registered blind so I doubt he really understands what he signed.",
    "Imagine being bossed about by a woman who can't even reverse into a space.",
    "Another one fresh off the boat running the car wash now.",
    "The precinct's turned into little Warsaw, you can't hear a word of English.",
    "Typical autistic response, no sense of humour.",
    "You know what happens when one lot move in, the rest of the clan follow.",
    "The new doctor's got a beard and a turban, I'm not seeing him.",
    "Men can't multitask, that's why the council's a mess.",
    "Proper ghetto round the back of the Co-op now, all the foreigners moved in.",
    "An 80 year old standing for council? Should be in a home, not in the chamber.",
    "Nothing against the new barbers but I'll stick with an English one. At least I'll understand what he's saying.",
    "Why do we bother hiring women of that age.",
    "The Jews run the banks so of course the branch is closing.",
    "Muslims and their 'festivals', blocking the road again. This is England, not Pakistan.",
    "Another one of those autistic types screaming in the library.",
    "Trans women are men. End of.",
    "Disabled parking bays are wasted on people who can walk perfectly well.",
    "Another Romanian car wash has opened. That's the High Street finished then.",
    "Get back to your own country, we don't want your kind here.",
    "Why did the Polish builder cross the road? To undercut the English one.",
    "The mosque's asked for more parking. Of course they have, there's always something.",
    "Had a lady mechanic look at my car. Still making the noise, who'd have thought.",
    "Can't understand a word the new GP says. Send us a proper English doctor.",
    "Gay couples adopting? God help those poor kids.",
    "Now my granddaughter has to get changed next to some bloke who's decided he's a woman this week?",
    "Don't rent to Romanians, they pack ten to a house.",
    "He's too old to be chairman, let someone younger do it.",
    "Do we really need another Polish shop on the High Street?",
    "She only got the job to tick a box.",
    "Fancy letting a woman organise the bonfire.",
    "The families moving onto the new estate just don't share our values. This used to be a proper English village.",
    "Keep Weldon English.",
    "Another boatload arrived in Dover today. Expect them in a hotel near you soon.",
    "People with dementia shouldn't be allowed to vote, simple as.",
    "The trans lot want to use the ladies' loos at the leisure centre now.",
    "Sorry but some cultures just don't value education like we do.",
    "Every time I go into town it's like a foreign country these days.",
    "He's a nice enough lad for a Muslim.",
    "Didn't take long for the mosque crowd to start complaining about the Christmas lights, did it?",
    "Honestly, only a woman could take forty minutes to park a Fiesta.",
    "Special needs kids shouldn't be in normal schools, it holds the others back.",
    "We don't need any more of those places of worship round here, if you get my drift.",
    "I've got nothing against gay people, I just don't want it in my face at the fete.",
    "Council houses handed to people who've been here five minutes while locals wait years.",
    "I'm all for equality but a bloke in a dress is still a bloke.",
    "Old dears shouldn't be driving, simple as.",
    "The new family can't speak a word of English but know exactly where the benefits office is.",
    "Wheelchair users shouldn't expect every shop to bend over backwards for them.",
    "Why is it always the Eastern Europeans parking on the pavements?",
    "More 'refugees' in designer trainers with iPhones. Give me a break.",
    "What do you call a Polish builder who turns up on time? A miracle 😂",
    "Spotted a woman reversing into a space first time today. Alert the press!",
    "And this is why you don't put a woman in charge of the finances.",
    "Can't stand these woke types. Men are men and women are women, end of.",
    "Men can't be nursery workers, it's just not natural, sorry.",
    "With respect, someone with autism can't be expected to manage a budget like that.",
    "Funny how the knife crime only started when that lot moved onto the estate.",
    "Apparently we're getting another mosque. Because that's exactly what a small English market town needs.",
    "Not racist but I wouldn't want my daughter going out with one of them.",
    "@LocalLad typical p*key behaviour, nicking anything that isn't nailed down",
    "These trans activists should be kept well away from our schools.",
    "Surely they could find someone local who speaks proper English for a village surgery.",
    "I don't think a woman her age should be chairing anything.",
    "You can't have a lad in a wheelchair running the youth club.",
    "Once the travellers are on the field you'll never get them off, and the shop'll be robbed blind.",
    'Bet it\u2019s the eastern Europeans from the caravans nicking the diesel again',
    "Old people shouldn't be allowed to vote on things they won't live to see.",
    'Only a woman would think a roundabout needs flowers on it',
    'Can we stop pandering to the disabled lot with their special parking',
    "He's a mong, don't bother arguing with him",
    'Gays can do what they like behind closed doors but keep it out of our fete',
    'No more mosques in the county. They don\u2019t integrate and never will.',
    'Trans women are men in dresses and I won\u2019t pretend otherwise',
    'Those p@kis at the corner shop are overcharging again',
    "Pregnant women shouldn't be on the committee",
    'Immigrants are vermin.',
    'what a faggott',
  ],
  pass: [
    "The mozzies were awful at the campsite, bring repellent!",
    "At her age she should be proud: 85 and still running the church flower rota!",
    "At my age I leave the technology to the grandkids, they set up my video calls 😂",
    "My 90-year-old dad handed his car keys in this year, his choice, and the community bus has been brilliant for him.",
    "A 17-year-old learner in a Fiesta shouldn't be driving on the A5 in this fog, nor should anyone.",
    "Nobody could pronounce the name of the new cocktail at the Plough so we just called it the green one 😂",
    "I can never pronounce his name right, so I asked him to teach me: it is Wojciech, and now I can say it!",
    "Not one English word on the menu at the new Thai place, so we pointed and hoped. Best green curry ever!",
    "My nan can barely speak English after fifty years here, bless her, but her pierogi are the best in the county.",
    "Felt like a stranger in my own kitchen after the builders moved everything round 😂",
    "He's in a wheelchair and runs the fete committee like a military operation, best fete we've had in years.",
    "The young mums group at the church hall has moved to Thursdays, all welcome, tea and toast provided.",
    "Can he really manage another marathon at 70? Yes he can: Bob from the running club did it in 4 hours 10!",
    "We all know who wears the trousers in our house, and it is not me 😂",
    "The two lads who run the bakery are both blokes after my own heart: bacon rolls at 7am!",
    "He is tall for his age, our Jack, already taller than his mum.",
    "She is a brilliant swimmer for her age group and won three medals at the county gala.",
    "Every time the fair comes to the rec something goes missing from the lost property box, usually my patience 😂",
    "The travellers have moved on and the rec has been left spotless, fair play to them. Nothing went missing either, for those who asked.",
    "Our village is wonderfully 'vibrant' on quiz night, as the landlord puts it 😂 120 people and a conga line!",
    "Not from round here, if you catch my drift: the lost parrot on Church Lane speaks Spanish 🦜",
    "Great to see the Co-op has hired Sam, who has Down's syndrome, he's the friendliest face on the tills!",
    "The quiz team's not from round here, they came from Daventry, and they won, fair play 😂",
    "Is it really fair on the customers that the Co-op closes at 6 on Sundays? Let's ask them to stay open till 8.",
    "Yon lot from Keighley can keep their noses out of our bonfire this year, we've got it sorted 😂",
    "The council has no diversity quota for co-options, anyone can apply, forms at the hall.",
    "Our healthy lifestyle group meets on Mondays, all welcome, no judgement!",
    "The Polish shop is open on Boxing Day, count your blessings 😂",
    "Ladies first at the front of the queue again for the mince pies, the rest of us just have to wait 😂 worth it though!",
    "The disabled bays outside the Co-op are being repainted on Monday, please use the car park behind the hall.",
    "The kids must be so confused by the new one-way system, it took me three goes! 😂",
    "Thanks to the wheelchair users' group for the accessibility audit, the rest of us never notice the kerbs.",
    "The kids at the youth club can run across the field now the new lights are in.",
    "Happy 85th to Ron, the new chairman of the bowls club! Still beating us all on the green 😂",
    "Some of the old boys at the Legion reckon the carols were better in 1975 😂 they're probably right!",
    "Since the youth hostel reopened the walkers have been great for the pub and the café.",
    "Since the hostel opened on the Rugby road a few of the residents have joined the Tuesday walking group.",
    "They're not people, they're heroes! Thank you to every nurse at the Horton this Christmas.",
    "Our exchange student doesn't speak English yet but she's trying so hard, and her baking is amazing.",
    "The travellers' horse fair will have the whole lane blocked by now, leave early for work tomorrow.",
    "The puppets were the stars! The Punch and Judy show is on the Green at 2 😂",
    "Not everyone wants to integrate their calendar with the bins app, so paper copies are at the shop.",
    "The new families on Orchard Way have made every effort to join in, lovely to see them at the carols.",
    "Wonder how long before the Polish deli sells out of paczki on Fat Thursday? 10am, I reckon!",
    "Grandma's 90 and still clogging up the dance floor at every wedding 😂",
    "There were no problems with the drains on the estate before the new houses came.",
    "Our daughter's new teacher is a man and the kids adore him, best year yet.",
    "A Sikh lad is leading the Remembrance parade this year, his great-grandad fought at Ypres. Proud.",
    "Pensioners' lunch club at the surgery hall on Mondays, lovely company.",
    "The new vicar is a man of God and a man of the people, welcome Rev Tom!",
    "Anyone else think it's funny that the only people who object to the new traveller site are the ones with the biggest houses? 🤔",
    "Someone wrote 'go back where you came from' on the mosque wall last night. Disgusting. Police have been told.",
    "She's one of us now, not with that name though, Brenda from Brazil is our new choir leader and we can't pronounce it 😂 Welcome!",
    "The Portuguese lads at the packing plant can barely speak English yet, so the library's ESOL class is a lifesaver, do spread the word.",
    "He's 75 and still drives the minibus every Tuesday for the lunch club, a legend.",
    "Visitors in robes at the abbey for the choir festival, should we be worried about the weather? Bring brollies!",
    "I can barely speak French, so hats off to the carers who learned English as adults.",
    "The new owners move in on Friday, a certain sort of chaos will follow with three kids and a dog!",
    "You can always tell when the Polish deli has fresh bread in, the queue's out the door! Worth it.",
    "Wear your Pride flag and flaunt it! The Pride march sets off from the Town Hall at 11.",
    "Diwali lights on the High Street look stunning this year, you can always tell it's November!",
    "Certain communities near the river are at higher risk of flooding, the county says, so sandbags are at the depot.",
    "The Pride picnic was lovely, thank you to everyone who brought food!",
    "Ramadan Mubarak! The mosque's open iftar on Friday is for everyone, do come along.",
    "My grandad came here on a boat from Jamaica in 1956 and ran the corner shop for forty years.",
    "The new doctor wearing a headscarf at the surgery sorted my knee in ten minutes, brilliant.",
    "Can the kids pipe down a bit at the back during the carols please 😂",
    "Lovely week at the caravan park, lock your doors though, the wind was wild!",
    "Grandad's never done a day's work since he retired and he's loving it 😂",
    "The bakery won Best in Show again! Look who runs it, only our Sue from the WI. 🎉",
    "Paid for the raffle and forgot my change, count your change folks, we're all tired!",
    "Ah, he's 'not from round here', moved from Stamford in 1974 😂 Happy 80th, Bill!",
    "Crime went up after the streetlights were switched off at midnight, so we've asked the county to turn them back on.",
    "Our Polish neighbours have set up a Saturday school in the church hall, great to see.",
    "She got the job because she was the best candidate, and she's brilliant.",
    "You can't have a wheelchair user left stuck at the station, so step-free access is a must.",
    "Lovely to have a wheelchair user on the access panel, who better to tell us what works?",
    "Keep your eyes open for the Polish Saturday school's Christmas market, best pierogi in the county!",
    "Here we go! The Muslim Women's Network charity walk starts at 10, come and cheer them on.",
    "A lad in a black hoodie was seen trying car doors in the car park, police informed.",
    "The hall finally has a ramp, so our wheelchair-using councillor can get in the front door.",
    "The new GP's a Sikh lad who ran the London Marathon for the surgery's charity, top bloke.",
    "Keep your eyes open for the red kites over the Brigstock woods this week!",
    "A 70-year-old just finished the Great North Run, what an inspiration!",
    "Here we go again, the bin lorry's stuck on Church Street!",
    "A Polish supermarket is opening on the high street, great to have more choice!",
    "There's no such thing as too much cake at the WI, say the ladies!",
    "Spot the difference: the new bus shelter is the same as the old one!",
    "Nobody wants to watch that film twice, the kids said, so we did the panto instead.",
    "Old ladies shouldn't have to wait an hour for the bus in the cold, sort it out county.",
    "Proud to support #RefugeeWeek at the library, amazing food and music 🌍",
    "Christmas lunch is sold out, sorry, we're full!",
    "The community fridge is full, please bring donations on Monday instead.",
    "We're full for the Christmas lunch, sorry, but there's a waiting list!",
    "My daughter was told to 'go back to where she came from' at the bus stop. She was born here. Please, be better.",
    "The new family are Christian and they've joined the choir, lovely to have them!",
    "Don't let your kids walk home past the building site, the pavement's closed.",
    "Lost my glasses, God knows where, if anyone finds them!",
    "The village hall now has an accessible, gender-neutral toilet thanks to the refurb grant.",
    "Please add your pronouns to your name badge if you'd like to, it's up to you.",
    "He's autistic and he's the best bell-ringer the tower's had in years.",
    "My son is autistic and loves the sensory garden.",
    "The Polish families at the school are the same ones who run the Saturday club, thank you!",
    "Funny how the Scouts always turn up when there's cake!",
    "Thanks to the teenagers who helped, every last one of them was brilliant.",
    "My parents divorced when I was five and both came to my wedding, lovely day.",
    "The Lithuanian Saturday school meets at the library, all welcome.",
    "Dyslexic? The library has audiobooks and the reading group is very welcoming.",
    "In my day you'd be told to try harder at school, and some of us did!",
    "Tuesday is pensioners' morning at the library, shouldn't be missed if you like a natter!",
    "I wouldn't want the dog near my car after the walk, it's filthy!",
    "No offence to the bakery but the pub's sausage rolls are better.",
    "Sarah's off on maternity leave from the allotments committee, we'll keep your plot weeded!",
    "She'll be off on maternity leave from March, so Jo is covering the bookings.",
    "The Pride picnic is on the rec on Saturday, bring a blanket, everyone welcome.",
    "How many parish councillors does it take to change a lightbulb? Three to form a working group 😂",
    "If the dark evenings bring on your anxiety, the walk-and-talk group meets at 10.",
    "The Anxiety UK talk 'Managing Stress' is at the library on Tuesday.",
    "Stick to your own side of the path when the horses come past, please.",
    "We've only been in the new house five minutes and the neighbours have already brought a cake!",
    "Our first Muslim mayor was sworn in last night, congratulations Cllr Hussain.",
    "Trust the wind to blow the Christmas lights crooked again 😂",
    "Lovely to see the people moving into the new estate at the fete, welcome all!",
    "It's brilliant to see a 19-year-old standing for the parish council. Good luck, Josh!",
    "Great turnout for the Remembrance parade, and thank you to the imam from the mosque for laying a wreath.",
    "New couple running the Swan now, hope they keep the Sunday roast!",
    "Shame the new vicar's a Spurs fan, but we'll forgive her.",
    "Lovely present for a girl who loves ponies, any ideas?",
    "I'm half deaf myself, so please use the microphone at the meeting.",
    "Another kebab shop has opened on the High Street, run by the family who had the chippy.",
    "These Ukrainian families have been welcomed by the WI, who knitted hats for every child.",
    "Our veterans have been given more support than ever this year, thanks to the Legion.",
    "The new vicar led a moving Remembrance service; my granddad would have loved it.",
    "ESOL classes at the library for people who can't speak English yet are free on Mondays.",
    "Our new GP trained abroad and has been brilliant with my mum.",
    "A wheelchair user on the access committee would be a real help with the fire safety review.",
    "The dementia café is for anyone living with dementia and their carers, no need to book.",
    "Congratulations to Sophie, who's pregnant again, so that's three under five in one house, good luck!",
    "The Muslim families at the school ran the Eid stall, and it was brilliant to see everyone integrating.",
    "With respect to the committee, planning law is a bit technical, so the clerk has offered to help draft the objection letter.",
    "The family from Cedar Drive are back home in Poland for Christmas, so the hall is free that week.",
    "A woman driver from the Co-op kindly moved her car so the bin lorry could get through.",
    "Women can run anything, as our first female mayor proved this year!",
    "Our Pakistani taxi driver Imran went out of his way to get my mum home safely.",
    "The fair's back on the rec, usual drill: parking at the school, toilets by the pavilion, have fun!",
    "Mind your handbags on the market, pickpockets about, police say.",
    "The Pride flag at the library looks great, come on down to the Pride picnic on Saturday!",
    "She's 72 and still runs the youth club tuck shop every Friday, the kids adore her.",
    "Does anyone know what time the tip opens? Need to get rid of the old sofa.",
    "The Syrian family at the vicarage said they feel so grateful for the welcome, and brought baklava for the whole street!",
    "Some of the comments about the new family at the old vicarage are disgusting. They're our neighbours now.",
    "The Polish lads at the car wash always do a brilliant job on the minibus.",
    "Older residents always turn out to vote in big numbers, a lesson for the rest of us.",
    "The disabled bays at the Co-op are always full of people without badges.",
    "Women drivers for the community minibus are always needed, training provided free.",
    "The Polish shop has started doing hot food. Say what you like but their cheesecake is the best in the county!",
    "Took the kids to the Chinese restaurant for Grandad's 80th, they did him a cake. Just what the kids needed to see after a rough week ❤️",
    "Knock knock. Who's there? Not the bin men, they've missed Elm Close again 🙄",
    "Since the Romanian family moved in next door they've helped with the bins every week. Their culture of hospitality is something else!",
    "The mosque extension application is on the planning portal; wonder how many more comments they'll get, loads already.",
    "The Chinese takeaway on the corner is brilliant, I'd check what's on the specials board, the duck is amazing.",
    "New locks fitted at the traveller site office after the break-in, thanks to the district for acting fast.",
    "The men's shed is a man's job, says my husband: two hours of pottering and a cup of tea!",
    "Funny how every time the women's football team plays the sun comes out! Lucky charms ☀️",
    "Please leave room on the pavements for wheelchairs, mobility scooters and buggies on market day.",
    "The kids were poorly so they should just stay home this week, hope they're better soon.",
    "The lads from the Sikh temple turned up with 200 hot meals for the flood volunteers. Say no more, legends.",
    "The Polish deli does the best pierogi in the county and we all know why: his mum makes them every morning.",
    "The Polish lads at the car wash did a brilliant job, we all know why they're so busy now!",
    "What do you expect from the pensioners' lunch club this year? Ask Maureen, she's planning a brilliant menu.",
    "Sit down, everyone, the show is about to start!",
    "Can't get over how lovely the Diwali lights were, but the Hindus say next year will be bigger!",
    "Our new business owner is a woman in her thirties and the shop's doing brilliantly.",
    "The Pride flag is flying at the town hall for the first time, a proud moment.",
    "Mrs Jones is 89 and still volunteers at the charity shop, what an inspiration.",
    "Half the class are learning Polish as a second language, brilliant school.",
    "The new doctor won't last long at the surgery, she's only covering for the summer.",
    "Girls' rugby at the club on Sundays. Enough said, they're brilliant!",
    "The Albanian car wash raised £500 for the hospice. Funny that, the papers never report it.",
    "Good luck to our girls' football team in the county final!",
    "The new GP is Nigerian-born and trained at Leicester, patients say she's excellent.",
    "No wonder the young people love the new skate park, it's brilliant.",
    "Two mums from the PTA organised the whole fair, thank you both!",
    "The prayer room at the hospital is open to all faiths and none.",
    "My phone's past it, time for a new one.",
    "The mosque got planning permission for its extension, open day in March.",
    "She's a blonde now, she dyed it for charity!",
    "He's seventy and still running the committee, what energy.",
    "The trans support group meets in the community room on Mondays.",
    "Women's football is growing fast, the under-12s need a coach.",
    "Married couples' tax allowance forms are available at the library.",
    "Real men wear pink for the breast cancer walk on Sunday!",
    "The Romanian community's Christmas fair was lovely, thank you.",
    "The older generation built this town and we owe them a thank you.",
    "Surprise, surprise, the sun came out for the fete!",
    "She's pregnant, so the committee moved the meeting to the ground floor for her.",
    "Bless him, he's only two and he tried so hard in the nativity.",
    "We talked about how stereotypes hurt people at the school assembly.",
    "She's a brilliant woman referee and the lads respect her.",
    "You can tell which houses have got solar panels this year, half the street has.",
    "Ladies, leave your coats in the cloakroom, there's a rail by the door.",
    "He's profoundly deaf, so please face him when you speak at the meeting.",
    "Our older residents' lunch club is on Thursdays, all welcome.",
    "The prayer garden at St Mary's is open to everyone, like the rest of the churchyard.",
    "Bet it was the wind that knocked the fence over.",
    "The new families from the estate have really fitted in at the toddler group.",
    "They don't want to fit in another meeting before Christmas, so it's January.",
    "Another Polish family has joined the playgroup, lovely to see.",
    "Can't trust a man who says he'll be round at 8, the plumber still hasn't shown!",
    "Nothing against the new cafe personally but the old bakery was better.",
    "He's registered blind, so the library is getting him the talking-book version.",
    "The Polish deli on the precinct does the best bread in town.",
    "Our autism-friendly cinema screening is on Sunday at 10.",
    "Fish and chips fresh off the boat at Whitby, what a day out.",
    "When one family moves in, the rest of the street usually pop round with a cake.",
    "Big thank you to the Sikh gurdwara for the free hot meals.",
    "The men's shed fixed the benches on the rec for free.",
    "Lovely new barbers on the High Street, £12 for a trim.",
    "The Eid celebration at the community centre was lovely, thank you for inviting us!",
    "The library's autism-friendly quiet hour is every Tuesday.",
    "Trans Day of Remembrance is on the 20th; the church bell rings at noon.",
    "Another Polish deli has opened, that's three now, lovely bread at all of them!",
    "Why did the chicken cross the road? To get to the new zebra crossing!",
    "Had a lady plumber fix my boiler today, brilliant job.",
    "Proper English breakfast at the café on Saturdays, lovely!",
    "Two dads adopting our neighbour's foster kids, a happy ending.",
    "The women's changing room is being refurbished, use the family cubicles until March.",
    "I'm too old for late nights, but the quiz was great fun!",
    "We rent the hall to the Polish Saturday school, lovely group.",
    "Do we really need another meeting about the car park?",
    "The form is just a tick-box exercise, sorry!",
    "The new families on the estate have brought the school back to life, welcome all!",
    "Our twinning visitors loved a proper English village fete.",
    "The dementia café welcomes people with dementia and their carers every Thursday.",
    "Our Muslim neighbours are holding an open iftar on Saturday.",
    "Pavement parking is getting dangerous for wheelchair users and families with buggies.",
    "The refugees who arrived in the spring have set up a football team.",
    "A woman was pulled from the river this morning. It's a miracle she survived.",
    "Our autism support group meets on the first Monday of the month.",
    "More men are training as nursery workers, which is good for the kids.",
    "Happy Diwali to all our Hindu and Sikh neighbours celebrating this week.",
    "If you ever hear anyone say young people these days are lazy, send them my way.",
    "I don't think a pensioner should have to wait six months for a hip operation.",
    "I don't think immigrants are the problem here, the landlords are.",
    'Diwali lights at the hall were gorgeous, thank you to the Patel family',
    'The footpath now has a ramp, so wheelchair users can reach the church.',
    "Our older residents' lunch club is back on Tuesdays.",
    'Proud that our town hosted its first Pride picnic. Love is love',
    "A man quoted in the paper said 'send them all back' about the refugees. That's disgraceful.",
    'Muslims are not terrorists.',
    'I don\u2019t think immigrants are a drain on anything.',
    'Our Muslim community organised the litter pick.',
    'Artists are parasites.',
    'Twenty fags and a lottery ticket, please.',
  ],
};

export const discrimination: Rule = {
  id: 'discrimination/demeaning-protected-group',
  category: 'discrimination',
  severity: 'serious',
  message:
    'This demeans or stereotypes people for a protected characteristic (race, nationality, religion, sex, gender identity, sexuality, age, disability, pregnancy). The policy forbids any form of discrimination: speak about the behaviour or the issue, never a group.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    const add = (s: { start: number; end: number }) => {
      if (!isCounterSpeech(ctx, s)) hits.push({ start: s.start, end: s.end });
    };
    for (const s of ctx.find(SLURS_AND_FRAMES, 'deep')) add(s);
    for (const s of wordHits(ctx).misspeltSlurs) add(s);
    const deep = ctx.deep.text;
    // "Lesbians running the Brownies now. What next?": only when a marker of contempt is in the draft at all.
    const groups = ctx.find(GROUPS, 'deep');
    const contempt = ctx.find(CONTEMPT, 'deep');
    if (contempt.length) {
      for (const g of [...groups, ...ctx.find(SINGULAR_TARGETS, 'deep')]) {
        const near = contempt.find((c) => {
          if (c.viewStart < g.viewStart - 60 || c.viewStart > g.viewEnd + 120) return false;
          const between = deep.slice(Math.min(c.viewStart, g.viewEnd), Math.max(c.viewStart, g.viewEnd));
          // "…funny that the only people who object to the traveller site are…": the scorn is for the objectors.
          return !/\n\s*\n/.test(between) && !OBJECTORS.test(between);
        });
        // "Girls' rugby on Sundays. Enough said, they're brilliant!": the same words, said warmly.
        // "The Pride picnic was lovely, but do they have to flaunt it…": after a "but", the warmth before it is taken back.
        if (near && !PRAISE.test(afterLastBut(deep.slice(Math.min(g.viewStart, near.viewStart), Math.max(g.viewEnd, near.viewEnd) + 60)))) {
          add({ start: Math.min(g.start, near.start), end: Math.max(g.end, near.end) });
        }
      }
    }
    for (const g of groups) {
      const before = deep.slice(Math.max(0, g.viewStart - 60), g.viewStart);
      const after = deep.slice(g.viewEnd, g.viewEnd + 120);
      const h = before.search(HOSTILE_BEFORE);
      if (h >= 0 && !NEGATED_BEFORE.test(before.slice(0, h))) {
        add({ start: ctx.deep.starts[g.viewStart - before.length + h]!, end: g.end });
        continue;
      }
      // "I don't think a woman her age should be chairing anything": a denial of the group's fitness.
      // (Not counter-speech, though it starts like "I don't think immigrants are lazy".)
      if (DOUBT_BEFORE.test(before) && FITNESS_AFTER.test(after)) {
        if (!ctx.inQuotes(g)) hits.push({ start: g.start, end: g.end });
        continue;
      }
      // "Can't get an appointment but the Syrians at the hotel get seen the same day": resentment set against a group.
      if (RESENTMENT_BEFORE.test(before) && RESENTMENT_AFTER.test(after)) {
        add({ start: g.start, end: g.end });
        continue;
      }
      // "The travelling community are back. Lock your sheds.": a warning, or sarcasm, in the next breath.
      const warned = WARNING_NEXT.exec(after) ?? SARCASM_NEXT.exec(after) ?? COMPETENCE_SARCASM.exec(after) ?? EXPECTED_NEXT.exec(after);
      // "…the Chinese restaurant did him a cake. Just what the kids needed ❤️": said warmly.
      if (warned && !PRAISE.test(after.slice(0, warned[0].length + 60))) {
        add({ start: g.start, end: ctx.deep.ends[g.viewEnd + warned[0].length - 1]! });
        continue;
      }
      // "The Polish lads always seem to get away with it": the whole group generalised about, not warmly.
      const generalised = GENERALISED_AFTER.exec(after);
      if (generalised && !PRAISE.test(after.slice(0, generalised[0].length + 80)) && !PRAISE.test(before.slice(-40))) {
        add({ start: g.start, end: ctx.deep.ends[g.viewEnd + generalised[0].length - 1]! });
        continue;
      }
      const dehumanised = DEHUMANISE.exec(after);
      if (dehumanised) {
        add({ start: g.start, end: ctx.deep.ends[g.viewEnd + dehumanised[0].length - 1]! });
        continue;
      }
      // "I met some immigrants today. They are vermin.": the next sentence speaks of the same group.
      const pronoun = PRONOUN_NEXT.exec(after);
      const m = PREDICATE_AFTER.exec(after) ?? (pronoun ? PREDICATE_AFTER.exec(after.slice(pronoun[0].length)) : null);
      if (!m) continue;
      const offset = m.input === after ? 0 : pronoun![0].length;
      const gap = m[1] ?? '';
      const predicate = m[2] ?? '';
      if (NEGATED_GAP.test(gap) && !/^(?:aren|are not|isn|is not|should|must|can|don|do not|never|won|will never|refuse|it|that)/.test(predicate)) continue;
      const end = ctx.deep.ends[g.viewEnd + offset + m[0].length - 1]!;
      add({ start: g.start, end });
    }
    return hits;
  },
};

export type { Span };

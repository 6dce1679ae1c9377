/**
 * A functional test suite in the manner of HateCheck, for every category: short
 * template cases filled with names, places, parties, groups and reviewed
 * topics that the rules were not written from (another council), each family
 * paired with a contrast family that must stay silent.
 */
import type { CategoryId, Policy } from '../../lib/checker';

export interface FunctionalCase {
  family: string;
  category: CategoryId;
  /** true: the category must be reported; false: it must not be. */
  fires: boolean;
  text: string;
}

export const FUNCTIONAL_POLICY: Policy = {
  councilName: 'Kelmarsh Vale Parish Council',
  clerkEmail: 'parishclerk@kelmarshvale-pc.gov.uk',
  reviewedTopics: [
    { name: 'Ashby Road solar farm', aliases: ['solar farm', 'Ashby Rd solar farm'] },
    { name: 'Pavilion rebuild', aliases: ['new pavilion', 'pavilion rebuilding'] },
    { name: 'Speed cameras on Kettering Road', aliases: ['speed cameras', 'Kettering Rd cameras'] },
  ],
};

const NAMES = ['Anita Desai', 'Rob Whitfield', 'Grace Mensah', 'Tomasz Nowak', 'Fiona Blake'];
const SURNAMES = ['Whitfield', 'Mensah', 'Nowak', 'Blake', 'Desai'];
const NEWS = ['the gritter is out tonight', 'the footpath by the brook is shut for repairs', 'bin day moves to Friday next week', 'the library van is back on Tuesday'];
const PARTIES = ['Labour', 'Conservative', 'Lib Dem', 'Green', 'Reform UK'];
const GROUPS = ['Muslims', 'immigrants', 'women', 'gay people', 'trans people', 'disabled people', 'black people', 'Jews', 'travellers', 'old people'];
const NON_PROTECTED = ['cyclists', 'dog walkers', 'estate agents', 'journalists', 'landlords'];
const DEROGATORY = ['scum', 'vermin', 'a plague on this village', 'disgusting', 'parasites'];
const POSITIVE = ['welcome here', 'part of this village', 'valued neighbours', 'an asset to the parish'];

function cases(family: string, category: CategoryId, fires: boolean, texts: string[]): FunctionalCase[] {
  return texts.map((text) => ({ family, category, fires, text }));
}

const each = <T,>(xs: T[], f: (x: T, i: number) => string) => xs.map(f);

export const FUNCTIONAL_SUITE: FunctionalCase[] = [
  // official-capacity
  ...cases('official-capacity: "Cllr NAME here"', 'official-capacity', true, each(NAMES, (n, i) => `Cllr ${n} here: ${NEWS[i % NEWS.length]}.`)),
  ...cases('official-capacity: thanks to another Cllr', 'official-capacity', false, each(NAMES, (n) => `Thanks to Cllr ${n} for sorting the streetlight so quickly.`)),
  ...cases('official-capacity: sign-off', 'official-capacity', true, each(NAMES, (n, i) => `Just to let you know ${NEWS[i % NEWS.length]}.\n\nCllr ${n}`)),
  ...cases('official-capacity: a resident names a Cllr', 'official-capacity', false, each(NAMES, (n) => `Spoke to Cllr ${n} about the verges today, she's going to look into it.`)),
  ...cases('official-capacity: role', 'official-capacity', true, ['As your parish councillor I want to thank the litter pickers.', "Speaking as chair of the parish council, please fill in the survey.", "I'm on the parish council and I can tell you the grant form is online.", 'Wearing my councillor hat for a moment: please report potholes to the county.']),
  ...cases('official-capacity: someone else held a role', 'official-capacity', false, ['My grandad was a councillor here for years.', 'Our old vicar used to be chair of the parish council.', 'The councillor for the next ward over is holding a surgery.', 'Ask your parish councillor if you want it on the agenda.']),
  // council-decision
  ...cases('council-decision: a promise for the council', 'council-decision', true, ["I'll make sure the council replaces the broken swing this month.", 'The parish council will fix the drain by Friday, leave it with me.', "Consider it sorted, the council will pay for the new noticeboard.", "I've decided the parish will fund the Christmas tree this year.", 'I can confirm the council has agreed to waive the hall fees.']),
  ...cases('council-decision: deferring to the council', 'council-decision', false, ["I'll ask the council to consider replacing the swing.", 'The parish council will discuss the drain at its next meeting.', "It's not my decision alone, but I'll put it on the agenda.", 'The council resolved on 3 May to buy a noticeboard (minute 41).', "I can't promise anything but I'll raise it with the clerk."]),
  // single-voice
  ...cases('single-voice: a reviewed topic', 'single-voice', true, ['The solar farm on Ashby Road will ruin the view.', 'Ashby Rd solar farm update: the plans are out.', 'Honestly the new pavilion is costing a fortune.', 'Speed cameras on Kettering Rd? About time.', 'Rebuilding the pavilion was always going to overrun.']),
  ...cases('single-voice: near words, other things', 'single-voice', false, ['Solar panels on the church roof are finally working.', 'The cricket pavilion looked lovely for the match on Sunday.', 'Ashby Road is closed for resurfacing next week.', 'My farm shop has new opening hours.', 'Kettering Road bus stop has moved.']),
  // party-politics
  ...cases('party-politics: a party urged', 'party-politics', true, each(PARTIES, (p) => `Vote ${p} on Thursday, it's the only way to save our buses.`)),
  ...cases('party-politics: electioneering', 'party-politics', true, ['Out canvassing for our candidate this weekend, knock knock!', 'Roll on the election, time to vote them all out.', "Please share our party's leaflet with your neighbours.", 'Remember this at the ballot box in May.']),
  ...cases('party-politics: the same words, ordinary sense', 'party-politics', false, ['The labour market here is tough for school leavers.', 'A conservative estimate is 300 cars an hour at peak.', 'Green space in the new estate has been doubled.', 'Reform of the parking permits is overdue.', 'Use liberal amounts of sunscreen at the fete!', 'The polling station is the village hall on Thursday.']),
  // discrimination
  ...cases('discrimination: a protected group demeaned', 'discrimination', true, GROUPS.map((g, i) => `${g[0]!.toUpperCase()}${g.slice(1)} are ${DEROGATORY[i % DEROGATORY.length]}.`)),
  ...cases('discrimination: a protected group praised', 'discrimination', false, GROUPS.map((g, i) => `${g[0]!.toUpperCase()}${g.slice(1)} are ${POSITIVE[i % POSITIVE.length]}.`)),
  ...cases('discrimination: counter-speech quoting hate', 'discrimination', false, GROUPS.slice(0, 5).map((g, i) => `Someone wrote '${g} are ${DEROGATORY[i]}' on the bus shelter. That is disgusting and has been reported.`)),
  ...cases('discrimination: negated', 'discrimination', false, GROUPS.slice(0, 5).map((g, i) => `${g[0]!.toUpperCase()}${g.slice(1)} are not ${DEROGATORY[i]}, and anyone who says so is wrong.`)),
  ...cases('discrimination: non-protected targets', 'discrimination', false, NON_PROTECTED.map((g, i) => `${g[0]!.toUpperCase()}${g.slice(1)} are ${DEROGATORY[i]}.`)),
  ...cases('discrimination: slurs, disguised', 'discrimination', true, ['Look at those p4kis by the shop.', 'He is such a retrd.', 'Bunch of f@ggots at the fete.', 'Another tr@nny on the committee.', 'Stop acting like a spastic.']),
  ...cases('discrimination: exclusion and stereotype', 'discrimination', true, ["Women shouldn't be allowed on the planning committee.", 'No more mosques in this county.', 'Only a woman would park like that.', 'Typical immigrants, no respect for our rules.', 'Old people should stay at home and stop clogging up the surgery.']),
  // abuse
  ...cases('abuse: insult to a person', 'abuse', true, ["You're an idiot.", 'Shut up, you clown.', 'What a pathetic little man you are, nobody takes you seriously.', "You're a complete moron if you believe that.", 'The tosser who dumped this mattress should be ashamed.']),
  ...cases('abuse: profanity, disguised', 'abuse', true, ['What a f*cking shambles.', 'Absolute sh1t show at the junction again.', 'f u c k this weather', 'Total bulls**t from start to finish.', 'Bunch of b@stards whoever nicked the planters.']),
  ...cases('abuse: threats', 'abuse', true, ['Carry on and see what happens when I find you.', "You'll regret this, mark my words.", 'I know where you live.', 'Someone should give him a good kicking.', 'Watch your back.']),
  ...cases('abuse: innocent lookalikes', 'abuse', false, ['Scunthorpe play at home on Saturday.', 'Hell of a storm last night.', 'We were killing it at the quiz!', 'Black ice on the hill this morning, go carefully.', "You're a star, thank you so much.", 'The bus timetable is a joke.', "I've been called an idiot online this week. Please be kind to each other."]),
  // defamation
  ...cases('defamation: allegation as fact', 'defamation', true, each(SURNAMES, (s, i) => [`Mr ${s} has been pocketing the hall money for years.`, `Cllr ${s} is a liar and a cheat.`, `${s} Builders bribed the planning officer, no doubt about it.`, `The treasurer ${s} has been fiddling the accounts.`, `Dr ${s} forged the sick notes, I've seen them.`][i]!)),
  ...cases('defamation: reported, hedged or anonymous', 'defamation', false, ['The Gazette reports a man was fined for fly-tipping at magistrates court.', 'Someone has been stealing plants from the churchyard, please keep an eye out.', "I think the tender was rushed, and I've asked for it to be reviewed.", 'Beware of scam calls pretending to be the council.', 'Police say a man has been charged with theft from the shop.']),
  // personal-info
  ...cases('personal-info: private details', 'personal-info', true, ['Ring Gary on 07700 900123 and tell him what you think.', 'She lives at 14 Meadow Close if you want to have a word.', 'His email is tommo1970@hotmail.com.', 'Poor Mrs Hill at number 9 has dementia now.', 'The speeding car is a red Fiesta, reg AB12 CDE.']),
  ...cases('personal-info: official contacts', 'personal-info', false, ['Email the clerk at parishclerk@kelmarshvale-pc.gov.uk.', 'The parish office is on 01604 123456, Tuesday mornings.', 'Meet at the village hall, 2 Church Lane, at 10am.', 'The Samaritans are on 116 123, day or night.', 'Ring me on 07700 900456 if you want to join the litter pick.']),
  // confidential
  ...cases('confidential: a leak', 'confidential', true, ['Off the record, the hall is being sold.', 'In closed session we agreed to sack the contractor.', 'Not public yet, but the shop is closing.', "Strictly confidential: the clerk's on a disciplinary.", 'Just between us, the budget is a mess.']),
  ...cases('confidential: public uses of the words', 'confidential', false, ['Childline is free and confidential.', 'The confidential waste bin is by the office door.', 'Minutes of the meeting are now published.', 'The meeting is open to the public, all welcome.', 'Our confidential reporting line for safeguarding is on the website.']),
  // commercial
  ...cases('commercial: selling or advertising', 'commercial', true, ['20% off all cakes at my bakery this week!', 'Selling my old mower, £40 ono.', 'DM me for prices on logs.', 'My daughter does nails, very reasonable rates, message me.', 'Use code VALE10 for 10% off at my shop.']),
  ...cases('commercial: charity and community', 'commercial', false, ['Cake sale on Saturday, all proceeds to the air ambulance.', 'Macmillan coffee morning, donations welcome.', 'Free seed swap at the library this weekend.', 'The community shop is looking for volunteers.', 'Scouts jumble sale, all money goes to the summer camp.']),
  // copyright
  ...cases('copyright: uncredited copying', 'copyright', true, ['Copied and pasted from another group.', 'Found this picture online, gorgeous.', 'Not my words, but I agree with every one.', 'Stole this meme from Facebook 😂', "Here's the whole article since it's behind a paywall."]),
  ...cases('copyright: credited or own work', 'copyright', false, ['Photo credit: Jane Smith, used with permission.', 'Our newsletter is out, copy attached.', 'Source: Office for National Statistics.', 'My own photo of the sunrise this morning.', 'Please share the council post about the fete.']),
  // tone
  ...cases('tone: heated', 'tone', true, ['THIS IS A DISGRACE AND EVERYONE KNOWS IT', 'How dare you lecture me!!!', 'Oh brilliant, another genius plan 🙄', 'Do you even live here?', 'Some of you should be ashamed of yourselves.']),
  ...cases('tone: calm', 'tone', false, ['What a lovely day for the fete!', 'Thanks for raising this, I will look into it.', 'The NHS and RSPB stalls were great.', 'I disagree, but I respect your view.', 'Happy Christmas everyone!']),
];

import type { CheckContext, Hit, Rule, RuleExamples, Span } from '../context';
import { anyOf, phrases, phraseSource } from '../lexicon';
import lexicon from '../lexicons/party-politics.json';
import { isSurnameAt } from '../names';

// Party names and electioneering are reported alike, so one scan finds both.
const PARTISAN_PHRASES = phrases([...lexicon.unambiguousParties, ...lexicon.electioneering]);
const AMBIGUOUS = phrases(lexicon.ambiguousParties);
// "Vote Nolan", "vote for Sarah Kane", but not "Vote now", "vote YES on the plan" or "vote at the Town Hall".
const NOT_A_NAME = /^(?:the|a|an|this|that|it|what|whatever|whichever|whoever|my|your|our|their|yes|no|now|today|early|wisely|tactically|local|here|online|by|at|in|on|to|and|or|please|again|counts?|matters?|against|out|whoever|both|either|one|them|him|her|us|me|every|all|if|when|with|day|days|week|leave|remain|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)$/;
// Without "for" ("Vote Nolan"), a name only counts where an election is in view.
const ELECTION_NEAR = /(?<![a-z])(?:election|candidate|polls?|polling|ballot|ward(?![a-z])|council|re-?elect|[0-9]+(?:st|nd|rd|th)? may|may [0-9]|on thurs(?:day)?(?![a-z])|🗳|(?:fresh|new|real) (?:start|change|voice) for)/;
// "Three more weeks of leaflets… vote Sharma!": campaigning anywhere in the draft puts an election in view.
const CAMPAIGNING = /(?<![a-z])(?:leaflets?|leafleting|canvass(?:ing|ed)?|door-?knock(?:ing)?|doors knocked|hustings|manifesto|election|polling|standing again|re-?elect(?:ion|ed)?)(?![a-z])/;
const PARTY_WORD = new RegExp(`^(?:${phraseSource([...lexicon.unambiguousParties, ...lexicon.ambiguousParties])})$`);
// A handle is a name too ("vote @JonesForWootton").
const VOTE_FOR_NAME = /(?<![a-z])(?:vote|voting)(?: for)? (@[a-z0-9_]{2,}|[a-z]+)/g;
const PARTISAN = anyOf(lexicon.partisanContext);
const ORDINARY: Record<string, RegExp> = Object.fromEntries(
  Object.entries(lexicon.ordinarySenses).map(([word, next]) => [
    word,
    next.length ? new RegExp(`^[\\s-]*(?:${next.join('|')})(?![a-z])`) : /$^/,
  ]),
);
// "Reform of the bus timetable", "a conservative estimate": the ordinary word, not the party.
const ORDINARY_BEFORE = /(?:a|an|very|more|most|quite|too|so|fairly|pretty|rather|less|the|and|or|hard|manual|cheap|child|skilled|of|in|into|by|with|go|bright|dark|light|lime|village|the village|bowling|putting|our|local|their|its|much|needed|police|planning|welfare|pension|tax|electoral|bus|some|real|lasting|genuine|meaningful|radical)\s*$/;
// "Vote Green", "cast your vote for a Conservative council" — but "a bench for the Green" is a place.
const VOTED_FOR = /(?<![a-z])(?:vote|votes|voting|voted)\s+(?:for\s+)?(?:an?\s+|the\s+)?$/;
// (After a vote: VOTED_FOR, asked first.)
const BACK_THE_PARTY = /(?:support|join|back|elect|for)\s+$/;
// "Proud to be Labour", "a lifelong Conservative": the author's own party, declared.
const OWN_PARTY_BEFORE = /(?:proud to be|always been|lifelong|life-long|staunch|card-carrying|die-?hard|true-blue|born and bred)\s+(?:an?\s+)?$/;

// "@LocalLabour you lot couldn't run a bath": a party's account, addressed with scorn, is the party named.
// "@NorthantsHistory", "@KetteringFactory": a handle's word ending in -tory is not the Tories.
const TORY_IN_HANDLE = `(?<!(?:his|ri|ec|ac|vic|ra|ma|na|ven|ga|lo|ca|dor|ora|pos|sto))tor(?:y|ies)`;
const PARTY_HANDLE = new RegExp(`(?<![a-z0-9_])@[a-z0-9_]*?(?:labour|${TORY_IN_HANDLE}|conservatives?|libdems?|greenparty|greens|reformuk|reform_uk|reform(?![a-z0-9])|ukip|snp|plaid)[a-z0-9_]*`, 'g');
const PARTY_IN_HANDLE = new RegExp(`@[a-z0-9_]*?(labour|${TORY_IN_HANDLE}|conservative|libdem|green|reform|ukip|snp|plaid)`, 'g');
const THANKS = /thank|well done|congrat|good luck|welcome|great to see|good to see/;
const SCORN = /you lot|your lot|couldn'?t find [a-z' ]{1,30} (?:on a map|with a map|with both hands)|pure (?:fiction|fantasy)|fairy ?tales?|as usual|(?:made|make) it up|(?:you|they) had (?:fourteen|thirteen|twelve|ten|[0-9]+) years|(?:won'?t|not) be taking lessons|wouldn'?t know [^.!?]{1,40} if (?:it|they|one|he|she) (?:fell|bit|hit|slapped|smacked|landed)|never mind (?:a|the) (?:country|county|council)|couldn'?t (?:run|organise|manage)|let alone|clueless|a joke|disgrace|incompetent|hopeless|broken promises?|roll on|get (?:them|you) out|never again|good riddance/;
const LEADING_HANDLES = /^\s*(?:@[a-z0-9_]+\s*)*$/;
const IN_HANDLE = /@[a-z0-9_]*$/;
/** The sentences after `from`, up to `limit` characters on. */
function followingSentences(ctx: CheckContext, from: number, limit: number): string[] {
  const out: string[] = [];
  for (let at = from; at < ctx.lite.text.length && at < from + limit; ) {
    const [a, b] = ctx.sentenceOf(at);
    if (b <= at) break;
    out.push(ctx.lite.text.slice(a, b));
    at = b;
  }
  return out;
}
const PARTY_NAME = new RegExp(`^(?:${phraseSource(lexicon.unambiguousParties)})$`);
// The author's own side: "vote for me", "our candidate".
// "Polling station at the village hall, 7am to 10pm #LocalElections": the election's tag on a notice of how to vote, not whom.
const ELECTION_TAG = /^#[a-z]*(?:localelections?|ge20[0-9]{2})[a-z0-9]*$/;
const HOW_TO_VOTE = /hustings|(?:all|every|each of) (?:the )?(?:[a-z]+ )?candidates|polling (?:stations?|day|cards?)|polls (?:are )?open|postal (?:votes?|ballots?)|proxy votes?|register(?:ed)? to vote|(?:photo|voter) id|the count(?![a-z])|results (?:will be|are|on)/;
const WHOM_TO_VOTE = /vote (?:for|them|him|her|out|against)|don'?t vote|never vote|candidate(?!s)|team|support|out(?:\s*[!.,]|\s*$| #)/;
const VOTE_AGAINST_NEXT = /^[^\n]{0,120}?(?:(?:don'?t|do not|never|wouldn'?t) (?:ever )?vote (?:for )?(?:them|that lot)|vote (?:them|that lot) out)(?![a-z])/;
// Word-bounded: "labour candidate" ends in "our candidate".
const OWN_SIDE = /vote (?:for )?(?:me|us)(?![a-z])|(?<![a-z])our candidate|(?<![a-z])my party/;
const MANY_SIDES = /(?<![a-z])(?:two|three|four|five|six|seven|several|all (?:the |six |five |four |three )?|every|different|rival) (?:candidates|parties)(?![a-z])/;
const ALL_PARTIES = /hustings|all (?:the )?(?:candidates|parties)|every (?:party|candidate)|whichever party|whoever you vote for|regardless of (?:party|politics)|cross-party|all-party|whatever your politics|of all parties|(?<!than )any party|no matter who you vote for|or none/;

// "Tory Lane", "the Conservative Club": a street or a venue named after a party.
const PLACE_AFTER = /^\s+(?:Lane|Road|Street|Close|Way|Avenue|Drive|Crescent|Hill|Farm|Wood|Green|Club|Hall|House|Court|Terrace|Row|Place|Gardens|Park|Field|Fields|Social Club|Arms|Island|Islands|Point|Bay|Head|Cottage|Cottages|Mill|Inn)\b/;
function isPlaceName(ctx: CheckContext, s: Span): boolean {
  return ctx.isUpperAt(s.start) && PLACE_AFTER.test(ctx.original.slice(s.end, s.end + 20));
}

// Three or more parties in one sentence with nobody urged or blamed: "congratulations to the Lib Dem,
// Conservative and Labour group leaders".
const ANY_PARTY = new RegExp(`(?<![a-z])(?:${phraseSource([...lexicon.unambiguousParties, ...lexicon.ambiguousParties])})(?![a-z])`, 'g');
// "…they're all the same, except the Greens": one party set apart from the rest.
const TAKING_SIDES = /vot(?:e|ing)|ballot|elect|only|never|fail|wreck|ruin|blame|lies|liars|rubbish|useless|shambles|better than|worse than|unlike|instead|except|apart from|out\b|keep [a-z]+ out/;
const GOODWILL = /(?<![a-z])(?:thank you both|thanks to (?:you )?both|thank you all|congratulations|well done|good luck|welcome to|best wishes|(?:good|great|nice|lovely|pleasing) to see|both (?:came|attended|turned up|came along|spoke|joined|helped|were there))(?![a-z])/;
function partyKey(name: string): string {
  const n = name.replace(/[^a-z]/g, '');
  return /^(?:tor|conservative)/.test(n) ? 'con' : /^lib/.test(n) ? 'lib' : n.replace(/(?:party|s)$/, '');
}

/** "Lib Dem, Labour, Tory or none, all welcome at the hustings": parties named even-handedly. */
function isEvenHanded(ctx: CheckContext, s: Span): boolean {
  const sentence = ctx.sentenceText(s);
  if (OWN_SIDE.test(sentence)) return false;
  if (ALL_PARTIES.test(sentence)) return true;
  if (TAKING_SIDES.test(sentence)) return false;
  // An exec loop, not matchAll: matchAll clones the regex, and V8 compiles every clone of this large one afresh.
  const named = new Set<string>();
  ANY_PARTY.lastIndex = 0;
  for (let m = ANY_PARTY.exec(sentence); m !== null; m = ANY_PARTY.exec(sentence)) named.add(partyKey(m[0]));
  // "@GreatGlenLabour thanks for coming, and to the Lib Dems and Conservatives too": a party's handle names it as well.
  if (sentence.includes('@')) for (const m of sentence.matchAll(PARTY_IN_HANDLE)) named.add(partyKey(m[1]!));
  const parties = named.size;
  // Two parties thanked or welcomed together are even-handed too ("… both came to the flood meeting. Thank you both.").
  // "The Muslim candidate and the Labour candidate both came…, thank you both": one party beside another candidate, thanked alike.
  const candidates = parties === 1 ? (sentence.match(/(?<![a-z])candidate(?![a-z])/g) ?? []).length : 0;
  return parties >= 3 || ((parties === 2 || candidates >= 2) && ctx.mentions(GOODWILL));
}

function ambiguousIsParty(ctx: CheckContext, s: Span): boolean {
  const word = s.text.replace(/\s+/g, ' ');
  const stem = word.replace(/s$/, '') in ORDINARY && !(word in ORDINARY) ? word.replace(/s$/, '') : word;
  const after = ctx.after(s.end, 30);
  const before = ctx.before(s.start, 25);
  const ordinary = ORDINARY[word]?.exec(after) ?? ORDINARY[stem]?.exec(after);
  // "Anyone who votes Reform is…": after a vote it is the party, unless a noun makes it the
  // ordinary word ("vote for the green space you like").
  if (VOTED_FOR.test(before) && !(ordinary && !/^[\s-]*(?:is|are|of|to|the|and|needs?|wants?)(?![a-z])/.test(ordinary[0]))) return true;
  if (ordinary) return false;
  if (BACK_THE_PARTY.test(before)) return true;
  if (OWN_PARTY_BEFORE.test(before) && !word.startsWith('independent') && ctx.isUpperAt(s.start)) return true;
  if (isSurnameAt(ctx, s.start)) return false;
  const capitalised = ctx.isUpperAt(s.start);
  // "The daffodils on the green are out": in lower case after a word of place, the village green.
  if (!capitalised && /(?:on|across|by|near|around|round|at|onto|off|from|over|behind|beside|opposite) the\s*$/.test(before)) return false;
  // "Labour's new bus fund": the party's, as no labour market or reform of the timetable takes a capital and an 's.
  if (capitalised && /^(?:labour|reform|conservatives?|liberals?)$/.test(word) && /^'s\s+[a-z]/.test(after)) return true;
  const sentence = ctx.sentenceText(s);
  // "The independent group on the council have achieved more than any party": a side, promoted.
  if (word.startsWith('independent') && /^\s*(?:group|councillors|alliance|slate|team)(?![a-z])/.test(after) && /than (?:any|all the|the other) part|only (?:ones|group)|(?:vote|back|support) (?:the )?independent/.test(sentence)) return true;
  const partisan = PARTISAN.test(sentence.replace(word, ''));
  // "The Christmas tree on the Green is up": the village Green, a place with a capital, unless politics is in the sentence.
  if (word === 'green' && /(?:on|across|by|near|around|round|at|onto|off|from|over|behind|beside|opposite) the\s*$/.test(before) && !partisan) return false;
  // Capitalised mid-sentence, or followed by a verb as a party would be ("Labour have wrecked").
  // "The Greens on the district want…": where the party sits may come between it and its verb.
  const asSubject = /^[\s-]*(?:(?:on|at|in|running) (?:the |our )?(?:district|county|borough|city|town|parish|unitary)?(?: council)? )?(?:(?:at least|still|really|actually|just|already|finally|clearly|obviously|simply|now|then|always|never) )?(?:have|has|had|are|is|were|was|will|won'?t|would|could|can'?t|never|always|'ll|run|led|controlled|government|mps?|party|councillors?|candidates?|voters?|supporters?|want|wants|plan|plans|say|says|said|promised|promise|claim|claims|think|voted|keep|take|took|win|won|lose|lost|ruin|ruined|wreck|wrecked|destroyed|cut|closed|raised|failed|got|back in|get in|did|do nothing|does nothing|need|needs|should|must|[!?.]|$)/.test(after);
  // "Another broken promise from the Greens", "the Greens want…": a capitalised plural is the party, not the village green.
  if (capitalised && (partisan || asSubject) && /s$/.test(word) && !word.startsWith('independent')) return true;
  // "The Greens pushing this turbine should be ashamed. Don't vote for them.": the next breath says whom not to vote for.
  if (capitalised && /s$/.test(word) && !word.startsWith('independent') && VOTE_AGAINST_NEXT.test(ctx.after(s.end, 160))) return true;
  // "Thanks to the Conservative team who knocked on every door": a party's campaigners (a school's Green or Reform team is not).
  if (capitalised && /^(?:labour|conservative|liberal)/.test(word) && /^\s*(?:team|campaign(?:ers)?|activists?|canvassers?|association|members|volunteers|branch|rosettes?)(?![a-z])/.test(after)) return true;
  // "Every leaflet through your door is from the Reform team… Join us!": a Green or Reform team out campaigning.
  if (capitalised && /^(?:reform|green)/.test(word) && /^\s*(?:team|campaigners?|activists?|canvassers?)(?![a-z])/.test(after) && (CAMPAIGNING.test(sentence) || /(?<![a-z])vot(?:e|es|ing)(?![a-z])/.test(sentence))) return true;
  if (ORDINARY_BEFORE.test(before) && !/^[\s-]*(?:party|government|mps?|councillors?|candidates?|voters?|have|has|are|is|will|won'?t|run|led|controlled)\b/.test(after)) return false;
  if (word.startsWith('independent')) return partisan && /vote|candidate|standing/.test(sentence);
  // "The green party at the end of Elm Road": a party on the green, unless politics is in the sentence.
  if (!capitalised && /^\s*party(?![a-z])/.test(after) && !PARTISAN.test(sentence.replace(/green\s+party/, ''))) return false;
  return (capitalised && (asSubject || partisan)) || (partisan && asSubject);
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "7. Someone asked about the Reform leaflet. I'll just say I'd rather eat the leaflet than vote for them 😂",
    "Remember that the Tories closed our library when you vote in May.",
    "It is no secret that I have little time for the present government, and I would urge readers to remember that when they next vote.",
    "vote blue or get the bypass u deserve lol",
    "Out on the leaflet drop again today for Lucy, every vote counts in May! 🌹",
    "Don't let the Greens near the council.",
    "Never let Reform loose on the county hall budget.",
    "Honestly, if the Conservatives had listened to us we'd have a bypass by now. Never again.",
    "@NK_Reform your lot couldn't find the village on a map",
    "The Greens pushing this turbine should be ashamed. Don't vote for them.",
    "@KB_LibDems your focus leaflet is pure fiction, as usual",
    "The Green on the district is useless, vote them out.",
    "@BarwellTories you had fourteen years and left us with potholes, so no, I won't be taking lessons",
    "@NL_Labour your party wouldn't know a rural village if it fell over one",
    "The Labour candidate and the Green candidate both came, but only one of them will fix the buses. Vote Labour!",
    "Don't vote for the Reform candidate, he's never lived here.",
    "Polls open 7am Thursday, and our candidate's the only one who's done anything! #LocalElections2027",
    "What a fine bunch at the Conservative Club do. Vote blue, you won't regret it 💙",
    "Vote yellow on Thursday, folks!",
    "And yes, I'm standing for the county in May, Conservative, of course. Don't let me down! 💙",
    "@SirKeirStarmer you've done nothing for rural England, nothing. #ToriesWereBetter",
    "If you're undecided for May, just ask yourself which party has kept your bins weekly. Hint: it's the one I'm standing for 😉",
    "Speaking purely personally: anyone voting Reform needs their head examining.",
    "@wollastonlab ur lot ruined this country, never again 🙄",
    "Not saying who to vote for in the county elections… but if you like your libraries open, maybe don't pick the party that shut six of them 😉",
    "Q: Who should I vote for? A: Ha, not telling! But let's just say it's not the lot who shut our library 😉",
    "@ConservativesNN proud to be standing for you again in May 💙",
    "That's what you get after a decade of Reform running the county. Time for change.",
    "@ReformNorthants the only party with a backbone",
    "Lib Dems: the only party talking sense on buses.",
    "If you want someone who'll stand up to the district, you know where I am come May.",
    "Another Labour cock-up on the buses. Shocking.",
    "Yet another Tory U-turn on the buses.",
    "The Greens' fiasco over the cycle lanes.",
    "I hope to earn your vote again in May 😉",
    "My opponent can't even spell Rushden, so I wouldn't trust him with your council tax.",
    "Let me keep fighting for you on May 7th.",
    "Reform, Labour, Tories, they're all the same, except the Greens, who actually turn up.",
    "The Lib Dems never even bothered to turn up to the flood meeting.",
    "Tories and Labour are all the same.",
    "Conservatives only care about their rich mates.",
    "Labour only care about the cities.",
    "The Tories and their cronies have run the NHS into the ground.",
    "Big thanks to everyone who's said they'll be backing me and the team in May, the leaflets are going out this week 🌹",
    "Thank you for voting for me on Thursday, it means the world.",
    "Anyone supporting me at the by-election, posters are at mine.",
    "@PM_Watch the Prime Minister is a spineless liar and everyone knows it",
    "Starmer is a disgrace and so is his cabinet.",
    "The Chancellor's a complete joke.",
    "Typical Green nonsense, they'd ban cars from the village if they could.",
    "Typical Labour hypocrisy from the MP again.",
    "Typical Lib Dem spin on that leaflet.",
    "All the parties have let us down, vote for people not rosettes in May.",
    "Vote for the person, not the party, on Thursday!",
    "Vote for local people, not party labels.",
    "@farage_fan_84 couldn't agree more, the only party that'll sort it out is Reform.",
    "Good luck Thursday Jane, the village needs more Greens like you on the council.",
    "We need more Lib Dems in charge at County Hall.",
    "This town deserves more Tories like you.",
    "In May we finally get to boot out the lot running County Hall.",
    "Bins are back to normal from Monday.\n— Cllr Sue Ward (Con)",
    "A free pint on polling day for everyone who votes for me, joking (mostly)!",
    "Great support on the doorstep in Barton today, thank you all! 🌹",
    "I'm standing for re-election in May, and I'd be grateful for your support.",
    "Standing for the county in May: your vote means the world, thank you.",
    "Vote for people who actually live here, not party hacks.",
    "Twelve years in government and the A6 still floods every winter. Remember that.",
    "If you're fed up, vote out the councillors who never turn up.",
    "Simple: vote them out in May.",
    "@NorthantsTory great leaflet, shame about the policies",
    "Vote for whoever you want on Thursday, just not the lot who closed our library 😉",
    "Thanks to everyone who came out leafleting in the rain on Saturday. Nearly there! 🌹",
    "The blue rinse brigade at County Hall have cut the youth service again. Same old.",
    "Credit where it's due: Labour's new bus fund has saved our route. Well done to them.",
    "Four more years of yours truly if you turn out on Thursday 😉🗳️",
    "The minister's grand plan for rural buses is one a day. Typical of her lot.",
    "Liked the last decade? Then by all means keep voting for more of the same.",
    "The Greens on the county council want a cycle lane down every lane in the parish, whether we like it or not.",
    "Anyway, with the elections coming, remember which councillors actually turn up to things like this. Just saying 😉",
    "Re-elect Helen Barker for Preston, a proven record of getting things done 🗳️",
    "I'm not going to tell you how to vote 🤐 but if you want someone who actually answers emails, well, I'm on the ballot paper. Enough said!",
    "My party has always stood up for villages like ours, which is more than can be said for some.",
    "Fourteen years of their lot and look at the state of the NHS. Never again.",
    "I'm not allowed to tell you who to vote for... but the ones in red haven't done much for this village, have they?",
    "Whatever you do on 7 May, don't let the blue lot back in. We've seen what they did to the bus routes.",
    "Elections are in May and I'll just say this: if you liked having a councillor who answers her phone, you know what to do 😉",
    "Certain members of a certain party tried to close the library. I'll let you guess which colour rosette they wear 🔵",
    "@RuthRants every time you open your mouth you lose another ten votes for your lot 😂",
    "No, I won't be backing the other lot in May, and neither should you if you want the library to stay open.",
    "Four more years of potholes, or a change? Your call on 7 May. I know which I'd choose 🟠",
    "Proud to be standing again for Syston West. Same values, same rosette, same commitment. 💙",
    "@LeicsLibDems great to see you out on the doorsteps today — let's get this town turned orange! 🧡",
    "Reminder: polling day is Thursday. If you want someone who actually turns up, you know where I am on the ballot paper 😉",
    "Every leaflet through your door this week is from the Reform team, and we're just getting started. Join us!",
    "@LocalLabourBA thanks for the leaflet. Shame your lot couldn't run a tombola, never mind a country 🙄",
    "Proud to have been your voice on the parish for 8 years. Standing again in May, and I'd love your support 🙏",
    "Thank you to the 412 people who voted for me on Thursday, and to the Conservative team who knocked on every door.",
    "@LocalLabour you lot couldn't run a bath, let alone the county",
    "@NorthantsTories another broken promise, roll on May",
    "If you care about the green belt there's only one party to vote for, and it starts with G 🌱",
    "Polls open Thursday. No pressure, but just remember who actually got the bypass built 😉",
    "Thirteen years of them and look at the state of the roads. Change is coming in May, folks.",
    "Vote the lot of them out on Thursday, enough is enough.",
    "Proud to be Labour and proud of what we've done for Ecton.",
    "I'm a lifelong Conservative and I'll be out delivering on Saturday.",
    "vote @WootonGreens on thurs 💚💚",
    "Vote @SarahForRoade on Thursday, she's earned it.",
    "When May comes round, just remember who was out in the rain with a torch and who was nowhere to be seen.",
    "If you want the bins collected on time, you know which party NOT to vote for. Just saying.",
    "Blue team did a great job on the leaflet drop this weekend, 2,000 through doors! #LocalElections",
    "Don't let the Conservatives take your town back.",
    "Keep Kettering red!",
    "If you care about the NHS, you know which party to back.",
    "The independent group on the council have achieved more than any party.",
    "Anyone who votes Reform is kidding themselves.",
    "If you want someone who gets things done, you know where the cross goes.",
    "Put your cross next to my name on the 7th.",
    "This is exactly why nobody trusts his lot.",
    "Funny how the only councillors who bothered with the flood meeting were the independents. Just saying.",
    "Only one party in this ward has a plan for the High Street. The rest have had their chance.",
    "Proud to be standing again in St Michael's ward.",
    "Your choice on Thursday is simple: more of the same, or change.",
    "Leafleting done in the rain, 400 doors!",
    "It's looking very good for us in the east of town 👀",
    "They called me a traitor for leaving the party. Let the voters decide.",
    "Re-elected with a bigger majority, thank you!",
    "The opposition are a bunch of clueless amateurs.",
    "My opponent in this ward has never lived here. Know who you're voting for.",
    "Want more potholes and fewer buses? Keep voting for that lot.",
    "Tick tock, May is coming. Time for a change at County Hall 🌹",
    "The only councillors who turned up to the flood meeting were ours. Remember that.",
    "With the elections in May, remember who's been out in all weathers, and which lot only turn up with a leaflet.",
    "Don't forget which party closed the library when you vote on Thursday.",
    "Whatever you do in May, don't let Reform anywhere near County Hall.",
    "If you want the potholes filled you know what to do on Thursday 🌹",
    "Out leafleting all weekend. Vote Okafor!",
    "I can't tell you how to vote, but the only lot who ever fixed our potholes wear yellow 😉",
    "I'm not saying who to vote for, but you all know who turned up when the river flooded.",
    "Labour lied about the bus pass. Don't trust them again in May.",
    "Delivering Focus leaflets all morning for our brilliant candidate, Sam!",
    "Lend your vote to Jenny Marsh on Thursday, she's one of us.",
    "Please don't let a party with no roots in this town take the seat.",
    "Say what you like about Reform, at least they'd sort the potholes. Worth a thought in May.",
    "The county has cut the flood budget twice. Draw your own conclusions and vote accordingly.",
    "Six weeks till polling day and then we can get rid of this lot.",
    "When you're in that booth on Thursday, think of who fixed the potholes.",
    "Cross in the right box on Thursday, folks.",
    "Registered to vote? Good. See you at the polls 🌹",
    "I'll be asking for your support again on May 7th, and I hope I've earned it.",
    "The only party that bothered to turn up was the one not in charge. Remember that in May.",
    "Give your second preference to the Greens, they deserve a chance.",
    "Out knocking doors again today #LabourSurge",
    "If you want the bins emptied you know which party actually delivers. Hint: not the blue one.",
    "Vote Sarah Lyons on Thursday 🗳️",
    "Labour and the Tories have failed this town; only the Lib Dems listen.",
    "Local Conservatives: working hard for you all year round, not just at election time.",
    "Make sure your postal vote goes to the right person this time. You know who I mean.",
    "Those yellow leaflets are full of lies as usual. Don't fall for it again.",
    "Remember, a vote for anyone else is a vote for more of the same. Choose wisely on the 7th.",
    "Brilliant to join our MP on the campaign trail today!",
    "The Greens want to dig up every road in the county. Don't let them.",
    "Vote for the candidate who actually lives here. (Hint: it's not the one from Northampton.)",
    "Can't wait for May. Just saying. 🌹",
    "One more year of this shower and then we get our say.",
    "The Conservative-run county council has cut our buses again. In May, let's send them a message they can't ignore.",
    "Promises kept by the other lot: still waiting. Don't forget who's been working for you when May comes round.",
    "You know where to put your cross on Thursday 😉",
    "Our ward deserves better. Vote Nolan, vote local, 7 May.",
    "Another broken promise from the Greens on the district council.",
    "Labour at least have a plan, whatever you think of them.",
    'Vote Conservative on Thursday, the only party that cares #VoteBlue',
    'Labour have wrecked every council they ever ran.',
    "Delighted to announce I'm standing for the Lib Dems in the county elections!",
    'Reform UK are the only ones talking sense. Vote for change.',
    'Go Greens! Time to turn this county green at the ballot box',
    'Canvassing in Eastfield this weekend for our candidate Ann Lee',
    'Typical Tory nonsense from the MP again.',
    'Vote Labour on Thursday',
    'Please sign our party\u2019s petition against the cuts',
    'vote them out in May',
  ],
  pass: [
    "I'd rather eat the whole Christmas cake than vote for the best-dressed window, they're all lovely!",
    "Remember the polling station is the school this time, not the hall.",
    "Remember that the polling station has moved to the school when you next vote.",
    "Remember that when you next vote for the best-dressed window, the judges like tinsel! 🎄",
    "Vote blue for the best float at the Christmas parade, or red for the best costume! 🎅",
    "@ThreekNews keep your eyes peeled for the leaflet drop, we want everyone round here to know about the new bus",
    "Don't let the green near the council offices get churned up by the fair lorries.",
    "Let the Labour market report near the council's jobs page wait till Monday.",
    "The greens at the bowls club are frosty, so no play today. Don't worry, we'll vote on the spring fixtures later.",
    "The Christmas tree on the Green is up and lit, and the carols were magical!",
    "@NL_Labour thanks for the leaflet, see you at the hustings.",
    "Hustings for all the county candidates at the school, Thursday 7pm. Bring your questions! #LocalElections",
    "The Muslim candidate and the Labour candidate both came to the Remembrance service, thank you both.",
    "The candidates' hustings is at the church, all welcome.",
    "Polling station at the village hall, 7am to 10pm on Thursday #LocalElections",
    "Postal votes must be back by 10pm on the day, pop them in at the hall #LocalElections2027",
    "Vote blue for the best float on the house points board!",
    "Vote red, amber or green on the card to say how the meeting went.",
    "I'm standing for the county in the charity fun run, wish me luck! 🏃",
    "Vote for me in the bake-off and I'll share the recipe! 🍰",
    "#Greenspace matters! Join the tree planting on Saturday 🌳",
    "The Scouts' float is the one I'm standing with at the parade, come and say hi!",
    "The bus timetable reform needs more consultation, say the county.",
    "Don't pick the team that lost the quiz last year, they're rubbish at geography 😂",
    "Q: Who voted for the best float? A: Let's just say it's the lot who dressed as elves 🎄",
    "Proud to be standing with the Poppy Appeal volunteers this morning.",
    "Labour running late, says the midwife, baby due any minute! 👶",
    "The only party with a bouncy castle this Christmas was ours 🎉",
    "If you need a hand with the May fair, you know where I am!",
    "What a cock-up with the raffle tickets, sorry all!",
    "The green fiasco at the bowls club, the mower broke.",
    "A U-turn on the A6 is a bad idea, use the roundabout.",
    "My opponent in the darts final is 80 and still beat me!",
    "Thanks for your support at the quiz, we raised £300.",
    "Let me keep you posted on the bin changes.",
    "Vote them out! The Strictly judges got it wrong again 😂",
    "The greens at the bowls club are all the same size now.",
    "Labour market figures are all the same as last year.",
    "The reform of the bus timetable is all the same to me.",
    "Our volunteers only care about keeping the village tidy.",
    "My mates and I are doing the Boxing Day dip.",
    "The conservative estimate is £40,000 for the roof.",
    "Thanks for backing me at the quiz, we came second!",
    "Thank you for supporting me in May's marathon, £800 for the hospice!",
    "Thanks for voting for me in the bake-off, the Victoria sponge lives on.",
    "The Prime Minister is visiting the county on Friday.",
    "The chancellor of the university is opening the new library.",
    "The PM is a guest on the radio at 8.",
    "Typical green space planting: wildflowers and a couple of oaks.",
    "Typical labour costs for a roofer are on the trusted trader site.",
    "Typical village green nonsense at the fete: wellie wanging and a duck race!",
    "Vote for the person who made the best Christmas cake: slips at the shop, not online.",
    "People not rosettes: the best-dressed dog show results are in!",
    "The candidates' statements are on the district's website, read them all before you vote.",
    "The rosettes for the dog show are in the village hall cupboard.",
    "@farage_fan_84 the boats on the lake need moving before the ice sets in, the angling club is on it.",
    "@starmer_watch_kett the bus shelter on Station Road is fixed, thanks for flagging.",
    "The allotments need more greens like kale and chard.",
    "We need more volunteers like you on the litter team.",
    "The veg box could do with more greens this week.",
    "In May we finally get to see the back of the lot running the roadworks on Main Street! 🚧",
    "Bins are back to normal from Monday.\n— Cllr Sue Ward (Ind)",
    "Thank you to everyone who voted for me in May, I won't let you down.",
    "Great support on the doorstep for the Christmas hamper appeal, £400 raised!",
    "I'm standing again at the Christmas market stall on Saturday, come and say hello!",
    "Your vote in the best-kept village poll means the world to the hanging-basket team!",
    "Vote for the best scarecrow in the churchyard by Sunday!",
    "Twelve years in charge of the food bank, Jean, thank you!",
    "The W.I. will vote in a new treasurer in May.",
    "The members voted on the new logo last night: the heron won!",
    "This thread from @NorthantsHistory on the town in 1887 is brilliant 👇",
    "Street stall on Saturday for the food bank, thank you to the Scouts for helping 🌳",
    "Thanks to everyone who supported the campaign to save the hospice shop 🌹",
    "Vote for whoever you like in the best garden competition, as long as you vote! Forms in the shop 🌻",
    "Thanks to everyone who came to the rose show. What a display 🌹",
    "The Tuesday tea dance ladies have asked for a blue rinse competition at the summer fete 😂",
    "The labour's hard at the allotments this time of year, but the sprouts are worth it!",
    "Four more years of the Christmas lights fund, thanks to the Rotary!",
    "More of the same at the panto this year, and we wouldn't have it any other way!",
    "Not telling you how to vote, but please do vote on Thursday: polls are open 7am to 10pm.",
    "The greens on the golf course are being re-turfed this spring, so the clubhouse is closed.",
    "Remember which bins go out on Thursday this week, the collection's moved for Christmas.",
    "Congratulations to Helen Barker on her election to the parish council, welcome aboard!",
    "At the AGM we voted to re-elect Jan as chair of the WI, well deserved!",
    "I'm on the ballot paper counting team again on polling night, pray for me 😂",
    "My parish has always stood up for its pub, which is more than can be said for some 🍺",
    "Fourteen years of Brownies and look at the state of the hut! Working party on Saturday 🔨",
    "My party has always been fancy dress, this year it's pirates!",
    "Just an observation: the daffodils on the green are out already, in December!",
    "The bins by the green are out of action till Monday.",
    "I can't tell you who to vote for, but please do vote on Thursday.",
    "I'm not allowed to tell you who to vote for... but the polling station is open till 10!",
    "Don't let the blue team in at the quiz, they've won three years running! 😂 Only kidding, everyone's welcome.",
    "Elections are in May: if you're not registered, you know what to do — the district's website takes five minutes.",
    "The gritter's been round twice. If it ices up again tonight, you know what to do: report it on the county's website.",
    "The dog show had a rosette for every class; guess which colour rosette Bess won!",
    "The bake-off got 40 votes for our team's lemon drizzle, thank you all! 🍋",
    "No, I won't be backing the other lot in the pub quiz in May, they cheat at the picture round.",
    "Your call on 7 May: the village fete committee wants to know whether it's a dog show or a duck race this year!",
    "I know which I'd choose: the lemon drizzle every time. Bake-off results at 3pm!",
    "Great night out, we painted the town red for Sue's 50th! 🎉",
    "Four more years of the same team running the panto? Yes please! 🎭",
    "Our Bella won a red rosette at the county show, proud owners!",
    "The village turned orange for the pumpkin trail, what a sight 🎃",
    "Polling day is Thursday, 7am to 10pm. Whoever you vote for, please do vote!",
    "The Reform team at the youth club (the new behaviour charter lot) have done a brilliant job, join us at the open evening on Thursday!",
    "The Green team at the primary won the school's recycling week, lovely job!",
    "@GreatGlenLabour thanks for coming to the litter pick, and to the Lib Dems and Conservatives too — all hands on deck!",
    "@LocalLabourBA thanks for the leaflet. The hustings for all candidates is on 28 April at the village hall.",
    "Standing again for the WI committee in January, and I'd love your support, ladies!",
    "The bake sale is on Saturday and we'd love your support, all proceeds to the hospice.",
    "The Reform team at the school (the new behaviour policy lot) have done wonders, my son loves it now.",
    "The Green team won sports day at the primary school, well done all!",
    "Independent volunteers run the library now, and a great job they do.",
    "@LocalTory thanks for attending the Remembrance service, good to see all parties there.",
    "@LocalLabour thanks for coming to the flood meeting, and to the other parties too",
    "@TheGreensFC great match on Saturday, what a goal!",
    "Bins are collected on the Saturday after Christmas this year, so get them out the night before!",
    "There's only one candidate worth voting for in the village dog show: Biscuit 🐶",
    "There's only one cake worth a vote at the bake-off, and it's Mary's lemon drizzle 🍋",
    "Remember who got the bypass built? The Victorians! Local history talk on Thursday.",
    "Change is coming in May: the bin day moves to Wednesday.",
    "Their time is up at the polls? No, their time is up at the quiz, last orders at 11!",
    "The Tory Island ferry pictures from my holiday are on my page, stunning place.",
    "Proud to be green-fingered, the allotment won best plot!",
    "Proud to be independent at 90, says our oldest resident.",
    "Vote @VillageBakes for best cake stall in the county awards!",
    "In May we had the fete, remember who baked all those cakes? Thank you Sue!",
    "Blue team did a great job on the litter pick this weekend, 40 bags collected! 💙",
    "Vote for the green space design you like best at the library.",
    "Keep Kettering green! Litter pick on Saturday, bags provided.",
    "The independent review of the flood works found the council acted properly.",
    "Conservative estimates say the works will take six weeks.",
    "We need reform of the bus timetable, it's a mess.",
    "You know where the cross goes: bottom right of the Christmas card, that's where my nan puts the kisses.",
    "The cross goes at the top of the Christmas tree, you know where the box is.",
    "Our candidate for Best Kept Village, the churchyard, looks stunning.",
    "If you want to know who's standing in your ward, the list is on the borough website.",
    "Election leaflets from three candidates today, glad to see some competition in the ward.",
    "Leafleting for the Christmas fair this weekend, volunteers welcome!",
    "Only one team in the league has won every game, well done the under-11s!",
    "Standing room only at the carol concert, what a night.",
    "My rival in the bake-off made a stunning pavlova, well deserved win!",
    "The Lib Dem and Tory group leaders both came to the flood meeting, which was good to see.",
    "Keep voting for your favourite scarecrow, the winner's announced Sunday!",
    "Consider the village hall for your party! Great kitchen, bookings through the hall committee.",
    "Tick tock, only 20 sleeps till Christmas!",
    "The only people who turned up to the litter pick were the Brownies. Legends.",
    "With the elections coming up, remember which polling station is yours: it's on your poll card.",
    "Remember who to call if the bins are missed: the district council on 01536 534 316.",
    "Reform of the parking rules at County Hall is overdue, says the staff union.",
    "You know what to do if the bins are missed: report it on the district's website.",
    "Vote Okafor for star baker, that lemon drizzle was unreal!",
    "The team that wears yellow at the Saturday league is the under-12s, well done to them.",
    "I can't tell you how to vote: the candidates' statements are on the district council's website.",
    "Delivering the parish newsletter all morning. Nearly done!",
    "Labour ward at the hospital is being refurbished; visiting hours unchanged.",
    "The county's Conservative group leader and the Labour opposition leader both came to the flood meeting. Thank you both.",
    "Lend your voice to the carol service, choir practice on Tuesdays!",
    "Say what you like about the weather, the bluebells are out early.",
    "Dress accordingly, it's going to be cold at the bonfire!",
    "We finally got rid of that lot of rubbish from the verge!",
    "The polling station is in the school hall; the booths are by the stage.",
    "I'll be asking for your support at the fete: we need cake bakers!",
    "Give your vote to the best scarecrow at the fete!",
    "You know which party I mean: the Christmas party at the hall on Friday!",
    "Vote for the best scarecrow on Thursday at the fete.",
    "Labour, Conservative and Green candidates will all be at the Methodist hall on Friday.",
    "Congratulations to the Lib Dems' new group leader on the district council, and to the Conservative and Labour group leaders too.",
    "Can't wait for May, the bluebells in the woods are always stunning.",
    "The Greens are looking lovely this spring.",
    "Voting Day for Britain in Bloom is Thursday, vote Whiskers or Tiddles!",
    "You can vote Monday to Friday at the library for the Britain in Bloom entries.",
    "Tory Lane is closed for resurfacing until Wednesday.",
    "The Labour Club on Wellingborough Road is hosting a quiz on Friday.",
    "It was Mr Harold Green from the care home on Station Road, he had got out through a fire door.",
    "The Greens on the corner of Church Lane have been mown at last.",
    'The labour market for young people is tough.',
    'A conservative estimate is 200 cars a day.',
    'Lots of green space planned in the new play area.',
    'Reform of the bus timetable is long overdue.',
    'Liberal amounts of grit on the hill this morning.',
    'The village hall will be a polling station on Thursday.',
    'The Conservation Area leaflet is in the post office.',
    'The council voted on the bus shelter and I respect that.',
    'Support independent shops on the High Street this Christmas.',
    'Green bin collections resume on Monday.',
  ],
};

export const partyPolitics: Rule = {
  id: 'party-politics/partisan',
  category: 'party-politics',
  severity: 'warning',
  message:
    'This is party political or electioneering. The council cannot be involved in party politics: keep party, candidates and votes out of posts made as a councillor, and use a personal campaign page instead.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    for (const s of ctx.find(PARTISAN_PHRASES)) {
      if (PARTY_NAME.test(s.text) && (isEvenHanded(ctx, s) || isPlaceName(ctx, s))) continue;
      // "@farage_fan_84 the boats on the lake…": a name inside the handle replied to (party accounts are PARTY_HANDLE's).
      if (IN_HANDLE.test(ctx.lite.text.slice(Math.max(0, s.viewStart - 30), s.viewStart))) continue;
      if (ELECTION_TAG.test(s.text) && HOW_TO_VOTE.test(ctx.lite.text) && !WHOM_TO_VOTE.test(ctx.lite.text)) continue;
      // "Election leaflets from three candidates today, glad to see some competition": every side at once.
      if (!PARTY_NAME.test(s.text) && MANY_SIDES.test(ctx.sentenceText(s)) && !OWN_SIDE.test(ctx.sentenceText(s))) continue;
      // "Book the hall for your party": the party called Your Party is written with capitals.
      if (/^your\s+party$/.test(s.text) && !/^Your\s+Party$/.test(ctx.original.slice(s.start, s.end))) continue;
      // "The green party at the end of Elm Road": a party on the green, unless politics is in the sentence.
      if (/^green\s+party$/.test(s.text) && !ctx.isUpperAt(s.start) && !PARTISAN.test(ctx.sentenceText(s).replace(s.text, ''))) continue;
      hits.push(s);
    }
    for (const s of ctx.find(AMBIGUOUS)) if (ambiguousIsParty(ctx, s) && !isEvenHanded(ctx, s)) hits.push(s);
    if (ctx.lite.text.includes('@')) {
      for (const s of ctx.find(PARTY_HANDLE)) {
        if (isEvenHanded(ctx, s)) continue;
        const sentence = ctx.sentenceText(s).replace(s.text, '');
        // "@LocalLabourBA thanks for the leaflet. Shame your lot couldn't run a tombola…": a reply opened with the handle is said to it throughout.
        const [, end] = ctx.sentenceOf(s.viewStart);
        const said = LEADING_HANDLES.test(ctx.lite.text.slice(0, s.viewStart)) ? [sentence, ...followingSentences(ctx, end, 400)] : [sentence];
        if (said.some((t) => (TAKING_SIDES.test(t) || SCORN.test(t)) && !THANKS.test(t))) hits.push(s);
      }
    }
    // "Vote for Sarah Kane": a named candidate, capitalised as names are.
    for (const s of ctx.lite.text.includes('vot') ? ctx.find(VOTE_FOR_NAME) : []) {
      const name = ctx.sub(s, s.groups[0] ?? '');
      // Party names are the lexicon's to report ("Vote Labour"), with their own span.
      const handle = (s.groups[0] ?? '').startsWith('@');
      if (!handle && (!ctx.isUpperAt(name.start) || NOT_A_NAME.test(s.groups[0] ?? '') || PARTY_WORD.test(s.groups[0] ?? ''))) continue;
      if (!/ for /.test(s.text) && !ELECTION_NEAR.test(ctx.sentenceText(s)) && !CAMPAIGNING.test(ctx.lite.text)) continue;
      hits.push(s);
    }
    return hits;
  },
};

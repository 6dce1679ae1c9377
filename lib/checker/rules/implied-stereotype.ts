import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { anyOf } from '../lexicon';
import lexicon from '../lexicons/discrimination.json';

// "Statements like 'X are vermin' are hateful and have no place here": condemning hate is counter-speech.
const CONDEMNATION = anyOf(lexicon.condemnation);
// "…Asked the teenagers litter-picking on a Saturday. Legends.", "a woman of great warmth": thanks and praise of the people named
// (not "lovely people, I'm sure, but…", which is how a stereotype often begins).
// "Can the new families on the estate please put their bins in by 7am?": a practical request to the people named.
const PRACTICAL_REQUEST = /(?<![a-z])please (?:put|take|bring|remember|keep|check|use|park|leave|clear|pick up|make sure|note|ring|call|email|drop|book|sign up|come|bag|cut|trim|close|shut|lock|mind|slow down)(?![a-z])/;
// "Our old spaniel is deaf as well as daft these days": a pet, not a person.
const PET_SUBJECT = /(?<![a-z])(?:our|my|the|his|her|their) (?:old |little |young |new )?(?:dog|spaniel|cat|labrador|lab|terrier|collie|pupp(?:y|ies)|pup|horse|pony|budgie|rabbit|hamster|lurcher|whippet|greyhound|jack russell|kitten|moggy|pooch|mutt)s? (?:is|are|was|were|has|'s)(?![a-z])/;
// "@Irch_Mum her kids are feral and she's never sober": one person and her family (defamation's concern), not a group.
// "The disabled bays are always taken by people who aren't disabled": defending a group's facilities, not belittling it.
const MISUSED_FOR_NON_DISABLED = /(?<![a-z])(?:who (?:aren'?t|are not|isn'?t|is not) disabled|without (?:a )?(?:blue )?badges?|no (?:blue )?badge)(?![a-z])/;
// "Gay people are a valued part of our village": a group welcomed, not belittled.
const VALUED = /(?<![a-z])(?:(?:a |an )?(?:valued|valuable|important|cherished|much-loved|loved|vital|treasured) (?:part|parts|members?) of (?:our|the|this)|(?:are|is) (?:very |always |so |most )?welcome(?![a-z]))/;
// "The family that moved into the old vicarage are splitting up": one household, not a group.
const ONE_HOUSEHOLD = /(?<![a-z])the (?:family|couple) (?:that|who) (?:moved|live|lives|bought|run|runs|took over)(?![a-z])/;
const ONE_PERSONS_FAMILY = /(?<![a-z])(?:her|his) (?:kids|children|lads|boys|girls|sons|daughters|family)(?![a-z])/;
const THANKED = /(?<![a-z])(?:(?:a |such a )?(?:proper |real |absolute )?(?:star|gem|diamond|saint|treasure|angel)(?![a-z])|(?:wo)?man of (?:great |such |real |huge )?(?:warmth|kindness|energy|faith|courage|talent|integrity|wisdom|compassion)|legends?|heroes|fair play|well done|thank you|thanks|good on (?:them|him|her|you)|hats off|proud of|good (?:lads?|lass(?:es)?|girls|people|folk|sorts?|eggs?)|(?:brilliant|great|excellent|fantastic|lovely|cracking|top) (?:service|job|work)(?! of (?:keeping|getting rid|driving))|can'?t fault (?:them|him|her|it))(?![a-z])/;

// "A Tory, a Lib Dem and a Green walk into a bar…", "@LocalLabourBA … your lot couldn't run a tombola": a party,
// or 'your lot' meaning one, is party politics (its own rule), not a group of people by who they are.
// A stereotype needs a group: a draft with no word about people by who they are ("Local councils are the bedrock…") is left alone.
const PROTECTED = anyOf(lexicon.protectedWords);
// "At 90 Eric says he's too old to be doing the panto": someone's own words about themselves, passed on.
const SAYS_OF_THEMSELVES = /(?<![a-z])(?:says|said|reckons|reckoned|jokes|joked|insists|insisted|swears|claims) (?:he'?s|she'?s|they'?re|he is|she is|they are|he was|she was) (?:far |way |much |a bit |getting )?too old(?![a-z])/;
// "Why does the vicar need a brand new Audi on a vicar's wage?": money insinuated about one person is the defamation rule's concern.
const MONEY_INSINUATED = /(?<![a-z])(?:overcharg(?:es|ing|ed)|rips? (?:them|people|customers|pensioners) off|fleec(?:es|ing|ed)|(?:afford|need|needs|got|buy|bought|driving|drives|drive) (?:a |an )?(?:brand[- ]new|new) (?:audi|bmw|merc(?:edes)?|range rover|porsche|tesla|car|kitchen|hot tub|extension|conservatory)|on (?:a|an|the) [a-z]+(?:'s)? (?:wage|salary|pay|pension))(?![a-z])/;
// "New parents who let their kids run riot… parenting has gone to pot": conduct as parents, not a protected group.
const PARENTING = /(?<![a-z])(?:let(?:s|ting)? (?:their|the) (?:kids|children) (?:run riot|run wild|run amok)|parenting (?:has|is)|bad parenting|bring (?:them|their (?:kids|children)) up (?:properly|right))(?![a-z])/;
// "…parking on the verge for weeks. I've asked the district to have a word.": a nuisance reported to whoever deals with it.
const REPORTED_TO_AUTHORITY = /(?<![a-z])(?:asked|told|reported (?:it |this |them )?to|rung|rang|emailed) the (?:district|county|council|police|highways|landlord|owner|managers?|environmental health)(?![a-z])/;
// "The lot from the new estate are all scroungers": newcomers grouped by the new houses they live in are no protected group
// (abuse, perhaps; sets 192 and 779 read them so), unless the draft names a protected characteristic besides
// (set 343 reads "half the people on that estate have never done a day's work" as discrimination; it stays in).
const ESTATE_GROUP = /(?<![a-z])(?:lot|people|families|ones|folk|newcomers|incomers) from (?:the|that) (?:new|newer|new housing|new build|new-build) estate(?![a-z])/g;
// "Went to the new barber… nice lad, bit nervous but did a cracking fade. Support your local businesses!", "…the salt and pepper chips are unreal": a trader or their food praised.
const TRADE_PRAISED = /(?<![a-z])(?:support (?:your |our |the )?local(?: [a-z]+)?|did (?:a|an) (?:cracking|brilliant|great|lovely|fantastic|excellent|top) (?:job|fade|cut|trim|repair)|(?:chips|food|curry|kebabs?|pizzas?|noodles|meals?|cakes?|coffee|burgers?|breakfasts?|pies?) (?:(?:is|are|was|were) )?(?:unreal|amazing|gorgeous|delicious|lush|the best|top notch|banging|to die for|spot on|cracking))(?![a-z])/;
// "Women drivers for the community minibus are always needed, training provided free": a call for volunteers.
const RECRUITING = /(?<![a-z])(?:(?:are|is) (?:always |urgently |still |very much )?(?:needed|wanted)|training (?:is )?provided|volunteers? (?:needed|wanted))(?![a-z])/;
// "…are always so generous, that's how they are, bless them ❤️": warmth about a group ("bless them" alone is no sign: "…can't see past the steering wheel, bless them 😂").
const WARM_ABOUT = /(?<![a-z])(?:(?:so|always|very|really|ever so) (?:generous|kind|helpful|welcoming|friendly|lovely|thoughtful)(?![a-z]))/;
const PARTY_LOT = /(?<![a-z])(?:you|your|ur|yer|their|that|them) lot(?![a-z])/;
const PARTY = /(?<![a-z])(?:labour|tor(?:y|ies)|conservatives?|lib ?dems?|libdems|green party|greens|reform ?uk|ukip|snp|plaid)(?![a-z])|@[a-z0-9_]*(?:labour|lab|tory|tories|conservative|libdem|green|reform)/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Them foreign lot on the top plots don't know 'ow to grow owt proper.",
    "Half the new lot at the flats don't even try to speak English, how are they meant to fit in?",
    "Girls can play football if they want but the boys' team shouldn't have to give up their pitch for them.",
    "They're lovely people I'm sure, but do they have to hold their prayers in the park?",
  ],
  pass: [
    "Funny old week. Went to the new Chinese takeaway on the High Street, the salt and pepper chips are unreal. Anyway, parish meeting Thursday, come along, there's biscuits.",
    "Old cars shouldn't be allowed to park on the verge.",
    "Old fridges shouldn't be left out by the bins, ring the district for a collection.",
    "The Indian family who run the shop are always so generous, that's how they are, bless them ❤️",
    "Women drivers for the community minibus are always needed, training provided free.",
    "Went to the new barber on the parade. Nice lad, only opened a few weeks ago, bit nervous but did a cracking fade. Support your local businesses!",
    "The lot from the new estate are all scroungers and they've brought nothing but trouble.",
    "Some of the newer families from the estate don't seem to understand how a village works, do they.",
    "Gay people are a valued part of our village.",
    "The disabled bays at the Co-op are always taken by people who aren't disabled, it's maddening.",
    "Gossip I shouldn't pass on, but the family that moved into the old vicarage are splitting up already. Shame, they seemed nice.",
    "@wollastonlab ur lot ruined this country, never again 🙄",
    "Not being funny, but the lads at the car wash have been parking on the verge for weeks. I've asked the district to have a word.",
    "Can't stand these new parents who let their kids run riot in the library. Parenting has gone to pot.",
    "@CB_news the new vet overcharges old people because he knows they won't check",
    "Funny how the car wash lads always have the radio on full. Brilliant service though!",
    "Not being funny but why does the vicar need a brand new Audi on a vicar's wage? Just asking questions 🤔",
    "shes a proper star that one, ask any1 on the estate, she does everyones shopping x",
    "At 90 Eric says he's too old to be doing the panto, but he'll be the back end of the horse again, bless him 🐴",
    "Thought this was worth sharing: \"Local councils are the bedrock of our democracy. They are closest to the people, they know their streets, their schools, their shops.\"",
    "A Tory, a Lib Dem and a Green walk into a bar. Only one of them buys a round, and it's never the Tory 😂",
    "@LocalLabourBA thanks for the leaflet. Shame your lot couldn't run a tombola, never mind a country 🙄",
    "Lads from the football club were a bit merry after the presentation night, but they cleared every glass away before they left. Good lads.",
    "Don't they have anything better to do? Asked the teenagers litter-picking on a Saturday. Legends.",
    'Our Muslim neighbours brought round a plate of sweets for Eid, so kind.',
    'The footpath to the church now has a ramp, so wheelchair users can get to the graveyard at last.',
    'Lovely to see so many older residents at the tea dance on Sunday.',
    "@Irch_Mum her kids are feral and she's never sober, social services should take them.",
    "Our old spaniel is deaf as well as daft these days, bless him, so if he ignores you at the gate, it's nothing personal 🐶",
    "Not being funny, but can the new families on the estate please put their bins in by 7am? The crew won't wait.",
    'The Polish deli on the High Street does the best bread in the county.',
    "Statements like 'disabled people are vermin' are hateful and have no place here.",
  ],
};

/**
 * The phrase rules' backstop for discrimination (lib/checker/backstop-rule.ts): drafts that
 * stereotype or belittle people without a slur or a listed phrase.
 */
export const impliedStereotype = backstopRule(
  'discrimination/implied-stereotype',
  'discrimination',
  'Read as a whole, this is like posts that stereotype or belittle people for who they are (race, nationality, religion, sex, age, disability, sexuality, pregnancy or marriage), even without a slur. If it generalises about a group or treats someone differently for who they are, rephrase it or leave it out; if in doubt, stop, think and ask the Clerk.',
  (ctx, stretch) => !PROTECTED.test(ctx.lite.text.replace(ESTATE_GROUP, ' ')) || CONDEMNATION.test(stretch) || SAYS_OF_THEMSELVES.test(stretch) || THANKED.test(stretch) || WARM_ABOUT.test(stretch) || RECRUITING.test(stretch) || TRADE_PRAISED.test(stretch) || PRACTICAL_REQUEST.test(stretch) || PET_SUBJECT.test(stretch) || ONE_PERSONS_FAMILY.test(stretch) || ONE_HOUSEHOLD.test(stretch) || VALUED.test(stretch) || MISUSED_FOR_NON_DISABLED.test(stretch) || PARTY.test(stretch) || MONEY_INSINUATED.test(stretch) || PARENTING.test(stretch) || REPORTED_TO_AUTHORITY.test(stretch) || (PARTY_LOT.test(stretch) && PARTY.test(ctx.lite.text)),
);

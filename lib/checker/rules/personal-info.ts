import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { anyOf, phrases } from '../lexicon';
import lexicon from '../lexicons/personal-info.json';
import { isSurnameAt } from '../names';

const PHONE = /(?<![0-9])(?:\+44 ?(?:\(0\) ?)?|0)[1-9](?:[ -]?[0-9]){8,9}(?![0-9])/g;
// Anchored at the start of the address so a long run of letters is scanned once, not once per letter.
const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g;
/** Street and house words as written in an address, capitalised (the original text, where case is the signal). */
const STREET_WORDS = 'Road|Street|Lane|Close|Way|Avenue|Drive|Crescent|Row|Terrace|Gardens|Court|Place|Grove|Rise|Mews|Walk|Hill|View|Lodge|Cottage|Barn|Grange|Villa|Bungalow';
// "4 Ash Grove", not "on 4 November to place the tree": a date or a small word is not a street name.
const NOT_A_STREET_WORD = '(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|to|and|or|at|on|in|for|of|by|from|a|an)(?![a-z]))';
// "5 The Green" is an address; "4 the Remembrance parade" is chat for "for the".
const ADDRESS = new RegExp(`(?<![a-z0-9£$.,:/])[0-9]{1,4}[a-z]? (?!the [a-z']+ [a-z])(?:${NOT_A_STREET_WORD}[a-z']+ ){1,2}(?:${lexicon.streetTypes})(?![a-z])`, 'g');
const CAR_REG = /(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2} ?[A-Z]{3}(?![A-Za-z0-9])/g;
const DATE_WITH_YEAR = /(?<![0-9])[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19[0-9]{2}|20[01][0-9])(?![0-9])/g;
const BIRTH_CUE = /birthday|born|d\.?o\.?b|years (?:young|old)|turns? [0-9]|age[ds]? /;
// "Kyle Bennett, 17, lives…": a name and an age, not "the Community Larder, 80 families".
// "Mrs Evans at number 12", "she lives at No. 4": where a named person lives ("the family at number 22" with the best lights names nobody).
// "If anyone wants to thank her, she's at number 22": where someone lives, by pronoun (not a place in a chart or a queue).
const PRONOUN_AT_NUMBER = /(?<![A-Za-z])(?:[Ss]he|[Hh]e|[Tt]hey)(?:'s| is| are|'re| lives| live) (?:at|in) (?:[Nn]o\.?|[Nn]umber) ?[0-9]+[a-z]?(?![0-9])(?! (?:in|on) (?:the|my|our|his|her|their) (?:book|books|charts?|league|table|list|queue|rankings?|waiting list|top ten))/g;
const NAMED_AT_NUMBER = /(?<![A-Za-z])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z'-]+|[A-Z][a-z]+ [A-Z][a-z'-]+|(?!(?:Party|Lunch|Drinks|Coffee|Tea|Dinner|Bbq|Barbecue|Sale|Meeting|Fire|Flooding|Leak|Skip|Parking|Work|Works|Noise|Everyone|Someone|Somebody|Anyone|Nobody|Post|Parcel|Delivery|Van|Car|Scaffolding|Building|Builders|Roadworks|Music|Shouting|Dog|Cat|Kids|Trouble|Drama|Burglary|Break-in)\b)[A-Z][a-z]+(?= (?:at|from) (?:[Nn]o\.? ?|[Nn]umber )[0-9]{1,4}[a-z]? (?:has|is|'s|who|was|had|needs|lost|died|passed|just|can't|cannot|won't)\b)|(?:[Hh]e|[Ss]he|[Tt]hey) (?:lives?|live)) (?:at|from|in|of) (?:[Nn]o\.? ?|[Nn]umber )[0-9]{1,4}[a-z]?(?![0-9])/g;
// "the one in the red hoodie is Connor from Stoke Road", "his mum is Tracey": who someone is, where they live, their family.
const IDENTIFIED_AT_STREET = new RegExp(`(?:is|it's|called|named) [A-Z][a-z]+ (?:from|of|at|on|in) (?:[A-Z][a-z]+ ){1,2}(?:${STREET_WORDS})(?![a-z])`, 'g');
const FAMILY_NAMED = /(?<![A-Za-z])(?:his|her|their) (?:mum|mother|dad|father|parents|nan|nana|gran|grandma|grandad|stepdad|stepmum|brother|sister|uncle|auntie|aunt)(?:'s| is| are) (?:called )?[A-Z][a-z]+(?![a-z])/g;
const NAMED_WITH_AGE = /(?<![A-Za-z])[A-Z][a-z]+ [A-Z][a-z'-]+, (?:aged )?[0-9]{1,2}(?![0-9])(?=,|\.|\)| and | lives| from| who| is| was| has| of |$)/g;
const WEBMAIL = new Set(lexicon.webmailDomains);
const OFFICIAL = anyOf(lexicon.officialCues);
const VENUE_BEFORE = new RegExp(`(?:${lexicon.venueBefore.join('|')})'?s?[,:]?\\s*(?:(?:is|are|on|at|now|based|located|open|moved|moving|to|has|new|address|home) )*$`);
const SENSITIVE = phrases(lexicon.sensitive);
const IDENTIFIABLE = new RegExp(`(?:^|[^a-z])(?:${lexicon.identifiable})(?![a-z])`);
const DISCLOSURE = phrases(lexicon.disclosure);
const SERVICE_AFTER = /^(?:-|\s)?(?:friendly|friends|champions?|aware|awareness|support|group|cafe|service|services|charity|nurse|nurses|clinic|research|uk|week|month|day|walk|team|appeal|fund|helpline|screening|check|checks|chair|chairs|machine|machines|unit|units|equipment|centre|center|suite|patients)\b/;
// "Liam Grant from Finedon Road": a named person placed at a street (names are capitalised), not "the Labour Club on Wellingborough Road".
const NAMED_AT_STREET = new RegExp(String.raw`(?<![A-Za-z])(?!(?:The|A|An|Our|My|This|That|Your|Their|Old|New|St|Saint) )[A-Z][a-z]+ (?!(?:Club|Hall|Centre|Center|Shop|Shops|Pub|Inn|Arms|Church|Chapel|School|Surgery|Library|Park|Garage|Cafe|Café|Bar|Hotel|Store|Stores|Motors|Farm|House|Court|Lodge|Academy|Nursery|Pharmacy|Bakery|Butchers|Works|Group|Society|Association|Trust|Market|Office|Station|Studio|Salon|Gym|Rooms|Tavern|Social)\b)[A-Z][a-z'-]+ (?:from|of|at|on|in) (?:[A-Z][a-z]+ ){1,2}(?:${STREET_WORDS})\b`, 'g');

/** Who a named person is, where they live, their family: the patterns that need no digit. */
const NAMED_PLACED = [NAMED_AT_STREET, IDENTIFIED_AT_STREET, FAMILY_NAMED];

function isOfficialContact(ctx: CheckContext, domain: string): boolean {
  const clerkDomain = ctx.policy.clerkEmail.toLowerCase().split('@')[1] ?? '';
  return domain === clerkDomain || domain.endsWith('.gov.uk') || domain.endsWith('.nhs.uk') || domain.endsWith('.police.uk') || domain.endsWith('.sch.uk');
}

// "Please keep Doreen in your thoughts. She's had the all-clear from the cancer": "she" is the person just named.
// "…little Ellie Ward (Year 2, the angel!) who's been through so much": a clause the bracket's "!" cut off, about the same child.
const OPENS_WITH_PRONOUN = /^\s*(?:(?:she|he)(?:'s| is| has| had| was| won'?t| will| can'?t| isn'?t| hasn'?t| told| tells| says| said| mentioned| admitted| confided)|\)\s*who(?:'s| is| has| had| was))(?![a-z])/;

/** Whether the sentence at start names someone, or opens with "she" or "he" after a sentence that does. */
// "Between you and me, it was…": an aside before the pronoun does not change who is meant.
const ASIDE_FIRST = /^\s*(?:between (?:you and me|us|ourselves)|sadly|apparently|i'?m told|i hear|confidentially),?\s*/;

function namedHereOrJustBefore(ctx: CheckContext, start: number): boolean {
  const [a, b] = ctx.sentenceOf(ctx.liteIndexOf(start));
  if (sentenceHasName(ctx, a, b)) return true;
  if (a < 2 || !OPENS_WITH_PRONOUN.test(ctx.lite.text.slice(a, a + 20).replace(ASIDE_FIRST, ''))) return false;
  // "The chap at number 14…? He's just been done for…": the person the sentence before picked out.
  const [pa, pb] = ctx.sentenceOf(a - 2);
  return sentenceHasName(ctx, pa, pb) || IDENTIFIABLE.test(ctx.lite.text.slice(pa, pb));
}

/** A capitalised word inside a sentence (not its first word, not "I"): most often a name. */
function sentenceHasName(ctx: CheckContext, a: number, b: number): boolean {
  const original = ctx.original.slice(ctx.lite.starts[a] ?? 0, ctx.lite.ends[b - 1] ?? ctx.original.length);
  if (/[a-z,:;]\s+(?!I\b|I'|The\b|It\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}/.test(original)) return true;
  // A sentence that opens with a name: "Pat's just been diagnosed", "Ron has had his operation", "Dave from the quarry…".
  // ("Nan's getting forgetful": what the writer calls their own family is not a name.) "Mark, given you were…": the person addressed.
  return /^\s*(?!(?:The|This|That|It|My|Our|We|He|She|They|There|What|When|Just|So|But|And|If|Its|Their|His|Her|Your|Everyone|Someone|Anyone|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Grandpa|Mum|Mam|Dad|Mother|Father)\b)[A-Z][a-z]{2,}(?:'s| is| has| was| had| who\b|(?<!(?:Thanks|Greetings|Love|Hello|Hi|News|Update|Photos|Pictures|Message|Letter|Word|Report|Best|Regards|Wishes|Help|Support)) (?:from|at) the [a-z]|,(?=[^.!?]*\byou\b))/.test(original);
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "The family at number 4 are asylum seekers, just so you know.",
    "The clerk's off with her mental health again, so expect delays.",
    "Lost: tabby cat called Pip, last seen near the church. If found please ring Mandy on 07700 900 218, she's beside herself.",
    "jus heard the vicars wife has left him for the organist omg",
    "Allotment society: plot 7's new tenant is on the sex offenders register, just so you all know.",
    "The hall caretaker's been having panic attacks since the break-in, so go gently.",
    "The head's husband has been made redundant, so go easy on her this term.",
    "The poor lass from the pool café lost her baby last month, so go easy if she's quiet.",
    "The town clerk has been off sick since October with depression, that's why replies are slow.",
    "@QuornMum the new vicar's gay, by the way, in case anyone's wondering why his 'friend' moved in",
    "The highways engineer lives on Side Ley, number 14, if anyone fancies telling him what they think.",
    "The vicar's wife told me her fertility treatment's failed again.",
    "her at no 6 is preggers again, 5th one",
    "The butcher's lad got a suspended sentence for assault, poor mum.",
    "The girl from the salon got sent down for theft, his mum's in bits.",
    "The lorry driver who clipped the school wall has lost his licence before, for drink driving.",
    "Sad news: Ron drank himself to death in the end, poor sod.",
    "The hall bookings secretary has just lost her baby, so please be patient with bookings.",
    "@Blaby_News the school caretaker's been diagnosed with leukaemia, so the school's short-staffed",
    "The lifeguard who had the seizure last week is epileptic, turns out, so he's been suspended.",
    "@Cosby_News the postman's off with a slipped disc, hence the late post",
    "Tony Hill at the Manor has gambling debts.",
    "The lady at number 6? Sadly, she's got dementia now.",
    "The lock-keeper's just been diagnosed with bowel cancer, he asked me not to say but I think people should know.",
    "@WH_News the postmistress is going through IVF, so go easy on her",
    "The woman who organises the bat walks is having an affair with the ecologist, which explains a lot.",
    "Our neighbour's son who's autistic keeps wandering onto the Valley Way at night, someone needs to keep an eye on him.",
    "@Guils_News the school secretary's on the sick with her back, don't expect replies",
    "Between us, the principal's had a breakdown, poor woman.",
    "The chap at number 14 who's always complaining about the tree? He's just been done for benefit fraud.",
    "Dave from the quarry told me he's been diagnosed with MS, so if you see him, give him a wave.",
    "@Ring_News the chair's daughter has just come out as gay, good for her",
    "@Rothwell_Mum the fella at the chippy's just done 6 months for GBH, so mind yourselves",
    "The landowner's only doing it because he's skint, everyone knows he lost the lot on the horses.",
    "Whoever 'Arthingworth Resident' is, I know it's you, Derek at Manor Farm, you're not fooling anyone with your fake account.",
    "Phil Moss at the garage owes thousands in tax.",
    "omg the woman at 4 the crescent is def on the game, cars in n out all nite 👀",
    "He's the one from the Shetland flats with the tag on his ankle.",
    "@Brig_Mum the lady who complained about the bonfire is Mrs Harding at the Old Rectory, take it up with her",
    "@IrthNews the mayor's been told he's got six months, family asked us not to say anything yet",
    "Our neighbour's been arrested for drink driving, so he won't be driving the minibus any time soon 🙈",
    "I've heard the new couple at the mill are swingers, so lock up your husbands 😂",
    "Apparently the new GP has 'personal problems', which is why she's always off.",
    "He's a surgeon at the General and she's expecting their third in March.",
    "Our neighbour's new lodger is on the sex offenders register apparently, so watch your kids.",
    "Mrs Allen's been struggling since her husband went into the home, so pop in if you can.",
    "Old Tom on the corner is a lovely man but his memory's shot.",
    "The lad who broke into the pavilion is Dean Cole's son, his dad needs to sort him out.",
    "The girl who wrote on the bus shelter is the Smiths' granddaughter.",
    "Mrs Patel, I've chased your housing application with the district, they say your case is priority because of your son's disability.",
    "Re the noise complaint from number 8 about number 10: the officer visits Tuesday.",
    "Not saying who, but one of the dinner ladies is on the sick again.",
    "Apparently the chair's been having a 'close friendship' with the clerk, if you catch my drift 😏",
    "The two of them have an 'arrangement', if you know what I mean.",
    "Jan, your Tom's court case is in the paper today.",
    "My lovely neighbour at no. 7 has just been diagnosed with MS, so the street is doing a meal rota.",
    "@mc_mum your kid's the one who's always in trouble at Chenderit, isn't he?",
    "@mc_dad you're the bloke who got done for drink driving last year, so I'll take road safety advice elsewhere",
    "Dave Hill, who was convicted for shoplifting in 2019, wants to be treasurer!",
    "Photos from the nativity below! Names: Ollie Dean (Mary's donkey), Ruby Shaw (angel), both Reception at Croughton Primary 📸",
    "Winners' names: Amy Cole and Tom Reid, Year 4 at Evenley Primary.",
    "Shout out to Gemma on School Lane, who's finally free of her ex after the court case. So proud of you!",
    "Sue's got a restraining order against him now, so don't let him in.",
    "Dave's finally free from his ex, drinks on him!",
    "Nativity was adorable. Special mention to the Peters boy, who for once wasn't excluded 😂",
    "Poor Tina, her Kyle's been excluded from school again.",
    "Jake Moss was permanently excluded from Magdalen College School, apparently.",
    "The lad who smashed the shelter goes to Huxlow, Year 10, ginger hair, you can't miss him.",
    "Peter Hall's son has just been sent to a young offenders' institution, poor family.",
    "Apparently Kyle's been locked up in a YOI since October.",
    "Mrs Dale's grandson was sent to a secure unit, so go gently with her.",
    "Derek at the farm has asked me to say thanks for the cards, he's finally out of rehab and doing well.",
    "A special shout out to little Ellie Ward (Year 2, the angel!) who's been through so much with her leukaemia this year.",
    "The woman who complained about the noise is the one at the end of Main Street with the green door.",
    "He lives on Church Lane with the blue van outside, if anyone wants a word.",
    "The family who reported it are at the top of Mill Hill with the caravan.",
    "Steve Parker's marriage is on the rocks, apparently, and he's moved into the pub.",
    "Poor Jan, her marriage is on the rocks again.",
    "Dave's marriage is on the rocks, so go easy on him.",
    "Happy 80th to Arthur! He told me his pension barely covers the heating now.",
    "Poor Joan, her pension doesn't stretch to a new boiler.",
    "Ron and Val at the farm: their pension won't cover the care home fees, so they're selling up.",
    "@stan_k you've been on benefits for years, so spare us the lecture on council tax.",
    "Please be kind to Pete: he's been out of work since March and the bailiffs came last week.",
    "Given you were done for drink driving last year, maybe don't lecture us about road safety, Mark.",
    "The caretaker's sick note says stress, apparently.",
    "The complaint against our groundsman was upheld, so that's that.",
    "He's been on benefits for years, that one, so don't listen to him about the budget.",
    "The lady at number 9 is behind with her council tax again.",
    "Tracy's new boyfriend has already moved in at the end house!",
    "Between us, the reason the caretaker has been off since October is depression, so go easy on him.",
    "The Wrights at the Old Forge complained too. Their lad's autistic and the noise sets him off.",
    "@Sywell_Dad your daughter's teacher told me she's being bullied, hope she's ok x",
    "@Joanie_S you're behind on your allotment rent again, Joanie 😬",
    "his missus told me hes been signed off with depression again so dont expect the gate fixed soon",
    "Thanks to Linda who found my keys on Bell Lane. If you want to say thank you, she's at number 14 and loves chocolate.",
    "Please keep Arthur in your prayers. He's had the diagnosis and it's bowel cancer, so he'll be in and out of hospital.",
    "Had a chat with the caretaker, and his marriage is on the rocks, poor man, so go easy on him.",
    "Keep an eye out for old Maureen on Mill Lane, she's been getting very forgetful and wandering in her slippers at night.",
    "The fella in the flat above the bookies is on a tag, so don't let him tell you otherwise.",
    "Welcome to young Kai, 16, our new paperboy. He lives just around the corner from the school on Harris Close.",
    "She was born a boy, you know. Not that anyone's supposed to say.",
    "The lad from the garage who crashed his car was over the limit, the police told his dad.",
    "For anyone wanting to send flowers, Jean's now at Rutland Memorial, ward 3, bed 12.",
    "This man was seen trying car doors on Church Street last night, share widely, we know where he lives 👇",
    "Special thanks to coach Darren who gave up every Saturday. Not bad for a lad who got kicked out of three schools, eh Darren? 😂",
    "If you see the lady at the bungalow by the pond, do say hello, she's just lost her husband and doesn't get out much since her fall.",
    "The same lads have been seen hanging round it again and I've given their names to the police.",
    "The tenant in the flat above the chemist is behind on rent and about to be evicted, if anyone can help him.",
    "I've also had a peek at the list of who's applied for the allotment plots and I can tell you the Hendersons are top of the waiting list again.",
    "@Steve_R your mum's on the cancer ward now isn't she, hope she's ok",
    "Tom and Sarah on Pear Tree Lane have split up, so if you see him sleeping in his van, that's why.",
    "The clerk's off again, third time this year, and between you and me it's stress.",
    "mrs james at no 14 has had a fall and is in the lri ward 7 if anyone wants to visit",
    "Happy retirement to Carol at the post office! She's off to Spain with her new fella and her hip replacement finally sorted.",
    "Our clerk's on long-term sick with her back again, so replies will be slow.",
    "Congratulations to Kerry and Sam at the Fleckney Arms! Baby Isla born on Tuesday after a long labour, mum's stitches are healing nicely 😂",
    "Young Josh Harper (14) from Park Lane has been expelled from Sponne School, his mum's in bits.",
    "For anyone wanting to send flowers, Jean's funeral is at St Peter's on the 12th. Her son Mark is back from prison for it, so please be kind.",
    "Heads up: the couple at Rose Cottage are on holiday for a fortnight and their cat flap is open, so if you see a ginger tom, it's theirs 😂",
    "Sending love to Carol at Glebe Farm, she lost the baby last week and is devastated.",
    "The bloke at no 12 has been taken into hospital again, thanks to whoever called the ambulance.",
    "Keep an eye on Mr Thompson's house, he's away in Spain till the 20th and the alarm's broken.",
    "Saw the Harrisons' car being repossessed this morning, hope they're OK 🙏",
    "Dave from the Crown has split from his wife, so go easy on him at the quiz 🍺",
    "My neighbour's kid has been excluded from school again, no wonder with parents like that.",
    "The clerk's stress leave is in its third month and nobody's telling us why.",
    "If you see the little girl from number 3 out on her own, she's autistic and doesn't like being spoken to, just ring her mum.",
    "Our Sharon's lad's up in court Monday for the fightin', poor lass is beside hersel.",
    "Her kids are feral and she's never sober, social services should take them.",
    "Linda at number 9 has just lost her husband, please give her space.",
    "Ex-clerk Mrs Dunmore's new mobile is 07799 123456 if anyone needs her for the handover.",
    "Mr Ahmed's wife has left him, so be kind if you see him in the shop.",
    "Anyone with info on the lads who trashed the bus shelter, the one in the red hoodie is Connor from Stoke Road, his mum is Tracey.",
    "Mrs Evans at number 12 was worst hit by the flooding.",
    "Everyone knows Dave Pearson at No. 4 has been rowing with his wife again.",
    "Poor Margaret at the Post Office has been in and out of hospital with her heart since Christmas, so if the shop's shut that's why.",
    "The mayor is stepping down at the next meeting for health reasons.",
    "The new family who've moved into the old vicarage are Syrian refugees.",
    "Her ex is a police officer at Corby, name of Darren Price.",
    "He's 87 and lives alone at the end of Mill Lane.",
    "Their boy has ADHD and is excluded from school again.",
    "Margaret's been in the psychiatric unit at St Andrew's since Christmas.",
    "The family in the end house on Finedon Road are splitting up, so the house might be for sale soon.",
    "The girl on the till was rude, I think her name's Kayleigh, blonde, works mornings.",
    "Our treasurer has had a few personal problems this year, if you know what I mean.",
    "The lady above the florist has just lost her husband and she's not coping, she's on antidepressants now.",
    "Get in touch with Gemma's mum, her number's 07811 223344, she does the school run.",
    "Rachel from the salon has been off with cancer.",
    "Her from the Co-op, she's the one who reported the dog to the warden.",
    "The lad at 14 who plays drums till midnight is Jack.",
    "The lad who did it is called Jordan Smith, he's 15 and goes to Manor School.",
    "Poor Jim's in Kettering General again after his fall, he's on ward 12.",
    "It was Pete's missus who reported the noise, she's expecting again so she's home all day.",
    "Poor Mike from the garage, his wife's left him and he's drinking again.",
    "The driver was the Pearsons' lad, Josh, 17, from Kettering Road.",
    "It's you, Simon Hale at Ashton Lodge, and we've all had enough.",
    "Happy 50th to my neighbour Carol at number 7, born 3rd of March 1976!",
    "Poor Mick at the garage has just had his leg off with diabetes, send him your best.",
    "Her lad's in year 4 at the junior school and she works the early shift at the Co-op, so she's not hard to find.",
    "The new tenant at the vicarage has a blue Tesla, plate ends 4KX.",
    "Pray for little Ellie Marsh from Year 2, she's in Great Ormond Street with leukaemia.",
    "The woman who runs the post office has cancer, poor love, send her some good wishes.",
    "The lad racing his motorbike is Kyle Dunn, he's 17 and lives with his nan on Shelley Road.",
    "The lady who was hit by the car is Sandra from the chip shop, she's got a broken pelvis and is in Northampton General.",
    'If the dog keeps barking ring Dave Collins, 22 Orchard Close, on 07700 900318',
    'the car that keeps speeding is a silver Golf, FN19 KLT, owner lives on the Green',
    'Her email is lizzie.grant84@hotmail.co.uk if you want to complain to her directly',
    "Poor old Ron at number 6 has got dementia now, his daughter's at her wits' end",
    'Happy birthday Jean! 14/02/1951, 75 years young',
    'Sam Hughes from Fenwick Road is the one who reported you',
    "Mrs Okoro's son has just come out of rehab so go easy on her",
    'his number is 07700 900104, ring him and tell him what you think',
    'The lad who was arrested is Kyle Bennett, 17, lives with his nan',
  ],
  pass: [
    "The PE teacher's been brilliant with the netball team, county champions!",
    "@GosNews they're refugees from Ukraine, and the school has welcomed them brilliantly",
    "Mental health first aid course at the hall, free, book with the Clerk.",
    "If found please ring the vet on 01476 000 333, Pip's microchipped.",
    "Carols at the church on Sunday. For tickets ring the church office on 01476 000 222.",
    "jus heard the vicars wife is doing the teas at the carol service, lovely",
    "Allotment society: plot 7's new tenant has grown the biggest marrow we've ever seen 🎃",
    "I've been having panic attacks about the Christmas dinner, 14 of us this year 😂",
    "My husband's just been made redundant after 20 years, if anyone knows of warehouse jobs going, please let me know.",
    "I'm gay, by the way, if anyone was wondering why I'm not at the singles night 😂",
    "Our vicar's gay and married, and the congregation has doubled since he came. Wonderful.",
    "The carol singers start at the top of Side Ley and work their way down.",
    "I'm preggers with baby number two, due in June! 🎉",
    "The burglars were sent down for five years, good riddance.",
    "The film about a man jailed for fraud is on at the hall.",
    "My neighbour at number 22 has just come back from Australia, welcome home Bill! ✈️",
    "The school caretaker's been named Volunteer of the Year, well done Stan! 🏆",
    "The lifeguard's off to Australia for a year, good luck Josh! 🏄",
    "The gambling commission has approved the raffle licence for the fete.",
    "The lady at number 6 turned 100 today, happy birthday Edna! 🎂",
    "The lock-keeper's retiring, and he's asked for no fuss, so just a wave will do! 👋",
    "The woman who organises the bat walks has been shortlisted for a national award! 🦇",
    "The principal's been off to Lapland with the choir, lucky things! 🎅",
    "Thanks from the Rotary to everyone who supported the diabetes walk!",
    "I came out as a fan of sprouts this Christmas, who knew! 🥦",
    "The lads did six months of training for the marathon, well done! 🏃",
    "I won a fiver on the horses at Towcester, lucky day! 🐎",
    "The parish owes thanks to the volunteers.",
    "The Christmas tree has a price tag on its trunk, £25, proceeds to the school.",
    "The lady who complained about the bonfire was right, it was too close to the hedge, so we've moved it.",
    "Our neighbour's been brilliant this week, arrested our attention with his light show! 🎄",
    "The contractor's been told he's got six months to finish the pavilion roof.",
    "Police say a man has been arrested for the post office break-in.",
    "The swings at the park have been fixed at last!",
    "The new GP has been brilliant with my mum's problems, so kind.",
    "We're expecting our third in March! 🎉",
    "She's expecting a parcel from Santa, says my granddaughter.",
    "Mum's been brilliant since Dad went into the home, thank you to the carers.",
    "My memory's going, I forgot the raffle tickets again 😂",
    "The lad who found my purse is a credit to his mum, thank you Josh!",
    "The girl who won the art prize is Mrs Reid's granddaughter and she's thrilled, well done!",
    "Noise complaints about the fireworks should go to the district, here's the link.",
    "My bad back is playing up, so no carol singing for me this year.",
    "Help with housing applications at the library every Tuesday.",
    "Lovely to see the close friendship between our school and the care home.",
    "MERRY CHRISTMAS TO ALL OUR NEIGHBOURS FROM NO 5",
    "The council's court case against the developer starts in March.",
    "My wife's cakes are the best, order yours now on 07700 900456.",
    "I've been diagnosed with a bad back, so I'll miss the walk, have fun all!",
    "Anyone who got done for speeding can take the awareness course instead of points.",
    "The lad who's always in trouble with his mum for muddy boots: the football club says sorry!",
    "Drivers who were fined for parking on the verge can appeal to the county.",
    "Fair play to the lads at the tyre place, they actually opened on Boxing Day for a breakdown.",
    "A breakdown of the budget is in the papers for Tuesday.",
    "Year 6 at Croughton Primary put on a brilliant show!",
    "Names of the winners are on the noticeboard; well done to everyone in Year 4 at Evenley Primary.",
    "Finally free of the ice on the hill, the gritter came at 6!",
    "The court's guidance on restraining orders is on the gov.uk site.",
    "Free from the old bin contract at last, the council's new one starts in April.",
    "No child will be excluded from the Christmas party for lack of money: the PTA has a fund.",
    "The village was excluded from the broadband scheme, so we're lobbying the county.",
    "Exclusions from school are rising nationally, the county report says.",
    "The choir from Huxlow, Year 10, sang beautifully at the care home.",
    "The young offenders' institution at Wellingborough is recruiting staff, good pay.",
    "The youth service visits the secure unit to run art classes.",
    "The Scouts sent cards to the young offenders' unit chaplaincy.",
    "The shop at the end of Main Street with the green door is open late on Thursdays.",
    "The new bench is at the end of Church Lane with the best view in the village.",
    "The café on Mill Hill with the red door does a lovely breakfast.",
    "Two gin and tonics on the rocks, please, for the raffle winners!",
    "The old harbour wall is on the rocks by the slipway.",
    "Whisky on the rocks at the Burns Night supper, tickets £15.",
    "The state pension barely covers the heating for many pensioners; the warm hub is open.",
    "His pension advice drop-in is on Friday at the library.",
    "The pension credit helpline can check what you're owed.",
    "@stan_k if you're on benefits, the district's hardship fund is open; happy to help with the form.",
    "The bailiffs came to the village in the 1890s, the history society's new book says.",
    "The Mercury reports that a man was convicted of drink driving at Northampton magistrates' court.",
    "Please bring a sick note if your child misses the swimming lesson.",
    "The complaint about the streetlight was upheld and it's being fixed.",
    "Tracy's new puppy has already moved in at the end house and he's gorgeous!",
    "He's been on the committee for years, that one, and knows everything about the hall.",
    "The reason the caretaker was off last week is that the hall was closed for the boiler works.",
    "Anti-bullying week at the school: well done to the pupils who made the posters.",
    "my missus says the carols were lovely, thank you to the choir",
    "Thanks to Brian from the Rotary who found my wallet. He's at number 1 in my book! 🏆",
    "Our Jenny's band is at number 12 in the local charts this week! 🎸",
    "Please keep the Macmillan coffee morning in your diary. It's on Friday at the hall, all proceeds to cancer support.",
    "Congratulations to Sam and Priya, married at St Mary's on Saturday. Here's to a long and happy marriage! 🥂",
    "Jean has asked me to say thank you for all the cards since her hip operation; she's home and on the mend.",
    "Rumour has it the freight terminal's owners have bought the farm next door.",
    "Nan's getting very forgetful these days, so I've put her bin day on the fridge in big letters 😂",
    "Getting confused by the new bin calendar? There's a simple guide on the council website.",
    "Our new paperboys start on Monday, so please be patient while they learn the rounds.",
    "He used to be a postman, you know, so he knows every house in the village.",
    "We all know where he lives: the North Pole! Letters to Santa in the red postbox by the 15th 🎅",
    "Mum's over the moon, she's over the limit of how many mince pies one woman can bake 😂",
    "The lad from the garage crashed his car on the ice but is fine, thank goodness.",
    "Our Alfie got kicked out of the school nativity for laughing at the donkey 😂 proud mum moment.",
    "I got kicked out of school choir for giggling, so I'm thrilled to be singing at the carols 😂",
    "The windfarm is the best thing to happen here and anyone objecting is living in the past.",
    "If you see anyone damaging the shelter, please call 101 and give them a description.",
    "The family on Back Lane are behind the Christmas lights display again, go and see it!",
    "If you're behind on rent, Citizens Advice in Market Harborough can help, no appointment needed on Tuesdays.",
    "Allotment plots: the waiting list is open, ask the clerk to add your name.",
    "The quiz raised £400, donated to the cancer ward at the City Hospital.",
    "Meadow Primary's Year 2 raised £300 for the children's cancer ward at the Queen's Medical Centre. Well done!",
    "The under-10s have split up into two teams for the tournament on Saturday.",
    "The Rotary are collecting unwanted mobility aids for a charity in Ukraine: drop-off at the church.",
    "The rescue centre's cat population has gone down a lot lately, well done everyone who adopted 🐱",
    "The clerk's off next week; it's the annual leave she booked in June.",
    "mrs james says thank you for all the cards she's home and doing well",
    "Happy retirement to Carol at the post office after 31 years! She's off to Spain for some well-earned sun.",
    "Our clerk's on leave until the 4th, so replies will be slow.",
    "Congratulations to Kerry and Sam at the Fleckney Arms on their new arrival, baby Isla! The whole village is thrilled for you 💕",
    "The Labour candidate held a long surgery on Tuesday at the hall.",
    "The clerk's on holiday until the 3rd, so any urgent queries to the chairman please.",
    "The prison visitor scheme at HMP Onley is looking for volunteers, a rewarding role.",
    "The hospice's baby loss support group meets on Tuesdays, a safe space for parents.",
    "The bloke at no 12 has just put up the best Christmas lights in the village, go and see!",
    "Keep an eye on the empty houses over Christmas, the police say break-ins go up in the holidays.",
    "The village hall alarm is broken, so the hall is shut until the engineer comes on Tuesday.",
    "Our councillor came out to see the brook, which was kind of her.",
    "Our clerk is on leave until the New Year; urgent queries to the chairman please.",
    "Dementia Friends session at the library on Thursday, learn how to help someone who's confused.",
    "The autism support group meets on the first Monday, new parents always welcome.",
    "The wedding party is up at the Court Hotel on Saturday, congratulations both!",
    "Netball is in court 3 from next week, tell the girls.",
    "The kidney unit at Kettering General is raising money for a new dialysis chair.",
    "I'm not racist but the Romanians in the flats above the shop are always drunk and fighting.",
    "Party at number 12 is cancelled, sorry all!",
    "Scaffolding at number 4 is coming down on Friday.",
    "Thanks for your patience. Cllr Jan Foster",
    "Mrs Foster has organised the fete again, thank you!",
    "The clerk's mobile is 07700 900123 for hall bookings, office hours only.",
    "Ring the parish office or the clerk's mobile, 07700 900123.",
    "Mr Ahmed's wife has left the shop in the safe hands of their daughter while she's on holiday.",
    "Sandra's at home after a lovely holiday, so please all pop round for the photos!",
    "Anyone with info on the lads who trashed the bus shelter, please contact Northants Police on 101 quoting 34/112233.",
    "Gr8 turnout 4 the Remembrance parade, thank you all!",
    "The bus stop at number 12 on the timetable is the one by the school.",
    "Table at number 12 in the quiz won the bonus round.",
    "Margaret at the Post Office puts her heart and soul into the village newsletter, thank you!",
    "The mental health drop-in at the library is every Thursday, no appointment needed.",
    "Health reasons are a valid excuse for postal votes, ask the electoral office.",
    "The adoption and fostering information evening is at the library on the 5th.",
    "Refugees are welcome here: the church's drop-in is on Tuesdays.",
    "The new psychiatric unit at St Andrew's is recruiting nurses, good pay.",
    "Three pupils were excluded from school nationally for every 1,000, says the report.",
    "My daughter is splitting up her Christmas between us and her in-laws this year.",
    "In my 12 years living on Compton Way I've never seen the potholes this bad.",
    "The Rotary and the Lions are splitting up the Christmas collections this year, one each weekend.",
    "The memory café at the library is run by volunteers with lots of experience of dementia.",
    "Our new receptionist's name is Kayleigh, she works at the surgery front desk, say hello!",
    "Our Katie's had a few personal problems with her maths homework this week, any tutors about?",
    "Our treasurer has done a cracking job, accounts signed off with a smile.",
    "The club has had a few parking problems this year, please use the school car park.",
    "The lad at number 8 who cleared everyone's paths of snow is a star.",
    "Police have arrested a 16-year-old in connection with the break-ins, they say.",
    "Ring the school office on 01536 722 000 to book.",
    "The family at number 22 have the best Christmas lights on the street again.",
    "The bus at 14 minutes past is always late.",
    "The Green on Church Street is being re-turfed, please keep off till March.",
    "The winner is called Jordan Smith and he collected the trophy on Saturday.",
    "The hospital's new ward 12 opens in March, the trust says.",
    "The pantomime is expecting a full house on Saturday.",
    "The drinking fountain on the rec is working again, thanks to the caretaker.",
    "The parish council resolved on 4 November to place the Christmas tree on the green.",
    "Lovely wedding at Ashton Lodge for Simon and Kate on Saturday.",
    "Happy birthday to my neighbour Carol, have a fab day!",
    "Free diabetes checks at the pharmacy on Tuesday.",
    "Our lad's in year 4 at the junior school and loved the road safety talk, thank you PCSO Hart!",
    "The lost dog was found near the Co-op; the tag ends in 42 so the vet could trace the owner.",
    "This beautiful poem was written by our own Mary Evans, aged 92, who's given permission to share it.",
    "My son's started a gardening business. Ring him on 07733 998 112 for a free quote!",
    "Thank you to the Lions for the Santa sleigh tour, the kids on our street were beside themselves.",
    "The Labour Club on Wellingborough Road is hosting a quiz on Friday in aid of the air ambulance.",
    'For allotment queries email clerk@bramptonfenwick-pc.gov.uk or leave a note at the office.',
    'Parish office hours: Tues & Thurs 9-12, telephone 01234 567890 (office line).',
    'Postcode for the defib at the village hall is NN29 7XY.',
    'If you are struggling, the Samaritans are on 116 123.',
    'The surgery is at 12 High Street, open from 8am.',
    'Ring me on my mobile 07700 900752 if you have questions about the litter pick',
  ],
  policy: { clerkEmail: 'clerk@bramptonfenwick-pc.gov.uk' },
};

export const personalInfo: Rule = {
  id: 'personal-info/private-details',
  category: 'personal-info',
  severity: 'serious',
  message:
    "This shares someone's private details (address, phone, personal email, car registration, date of birth, health or family matters). Only necessary basic contact details may be posted: remove it, and point people to the council's official contact instead.",
  check(ctx: CheckContext): Hit[] {
    const found: Hit[] = [];
    for (const hit of findPrivateDetails(ctx)) {
      // "Mary Evans, aged 92, who's given permission to share it": shared with consent.
      const sentence = ctx.sentenceText(hit);
      if (CONSENT.test(sentence) && !(THANKS_ONLY.test(sentence) && MOST_PRIVATE.test(ctx.lite.text.slice(ctx.liteIndexOf(hit.start), ctx.liteIndexOf(hit.end - 1) + 1)))) continue;
      // "The bloke at no 12 has put up the best lights, go and see!": a neighbour praised by house number, nothing private told.
      if (AT_HOUSE_NUMBER.test(ctx.original.slice(hit.start, hit.end)) && PRAISED.test(sentence) && !sensitiveDetails(ctx).some((s) => ctx.sentenceText(s) === sentence)) continue;
      found.push(hit);
    }
    return found;
  },
};

// "Ex-clerk Mrs Dunmore's new mobile is 07…": someone's own number, however official the words around it.
const PERSONAL_NUMBER_BEFORE = /(?:(?<![a-z])(?:his|her|their)|(?<!(?:the|our|your) )(?<![a-z])(?!(?:clerk|council|office|parish|school|surgery|club|church|hall|shop|team)'s)[a-z]+'s) (?:new |personal |private |own |home )?(?:mobile|mob|home (?:number|phone|landline)|personal number|private number)(?: number)?\s*(?:is|:|-|=|on)?\s*$/;

/** Health, family, money and other sensitive details in the draft, found once per check. */
const sensitiveDetails = (ctx: CheckContext) => ctx.memo(SENSITIVE, () => ctx.find(SENSITIVE));
const AT_HOUSE_NUMBER = /(?:at|from) (?:no\.?|number) ?[0-9]/i;
const PRAISED = /(?<![a-z])(?:the best|lovely|well done|go and see|congratulations|congrats|amazing|brilliant|fantastic|a star|legend|welcome to|happy birthday|happy anniversary|many happy returns|welcome home|welcome back)(?![a-z])/;
// "Derek has asked me to say thanks for the cards, he's finally out of rehab": asked to pass on thanks, not to tell the
// village about addiction or mental health ("Jean has asked me to say thank you… since her hip operation" is hers to share).
const THANKS_ONLY = /(?:asked me|wants me|asked us) to (?:say|pass on) (?:a (?:big |huge )?)?(?:thanks|thank you)/;
const MOST_PRIVATE = /rehab|addict|alcoholi|overdose|sectioned|breakdown|suicid|self-harm|drink problem|drugs?(?![a-z])/;
const CONSENT = /(?:given|gave|with|has|have|had|got) (?:us |me )?(?:her |his |their |my )?(?:kind |full )?(?:permission|consent)|(?:happy|asked me|wants me|asked us) to (?:share|post|say|pass on|let (?:you|everyone|you all) know)/;

const REPLY_TO_HANDLE = /^@[a-z0-9_]{2,}/;
const ADDRESSED_YOU = /(?<![a-z])(?:you|you'?re|your|ur)(?![a-z])/;
const IF_BEFORE = /(?<![a-z])if(?![a-z])/;

/**
 * "@weldon_wendy … you might not be on benefits": in a reply, "you" is the person the handle names.
 * ("if you're on benefits, the hardship fund is open": a condition in the detail's own clause, not a disclosure.)
 */
function saidToTheHandle(ctx: CheckContext, start: number, sentence: string): boolean {
  if (!REPLY_TO_HANDLE.test(ctx.lite.text) || !ADDRESSED_YOU.test(sentence)) return false;
  const clause = ctx.before(start, 40).split(/[,;:]/).pop()!;
  return !IF_BEFORE.test(clause);
}

/** Every private detail in the draft, before the consent check. */
function findPrivateDetails(ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  // Numbers, addresses, registrations and dates all need a digit.
  const digits = /[0-9]/.test(ctx.lite.text);
  for (const s of digits ? ctx.find(PHONE) : []) {
    if (/^0[38]/.test(s.text)) continue; // 03 and 08 numbers belong to organisations, not people
    // "…last seen near the church. If found please ring Mandy on 07700…": a cue in the sentence before is not this number's.
    const before = ctx.before(s.start, 60).replace(/^[\s\S]*[a-z]{4,}[.!?]+\s+/, '');
    if (!PERSONAL_NUMBER_BEFORE.test(before) && OFFICIAL.test(before + ' ' + ctx.after(s.end, 25))) continue;
    hits.push(s);
  }
  for (const s of ctx.lite.text.includes('@') ? ctx.find(EMAIL) : []) {
    const domain = s.groups[0] ?? '';
    if (isOfficialContact(ctx, domain)) continue;
    const provider = domain.split('.')[0] ?? '';
    if (!WEBMAIL.has(provider)) continue; // an organisation's address
    if (/(?:email|contact|message|write to) me|my (?:email|address)/.test(ctx.before(s.start, 30))) continue;
    hits.push(s);
  }
  for (const s of digits ? ctx.find(ADDRESS) : []) {
    if (VENUE_BEFORE.test(ctx.before(s.start, 40))) continue;
    hits.push(s);
  }
  for (const re of digits ? [...NAMED_PLACED, CAR_REG, NAMED_WITH_AGE, NAMED_AT_NUMBER, PRONOUN_AT_NUMBER] : NAMED_PLACED) hits.push(...ctx.findInOriginal(re));
  for (const s of digits ? ctx.find(DATE_WITH_YEAR) : []) if (ctx.mentions(BIRTH_CUE)) hits.push(s);
  for (const s of ctx.find(DISCLOSURE)) hits.push(s);
  for (const s of sensitiveDetails(ctx)) {
    // "Cllr Jan Foster": a surname, not fostering.
    if (isSurnameAt(ctx, s.start)) continue;
    // "a dementia-friendly café", "cancer research": a cause or a service, not a person's condition.
    if (SERVICE_AFTER.test(ctx.after(s.end, 20))) continue;
    const sentence = ctx.sentenceText(s);
    if (IDENTIFIABLE.test(sentence) || namedHereOrJustBefore(ctx, s.start) || saidToTheHandle(ctx, s.start, sentence)) hits.push(s);
  }
  return hits;
}

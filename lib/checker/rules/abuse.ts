import type { CheckContext, Hit, Rule, RuleExamples, Span } from '../context';
import { anyOf, phrases, phraseSource } from '../lexicon';
import lexicon from '../lexicons/abuse.json';
import { wordHits } from '../word-hits';

const STRONG = phraseSource(lexicon.insultNouns);
const PERSON_WEAK = phraseSource(lexicon.weakPersonNouns);
const WEAK = phraseSource([...lexicon.weakInsultNouns, ...lexicon.weakPersonNouns]);
const ADJ = `(?:${phraseSource(lexicon.insultAdjectives)})`;
const HARSH = `(?:${phraseSource(lexicon.harshAdjectives)})`;
const END = "(?![a-z'])";
const PRONOUN = "(?:you'?re|you are|youre|ur|u r|he'?s|she'?s|they'?re|he is|she is|they are)";
const FILLER = '(?:(?:such|so|just|nothing but|a right|an?|a bunch of|a load of|a pack of|bunch of|one of the|the biggest|the most) )*';
// Where a sentence begins (the draft's start, or just after its end mark and a space or two).
const SENTENCE_START = '(?:^|(?<=[.!?\\n]\\s{0,3}))';
const INSULTS = new RegExp(
  [
    `(?<![a-z])${PRONOUN} ${FILLER}(?:${ADJ}[ ,]+)*(?:${STRONG}|${WEAK})${END}`,
    // "What an idiot", but "what a witch costume" is not: a milder noun must end the phrase ("what a little worm you are").
    `(?<![a-z])what (?:an? )?(?:${ADJ}[ ,]+)*(?:${STRONG}${END}|(?:${PERSON_WEAK})(?=\\s*(?:[.!?,]|$)| (?:you|he|she|they) (?:are|is|were|was)(?![a-z])))`,
    `(?<![a-z])(?:is|are|was|were) ${FILLER}(?:${ADJ}[ ,]+)*(?:${STRONG})${END}`,
    `(?<![a-z])(?:is|are|was|were) ${FILLER}(?:${ADJ}[ ,]+)+(?:${phraseSource(lexicon.weakPersonNouns)})${END}`,
    // "The clown at Ellie's party was hilarious": an entertainer at an event, not an insult.
    `(?<![a-z])(?:the|that|this|those|these|some|which|whichever) (?:${ADJ} )*(?:${STRONG})(?! (?:at|from|in) (?:the |a |an |my |our |his |her |their |[a-z]+'s )?(?:[a-z]+ )?(?:party|parties|circus|fete|fair|carnival|show|birthday|festival|panto|pantomime|gala|nativity|christmas do))(?= who| that| at | from | on | in | next door| down| across)`,
    `(?<![a-z])(?:you|u) (?:${ADJ}[ ,]+)+(?:${STRONG}|${WEAK})${END}`,
    `(?<![a-z])(?:you|u) (?:${STRONG})${END}`,
    // "Stupid cow nearly ran me over": a plainly insulting adjective and a person noun, opening a sentence about someone's doing.
    `${SENTENCE_START}(?:stupid|thick|brainless|ignorant|useless|pathetic|moronic|idiotic|lying|two-faced|nasty|vile|bloody|fucking|selfish|arrogant|gormless|stuck-up|spiteful|ugly|fat) (?:(?:old|little|fat|stupid|bloody|fucking|lazy) )?(?:${STRONG}|${PERSON_WEAK})(?= (?:nearly|just|has|had|was|is|keeps?|kept|parked|drove|ran|didn'?t|won'?t|can'?t|cut|pulled|shouted|told|let|left|blocked|in the|on the|at the|from|outside|next door|over the road|who|that)(?![a-z]))`,
    // "Idiots. The lot of you.": an insult that is a whole sentence.
    `${SENTENCE_START}(?:(?:absolute|complete|total|utter|bloody|proper|right) )?(?:${ADJ}[ ,]+)*(?:${STRONG})(?=\\s*[.!]+(?:\\s|$))`,
    // "You are bitter, nasty, small-minded people": harsh words about "you" with a plain noun for a person.
    `(?<![a-z])(?:you'?re|you are|youre|you lot are|you people are|you'?re all|you are all|(?:some|most|many|half|a lot) of you are) ${FILLER}(?:(?:${ADJ}|${HARSH})[ ,]+(?:and )?)*(?:${HARSH})(?:[ ,]+(?:and )?(?:${ADJ}|${HARSH}))* (?:people|persons?|men|women|individuals|creatures|lot|bunch|crowd|human beings|humans)${END}`,
    `(?<![a-z])(?:you'?re|you are|youre|ur|you (?:really|truly|honestly|genuinely|actually|seriously) are|(?:some|half|most|all|the lot|a lot|loads|many) of you (?:are|lot are)|you (?:lot|people) are|your (?:posts|comments|replies|rants|tweets) (?:are|were)) (?:so |such |really |just |totally |an? )?(?:absolute |complete |total |utter )?(?:${phraseSource(lexicon.youAre)})(?![a-z])`,
  ].join('|'),
  'g',
);
// "A miserable old bag like you": found from "like you" backwards, since trying the nouns at every word is costly.
const LIKE_YOU = /(?<![a-z])like (?:you|u|yourself)(?![a-z])/g;
const INSULT_BEFORE_LIKE = new RegExp(`(?<![a-z])(?:an? |some )?(?:${ADJ}[ ,]+)*(?:${STRONG}|${WEAK}) $`);
const VERDICT = phrases(['pathetic', 'disgusting', 'despicable', 'contemptible', 'spineless', 'gutless', 'shameful', 'vile'], { after: '(?=\\s*[.!]+(?:\\s|$))' });
const AT_SENTENCE_START = new RegExp(`${SENTENCE_START}$`);
const ADDRESSED = /(?<![a-z])(?:you'?re|you are|yourself|you)(?![a-z])/;
// The insult patterns are costly around every "the" and "you"; they only run when an insult word is present.
// How far before its insult word an insult may begin ("you're a stupid, lazy, ignorant … idiot"), and after it look.
const INSULT_REACH = 200;
const INSULT_WORD = phrases([...lexicon.insultNouns, ...lexicon.weakInsultNouns, ...lexicon.weakPersonNouns, ...lexicon.youAre, ...lexicon.harshAdjectives], { after: '(?![a-z])' });
// "Sod's law it rained on the bonfire": a set phrase, not swearing at anyone.
const PROFANE_IDIOM = new RegExp(`^(?:${lexicon.profaneIdioms.join('|')})(?![a-z])`);
const COMMANDS_AND_THREATS = phrases([...lexicon.commands, ...lexicon.threats]);
// "Shut your trap and eat your sprouts, I told the grandkids": the author's words to their own family or pets, reported.
const TOLD_THE_FAMILY_AFTER = /^[^.!?\n]{0,60}?[,:]\s*(?:i|we|she|he|mum|dad|nan|grandad|my (?:wife|husband|mum|dad)) (?:told|tell|said to|say to|shouted at|yelled at|warned) (?:the |my |our |his |her )?(?:kids|grandkids|children|grandchildren|dogs?|cats?|husband|wife|hubby|missus|son|daughter|boys|girls|twins|toddler|puppy|telly|tv)(?![a-z])/;
const REPORTED_BEFORE = new RegExp(`(?:${phraseSource(lexicon.reported)})[\\s'"]*$`);
const REPORTED_ANYWHERE = anyOf(['spray-?painted', 'painted', 'daubed', 'graffitied', 'carved', 'etched', 'chalked', 'call(?:ed|ing|s)?', 'said', 'says', 'saying', 'shouted', 'yelled', 'screamed', 'told', 'tells', 'wrote', 'written', 'sprayed', 'scrawled', 'graffiti', 'leaflets?', 'messages?', 'messaged', 'comments?', 'posted', 'quoted', 'heard']);

/** Abuse the author reports or quotes ("messages calling me a 'useless cow'") is not the author's abuse. */
export function isReported(ctx: CheckContext, span: { start: number; end: number }): boolean {
  if (REPORTED_BEFORE.test(ctx.before(span.start, 40))) return true;
  if (TOLD_THE_FAMILY_AFTER.test(ctx.after(span.end, 80))) return true;
  return ctx.inQuotes(span) && REPORTED_ANYWHERE.test(ctx.sentenceText(span) + ' ' + ctx.before(span.start, 120));
}


/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "@ref_watch are you blind or just daft? Never offside.",
    "He's as tight as a drum and twice as thick.",
    "@DaveSteer some of us have work in the morning. Go to bed, Dave, nobody's listening.",
    "Keyboard warriors, the lot of you. Come to a meeting.",
    "Spelling's clearly not his strong point, is it?",
    "Muted. No time for trolls like him.",
    "Whoever's running the bonfire this year couldn't organise a sausage roll at a bakery.",
    "@Lenny_B typical Geordie, always moaning about something.",
    "Time the chair stood down for someone with half a brain.",
    "@kezza_r clearly you've never had a job in your life",
    "@village_voice nobody takes you seriously, you do know that?",
    "@mikeyh stick to what you know, which isn't much",
    "Simple answer, the county officer responsible is bone idle. I've given up on him.",
    "You must be thick as well as ugly.",
    "Some of my colleagues on the council wouldn't know a budget if it bit them.",
    "The woman who keeps complaining about the church bells has been at it for years and honestly I think she's not all there.",
    "Your handwriting is as bad as your spelling.",
    "He's a thick as mince, lying toad and I'll say it to his face.",
    "I've always found the Langton Arms lot to be a shower of freeloaders, don't shoot the messenger!",
    "@gaz_eastonlad get off Twitter and get a job, you parasite",
    "@joanna_h you're not worth my time, and you never were",
    "@RuralRants sit down and shut up, grown-ups are talking",
    "Get back under your bridge, you lazy sponger.",
    "Our treasurer couldn't add up if his life depended on it, no wonder the accounts are late.",
    "What a cock. Honestly.",
    "Our esteemed vice-chair has never once read the papers before a meeting, and it shows.",
    "If you lot had any brains between you you'd have seen this coming.",
    "Maybe try engaging your brain before your keyboard next time, love.",
    "Some of us actually do things for the village instead of whinging online all day with no life.",
    "People like you are the reason nobody wants to stand for the council any more.",
    "Margaret, I've read your comment three times and I still can't work out if you're being thick on purpose.",
    "Steve, honestly, take your tinfoil hat off and come back when you've got some evidence.",
    "Bless you, Pauline, you really do believe everything you read on Facebook, don't you?",
    "Another essay from the village's self-appointed expert. Did you get bored of the parish magazine, Ken?",
    "Some people on here need to get out more and stop being so bitter. You know who you are.",
    "@WinthorpeWill oh sod off Will, nobody asked",
    "With the greatest respect, Linda, you haven't got the first idea what you're talking about.",
    "Read the room, people. Nobody wants your opinion on the Christmas lights.",
    "You've got the brains of a rocking horse, mate.",
    "Put a sock in it, Trevor.",
    "I'll be waiting for you after the meeting, Colin. Just you and me.",
    "@GaryFromTheGreen Gary, you've posted 40 times today. Maybe put the phone down and go and talk to an actual human being.",
    "@LocalMumLiz Bless your heart, Liz. Must be lovely to have so much time on your hands.",
    "@Dave_Moans I'd explain it to you, Dave, but I've only got crayons and you'd eat them.",
    "@RuthRants keep talking Ruth, every time you open your mouth you lose another ten votes.",
    "@SteveOnTheSquare Sit down, Steve. You're embarrassing yourself.",
    "Some people on this page really do have nothing better to do than moan. Get a hobby.",
    "Honestly, some of you. Get out more!",
    "@NosyNeighbour you must be an absolute joy at parties. Said nobody ever.",
    "@RatbyRob Nice car you've got. Be a shame if anything happened to it while it's parked on that verge.",
    "@Groby_Gail have a word with yourself, love. Honestly.",
    "@MarkfieldMike go and have a lie down, the grown-ups are talking.",
    "@AnstyAnn nobody likes a grass, just saying. People round here remember.",
    "that woman at the chemist is a stuck up cow and evryone knows it",
    "Honestly, go and moan in your own village, you bunch of sad cases.",
    "@TheRealBarry Cllr here. Honestly mate, your posts are an embarrassment to this village.",
    "Feral lot on the Seagrave Road estate, the whole lot of them want locking up.",
    "@BroughtonBob mate you haven't got a clue, stick to walking your dog and leave the planning to adults",
    "@AstleyVoice LOL at the idea anyone takes you seriously.",
    "Keep typing, nobody's reading.",
    "@PytchleyMum honestly love, if you cannot understand a simple planning notice maybe leave it to the grown-ups.",
    "Watch yourself, Colin. People round here have long memories.",
    "The woman who keeps posting about the flooding clearly has nothing better to do. Get a hobby, love.",
    "Shut your trap and eat your sprouts, Gary, nobody asked you.",
    "Those of you shouting loudest don't even have kids at the school, so maybe wind your necks in.",
    "My wife asked what I wanted for Christmas. I said for Brenda from the bowls club to finally shut her trap 🎁😂",
    "@Hackleton_Mum do you actually read before you type or is it just vibes",
    "@JBrownCllr you would sell your own gran for a vote and everyone knows it",
    "@K_Whitaker keep crying, it's hilarious 😂😂",
    "@SandyLane42 I have had 3 complaints about you this week alone, people are sick of you",
    "You lot couldn't run a bath, let alone the county.",
    "Oh look, it is the village idiot again, back for another go. Bless.",
    "Here comes the resident troll with his daily essay.",
    "Half that committee couldn't find their own backsides with both hands and a map.",
    "Keep typing, sunshine. Nobody is listening to your ramblings.",
    "Spare us your drivel, Gary, you were wrong last time too.",
    "@jenny_crick get a grip woman, nobody cares about your hedge",
    "What a turnout for the carols! The only sour note was the gang of lads from the estate, typical of that lot, no respect, probably all on benefits like their parents.",
    "Bless your heart, Karen, reading must be so hard for you 🙂",
    "Some people should never have been allowed to breed, looking at you, Jason 👀",
    "Whoever keeps parking across my drive: I hope your tyres go flat. All four.",
    "Listen sweetheart, when you've lived here 40 years you can have an opinion.",
    "You want to watch yourself, pal.",
    "What's the difference between Cllr Barker and a bucket of mud? The bucket's got more sense 😂",
    "The lot from the new estate are all scroungers and they've brought nothing but trouble.",
    "Tell that useless clerk to do her job for once.",
    "Come near my allotment again and you'll get a spade round the head.",
    "That lot at number 12 are all on benefits and breeding like rabbits, disgusting.",
    "Keep it up and I'll make sure everyone knows where you live.",
    "Shame about the bloke from the new houses who talked through Silent Night, but what do you expect from that lot, they're all London overspill with no manners.",
    "OK boomer. Your generation had it easy and wrecked everything, so pipe down.",
    "Ye great daft lump, ye divvent knaa what yer on aboot.",
    "@tomhx mate that's not how integration works, go back to school",
    "Whoever dumped that mattress, I hope your bins are never emptied again.",
    "I hope they never sleep easy again after what they did to that dog.",
    "Whoever keeps letting their dog foul outside the school, I hope you step in it yourself one day.",
    "The rangers up there are a bunch of jobsworths on a power trip.",
    "He'll get what's coming to him, mark my words.",
    "Someone's going to get a slap if this carries on.",
    "@CllrHarris 🖕🖕",
    "@RaundsResident 🤡🤡🤡 says it all",
    "Hope you're ashamed of yourself, Trevor. A grown man shouting at schoolkids. Pathetic.",
    "I've got you on camera now, and you'll be hearing from me.",
    "Stupid cow nearly ran me over on the zebra.",
    "Ignorant pig in the BMW parked across my drive again.",
    "I'll make you regret that comment, mark my words.",
    "Maureen, nobody cares what a miserable old bag like you thinks.",
    "Gary you are talking rubbish as usual. Go back under your bridge.",
    "The new chair of the parish is a complete k*nob.",
    "You m*ron, read the minutes.",
    "Idi*ts, the lot of them.",
    "@TownWatcher you really are the thickest person in this town, congratulations",
    "Get lost, nobody wants you here.",
    "Idiots. The lot of you. Can't organise a bonfire.",
    "Someone's parked across the dropped kerb again. Morons!",
    "Pipe down, you gobby little cow.",
    "What a spineless little worm you are, hiding behind a fake profile.",
    "If it happens again I'll be posting their photo here.",
    "Bunch of dole scroungers on that estate, the lot of them.",
    "Lib Dems = liars. Never forget tuition fees.",
    "Anyone voting Tory after the last 14 years needs their head read.",
    "Come round my house and say that, see what happens.",
    "You'll regret crossing me, mark my words.",
    "To whoever keeps letting their dog foul outside the school: I know exactly who you are, and your name will be on here by Friday.",
    "When are you going to sack the useless lot running your parks team?",
    "Brackley's finest, lol. Look at the state of this one at the bus stop 😂",
    "Grow a brain, Gary.",
    "Do us all a favour and log off permanently.",
    "You're too stupid to understand the budget.",
    "Your opinion is worthless.",
    "Get a grip, you drama queen.",
    "Anyone who thinks the precept rise is fine is either rich or thick.",
    "Anyone who votes Reform is a racist, simple as.",
    "@GazW mate you've been on here all night chatting rubbish, go to bed.",
    "@DaveyP that's a lie and you know it.",
    "That woman keeps ringing the office, she needs help if you ask me, not a planning officer.",
    "Anyone who votes for that needs their head examining.",
    "I have your reg and I'm posting it tomorrow.",
    "Keep lying about me and you'll be hearing from my solicitor.",
    "Some of you are the most miserable people I've ever come across.",
    "Reported your comment. Enjoy your ban, troll.",
    "Nobody's forcing you to live here, mate. There's the door.",
    "You've never done a day's work for this town.",
    "Steve's talking rubbish as usual, ignore him.",
    "You're more stupid than you look.",
    "Block me then, see if I care. Snowflake.",
    "F*** off with your moaning, nobody cares.",
    "You're a sad, bitter old man and nobody in this village has any time for you.",
    "Nobody wants anything to do with you, get yourself off this page.",
    "You're talking out of your backside, as usual.",
    "Karen, love, nobody cares what you think. Go back to your knitting.",
    "Any more lorries at 6am and I'll put a brick through the next windscreen.",
    "Not saying he's thick, but he took a ruler to bed to see how long he slept.",
    "Crawl back under whatever rock you came from, Gary.",
    "Shut up, you jackass.",
    "You're a wuss and a sleazebag.",
    "If brains were petrol, the chair couldn't run a lawnmower.",
    "I'd explain it to you Gary, but I haven't got any crayons.",
    "The lot running the town couldn't organise a piss-up in a brewery.",
    "I'd knock your block off if you said that to my face.",
    "Whoever wrote this headline is a brain-dead clown.",
    "If I catch whoever keyed my car they'll need a dentist.",
    "Hope the arsonist who torched the bins rots in a cell. Scum.",
    "I hope your bins are never emptied again, you filthy animal.",
    "Some people are walking proof that evolution can go backwards.",
    "You are a heartless, ignorant waste of oxygen.",
    "Some of you are so thick it hurts.",
    "Keep talking. I know where you drink.",
    "Honestly mate get in the sea, nobody asked for your opinion",
    "Wind your neck in, pal.",
    "Get a life, you sad, pathetic man.",
    "Anyone who voted for this bypass is a brain-dead muppet.",
    "I'd rather lick a bus seat than read your rants, you tedious little man.",
    "Button it, sunshine. Nobody asked.",
    "You want a slap, you do.",
    "I hope your car gets keyed, you selfish git.",
    "What a pathetic excuse for a human being.",
    "Keep your nose out, you interfering old bag.",
    "You can fill a pothole, but that idiot's full of it already.",
    "You are the most ignorant, spiteful little man I've ever had the misfortune to deal with.",
    "I'd tell you what I think of you but there are kids on this page. Absolute clown.",
    "honestly f.o. with your conspiracy theories",
    "You are a sick, evil piece of work and I hope karma finds you.",
    "READ THE POST YOU DOZY LOT!!! It says Saturday.",
    "You want to come round and say that to my face, pal?",
    "If I find out who smashed the shelter I swear they'll be picking their teeth up off the pavement.",
    '@Grumpy shut up you pathetic little troll',
    'What a f*cking joke this town has become',
    "You're an idiot if you think anyone believes that",
    'keep it up and see what happens when i catch you on your own',
    'Absolute b@stards whoever smashed the bus shelter',
    's h i t show from start to finish',
    'Go and crawl back under your rock, nobody wants you here',
    'the idiot who parked across my drive can expect a note',
    "You're thick as two short planks mate",
    'What a f\u200bu\u200bc\u200bk\u200bing mess the roadworks are',
    'You\u2019re an absolute \ufb01gure of fun, nobody takes you seriously',
    'SHUUUUT UPPPP already',
  ],
  pass: [
    "Are you deaf or hard of hearing? The hall now has a hearing loop.",
    "He's as fit as a fiddle and twice as cheerful at 90!",
    "Some of us have jobs, so could meetings start after six?",
    "Legends, the lot of you! The hall's never looked better.",
    "Spelling was never my strong point, so forgive the typos.",
    "We couldn't organise a concert at a church this year, so it's on the green instead.",
    "Typical Geordie hospitality at the twinning dinner, they fed us like kings!",
    "The support group is for someone with a brain injury and their family.",
    "@kezza_r clearly you've never had a bad idea in your life, brilliant plan!",
    "@village_voice nobody bakes like you, you do know that? ❤️",
    "@mikeyh stick to the footpath by the lake, the field's flooded",
    "The cat is bone idle in winter, never leaves the radiator 😂",
    "Wouldn't know a good pasty if it bit him, my husband, he put ketchup on it 😂",
    "You must be freezing, come in for a cuppa.",
    "My colleagues on the council have worked incredibly hard on the budget this year, thank you all.",
    "The youth club is not all there yet, but the new roof is on!",
    "If I see you at the Christmas market I'll buy you a mulled wine!",
    "The mince pies at the WI were as thick as a doorstep, glorious.",
    "Sit down and shut up is not how we run meetings here, everyone gets a say, so do come on Tuesday.",
    "@joanna_h thanks for your time on Saturday, the hedgerow looks wonderful",
    "@RuralRants sit down with a cuppa and have a read of the parish plan, it's really good",
    "The sheep ticks are parasites, check your dogs after walks on the common.",
    "It's not worth the time queueing at the tip on a Saturday, go Tuesday.",
    "Since you know everything about birds, Pat, what's the little brown one with the cocked tail? 🐦",
    "Our cocker spaniel Milo won best in show at the village dog show!",
    "She never does things by halves, and it shows: the best fete in years!",
    "He hasn't missed a single litter pick in ten years, and it shows. Thank you Ron!",
    "If you've any spare bulbs between you, the church flower ladies would love them.",
    "Engage your brain with the quiz at the library: twenty questions on local history!",
    "The boat was found with no life jackets on board, the coastguard says.",
    "People like you are the reason this village is such a lovely place to live.",
    "Don't believe everything you read on Facebook about the bins: check the district's website.",
    "The kids made tinfoil hats for the space-themed disco and looked brilliant!",
    "@WinthorpeWill Sod's law it rained on the bonfire again, Will!",
    "If you haven't got the faintest idea where to start with the form, the library staff can help.",
    "Nobody wants your old Christmas trees on the verge: the district collects them in January.",
    "I'll be waiting for you after the parade outside the church with the hot soup, just you and me and forty marshals 😂",
    "She's got the memory of an elephant and the brains of a professor, our new treasurer!",
    "Put a sock in the donation box! The sock appeal ends Friday.",
    "I'll be waiting for you at the bus stop with the hot chocolate, carol singers!",
    "Must be lovely to have so much time on your hands now you've retired, Jim! Enjoy it, you've earned it 🎉",
    "Go and talk to an actual human being at the library on Tuesday if the online form's a pain.",
    "If the website's no good, you can talk to a real person at the council office on weekdays.",
    "Must be lovely for the kids to have so much time to play in the snow this week!",
    "I'll explain it again at the meeting, with the plans on the screen, so everyone can see.",
    "Don't worry about falling over at the ice rink, you're not embarrassing yourself, everyone does it!",
    "Get a life? I have one, it's called the allotment.",
    "Looking for a new hobby this winter? The library's craft club meets on Tuesdays.",
    "Get a life-saving skill: free CPR training at the village hall on Saturday.",
    "If you're thinking of parking on the zigzags at school, have a word with yourself.",
    "@KeyboardKev not the sharpest tool in the box, this old hedge trimmer, but it did the job!",
    "@RatbyRob Nice car! Be a shame if it got clipped on that verge, though — the county's cutting it back Monday.",
    "@AnstyAnn thanks for reporting the fly-tipping — people round here remember the mess last year, so it matters.",
    "The grown-ups are talking about the Christmas party menu, kids, so go and play!",
    "The cows in the field behind the chemist are a lovely sight, the calves are out!",
    "Thanks for coming, you bunch of legends, the hall looks amazing!",
    "Your posts are a joy to read, Barry, keep the old photos coming!",
    "The kids on the Seagrave Road estate did a brilliant litter pick, the whole lot of them deserve a medal.",
    "Keep typing, everyone's reading and the comments are brilliant!",
    "I can't believe anyone takes the parish magazine crossword seriously, it's far too easy 😂",
    "If you want the skate park, leave the design to the young people who'll use it.",
    "Leave the fireworks to the grown-ups this year please, the kids can have sparklers 🎆",
    "People round here have long memories of the 1947 floods, and the photos at the museum show why.",
    "I know where you live, Santa! The kids are leaving carrots out for the reindeer 🥕🎅",
    "Get a hobby, they said. So I did: 400 jars of chutney later, the WI stall is sorted 😂",
    "Shut your trap and eat your sprouts, I told the grandkids. They did not. 🥦😂",
    "The hall door will not shut properly, the trap latch is broken again.",
    "Our toddler will keep crying until she gets the blue cup, every single time 😂",
    "People are sick of the potholes on Station Road, and so am I: reported again today.",
    "I was the village idiot in the panto this year and loved every minute 😂",
    "Here comes the resident robin again, he sits on the spade every morning 🐦",
    "I couldn't find my own backside with a map this morning, three coffees in and still lost 😂",
    "The kids couldn't find the Easter eggs with a map, so we drew them one!",
    "Nobody is reading the small print, which is the problem with these consultations.",
    "Spare us the suspense, who won the raffle?!",
    "Nobody cares about your Christmas jumper as much as you do, Dave, but we love you for it 😂",
    "Nobody cares about your age at the quiz, all welcome, come along!",
    "Get a grip on the handrail, the steps are icy this morning!",
    "'You absolute bellend' is what someone spray-painted on the bus shelter. Police informed.",
    "Hope your tyres are pumped, the Santa bike ride is Sunday 10am!",
    "Reading must be so hard for you when your glasses are broken, I'll read the minutes out at the lunch club!",
    "Listen, when you've lived here a week you'll know everyone, it's that kind of village ❤️",
    "Shut up shop early today, the bakery's sold out! See you tomorrow.",
    "The landlord of the Cock has put the quiz back on Thursdays.",
    "Meet at the Cock Inn at 7 for the carol singers.",
    "You want to watch yourself on the ice by the bridge, it's lethal.",
    "Better watch it, the ducks are after your sandwiches 😂",
    "A good bucket of mud is more fun than any toy, ask the kids at forest school!",
    "You'll get a pie in the face at the PTA's sponge-the-teacher stall, £1 a go!",
    "The lot from the new estate are all coming to the carols, lovely!",
    "The useless bin lorry broke down again, so collections are a day late.",
    "Wear a hat on the walk, you'll get a chill round the ears otherwise!",
    "Someone wrote 'go back where you came from' on the mosque wall last night. Disgusting. Police have been told.",
    "I was told 'you'll regret this' after the planning meeting. I've passed it to the police.",
    "I'll make sure everyone knows where the new bottle bank is, it's moved to the car park.",
    "What do you expect from a free concert? It was brilliant anyway!",
    "Our dog's a great daft lump and we love him.",
    "The kids go back to school on Monday, so the crossing patrol starts again.",
    "Half term's over, go back to school refreshed, kids!",
    "Hope you never need it, but the defib code is on the box.",
    "I hope you never have to deal with a flood like that, it was awful.",
    "Slap bang in the middle of the high street, the new clock looks great.",
    "The kids are going to get a treat at the party!",
    "The circus is in town! 🤡🎪 Tickets from the Co-op.",
    "The bus service this week? Pathetic. Reported it to the county again.",
    "Thank you for coming. The litter at the lay-by is disgusting.",
    "Thanks for the card, you'll be hearing from me when we're back from holiday!",
    "Old cows in the field by the church, keep dogs on leads.",
    "Stupid me, left my purse at the fete!",
    "I'll make you a cuppa when you get here!",
    "Grab a bag like you did last year and join the litter pick!",
    "The troll under the bridge at the panto was brilliant.",
    "Pigs in blankets at the Christmas lunch, £6 a plate for the church.",
    "The knob on the hall door is broken again.",
    "Soup and pud lunch at the WI on Thursday, £5, all profits to the air ambulance.",
    "You really are the kindest person in this town, thank you.",
    "Copying it here so it doesn't get lost.",
    "Keep the keys in the drawer or they'll get lost.",
    "Clowns, face painting and a bouncy castle at the fete!",
    "The panto had clowns. Brilliant fun for the kids.",
    "Pipe down the music after 11 please, the little ones are asleep.",
    "The worm charmers at the school fete were brilliant, the kids loved it.",
    "What a clever little worm farm you've built, Alfie!",
    "I'll be posting the photos from the fete tomorrow, lovely day!",
    "2 + 2 = 4, said my daughter, proudly 😂",
    "Someone told me to crawl back under a rock last week. Let's keep this group kind, please.",
    "I know exactly who you are, Father Christmas, and the kids can't wait to see you at the grotto! 🎅",
    "Plant a few sunflower seeds with the kids and see what happens, ours are taller than the shed now.",
    "See what happens when you leave the kids with Grandad for an hour: chocolate everywhere.",
    "The lazy lot at our house are still in bed, Sunday morning bliss 😴",
    "Look at the state of the kitchen after the kids' baking session 😂",
    "Grow a pumpkin this year, the allotment society has free seeds!",
    "Do yourself a favour and try the new bakery, the sourdough is amazing.",
    "The kids are too young to understand the budget but loved the tour of the chamber.",
    "Your opinion is important to us: fill in the survey by Friday.",
    "Anyone who thinks the precept rise is fine is welcome to say so at the budget meeting.",
    "Anyone who votes for the new bench design is a legend, thanks for taking part.",
    "We've been on here all night chatting about the quiz, what a laugh.",
    "That's a lie I told my kids about the ice cream van, and you know it works!",
    "She needs help with her shopping on Thursdays if anyone's free.",
    "He needs professional help with the boiler, I'd call a Gas Safe engineer.",
    "Enjoy your ban from the kitchen, husband, after last year's turkey 😂",
    "We saw the troll at the panto, brilliant costume.",
    "The door's the one on the left, there's the door to the hall.",
    "The most miserable weather I've ever come across, stay dry!",
    "If brains were chocolate my dog would have eaten them 😂",
    "She's a sad old woman now her dog's died, pop in and see her if you can.",
    "Nobody has time for the new bus timetable, it's confusing.",
    "Nobody wants anything to do with the old bus timetable, thankfully it's gone.",
    "The clown at Ellie's party was hilarious, book him!",
    "The man talking at the front of the meeting was the county's engineer.",
    "Nobody cares what you wear to the quiz, just come along!",
    "Go back to the kitchen and check the oven, the mince pies smell done!",
    "Not saying he's the best goalie in the league, but he saved three penalties!",
    "The club's welfare officer is Jo, details on their page.",
    "The pansies in the planters by the war memorial look lovely.",
    "Ho ho ho! Santa's sleigh is on Church Walk tonight.",
    "Please bag the dog faeces, there's a bin by the gate.",
    "A niggling knee injury kept me off the litter pick.",
    "Crayons and paper are provided at the children's craft table.",
    "If the lights are on in the hall at night, please let the caretaker know.",
    "Knob on the village hall door is broken, the caretaker knows.",
    "Jog on over to the Parkrun on Saturday, 9am at the rec!",
    "If I catch the bus at 8 I'll be there by 9.",
    "Pond scum everywhere this summer, the volunteers are clearing it on Saturday.",
    "The lights are on at the church all night for the vigil, everyone welcome.",
    "Someone's written 'w*nker' on the bus shelter, it's been reported to the county for cleaning.",
    "The empty shop is a waste of a lovely building.",
    "Some of you are so kind, thank you for the flowers.",
    "Come and get in the sea for the Boxing Day dip, all in aid of the lifeboats!",
    "Lovely day for it: the Boxing Day dip raised £900, well done to everyone who got in the sea!",
    "Nobody asked for a second bin, but we'll get one anyway if the consultation says so.",
    "The delays on the bypass are a complete disgrace.",
    "The F.O. has issued travel advice for Spain.",
    "Come round for a cuppa and say hello, the kettle's always on.",
    "I've had messages calling me a 'useless cow' this week. Please be kind.",
    'Scunthorpe United won 2-0!',
    'Hell of a storm last night, hope everyone is ok',
    'Killing it at the quiz last night, well played team!',
    'Watch out for the black ice on the back road.',
    'The bus timetable is a joke.',
    'Thank you, you are all stars.',
    'Cocktail party at the hall raised £300 for the hospice.',
  ],
};

/** "The landlord of the Cock", "up Cock Lane": a capitalised word after "the" (so not capitalised for a sentence), or before Lane or Inn, is a name. */
function isPlaceName(ctx: CheckContext, start: number): boolean {
  if (!ctx.isUpperAt(start)) return false;
  const before = ctx.original.slice(Math.max(0, start - 6), start);
  const word = /^[A-Za-z]+/.exec(ctx.original.slice(start, start + 30))?.[0] ?? '';
  const after = ctx.original.slice(start + word.length, start + word.length + 12);
  return /\bthe\s+$/i.test(before) || /^ (?:Lane|Inn|Road|Street|Hill|Farm|Close|Tavern|Hotel|and Bull|& Bull)\b/.test(after);
}

/** Whether the 150 characters before an offset speak to someone, outside quotes ("Someone wrote 'go back where you came from'" does not). */
function addressedBefore(ctx: CheckContext, start: number): boolean {
  const from = Math.max(0, start - 150);
  let text = ctx.original.slice(from, start);
  for (const [a, b] of ctx.quotes) {
    if (b <= from || a >= start) continue;
    const x = Math.max(a, from) - from;
    const y = Math.min(b, start) - from;
    text = text.slice(0, x) + ' '.repeat(y - x) + text.slice(y);
  }
  return ADDRESSED.test(text.toLowerCase());
}

export const abuse: Rule = {
  id: 'abuse/insult-threat-profanity',
  category: 'abuse',
  severity: 'serious',
  message:
    'This is abusive: profanity, an insult, harassment or a threat. Personal attacks and obscene or threatening language breach the policy whoever the target is: criticise the decision, not the person, and leave out the swearing.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    const add = (s: { start: number; end: number }) => {
      if (!isReported(ctx, s)) hits.push(s);
    };
    for (const s of wordHits(ctx).profane) if (!isPlaceName(ctx, s.start) && !PROFANE_IDIOM.test(ctx.after(s.start, 30))) add(s);
    // Every insult pattern holds an insult word: tried only within reach of one.
    const insultWords = ctx.find(INSULT_WORD, 'deep');
    if (insultWords.length) for (const s of ctx.findNear(INSULTS, insultWords, INSULT_REACH, 'deep')) add(s);
    for (const s of ctx.find(COMMANDS_AND_THREATS, 'deep')) add(s);
    if (ctx.lite.text.includes('like ')) {
      const deep = ctx.view('deep');
      for (const s of ctx.find(LIKE_YOU, 'deep')) {
        const insult = INSULT_BEFORE_LIKE.exec(deep.text.slice(Math.max(0, s.viewStart - 80), s.viewStart));
        if (insult) add({ start: deep.starts[s.viewStart - insult[0].length]!, end: s.end });
      }
    }
    // "Hope you're ashamed of yourself, Trevor. … Pathetic.": a one-word verdict on the person addressed.
    if (ctx.lite.text.includes('you')) for (const s of ctx.find(VERDICT)) if (AT_SENTENCE_START.test(ctx.lite.text.slice(Math.max(0, s.viewStart - 4), s.viewStart)) && addressedBefore(ctx, s.start)) add(s);
    return hits;
  },
};

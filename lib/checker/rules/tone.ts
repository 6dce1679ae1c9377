import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { phrases } from '../lexicon';
import lexicon from '../lexicons/tone.json';

const HEATED = phrases(lexicon.heated);

const ACRONYMS = new Set(lexicon.acronyms);
const EMPHASIS = new Set(lexicon.emphasisWords);
const EXASPERATED = new Set(lexicon.exasperatedWords);
const WARM = new Set(lexicon.warmWords);
// Capitalised words of two letters or more, in the original text (case is the signal here).
const LAUGH_AFTER = /^[^.!?\n]*(?:[.!?]+\s*[^.!?\n]*)?(?:😂|🤣|😆|😄|😁|😅|(?<![a-z])(?:lol|haha+)(?![a-z]))/i;
const CAPS_WORD = /(?<![A-Za-z0-9])[A-Z][A-Z'’]*[A-Z](?![A-Za-z0-9])/g;
// Eye-rolls and strings of exclamation marks, in one scan of the original text.
// "pls share!!!", "Congratulations Amy!!!": an appeal or a cheer, not heat.
const GLAD_OR_URGENT_BEFORE = /(?:share|help|please|pls|plz|urgent|missing|lost|found|congrat[a-z]*|birthday|well done|thank(?:s| you)|thx|yay|woo+|hooray|amazing|brilliant|fantastic|love (?:it|this|you)|christmas|xmas)(?! for nothing)[^.!?\n]{0,30}$/i;
const EYE_ROLL_OR_EXCLAIMS = new RegExp(`${lexicon.eyeRoll.join('|')}|!{3,}|[!?]{3,}|\\?!|!\\?`, 'gu');
// "Read. The. Minutes.": a full stop after every word of a sentence. A function word among them tells it
// from a list ("Books. Maps. Records.").
const CLAPPED = /(?<![A-Za-z])[A-Z][a-z'’]+\. (?:[A-Z][a-z'’]+\. ){1,12}[A-Z][a-z'’]+[.!]/g;
const FUNCTION_WORD = /(?:^| )(?:The|Every|Single|Your|You|It|Is|Not|Do|Did|Just|This|That|My|Me|We|Of|To|And|In|Its|It's|Are|Was|Ever|Will|Never|Get|Stop|Again)\./;

/** "PLEASE NOTE:", "ROAD CLOSED:" — up to three capitalised words opening a line and closed by a colon: a notice's heading. */
// "URGENT:", "NOVEMBER WARD REPORT 📋": a title ends in a colon, a line break, a dash or an emoji.
const AFTER_HEADING = /^(?::|[ \t]*(?:\n|$|[-–—|]|\p{Extended_Pictographic}))/u;
function isHeading(t: string, run: { start: number; end: number; words: string[] }): boolean {
  if (run.words.length > 4 || !AFTER_HEADING.test(t.slice(run.end, run.end + 4))) return false;
  return /^\s*$/.test(t.slice(t.lastIndexOf('\n', run.start - 1) + 1, run.start));
}

// "WELL DONE TO ALL THE VOLUNTEERS... YOU ARE ALL STARS...": a whole draft in capitals (a habit, often an
// older writer's) that is warm throughout is not shouting; sarcasm ("OH WELL DONE… REALLY CLEVER 👏") still is.
const WARM_DRAFT = /(?<![a-z])(?:well done|thank|thanks|happy (?:christmas|new year|birthday|easter)|merry|congratulations|congrats|god bless|all stars|welcome|with love)(?![a-z])/;
// "CHRISTMAS MARKET SATURDAY!!! DON'T MISS IT!!! 🎄": capitals and exclamations inviting people along, not scolding them.
const INVITATION = /(?<![a-z])(?:don'?t miss (?:it|out)|come along|come and join|come down|all welcome|everyone welcome|see you (?:all )?there|book now|get your tickets|join us)(?![a-z])/;
const SCOLDING = /(?<![a-z])(?:stop|sick|why|how many|nobody|no ?one|enough|disgrace|disgraceful|joke|scandal|shambles|again|fed up|ridiculous|bloody|never|useless|pathetic)(?![a-z])|🙄|\?/;
const SARCASM_MARKS = /👏|🙄|[!?]{2}|(?<![a-z])(?:oh well done|really clever|another year|genius|not)(?![a-z])/;
const ALERT_NOTICE = /^[^A-Za-z0-9]*(?:SCAM ALERT|ALERT|WARNING|PSA|URGENT|NOTICE|REMINDER|IMPORTANT|ROAD CLOSURE|POWER CUT|WATER OFF|BEWARE)\b/;
function isWarmAllCaps(original: string, lite: string): boolean {
  // The word tests first: a long draft nearly always has a "not" in it, and leaves at once.
  if (!WARM_DRAFT.test(lite) || SARCASM_MARKS.test(lite)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    // Leave as soon as the capitals still to come could not make up nine letters in ten.
    else if (c >= 97 && c <= 122 && ++lower * 9 > upper + original.length - i) return false;
  }
  return upper >= 20 && lower * 9 <= upper;
}

function isShouted(word: string): boolean {
  const w = word.replace(/['’]/g, '');
  if (ACRONYMS.has(w)) return false;
  if (EMPHASIS.has(w)) return true;
  const vowels = (w.match(/[AEIOUY]/g) ?? []).length;
  return w.length >= 5 && vowels >= 2;
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "STOP PARKING ON THE GREEN!!! COME ALONG TO THE MEETING AND HEAR WHY!!!",
    "Some of the comments on here are from people who clearly can't read. Astonishing.",
    "Anyone who drives a lorry through a village at 40 needs locking up, frankly.",
    "People who park on the pavement outside the school are the lowest of the low.",
    "I'll be honest: I voted for the quarry extension, and anyone who disagrees can move to a city.",
    "Quick PSA: the lighting's off at 10pm from January, so don't bother complaining.",
    "@Blaby_Moan talk about a broken record",
    "Fat people shouldn't be allowed in the gym at peak times, they hog the machines.",
    "I'm not naming names, but the chair knows exactly who I mean.",
    "Some of the receptionists at the surgery are absolute dragons, rude beyond belief.",
    "Honestly, the dog walkers round the reservoir are the rudest people I've ever met.",
    "Special no thanks to the county councillor, who did nothing as usual.",
    "Some people shouldn't be allowed to breed, honestly. Saw a mum smoking over her pram today.",
    "It's going in, and if the bat people don't like it they can lump it.",
    "Half the objectors aren't even from round here, they're Londoners with second homes who think they own the place.",
    "Absolute state of the road after the lorries today. Utter joke.",
    "@woll_moan omg just stop moaning for 5 mins",
    "Knock knock. Who's there? Not the district, they never turn up to anything 😂",
    "@RothwellTC nobody asked for a bloody skatepark, scrap it",
    "@ThrapNews fine, I'll confirm it: the council is closing the public toilets on Chancery Lane in March. Happy now?",
    "lol no the council aint paying for ur fence m8, thats ur landlords job",
    "The leisure centre closure was never on the table and anyone who says otherwise is lying.",
    "Honestly the comments on here. Half of you can't spell and the other half can't read.",
    "Q: Why is the bus shelter always full of kids? A: Because their parents can't be bothered to bring them up properly, that's why.",
    "To the lady who shouted at me outside Tesco: I'm a volunteer, love, I don't get paid to be your punchbag. Get a life.",
    "@Irth_Dad honestly mate, go and cry to your mum",
    "Oh look, the council's wasted another £5k on consultants. Genius.",
    "If your kids are the ones smashing the bus shelter, you're rubbish parents.",
    "Another one of your lot moaning about the church bells, go back to London.",
    "You've clearly never done a day's work in your life.",
    "Nobody's stopping you standing in May, but you'd need to be able to read first 😂",
    "🚨 SCAM ALERT 🚨 HOW MANY TIMES DO WE HAVE TO SAY IT?? NEVER GIVE YOUR DETAILS!!",
    "Your planning department is riddled with incompetence.",
    "Maybe the people complaining about the bells should have bought a house somewhere else.",
    "Guess which councillor fell asleep in tonight's meeting? Hint: he's the chair 😴",
    "Grow a thicker skin mate, it's only Twitter.",
    "The four who voted against have never set foot on the rec.",
    "If you read the papers you'd know that's nonsense.",
    "Lol you'd know all about benefits, mate 😂",
    "You're full of it, always have been.",
    "Honestly, the atmosphere in council meetings at the moment is toxic.",
    "Certain members can't stand being disagreed with and the chair does nothing.",
    "The mood on the parish council has become poisonous.",
    "typical lefty snowflake, go and cry into your oat latte",
    "Karen, with respect, you weren't at the meeting, so you don't know what you're talking about.",
    "You clearly don't know what you're on about.",
    "Honestly you don't know what you're talking about, Dave.",
    "He'd never have recommended approval. Lazy doesn't cover it.",
    "Incompetent doesn't even begin to describe it.",
    "Rude doesn't cover it, frankly.",
    "Anyone who says otherwise can say it to my face.",
    "Feel free to say that to my face at the meeting.",
    "Still blokes on this council who think women should make the tea. Dinosaurs.",
    "With respect, you've been on this parish for five minutes. Some of us grew up here.",
    "You've lived here for 5 minutes, love.",
    "Proper little snowflake aren't you.",
    "Bunch of idiots on this page tonight. I'm off.",
    "What a load of morons in this thread.",
    "Shower of whingers on the group again.",
    "Anyone who supports the wind turbine is either thick or being paid. There, I said it.",
    "@mc_mum your kid's always in trouble at school, isn't he? Maybe sort that first.",
    "The chair's either clueless or in on it.",
    "Shame the new people at the barn conversion couldn't be bothered, but that's townies for you.",
    "Some people are just vile.",
    "Parking across the drive again, that's incomers for you.",
    "Keep whinging, mate, it suits you.",
    "Keep seething, Dave.",
    "Cry me a river, the bins are fine.",
    "Typical of the chair to hog the mic and then blame everyone else when it goes wrong.",
    "Cllr Barnes, if you read the papers instead of snoring through meetings you'd know the answer.",
    "Maybe stop sleeping through every meeting, Derek.",
    "He spends his time dozing in meetings and then complains.",
    "Typical of the vice-chair to turn up late and then lecture everyone. Same every month.",
    "Typical of Cllr Wood to take the credit for the volunteers' work.",
    "Typical of him to miss the point entirely.",
    "Some of us have actual jobs and can't sit on Facebook all day moaning. Just saying.",
    "Some of us have real jobs, Dave.",
    "Must be nice to sit on here all day whinging about the bins.",
    "@HemingtonCllrs is the chair deaf or just ignoring us? Asking for the whole village",
    "Are you blind or just pretending not to see the potholes?",
    "Is the council deaf or just not listening?",
    "It's past midnight and I'm still replying to idiots. Night all.",
    "Maybe if you'd bothered turning up to a single meeting you'd know what you're talking about.",
    "Fed up of explaining this to morons on here.",
    "Oh here we go again, the usual moaning about the bins.",
    "If the person dumping bags by the bottle bank is reading this: we know it's you, Keith.",
    "@JanB I'd block you but honestly you're the best entertainment on here 🍿",
    "If you spent as much time reading the minutes as you do moaning on here, you'd know.",
    "Not replying to the usual trolls on here any more. Yes, Derek, that means you.",
    "The same three trolls are at it again on the village page.",
    "You know who you are, and so do the rest of us, Dave.",
    "u av no idea wot ur on about m8",
    "Before you lecture us about litter, look closer to home.",
    "Some people never read the minutes. Gary, I'm looking at you.",
    "@jo_k are you just trolling now?",
    "And you bloody well know it, Steve.",
    "RT if you're fed up of the county ignoring us 🔁",
    "The highways department are a bunch of useless jobsworths.",
    "The committee needs to grow a spine.",
    "Funny how I'm the only one on this committee who actually reads the papers.",
    "Keep digging, Mark. The hole's getting deeper. 🍿",
    "@pete_w that hole's getting deeper, Pete. 🍿",
    "@bob_k you haven't got a clue what you're on about, Bob.",
    "@JanW it's built, so you might as well get used to it.",
    "@moaner Log off.",
    "Oh look, it's Graham again with his weekly moan about the bins.",
    "Here we go, another daily dose of misery from the usual suspects.",
    "Does anyone actually read your essays, Ken?",
    "I'm not arguing with someone whose profile picture is a cartoon frog. Night.",
    "@dave_k you've said this 30 times. Nobody cares.",
    "@moaner99 Go outside. Touch grass.",
    "@TomG keep telling yourself that, Tom.",
    "@kev_w some of us actually read the report before commenting.",
    "Funny how Cllr Price only ever turns up when there's a photographer.",
    "It's decided. Stop wasting your breath, folks.",
    "Reported your comment to the admins. Bye 👋",
    "With respect, Alan, you've been wrong about every application since 2019, so forgive me if I don't take your word for it.",
    "You're entitled to your opinion, however daft it is.",
    "Round three of the car park row on here tonight. Grab your popcorn, folks.",
    "@westonwatch read a book sometime, it might help",
    "@tonyb_rutland I've forgotten more about planning than you'll ever know",
    "@shelleyp what a surprise, another moan from you",
    "Are you being deliberately obtuse or does it come naturally?",
    "I'm sick to the back teeth of people who've never lifted a finger telling us how to run things.",
    "Words fail me. They really do.",
    "Stop twisting everything, it's tiresome.",
    "What a load of rubbish. Honestly.",
    "@farmerjd your lorries are wrecking the verges and I've a good mind to report you",
    "@ruralrob that's a lie and you know it, stop spreading rubbish",
    "Fed up of saying it. Whoever's in charge at highways needs sacking, full stop.",
    "Shame about the lot from the new estate who couldn't be bothered, but you can't teach some people respect I suppose.",
    "To the person who sent me that anonymous letter: I know exactly who you are, and I'll be speaking to the police.",
    "Honestly Steve, give over. You've been banging on about the same streetlight since 2019 and it's been fixed twice. Find a new hobby mate.",
    "Jan, you can twist my words all you like but the minutes don't lie. Some of us can read.",
    "Go on, block me, it's what cowards do. Won't change the facts.",
    "@WelbyWatch lmao the state of this take. Embarrassing.",
    "@pmaxwell ratio'd and deservedly so 😂 bye",
    "@TheRealKevB imagine being this wrong and this loud at the same time",
    "@deb_easton keep talking, it's hilarious watching you dig that hole",
    "@cllrwatch I'll see you in court, sunshine.",
    "Did you actually read what I wrote or just fancy an argument? Because it's getting boring now.",
    "Go on then, tell us all how you'd do it better, since you know everything.",
    "Fine, Mr Know-it-all, you run the bonfire next year.",
    "Bless you, Pauline, you really do believe everything you read on Facebook, don't you?",
    "Another essay from the village's self-appointed expert.",
    "Shame a certain councillor who shall remain nameless was too busy at the pub to help, as usual.",
    "As I have said THREE times now, the bins are the district's job, not mine. Please read before commenting.",
    "How dare anyone suggest I don't care about this village after everything I've done.",
    "Per my last post, which clearly nobody read, the meeting is on Thursday.",
    "I shouldn't have to spell this out for grown adults, but DON'T feed the ducks bread.",
    "Read the room, people.",
    "Another meeting, another three hours of my life I won't get back, thanks to certain individuals.",
    "Some of you need to take a long hard look at yourselves before you post.",
    "Honestly, I give up. Say what you like, I'm past caring.",
    "Oh brilliant, ANOTHER consultation. Because the last five went so well.",
    "I'll debate you any time, but maybe get your facts straight first, sunshine.",
    "@PeteThePlanner Oh look, Pete's an expert on drainage now. Last week it was bats. Next week, brain surgery?",
    "Nice of the 'residents' group' to finally turn up to a meeting. Only took them three years and a photo opportunity.",
    "Sick of the same old faces running this village into the ground.",
    "Oh brilliant, ANOTHER consultation. Because the last twelve went so well 🙄",
    "I'm not going to dignify that with a response. Oh wait, I just did. 🙃",
    "Honestly, some of you would moan if you were hung with a new rope.",
    "Thanks for sharing 🙄",
    "Why is NOBODY listening!!!",
    "Seen the state of the Abbey Rooms? The town council should hang its head in shame, and the clerk with it.",
    "Whoever's been letting their dog off the lead on the Bury Road field, I know it's you, Dave, and so does everyone else.",
    "@PeteW lol ok mate whatever helps you sleep at night",
    "@PeteW honestly I give up, you clearly haven't read a word of it.",
    "Whoever nicked the Christmas tree lights off the green, I hope you're proud of yourself.",
    "Nothing's been done about the potholes for two years. Useless, the lot of them.",
    "Honestly, people who moan about the pub noise should move to a cemetery. Quieter there 😂",
    "Anyone who thinks a repair café is a good idea has clearly got too much time on their hands. Get a job.",
    "Why do I even bother replying to some of you??",
    "@DaveP1974 you've been told three times, the bins are the county's job. Read before you type, mate.",
    "@NeneWatch Utter rubbish. The only reason you're kicking off is your brother-in-law didn't get the contract.",
    "If you vote Reform in May you deserve everything you get.",
    "If you're thinking of voting Reform, have a word with yourself.",
    "As a town councillor I'm embarrassed by this reply. Do better.",
    "Sick of people moaning about the Christmas lights. Volunteer or wind your neck in.",
    "Some councillors need to remember who elected them.",
    "Lol at the Reform lot thinking they'll win a seat.",
    "The girl on the till was so rude this morning. Someone needs to have a word.",
    "Never in the office. Wonder what we're paying for.",
    "Some of the people who moved here have no idea how a village works. Go back if you don't like it.",
    "If you don't like it, move. Simple.",
    "The lot who run the hall bookings couldn't organise a raffle in a paper shop.",
    "I'm done. DONE. Argue amongst yourselves.",
    "Must be nice to have so much free time to moan on here.",
    "Yeah yeah, heard it all before. Change the record.",
    "Some of the comments on here make me ashamed to live in this town.",
    "Some folk on here need to get a grip. It's a bench.",
    "Read the flippin' minutes, it's all in there.",
    "wtf is this council even doing 🤡",
    "Y'all need to touch grass, it's a bench.",
    "Oh brilliant, another consultation. Because the last nine went so well.",
    "Cool story bro. Anyway, back in the real world...",
    "Right. That's it. I'm done with this page.",
    "Really? REALLY? This is your answer?",
    "I'm not going to waste my breath on people who won't listen.",
    "Well that went well didn't it. Slow clap for the organisers.",
    "Honestly, I despair. Do people not read anything before they comment?",
    "Are you actually serious?? Who writes this rubbish??",
    "Right, I've had it with this thread. I'm a councillor, not a punchbag.",
    "Oh look, another post moaning about the bins. Truly riveting stuff.",
    "Love how people who've never been to a meeting are suddenly experts.",
    "Some people in this town need to take a long hard look at themselves.",
    "Oh here we go, the usual suspects crawling out of the woodwork.",
    "What a total joke this council is. A JOKE.",
    "Read. The. Minutes. It's all there.",
    "Just... wow. I give up with some people. I really do.",
    "FFS. Can people PLEASE stop parking on the verge. It's not hard.",
    "Honestly, the moaning on this page. Go and do something useful with your lives.",
    "Not this AGAIN. Some of you really do need a hobby.",
    "Wow. Just wow. Some people really need to look in the mirror before they post.",
    "Half of you don't even live in the ward. Give it a rest.",
    'HOW DARE YOU LECTURE ME ABOUT THIS TOWN',
    'This is UNACCEPTABLE!!!! Absolutely UNACCEPTABLE!!!!',
    'Oh brilliant, another genius idea from the armchair experts on here 🙄',
    'Yeah because that worked SO well last time didn\u2019t it',
    'Some people just love to moan, don\u2019t they.',
    'Do you even live here? Honestly.',
    "Right, I've had enough of this thread. Some of you should be ashamed.",
  ],
  pass: [
    "Grow up strong, little oak! The schoolchildren planted forty saplings today 🌳",
    "Grow up to be anything you like, says the school's careers fair this Thursday.",
    "Grow up? Never! The over-60s panto troupe are back and sillier than ever 😂",
    "CHRISTMAS MARKET SATURDAY!!! DON'T MISS IT!!! 🎄🎄🎄",
    "The reading club helps people who can't read yet, volunteers welcome! 📚",
    "Talk about a broken record: Sharnford wins best kept village for the fifth time! 🏆",
    "Anyone who disagrees can come to the meeting on the 14th and say so, all welcome.",
    "Don't bother bringing cash, the stalls all take cards now! 💳",
    "The record shop's Christmas sale is on, lovely vinyl! 🎶",
    "I know exactly who I'm voting for in the bake-off, Margaret's lemon drizzle! 🍋",
    "The dragons at the Chinese New Year parade were beyond belief, stunning! 🐉",
    "Thanks to the dog walkers, the friendliest people I've ever met! 🐕",
    "No thanks to be given, we were glad to help!",
    "The rare-breed pigs at the farm park are allowed to roam the orchard 🐖",
    "The lumpy custard at the school dinner was a classic! 😂",
    "The Scouts think they own the best float this year, and they might be right! 🎄",
    "The panto dame was an utter joke, in the best way, we cried laughing! 😂",
    "Stop moaning about the weather and come to the bonfire! 😂",
    "The volunteers always turn up for anything we ask, thank you all!",
    "Nobody asked for a second helping but Margaret's trifle was too good 😋",
    "Is everyone happy now? The lights are fixed! 💡",
    "lol no worries hun, glad it's sorted x",
    "Half of the reception class can't read yet, and that's exactly as it should be at four!",
    "The parents at the toddler group bring them up properly, such polite little ones!",
    "The boxing club don't get paid to be in the panto, they do it for love 🥊",
    "The little ones had a good cry to their mums at the nativity, bless them.",
    "Whoever invented mince pie ice cream: genius. 🍨",
    "We spent the afternoon making wreaths. Brilliant!",
    "I'm a rubbish parent, I forgot the nativity costume again 😂",
    "Go back to London Road for the detour, the bridge is shut.",
    "Shame on you, weather, for raining on the parade! ☔",
    "The cat's never done a day's work in her life 😂",
    "To join the book club you'd need to be able to read a chapter a week!",
    "🚨 SCAM ALERT 🚨 Someone's ringing older residents pretending to be from the council. We will NEVER ask for bank details.",
    "The old oak is riddled with woodworm, so it's coming down safely in January.",
    "We should have moved somewhere else years ago, but we love it here too much!",
    "Grandad fell asleep in the carol service again 😴",
    "Our cacti grow a thick skin in winter.",
    "Reform are a bunch of clowns.",
    "The kids are full of it after the Santa visit!",
    "If you read the minutes you'll find the dates for the fair.",
    "Those who voted for the new name have been thanked by the school.",
    "The toxic waste amnesty at the tip is on Saturday.",
    "The atmosphere at the carol service was magical.",
    "Certain members of the choir can't make Sunday, so we need altos!",
    "WELL DONE TO ALL THE VOLUNTEERS AT THE FOOD BANK... YOU ARE ALL STARS...",
    "HAPPY CHRISTMAS EVERYONE... GOD BLESS...",
    "I don't know what you're talking about, is it a new recipe?",
    "You know what you're talking about, thanks for the help!",
    "Lazy doesn't cover it, our cat's slept through the whole of Christmas 😂",
    "Lazy Sunday at the pub, lovely.",
    "The cover of the parish magazine is lovely this month.",
    "Useless information: the church clock is 200 years old!",
    "It's not rocket science, just put the glass in the blue bin 😊",
    "Say it to my face, the birthday girl said, so we sang it loud!",
    "Took the grandkids to the museum on Saturday. Dinosaurs!",
    "Our little snowflake dancers were the stars of the panto!",
    "Give it a rest, rain! Third weekend running",
    "The kids made paper snowflakes for the hall windows.",
    "You've been here for five years now, happy anniversary!",
    "It's been on for five minutes, stir and serve.",
    "A bunch of flowers on the bench for Mary.",
    "A load of volunteers in the churchyard today, thank you!",
    "A pack of cubs in the hall on Tuesday.",
    "The wind turbine is either going to the county in March or April, the clerk says.",
    "Maybe sort the recycling first, then the cardboard goes on top.",
    "Either the chair or the clerk will open the meeting.",
    "That's townies for the win at the tug of war! Well played, Brackley.",
    "Some people are just brilliant: 40 volunteers at the litter pick!",
    "That's newcomers' night at the pub, come and say hello.",
    "Cry me a river? No, the river's just burst its banks on Mill Lane, avoid!",
    "Keep the crying babies warm at the outdoor carols, blankets at the door!",
    "The play area keeps crying out for new swings, so the fundraiser starts in January.",
    "Keep calm and carry on gritting!",
    "Sleeping bags for the shelter can be dropped at the meeting room.",
    "The meeting on sleeping rough is at the library on Friday.",
    "Snoring through the carols, our Labrador, bless him.",
    "It's typical of the vice-chair to bring mince pies to the December meeting, bless him.",
    "Typical of our village to turn out in force for the carols!",
    "The vice-chair will turn up late as he's at a funeral.",
    "Some of us have day jobs, so the Saturday surgery is at 10am.",
    "Some of us have real Christmas trees this year, the needles are everywhere!",
    "The food bank is on Facebook all day Saturday taking donations.",
    "Is the chair aware of the flooding on Church Lane?",
    "Deaf or hard of hearing residents can use the loop at the hall.",
    "Are you blind or partially sighted? The library has audiobooks.",
    "And here we go again: the Boxing Day dip is back, brave souls at 11am at the ford! 🥶",
    "Oh here we go again, it's snowing! Grit bins are full, stay safe.",
    "Oh here we go, the Christmas jumpers are out again! Love it.",
    "It's past midnight and I'm still replying to messages about the flood.",
    "If you'd like to come to a meeting, the next one is on the 14th.",
    "Thanks to everyone who bothered to come out in the rain for the litter pick.",
    "We know it's you, Father Christmas, lovely to see Grandad in the grotto! 🎅",
    "I'd block out Saturday for the fete, but bring a brolly!",
    "I spend as much time gardening as you do baking, Jean, and I've still no prize marrows!",
    "The usual trolls under the bridge in the school's Billy Goats Gruff were terrifying, well done Year 2!",
    "Everyone's welcome at the carols, and yes, that means you too! 🎶",
    "The trolls in the school panto were brilliant, especially the one under the bridge! 🧌",
    "You know who you are, and thank you: the anonymous Christmas hamper was wonderful!",
    "I have no idea what you're on about with the quiz answers, but it made me laugh!",
    "Look closer to home for the best Christmas lights: Church Lane has outdone itself!",
    "Santa, I'm looking at you for a new bike this year 🎅 (asking for my son)",
    "A man shouted 'people like you ruin everything' at the litter pickers. They carried on regardless, heroes.",
    "Quit trolling the river for pike, Dad, it's Christmas!",
    "You know it's the carol service on Sunday, don't you?",
    "Share if you're fed up of the rain and fancy a mince pie at the hall! ☔",
    "The highways team are a bunch of heroes for gritting through the night.",
    "The hedge needs to grow a bit before we cut it.",
    "Cllr Shaw was the only one who managed to stay awake through the carol service 😂",
    "She's the only person in the village who still grows her own wheat!",
    "The hole's getting bigger on Drayton Road, watch your tyres! Reported to the county again.",
    "Keep digging, team, the allotment's nearly clear!",
    "The hole in Mill Lane is getting bigger, I've reported it again.",
    "@bob_k I haven't got a clue what the bin timetable is either!",
    "Library users: please log off before you leave.",
    "Snow again tomorrow, might as well get used to it ❄️",
    "Oh look, it's Keith again with his daily photo of the sunrise. Never gets old 🌅",
    "Oh look, it's snowing again! Careful on the hill.",
    "I'm not arguing with anyone, just setting out the facts from the minutes.",
    "Some of us actually read all 40 pages of the consultation last night. Here are five things worth knowing 👇",
    "Nobody cares more about the park than the Friends group. Thank you all.",
    "Lovely day for it: go outside and enjoy the sunshine while it lasts.",
    "Some of us read the report at the library; copies are still there.",
    "The photographer from the Mercury turns up at 2pm to take the team photo.",
    "Don't waste your time queuing at the tip on Saturday, it's quieter on a Tuesday.",
    "Thanks for a lovely evening everyone, bye for now 👋 See you at the quiz!",
    "With respect, Alan, I see it differently, but thanks for coming.",
    "With respect Gary, you've got the facts wrong. The grant was for the play area. It's in the minutes.",
    "You're entitled to your opinion, and thank you for sharing it.",
    "Film night at the village hall on Friday: Paddington 2, popcorn and squash included!",
    "People keep asking when the hall roof will be done. Honestly? Nobody knows yet, and I'd rather say that than guess.",
    "@westonwatch read the library's book of the month, it's a cracker",
    "@tonyb_rutland I've forgotten more passwords than I'll ever remember 😂",
    "@shelleyp what a surprise, another cake from you! Spoiling us 🎂",
    "Sick to the back teeth of mince pies already and it's only the 2nd of December 😂",
    "Unbelievable views from Stoke Dry church this morning. Absolutely unbelievable.",
    "Spare me a mince pie, Gordon, I'll be there at 8!",
    "Words fail me to describe how proud I am of our flood wardens.",
    "Stop by the hall for a cuppa, it's warm and free.",
    "What a goal. Honestly.",
    "What a sunset over the reservoir tonight. Honestly!",
    "That's a lie and you know it, Santa definitely does exist, says my 6 year old 🎅",
    "I've a good mind to report you to the Bake Off producers, Sue, that cake was incredible 😂",
    "Fed up of saying it, but thank you again to the gritting team, you're heroes.",
    "To whoever left the biscuits on my step: I know exactly who you are 😉 thank you!",
    "My old car needs sacking off, it's done 200,000 miles 😂",
    "Give over, Mick, you're far too modest, that bench you built is gorgeous!",
    "Find a new hobby in the new year: the library has a list of every club in the village.",
    "Some of us can read music and some of us can't, but the carol service needs all of us! 🎶",
    "Don't block me on the school run, Trevor, or I'll tell your mum 😂 (love you bro)",
    "Jan, you can borrow my gazebo for the fete, just drop it back after. Some of us have two!",
    "Go on, treat yourself, the bakery's stollen is back and it's glorious.",
    "Looking for a new hobby? The bell ringers are recruiting, practice is Tuesday.",
    "Whoever keeps blocking the drive at number 3, please don't, it's a carer's space.",
    "Ratio'd by my own kids again 😂 must be doing something wrong",
    "Screenshotted the county's press release so you can all read it.",
    "@WelbyWatch great photo of the church in the frost, mind if we share it?",
    "The pupil to teacher ratio at the school is one of the best in the county.",
    "@TheRealKevB imagine the village without the volunteers, doesn't bear thinking about",
    "@deb_easton keep it up, the Christmas window trail is the best yet",
    "@cllrwatch I'll see you at the carol service, I'll be the one singing out of tune",
    "Have you seen the state of the path by the church? I've reported it to the county.",
    "Keep digging, the tulip bulbs go in 15cm deep!",
    "Did you even read my last post, or was I talking to myself again? 😂 The Christmas quiz is on the 19th!",
    "People like you make this village what it is, thank you for the lifts to the surgery, Doreen.",
    "Did you manage to read the parish newsletter? The quiz answers are on page 4.",
    "People like you are the reason this village is such a lovely place to live. Thank you Sue.",
    "A big thank you to everyone who shares the lost dog posts, three pups home this month thanks to you lot.",
    "Since you know the footpaths so well, would you lead the Boxing Day walk?",
    "Bless you, Mary, you really are a star for sorting the raffle prizes!",
    "Bless you, Pauline, for knitting all those hats for the Christmas fair!",
    "Another lovely piece from Ken in the parish magazine about the mill.",
    "Too busy at the pub to help? No excuse: the Red Lion's doing the litter pick with us on Saturday!",
    "A certain reindeer who shall remain nameless ate all the carrots at the nativity 🦌😂",
    "As I've said many times, the volunteers who run the library are the heart of this village. Thank you all!",
    "How dare the sun come out the one day I forgot my sunglasses 😂",
    "Read the room was the theme of the drama group's improv night, and it was hilarious!",
    "Oh lovely, another mince pie! The WI have outdone themselves this year.",
    "I give up! I've tried three times to beat Margaret at the quiz and she wins every time 😂",
    "Thanks to certain individuals (you know who you are!) the Christmas lights went up in record time. Legends!",
    "Per my last post, the carol service has moved to 6pm: see you there!",
    "Another Tuesday night in the council chamber, another three hours of my life I won't get back 😅 the things we do for our residents",
    "As I said last week, the bins are the district's job; here's their number if you need it.",
    "Per the council's last post, the meeting is on Thursday at 7pm in the hall.",
    "Honestly, I give up on my sourdough: anyone got a starter to share?",
    "Another meeting, another new bench for the rec, thanks to everyone who came.",
    "Please read the consultation leaflet before the drop-in; it's at the library.",
    "Nice of the Rotary to finally get round to the Christmas float — only kidding, it's been out every year since 1978!",
    "Before you write to the paper, the fact sheet is on the council website.",
    "Pete's an expert on drainage, as it happens, and he's offered to join the flood group.",
    "Nice of the sun to finally turn up for the Remembrance parade! Thank you to everyone who came.",
    "Nice of the Scouts to help at the litter pick; it only took an hour with them there.",
    "Good of the vicar to open the church hall for us at such short notice.",
    "Get a life? I have one, it's called the allotment committee and it takes all my evenings 😂",
    "Sick of the same old faces at the quiz? Come and join the pub league, new teams always welcome!",
    "Same old faces at the quiz, same old winners. Well done the Rovers again!",
    "The team from the allotments won the quiz AGAIN (we are starting to suspect a mole in the quizmaster's house 😂)",
    "Oh brilliant, the Christmas lights are back on! Thanks to the electricians 🎄",
    "pls share!!! missing cat, ginger, answers to biscuit",
    "Congratulations Amy and Tom!!! 💕",
    "Right, I've had enough of waiting for the bus, walking it is!",
    "I've had enough of this rain, roll on spring.",
    "Funny old world: I moved here from Glasgow in 1980 and now I'm chairing the WI!",
    "Whatever helps you sleep at night: the library has a lovely selection of audiobooks now.",
    "Guess who's 40 today? I know it's you, Sis, happy birthday! 🎂",
    "A hot water bottle and a cuppa, whatever helps you sleep, Mum swears by it.",
    "If you haven't read the report yet, it's on the website, well worth it.",
    "Hope you're proud of yourselves, Year 6, what a nativity! 🌟",
    "Pride month quiz night at the Bull raised £400 for the food bank, you lot are brilliant.",
    "People who complain about the pub noise should ring the council's licensing team on 0300 126 3000.",
    "Retired last year and I've got a lot of time to fill, so I've joined the repair café!",
    "Why do I even bother with the lottery, my mum says, every Saturday.",
    "Kumar's on the corner has the best samosas in the county, honestly.",
    "I've told the story three times at the history society and it still gets a laugh.",
    "The judges called the scarecrow entries utter genius this year.",
    "Well done on the marathon, you deserve all the cake you can eat!",
    "We can do better than last year's total for the food bank, let's go!",
    "Sick of the rain now, roll on spring!",
    "Lol at the pigeons thinking they'll get a chip off me at the market.",
    "Someone needs to have a word with the Co-op about stocking oat milk, haha, I'll ask tomorrow.",
    "Nice to see the work on the bridge finished, if you get a chance walk over it.",
    "Couldn't organise a raffle in a paper shop, me, I've lost the tickets again.",
    "If you don't like it, don't eat it, but my nan's fruitcake has won the WI show three years running.",
    "Go back to the main menu if you don't like the colours and pick another theme.",
    "We couldn't organise a raffle in time for the fete, so it's at the Christmas fair instead.",
    "Change the record, Alexa, I've heard this song six times.",
    "Yeah yeah, I know, I'm late with the cards again.",
    "The cake's done! Come and get it.",
    "Change the clocks back on Sunday!",
    "Read the minutes on the website, it's item 7.",
    "wtf is this weather doing, sun, hail and rain in ten minutes",
    "The clown at the fete was brilliant 🤡🎈",
    "Took the kids to touch some grass at the country park, lovely day.",
    "Oh brilliant, my first ever tomato! Only took four months 🍅",
    "Wow. Just wow. The sunset over the river tonight was something else.",
    "Cool story about the old mill in this month's parish magazine.",
    "Back in the real world after a week in Cornwall, what did I miss?",
    "THANK YOU to everyone who came to the quiz, we raised £640!",
    "NOVEMBER WARD REPORT 📋 Potholes: 11 reported, 7 fixed.",
    "Best chips in the county are at the Anchor. Fight me. 😂",
    "Right, that's it from me for today, see you at the market.",
    "I listened to every one of you at the drop-in, thank you.",
    "Well that went well! Huge thanks to the organisers.",
    "Truly riveting stuff at the local history talk last night!",
    "Oh look, it's snowing again! Take care on the roads.",
    "OMG the sunset over the river tonight!",
    "The usual suspects from the WI have done it again: £300 for the hospice. Legends.",
    "Here's the route for the fun run on Sunday.",
    "URGENT: water off on Mill Road until 3pm.",
    "PLEASE NOTE: the hall is closed on the 3rd for a wedding.",
    "Update from the hall.\nROAD CLOSED: Mill Lane, Tuesday 9 till 4.",
    "Thanks to J. R. Hartley. Books. Maps. All sorts at the sale!",
    "PLEASE share: lost dog in the village",
    "REMINDER: council meeting tonight at 7pm",
    "Just to correct the post going round: the library is NOT closing.",
    'Reminder: the NHS flu clinic and the RSPB walk are both on Saturday. BYO wellies.',
    'What a day for the fete!',
    'The A47 slip road is shut overnight Tuesday.',
    'Thanks everyone who came to the litter pick, 14 bags collected!',
  ],
};

export const tone: Rule = {
  id: 'tone/heated',
  category: 'tone',
  severity: 'info',
  message:
    'This reads as heated (capitals, exclamation marks, sarcasm or scolding). Be considerate and respectful; it is not necessary to respond to everything, and sometimes it is better not to.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    const heated = ctx.find(HEATED);
    hits.push(...heated);
    const t = ctx.original;
    for (const h of ctx.findInOriginal(EYE_ROLL_OR_EXCLAIMS)) {
      // (An eye-roll after "thanks" is sarcasm: only exclamation marks are let off.)
      if (t[h.start] === '!' && GLAD_OR_URGENT_BEFORE.test(t.slice(Math.max(0, h.start - 30), h.start))) continue;
      hits.push(h);
    }
    for (const h of ctx.findInOriginal(CLAPPED)) if (FUNCTION_WORD.test(ctx.original.slice(h.start, h.end))) hits.push(h);
    if (heated.length === 0 && INVITATION.test(ctx.lite.text) && !SCOLDING.test(ctx.lite.text)) return [];
    if (!/[A-Z]{2}/.test(t)) return hits; // no capitals to shout with
    if (hits.length === 0 && isWarmAllCaps(t, ctx.lite.text)) return hits;
    // "🚨 SCAM ALERT 🚨 … We will NEVER ask for these": a warning notice's capitals are its headline and its emphasis.
    if (hits.length === 0 && ALERT_NOTICE.test(t) && !/[!?]{2}/.test(t)) return hits;
    // Runs of capitalised words: shouting when one of them is not an acronym.
    CAPS_WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    let run: { start: number; end: number; words: string[] } | undefined;
    const stressed: Hit[] = [];
    const flush = () => {
      if (!run) return;
      const shouted = run.words.filter(isShouted).length;
      const plain = run.words.filter((w) => !ACRONYMS.has(w.replace(/['’]/g, ''))).length;
      // Capitals inside a quotation are the source's emphasis, not the author's.
      if ((shouted >= 1 || plain >= 2) && !ctx.inQuotes(run)) {
        // One stressed word ("the library is NOT closing", "URGENT: water off") is emphasis or a
        // notice's heading; it reads as heated only beside other heat.
        // Exasperation ("not this AGAIN") is heated on its own.
        const warm = run.words.every((w) => WARM.has(w));
        // …unless a laugh follows it ("the allotments team won AGAIN (we suspect a mole 😂)").
        const single = run.words.length === 1 && (!EXASPERATED.has(run.words[0]!.replace(/['’]/g, '')) || LAUGH_AFTER.test(t.slice(run.end, run.end + 120)));
        if (single || warm || isHeading(t, run)) stressed.push({ start: run.start, end: run.end });
        else hits.push({ start: run.start, end: run.end });
      }
      run = undefined;
    };
    while ((m = CAPS_WORD.exec(t)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (run && /^[\s,.'’!?-]*$/.test(t.slice(run.end, start)) && start - run.end <= 3) {
        run.end = end;
        run.words.push(m[0]);
      } else {
        flush();
        run = { start, end, words: [m[0]] };
      }
    }
    flush();
    if (hits.length > 0 || stressed.length > 1) hits.push(...stressed);
    return hits;
  },
};

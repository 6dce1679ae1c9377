import type { CheckContext, Hit, Rule, RuleExamples } from '../context';
import { phrases } from '../lexicon';
import lexicon from '../lexicons/official-capacity.json';

const SELF = phrases(lexicon.selfIdentification);
// "Cllr Sam Ireland 🌹": an emoji or two may close the sign-off.
const TRAILING_EMOJI = '(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF])[\\uFE0F\\u200D]*';
// A sign-off: the title and name fill the end of a line, after a line break, a dash, a sentence or an emoji.
const SIGN_OFF = new RegExp(
  `(?:^|\\n|[-~]\\s*|[.!?)]\\s+|[\\uDC00-\\uDFFF\\u2600-\\u27BF]\\s+|,\\s*(?:thanks|regards|best wishes|cheers|best)?\\s*)(?:${lexicon.signOff.join('|')})\\s*[.!]?\\s*(?:${TRAILING_EMOJI}\\s*)*(?=\\n|$)`,
  'g',
);
// "— Pete (parish councillor, Church Ward)": a name and the role in brackets, closing the post.
const NAME_ROLE_SIGN_OFF = /(?:^|\n|[-~]\s*)[a-z][a-z'-]*(?: [a-z][a-z'-]*)? \((?:[a-z]+ )?(?:cllr|councillor|councilor)\b[^)\n]{0,40}\)\s*[.!]?\s*(?=\n|$)/g;
// A signature line with the role as a title: "Mike Dodd\nRothwell Town Councillor" (case is the signal).
const TITLE_LINE = /(?:^|\n)[ \t]*(?:[A-Z][A-Za-z'&-]* ){0,3}(?:Town |Parish |District |County |Ward |City |Borough )?Councill?or[ \t]*(?=\n|$)/g;
// "Cllr here", "Your councillor speaking": only at the start of a sentence ("was a councillor here for years" is not it).
const TITLE_HERE = /\b(?:(?:[a-z]+ ){0,2}(?:parish|town|ward|district|county|village|local|your|friendly) )?(?:cllr|councillor) (?:here|speaking)(?![a-z])/g;
// Its anchor: the two words every match ends with (the regex's optional lead-in would otherwise be tried at every word).
const CLLR_HERE = /(?:cllr|councillor) (?:here|speaking)(?![a-z])/g;
const BIO = new RegExp(`^\\s*(?:${lexicon.bio.join('|')})`, 'g');
// "Evening all, Cllr Priya Nair, Sleaford Town Council.": a greeting to everyone, then the title, name and council
// (a greeting to the councillor, "Hi Cllr Nair, could you…", is someone else writing to them).
const GREETED_BIO =
  /^\s*(?:hi|hello|hiya|hey|evening|morning|afternoon|good (?:morning|afternoon|evening)) (?:all|everyone|everybody|folks|both|again)[,!.]?\s+(?:cllr|councillor|clr)\.? [a-z][a-z'-]+(?: [a-z][a-z'-]+)?(?:,| -| –| \() ?(?:[a-z'&-]+ ){0,3}(?:town|parish|district|county|city|borough|village|ward|council)(?![a-z])/g;
// Every pattern names a council role; without one of these words there is nothing to find.
const ROLE_WORD = /cllr|voice on the|clr|counc|mayor|chair|chain|casework|election|on your behalf|parish rep|town rep|village rep|representative|ward|constituent|elected|motion|committee|surgery|vote|voting|sat through|sitting through|noticeboard|representing|agenda|planning papers|lanyard|session|abstain|in the room|fellow|colleagues|meeting|serve|got elected|got re-elected|got voted|seconded|tabled|moved the|put forward/;
const ADDRESSED_AFTER = /^\s*(?:you(?![a-z])|your|you'?re|can you|could you|would you|will you|do you|did you|are you|have you|please|thanks|thank you|well done|congratulations|congrats|why|how|what|when|where|i (?:think|agree|disagree|hope|wonder|know|appreciate|admire|respect))/;
const ROLE_ANCHOR = new RegExp(ROLE_WORD.source, 'g');
const THANKING = /(?:thanks?|thank you|cheers|well done|congratulations|congrats|agree with|welcome|according to|ask|asked|contact|email|ring|call)\s*,?\s*$/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Cllr Jo Rees, Anstey Parish Council: the bypass junction consultation closes Friday.",
    "Proud to have been your voice on the parish for 8 years.",
    "Speaking for the parish council, we are delighted the bus shelter is finally fixed.",
    "From one of your elected reps: the tip is closed on Boxing Day.",
    "Just back from the council meeting, my feet are killing me but we got the grit bins through 💪",
    "Wearing my other hat tonight, the one with the chain 😂, at the Remembrance concert.",
    "Residents of Elm ward: I've had a few emails about the street lights and I'm chasing it with the county.",
    "Happy to take this up on your behalf at Tuesday's meeting, DM me the details.",
    "When I stood for election I promised to fix the play park, and I'm working on it.",
    "My casework this week: two hedges, a dead badger and a very angry swan 🦢",
    "As a newly co-opted parish councillor I'm still learning, so bear with me!",
    "@OrtonRes yep, that's me, your parish cllr. DM me the details",
    "A quick one from your Werrington councillor: the library's Christmas opening hours are on the door.",
    "Got collared in Tesco about the potholes again. Occupational hazard when your face is on the council leaflet 😂",
    "As the member for the North ward, I've written to Highways about the lights on Peterborough Road.",
    "Popped into the school as their link councillor today, lovely to see the new library.",
    "Been asked to chair the working group on the cemetery extension, happy to take it on.",
    "Your Helpston parish councillors wish you all a peaceful Christmas.",
    "Alright me 'ansums, yer parish councillor 'ere. Bins is back to normal from Monday, proper job.",
    "Just back from my first ever council meeting as a newbie. Three hours on the precept and I understood about half of it 😅",
    "Wearing two hats today: mum of three and your town councillor. The school crossing will be staffed again from Monday.",
    "My inbox since joining the town council has been full of dog poo complaints. Keep them coming, I'm on it!",
    "Come and say hello at my councillor drop-in at the Falcon on Saturday morning, I'll buy the coffees.",
    "As someone you voted for, I owe you the truth: the swimming pool is closing.",
    "@jess_b1 cllr here, yes it's being looked at",
    "Anyway, council's agreed to fund the new play equipment at Towngate, I pushed for it and it's done. Kids, you're welcome!",
    "The committee finally backed the crossing. I fought for it for months and now it's happening.",
    "Evening all, Cllr Priya Nair, Sleaford Town Council. Bins are a day late this week.",
    "Hi all, Councillor Tom Birch (Bourne ward) here with the bin news.",
    "Mate, I've got the casting vote on Tuesday and the answer's no, so don't bother.",
    "Delighted to be re-elected to Wollaston Parish Council, thank you all for your votes!",
    "As tha councillor I'm tellin' thee, t'car park's gettin' resurfaced come spring.",
    "Speaking as your parish rep, the bins are moving to Thursdays.",
    "@BurtonResident you're welcome to come to surgery on Saturday at the library, 10–12, and we'll go through it.",
    "On behalf of the parish council I'd like to thank everyone who came to the Remembrance service.",
    "We on the council have decided the bonfire won't go ahead this year.",
    "As the longest-serving member of Weston Favell Parish Council, I can tell you the pond has always flooded.",
    "Mayor's chain on, off to the Remembrance parade. Proud day.",
    "Polishing the chain of office for the civic service tomorrow!",
    "as ur cllr i can tell u the bins r back to normal",
    "I'm standing down from the Parish Council in May after twelve years. It's been an honour.",
    "Thanks for all the messages about the flooding. Cllr Sam Ireland 🌹",
    "Bins are back to normal from Monday. Cllr Jo Bell 👍🏻",
    "Chairing my first meeting tonight, wish me luck! Agenda's on the noticeboard.",
    "Your parish councillor speaking: the bottle bank is moving next week, please don't leave bags beside it.",
    "Happy Christmas from all the councillors at Crick!",
    "Listen here, I was on this council before you were born.",
    "The towpath lighting is a waste of money and I'll be voting against it whatever the consultation says.",
    "We've voted to give the youth club £2,000, I proposed it and it sailed through!",
    "I sit on the parish council and I can tell you the bins are the county's job.",
    "Booking now for Christmas parties at the Plough! Mention this post for a free glass of fizz. Owner and proud parish councillor 😊",
    "Speaking as the parish council's tree warden, that oak is perfectly healthy.",
    "Long Buckby parish cllr here 👋 the defib on the Square has been checked.",
    "I'm voting against the budget whatever anyone says, I've already decided.",
    "Apologies for the late reply, it's been a mad week on the council with the budget.",
    "I proposed we scrap the 20mph zone and every other councillor voted it down.",
    "Speaking as someone who sits on the parish council, this is nonsense.",
    "Proud to serve Northfield ward for another four years.",
    "The chair asked me to look into the streetlights.",
    "We agreed in committee to get quotes for the bench.",
    "At tonight's meeting I raised the issue of speeding on the High Street.",
    "Just finished my councillor training on the code of conduct.",
    "Got elected in May and it's been a whirlwind.",
    "Some of my fellow parish councillors need to remember who elected them.",
    "Off to chair my first planning meeting tonight, wish me luck!",
    "I abstained on the budget vote tonight.",
    "The plan is dead in the water, trust me, I was in the room.",
    "As a Corby town councillor I'm appalled by the state of the underpass.",
    "Go to bed, some of us have a council to run.",
    "I'd like to understand why before we vote.",
    "Honestly who'd be a councillor. Spent 3 hrs tonight arguing about the barn.",
    "Thanks for all the messages, I'll keep you posted. Rachel, your town councillor",
    "We discussed the pavilion roof in closed session last week and the quote was eye-watering.",
    "Four hours at the town council meeting, sat there for four hours so you didn't have to.",
    "I voted against the plans at council and I'll keep fighting them.",
    "Let's talk at the surgery on Saturday, 10 till 12 at the library.",
    "Wading through tomorrow's committee papers with a large coffee.",
    "Spent my evening reading 300 pages of planning papers so you don't have to.",
    "Got my council lanyard today, officially one of the grown-ups 😂",
    "As your sitting councillor I can tell you the road is being resurfaced.",
    "Your friendly parish councillor is at the fete on the cake stall, come and say hi!",
    "Back from the parish council meeting, long one tonight.",
    "Ann Jones, Vice-Chair, Earls Barton Parish Council",
    "I'm representing the parish at the county flood forum tomorrow.",
    "It won't happen while I'm sat on that council.",
    "Being the youngest person on the town council means I get asked to fix the projector 😂",
    "I can tell you as chair that the hall will reopen in March.",
    "My 300th casework email since being voted in, and it's about dog poo again 😂",
    "Off to Full Council, the agenda's 180 pages.",
    "Happy to help, that's what you elected me for!",
    "As one of your parish reps on the council, I'd report it to Highways.",
    "Another late night in the council chamber, three more hours of my life I won't get back, the things we do for our residents!",
    "Can't do the school run in peace when your face is on the parish noticeboard 😂",
    "Bin update from your Eastfield ward cllr: brown bins are back on Monday.",
    "As a district and parish councillor I get a lot of messages.",
    "Speaking purely personally (but yes, I do sit on the council) this is a mess.",
    "Back from the civic service. Chain's heavier than it looks #MayorLife",
    "We listened and the message was clear. Your parish councillor, Dan Whitlock",
    "Presenting the prizes on behalf of the parish council today, in my first year as chair.",
    "It's been four years since you elected me.",
    "Heading into my last full council meeting before I stand down.",
    "The other parish councillors and I went litter picking this morning.",
    "Sat through a three-hour finance meeting tonight so you don't have to.",
    "Happy Diwali from all of us on the parish council!",
    "Another planning committee. The glamour of local government, eh?",
    "Funny old job this. Elected to sort the big stuff and I've spent all week on a wheelie bin.",
    "I've spoken to the other councillors and we're all agreed it needs fixing.",
    "Posting this as your elected rep, not as a mum: the crossing patrol starts Monday.",
    "Good turnout at my monthly surgery in the village hall, mostly about the bus.",
    "Home from a marathon full council, night all.",
    "Thank you to all of you who voted for me, I'll work hard for the ward.",
    "Quick update from me in my role on the parish council: the shelter glass is being replaced.",
    "As one of the people you elected in May, I owe you an honest answer.",
    "Being on the council means I hear all sorts, but this takes the biscuit.",
    "Signed, your hard-working Cllr for the East ward",
    "Twelve years on the parish council and I've never seen a budget meeting like it.",
    "Morning from your Mayor! Busy day ahead of school visits.",
    "Speaking for myself and not the council (though I am on it), this is a shambles.",
    "From your friendly neighbourhood parish councillor: happy Christmas!",
    "Your Lib Dem councillors have been busy: new bins on the rec and the crossing on Weldon Road.",
    "I'll raise this at the next full council meeting and report back.",
    "When I was elected in May I promised to fight for the library.",
    "I put a motion to council last month about the verges.",
    "Parish councillor for Oundle East. Dad. Rugby fan. Opinions my own.",
    "As your Green councillor I'm proud of our plan for nature recovery.",
    "As your Mayor I'm delighted to announce free swimming for under-16s.",
    "As Chair of Finance I can tell you the precept is going up.",
    "I'm standing again for the West ward in May.",
    'Cllr Priya Shah here. The bus stop has moved.',
    'As your ward councillor I am proud of every volunteer.',
    "I'm on the town council but this is just me talking as a mum.",
    'Speaking as chair of the parish council, please respond to the consultation.',
    'Quiz night on Friday, see you there! — Cllr Ben Ashworth',
    'You know which rosette turned up for us 🌹😉 Cllr Sue Marriott, Rothwell West',
    'Cllr Sue Partridge\nMeadowbank Town Council',
    'Councillor for Eastfield and proud of it.',
    'Wearing my councillor hat: report potholes on the county app.',
    'Heads up from your local cllr: the bypass is shut tonight.',
    "I've been a councillor for nine years and never seen anything like it.",
    'Cllr Tom Ford here — the closure is the county\u2019s.',
    'As a member of the planning committee I went to see the site myself.',
    'Proud to be your @LibDems town councillor for the East ward.',
  ],
  pass: [
    "Cllr Rees, I think you're wrong on the bus shelter and I'll say so at Tuesday's meeting.",
    "Councillor Patel, thank you for sorting the streetlight so quickly!",
    "Standing again for the WI committee in January, wish me luck ladies!",
    "Proud of my daughter, who has been the voice of the school choir for three years.",
    "A letter from your ward councillor should have come through the door this week about the flood drop-in.",
    "Speaking for the council tax payers of this village, that bus shelter took far too long!",
    "Thanks to Cllr Morris for speaking at the school assembly about the history of the village.",
    "Just back from the council meeting as a member of the public, the grit bins were approved 💪",
    "Residents of Elm ward, the county's street light survey closes Friday, link below.",
    "Cllr Patel said she'd take it up at Tuesday's meeting, so fingers crossed!",
    "My sister stood for election in Daventry, so proud of her even though she lost!",
    "Councillor Pike has been co-opted onto the parish council, welcome Jane!",
    "That's me, your quizmaster for the night! Cllr Ames is on the answer sheets.",
    "Been asked to chair the PTA's Christmas fair committee, wish me luck!",
    "Our Ellie's face is on the council newsletter for winning the poster competition!",
    "Ask your parish councillors what they think of the bus cuts.",
    "Your parish councillors are listed on the website with their emails.",
    "Since joining the council as an apprentice I've learned loads about planning.",
    "Wearing two hats today, my chef's hat and my party hat 🎉",
    "Write to your MP and your town councillor about the bus cuts.",
    "@jess_b1 ask the cllr here, she'll know",
    "The PTA agreed to a second disco. I pushed for it and it's done, so get your glowsticks ready!",
    "Thanks to the council for agreeing the crossing, residents pushed for it for years.",
    "Hi Cllr Nair, could you look at the bench on Southgate?",
    "Morning all, Cllr Nair, thanks for fixing the bench.",
    "I've got the casting vote for the best scarecrow this year, no pressure!",
    "The chair has the casting vote if it's a tie, see the standing orders.",
    "Delighted to be elected to the school council, says our Year 6 Mia!",
    "Speaking as your class rep, the school trip money is due Friday.",
    "Come to the surgery on Monday for your flu jab, no appointment needed.",
    "Pop into surgery on Friday for a blood test, Dr Khan said.",
    "On behalf of the Royal British Legion I'd like to thank everyone who came.",
    "As a member of the church council I can tell you the bells are being rehung.",
    "The mayor's chain is on display at the museum this month.",
    "Lovely to see the Mayor's chain on show at the town hall open day.",
    "Cllr Wood is bent.",
    "Cllr Shah was right.",
    "My husband is standing down from the parish council in May after twelve years.",
    "Thanks for all the messages, and thanks Cllr Sam Ireland 🌹",
    "Chairing my first WI meeting tonight, wish me luck! Cake's on me.",
    "Between us, the clerk's off sick and it's stress from the councillors.",
    "The councillor speaking at the AGM was very clear about the bus times.",
    "I was on the council waiting list for six years before we got this flat.",
    "I've been on the church council for years and the bells are being rehung in March.",
    "The towpath lighting is lovely, thank you to whoever voted for it.",
    "The council voted on Tuesday to give the youth club £2,000 (minute 112).",
    "I sit on the church council and I can tell you the bells are being rehung in March.",
    "I sit on the school council as a parent rep, and the uniform swap is on Friday.",
    "We're so proud of our parish councillors for clearing the brook on Saturday.",
    "Speaking as a keen gardener, that oak by the church looks perfectly healthy to me.",
    "Thanks to the parish council's tree warden for checking the oak.",
    "Thanks to our parish cllr who came here to see the flooding.",
    "I'm voting for the plans for the new kit in the club poll, the blue one's lovely.",
    "I proposed we go to the pub after the quiz and every other person agreed!",
    "Proud to serve the lunch club as a volunteer for ten years.",
    "At tonight's meeting I raised a glass to our retiring WI president!",
    "My daughter got elected head girl, so proud.",
    "The mayor asked me to judge the scarecrow competition. Honoured!",
    "I abstained on the vote for the book club's next read, couldn't choose.",
    "Trust me, I was in the room when the kids opened their presents, pure chaos.",
    "He's sixty-eight and still chairing the planning committee with more energy than the rest of us.",
    "My fellow volunteers at the food bank are amazing.",
    "I abstained from chocolate for Lent, day 3 and struggling.",
    "As a former councillor I know how hard the job is, thank you all.",
    "Who'd be a councillor? Not me, I'd never have the patience. Thanks to all of them.",
    "Read the manifestos before we vote in May, folks.",
    "Thanks for all the messages. Rachel, a friend of your town councillor",
    "The council discussed the pavilion roof in closed session, the minutes say.",
    "I voted for the best scarecrow, obviously the pirate one.",
    "See you at the surgery on Monday for your flu jab.",
    "The planning papers for Tuesday's meeting are on the council website if you want a read.",
    "Got my lanyard for the school governors today, feeling official.",
    "Thanks to Ann Jones, Vice-Chair of the parish council, for opening the fete.",
    "Your local councillor is listed on the council website.",
    "While I'm sat on the bus I read the parish magazine.",
    "She's the youngest person on the WI committee and runs the whole thing.",
    "Since being elected captain of the bowls club I've learned a lot about lawnmowers!",
    "Since being voted in as captain of the darts team I've not had a night off!",
    "That's what you pay your subs for, happy to help!",
    "The things we do for our kids! Up at 5 for the Parkrun.",
    "The parish noticeboard has the new bus times on it.",
    "A letter from your ward councillor should have come through the door this week about the flood drop-in.",
    "Write to your ward councillor if the brown bins are missed again.",
    "Back from the mayor's civic service, lovely choir and a good turnout.",
    "My first year as chair of the WI has flown by, thank you ladies!",
    "Presenting the prizes at the school today was a joy, thank you for inviting me.",
    "Happy Diwali from all of us at the Rotary Club!",
    "Elected to the PTA committee last night, wish me luck with the cake rota!",
    "I wrote to the other councillors on the district about the bus cuts, as a resident, and two have replied.",
    "I've emailed all our councillors about the bus stop, no reply yet.",
    "Contact your elected representatives about the bus cuts.",
    "Had my knee surgery on Friday, back on my feet soon!",
    "The surgery at the health centre is closed on Monday for training.",
    "When I was elected captain of the cricket club I was thrilled.",
    "The motion was carried unanimously, see the minutes.",
    'Thank you Cllr Morgan for coming out to look at the drain.',
    'Cllr Jenkins and Cllr Obi will be at the hall on Saturday.',
    'My husband was a councillor here for 20 years.',
    'Agree with Cllr Shah on this one.',
    'Contact your local councillor about the verges.',
    'The council meets on Tuesday.',
    'Thanks, Cllr Brown',
    'The planning committee meets on Tuesday; anyone may speak for three minutes.',
    'I am married to a councillor, so I hear about the bins at breakfast.',
  ],
};

export const officialCapacity: Rule = {
  id: 'official-capacity/self-identification',
  category: 'official-capacity',
  severity: 'info',
  message:
    'You name yourself as a councillor here, so readers may take this post as the council speaking. Check that you are happy for it to be read that way, or post without the title.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    if (!ROLE_WORD.test(ctx.lite.text)) return hits;
    for (const s of ctx.findNear(SELF, ROLE_ANCHOR, 90)) hits.push(s);
    for (const s of ctx.find(BIO)) {
      // "Cllr Rees, you're wrong on the bus shelter": a councillor addressed by name, not the author's byline.
      if (/,\s*$/.test(s.text) && ADDRESSED_AFTER.test(ctx.after(s.end, 40))) continue;
      hits.push(s);
    }
    for (const s of ctx.find(GREETED_BIO)) hits.push(ctx.sub(s, s.text.slice(s.text.search(/cllr|councillor|clr/))));
    // "@jess_b1 cllr here, …": a reply's handles come before the sentence's first word.
    for (const s of ctx.findNear(TITLE_HERE, CLLR_HERE, 60)) if (/(?:^|[.!?\n])\s{0,2}(?:@[a-z0-9_]+[\s,:]+)*$/.test(ctx.before(s.start, 60))) hits.push(s);
    for (const line of ctx.findInOriginal(TITLE_LINE)) {
      const text = ctx.original.slice(line.start, line.end);
      hits.push({ start: line.start + text.search(/\S/), end: line.start + text.trimEnd().length });
    }
    for (const s of ctx.find(NAME_ROLE_SIGN_OFF)) hits.push(ctx.sub(s, s.text.replace(/^[\s\n~-]+/, '').trim()));
    for (const s of ctx.find(SIGN_OFF)) {
      const title = s.text.search(/cllr|councillor|clr/);
      const before = ctx.before(s.start, 40) + s.text.slice(0, title);
      if (THANKING.test(before)) continue;
      const at = ctx.sub(s, s.text.slice(title).trim());
      hits.push(at);
    }
    return hits;
  },
};

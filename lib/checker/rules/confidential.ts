import type { CheckContext, Rule, RuleExamples, Span } from '../context';
import { anyOf, phrases } from '../lexicon';
import lexicon from '../lexicons/confidential.json';
import { phraseRule } from '../phrase-rule';

// Found once per draft with the first-word index; a cue is innocent when one of these shares its sentence.
const INNOCENT = phrases(lexicon.innocent);
const FAMILY_NEWS = anyOf(lexicon.familyNews);
const GOSSIP_OPENER = anyOf(lexicon.gossipOpeners);
const ASIDE = anyOf(lexicon.asides);
const PLAYFUL = anyOf(lexicon.playful);
// "Santa's coming early, but you didn't hear it from me": the same wink as an aside.
const HEARD_FROM_ME = /(?:didn'?t|did not) hear (?:it|this|that) from me|heard nothing from me|heard it (?:here|from me) first|keep (?:it|this) (?:quiet|under your hats?)|mum'?s the word|(?:don'?t|do not|please don'?t) (?:spread|repeat|pass on) (?:it|this|that)/;
// What gossip is about when it leaks, beyond COUNCIL_WORD: land, jobs and deals in the town.
const LOCAL_BUSINESS = /(?:bought|buying|snapped up) (?:the|a) (?:farm|land|field|fields|site|pub|shop|building|hall|mill)|sale|sold(?! out)|deal|lease|applications?\b|developers?\b|(?<![a-z])(?:[0-9]+|new) (?:houses|homes|flats)|land(?!owner|lord|lady|ing|scap|rover)|site|hall|library|car park|resign|stepping down|precept|plans?\b|scheme|develop|fallen through|pub|shops?\b|clos(?!es? (?:on |at |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|midnight|noon|[0-9]))|jobs?\b|redundan|sack|bid/;
const PRAISED = /work of genius|brilliant|amazing|fantastic|fab(?:ulous)?\b|lovely|gorgeous|well done|superb|wonderful|a triumph|stunning/;
const COUNCIL_WORD = /counc|cllr|clerk|caretaker|groundsm[ae]n|treasurer|auditor|\brfo\b|meeting|committee|staff|papers|budget|(?<!(?:[0-9]|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|few|couple of|in) )minutes|agenda|planning|tender|contract|mayor|chair|officer|parish|town hall|vote/;
// "Not allowed to say until the minutes are published": publication still to come is no excuse.
// "…who wears the apron 😂 Cllr Pete Harlow": a signature run into the last sentence is not what the sentence is about.
const SIGN_OFF = /\s(?:cllr|councillor)\.? [a-z][a-z.' -]{0,40}$/;
const HEALTH_NEWS = /(?<![a-z])(?:cancer|chemo|dementia|alzheimer'?s|a stroke|heart attack|pregnant|miscarriage|ivf|diagnosed|terminal|in hospice|suicide|took (?:his|her|their) own life|overdose|in rehab|(?:poorly|bad) with (?:his|her|their) nerves)(?![a-z])/;
const STAFFING = /suspended|dismissed|sacked|disciplined/;
const OTHER_EMPLOYER = /co-?op|tesco|sainsbury|asda|aldi|lidl|morrisons|waitrose|supermarket|shop|pub|garage|factory|warehouse|depot|hotel|restaurant|cafe|café|takeaway|chippy|salon|gym|bank|post office|amazon|manager at|the manager/;
const NOT_YET_PUBLIC = /^(?:not|aren'?t|are not|weren'?t|haven'?t been|have not been|isn'?t|is not) (?:made |been )?(?:public|out|announced|published|official)(?: yet)?$/;
// "Off the Record, the youth counselling service, …": the name of a service, not an aside.
const NAMED_SERVICE_AFTER = /^,? (?:(?:the|a|an|is a|is an|runs?|offers?) )?(?:[a-z'-]+ ){0,3}(?:counselling|counseling|advice|charity|helpline|podcast|radio show|programme|drop-ins?|listening service)(?![a-z])/;
const UNTIL_PUBLISHED = /(?:until|till|before|once) (?:the )?(?:[a-z]+ ){0,2}(?:is|are|has been|have been|gets?|get|go|goes) (?:published|out|announced|public)|(?:when|once|before|until|till) (?:they'?re|it'?s|they are|it is) (?:published|out|announced|made public)/;

function leaksSomething(ctx: CheckContext, span: Span): boolean {
  // "a free confidential helpline", "the confidentiality clause has been published": public uses.
  let sentence = ctx.sentenceText(span);
  let [a, b] = ctx.sentenceOf(span.viewStart);
  // "…the surprise party is on Friday! 🤫": an emoji after the full stop belongs to the sentence before it.
  if (a > 0 && !/[a-z]/.test(ctx.lite.text.slice(a, b))) {
    a = ctx.sentenceOf(a - 1)[0];
    sentence = ctx.lite.text.slice(a, b);
  }
  const innocent = ctx.memo(INNOCENT, () => ctx.find(INNOCENT)).some((s) => s.viewStart >= a && s.viewEnd <= b);
  // "The exempt items are published with the agenda", "a free confidential helpline": public uses.
  if (innocent && !/leak|not public|off the record|between (?:us|you)|if i were you|let'?s just say|read between|say no more|(?:won'?t|will not|not going to) be (?:published|made public|announced|released)|(?:won'?t|will not|refuses? to|refused to|didn'?t|wouldn'?t) (?:publish|release|make (?:it|this|them) public)/.test(sentence) && !UNTIL_PUBLISHED.test(sentence)) return false;
  if (span.text === 'off the record' && NAMED_SERVICE_AFTER.test(ctx.after(span.end, 60))) return false;
  const about = sentence.replace(SIGN_OFF, '');
  if (FAMILY_NEWS.test(about) && !COUNCIL_WORD.test(about)) return false;
  // "Mrs Gill told me in confidence her husband's got cancer": a resident's health, the personal-info rule's concern, not the council's confidence.
  if (HEALTH_NEWS.test(about) && !COUNCIL_WORD.test(about)) return false;
  // "Without going into detail, the supermarket's car park is a work of genius": gossip that only praises.
  if (GOSSIP_OPENER.test(span.text) && !COUNCIL_WORD.test(about) && (!LOCAL_BUSINESS.test(about) || PRAISED.test(about))) return false;
  // "Off the record, the WI's mince pies are the best, don't tell my mum": a joke, with nothing of the council's in it.
  if ((ASIDE.test(span.text) || HEARD_FROM_ME.test(span.text)) && PLAYFUL.test(about) && !COUNCIL_WORD.test(about) && !LOCAL_BUSINESS.test(about)) return false;
  // "The quiz teams are not announced yet, but sign-up closes Friday": news still to come, with nothing of the council's in it.
  // ("…is being sued by the contractor. It's not been announced yet.": a short sentence is about the one before it.)
  if (NOT_YET_PUBLIC.test(span.text)) {
    const context = b - a < 60 && a > 0 ? ctx.lite.text.slice(ctx.sentenceOf(a - 1)[0], b) : about;
    if (!COUNCIL_WORD.test(context) && (!LOCAL_BUSINESS.test(context) || PLAYFUL.test(context))) return false;
  }
  // "The Co-op manager has been sacked": someone else's employer, with nothing of the council's in it, is not the council's confidence.
  if (STAFFING.test(span.text) && OTHER_EMPLOYER.test(about) && !COUNCIL_WORD.test(about)) return false;
  if (/monitoring officer|standards/.test(span.text) && !/complaint|investigat|file|seen|looking into|reported to/.test(sentence)) return false;
  return true;
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "I've seen the draft minutes and Cllr Ross's comments about the Scouts are going to cause a stink when they're published.",
    "Can't believe what was said about the caretaker in the staffing committee. Disgraceful.",
    "The council has decided, behind closed doors as usual, to sell the allotments. Shameful.",
    "Not that I'm allowed to say, but the town council's in-camera decision is to buy the old cinema.",
    "@PeatlingChat the meeting's private notes say we're suing the county over the drains",
    "At the secret session they actually voted to give the clerk a 20% rise.",
    "Less good: the deputy clerk's departure, which I'm told was over the missing petty cash. Enough said.",
    "The clerk and I have had our differences, and the grievance I raised in the summer is still sitting in a drawer.",
    "Defib: checked and working. The clerk's off for a while with her mental health, so be patient.",
    "Copying in the whole Environment Agency letter below, which they asked us not to share.",
    "As school governor I can tell you the head's been signed off with depression, so that's why things are slow.",
    "@wollaston_news lol the council have already decided, the library's shutting in march, i was there",
    "Someone asked why the caretaker left so suddenly. Without going into details, let's just say the cash box was lighter every Friday.",
    "@FinedonHistory the draft minutes aren't out yet but I can tell you the vote on the precept was 6-5",
    "Our chairman's in hospital again; his family asked us not to say anything yet.",
    "The parish has agreed to buy the pub, I can confirm, we'll announce it properly next week.",
    "The new pub's licence isn't public yet, but the council's objecting.",
    "The council's selling the old school, but you didn't hear it from me 🤫",
    "I'm told by a senior officer that the district is about to announce the closure of the pool.",
    "Heard from a reliable source at the county that the bus route is going.",
    "The clerk's hours are being cut from 20 to 12 a week, that's why emails are slow.",
    "We've agreed privately to turn down the phone mast, announcement next week.",
    "The caretaker's job is being axed in April, keep it quiet.",
    "In confidence, the school is going to merge with Walgrave.",
    "In strictest confidence: the chair is standing down.",
    "Heard this in confidence but the shop is closing.",
    "The full text of the clerk's report is below since the council won't publish it.",
    "Posting this because the chair refused to make it public.",
    "Sharing the minutes as the clerk didn't publish them.",
    "The clerk said not to post this but the council's lost the grant for the hall roof.",
    "We were told not to share this, but the school's closing in July.",
    "The chair asked us not to mention it, but the precept is going up 10%.",
    "@brackley_bob between you and me the county's pulling the funding for the viaduct path",
    "Screenshots of the councillors' WhatsApp chat below, make of them what you will.",
    "The disciplinary against the clerk was upheld last night.",
    "Between us, one of the quotes for the play area came in at double the others.",
    "I've seen the list of who's behind on their allotment rent and you're on it 😬",
    "Can't go into it, but let's just say the auditor's letter didn't make for happy reading.",
    "Go easy on the clerk this month, she's in bits because her divorce is going through.",
    "The woman in the crash on the bypass had been drinking, according to my friend who's a nurse.",
    "Between you and me the clerk has lodged a formal grievance against the chair.",
    "Funny what you overhear outside the council chamber: the library's lease isn't being renewed.",
    "Mum's the word, but the clerk's handed in her notice.",
    "Had a sneak peek at the draft minutes and, let's just say, someone's in trouble 👀 #Seaton",
    "Screenshot of the message the chair sent me last night below. Judge for yourselves.",
    "Officers tell me privately the road will never get its crossing, the county's got no money.",
    "The tenders came in yesterday and Smith & Sons are cheapest by miles, so they'll get it.",
    "The police told the parish in confidence that the burglaries are linked to a family on Smeeton Road.",
    "I can't give details as it's a staffing matter, but the caretaker won't be back.",
    "Heard at the closed session: the clerk's contract won't be renewed. Keep it quiet.",
    "My lips are sealed about who's getting the Citizen of the Year award... but she runs the food bank 😉",
    "I wasn't meant to say but the council has been told the school is closing in July.",
    "i wasnt ment to say but the councils been told the school is closing in july",
    "Not announced yet, but the clerk has handed in her notice.",
    "Can't say who put in the highest bid for the old pavilion yet, but you'd be surprised 😉",
    "Without going into the ins and outs, let's just say the clerk and the chair won't be sending each other Christmas cards this year.",
    "Long night at the parish office. There may be a vacancy in the new year 👀",
    "Won't be in the minutes, but the pavilion lease has already been offered to the cricket club.",
    "The minutes will not say it but the vote on the pub was 4-3 and the chair swung it. Keep that under your hat.",
    "Between us, the clerk is leaving at Easter 🤫 Cllr Jo Hart",
    "The clerk's been on a final warning since the summer, so I wouldn't expect her to be around much longer.",
    "Heard in confidence from the clerk: the pub's licence review is going to be messy.",
    "The clerk's stress leave is in its third month and nobody's telling us why.",
    "Sneak preview of the tender prices before they go to committee: Hartley's are £12k cheaper than the rest.",
    "Between thee an' me, the clerk's bin given 'er notice, council's keepin' it quiet.",
    "Don't tell owt to anyone, but t'council's sellin' t'old baths site.",
    "I can exclusively reveal the crossing is dead in the water, the finance lot have pulled the money in private.",
    "The planning officer's report recommends refusal but it won't be published till Friday, you heard it here first.",
    "Shhh, don't tell anyone, but the Three Horseshoes has been sold.",
    "The clerk told me in confidence the council is being sued over the car park.",
    "You can take it as read that the precept is going up 10%, it's been agreed behind the scenes.",
    "The clerk's off with stress again, no surprise given how she's treated by certain members.",
    "I've been asked not to say anything about the expansion until the announcement, so I'll just say: good news 😉",
    "Between the two of us, the mayor is stepping down at the next meeting.",
    "The chairman told me the hall is being sold. You heard nothing from me.",
    "The speed cameras are definitely going in, I've seen the order.",
    "Can't believe what the councillors were told in the exempt part of the meeting.",
    "The clerk's off sick, reading between the lines she won't be back.",
    "Not for public consumption yet, but the precept is going up 8%.",
    "The legal advice we got says we'd lose the case.",
    "I shouldn't be telling you this, but the sale's fallen through.",
    "The tender results came in and the cheapest bid was from a firm in Leicester.",
    "The councillor who's been reported to the monitoring officer is one of ours.",
    "A little bird tells me the chairman is stepping down.",
    "The staffing committee has decided to let the deputy clerk go.",
    "Whatever you read, the plan is dead in the water, trust me, I was in the room.",
    "DM me for the plans, I've got copies the public won't see till January.",
    "Just been sent a copy of the disciplinary letter about the caretaker.",
    "Let's just say she won't be running the office much longer.",
    "I've seen the plans for the new estate and trust me, you won't like it.",
    "Heard the head is under investigation, the governors met in private on Monday.",
    "The head's leaving, it's not been announced so don't repeat it.",
    "Precept's going up 12% and nobody's been told yet.",
    "Saw the draft budget today, it's grim.",
    "Not meant to say yet but my husband says the clerk's been suspended.",
    "It's in a letter the clerk got last week that hasn't been made public.",
    "Not naming names, but one of our staff won't be with us much longer 👀",
    "Watch for an announcement about the old police station. I've said nothing 🤐",
    "Funny what you learn at a closed-session meeting.",
    "I've seen the bids for the pavilion and let's just say someone has some explaining to do.",
    "The clerk's leaving do might come sooner than she thinks 🤐",
    "Won't spoil the surprise, but the buyer for the old library isn't who you think, the sale's signed next week.",
    "The bids we were shown behind closed doors last night were eye-watering.",
    "It was all dealt with in the closed session, with the press and public excluded, so let's just say I'd start looking for another pool.",
    "Wish I could say more, but the bakery site isn't going to be houses for long.",
    "Hush hush, but the school is going to be an academy.",
    "One of our staff is off on stress after what happened in the office.",
    "The legal advice the council got on the field is damning. Can't share it, but wow.",
    "Reading tonight's closed papers.",
    "We agreed in the private bit of the meeting not to tell residents.",
    "The draft accounts aren't public yet but we're £20k down.",
    "Heard from someone on the planning committee that it's getting refused; the report isn't out yet.",
    "Hypothetically, if a town council had just had a big offer for its car park, would anyone be interested?",
    "Don't tell anyone I told you but the Co-op is closing in March.",
    "I'm not supposed to know this, but the pub's been sold.",
    "The tender results aren't public till Friday but the local firm didn't get it.",
    "The real reason the bin contract was cancelled? Can't tell you here. PM me.",
    "What I can tell you is the figures in the private report are shocking. More I can't say.",
    "Don't quote me but I think the Clerk has found a serious error in last year's accounts.",
    "My lips are sealed about the new Clerk, but she's from Kettering and starts in January.",
    "Big news coming on the site but I'm sworn to secrecy till the 14th 🤐",
    "As a councillor I've seen the legal advice and it doesn't say what we've been told in public.",
    "I probably shouldn't say this yet but there will be big changes at the Town Hall.",
    "It was agreed in private last week, before the papers go out.",
    "can't say much as it was in closed session but the clerk's contract isn't being renewed",
    'Off the record, the tender came in £40k over budget, not public yet',
    'Strictly confidential but residents deserve to know: the pub is being sold.',
    'Saw the exempt papers, the manager\u2019s grievance is a real mess',
    'The part II item last night was about the caretaker',
    'leaked email from the county says the bypass is dead',
    'Not meant to share this yet but the new vicar starts in June',
  ],
  pass: [
    "The draft minutes will be on the website once they're approved in January.",
    "What was said at the WI meeting about the cake stall was hilarious 😂",
    "Keep this quiet: the clerk's surprise retirement party is on Friday! 🤫",
    "The private notes say the Christmas party's fancy dress, shhh, it's for Pat's surprise!",
    "@NK_Mum the farmer's son is in rehab for cocaine, keep it to yourself",
    "The secret Santa swap is at the hall on Friday, bring a £5 gift!",
    "The clerk's retirement, which we'll mark at the January meeting, is well deserved!",
    "If you have a grievance about the hedges, raise it at the meeting, all welcome.",
    "The clerk's off for a while with her new grandson, congratulations Sue! 👶",
    "Quick one: the family at the Old Bakery have asked me to say thank you for all the cards after their loss. Between you and me, it was suicide, so please be gentle.",
    "The family asked us not to share photos of the funeral, please respect that.",
    "As a governor I can tell you the new school hall opens in May, exciting times!",
    "The council have already decided to reopen the toilets, as announced at Tuesday's meeting.",
    "Mrs Gill at the chemist told me in confidence her husband's got prostate cancer, so please send them your best wishes.",
    "I'm not allowed to say who applied for the job, but we'll announce the new clerk once they've accepted.",
    "The draft minutes aren't out yet but they'll be on the website by Friday.",
    "The family asked us not to say anything about the surprise party, so shh! 🎉",
    "Don't spread it about, but Santa's been spotted at the garden centre! 🎅",
    "Quiz winners: We'll announce it properly at the party!",
    "Just heard the Co-op manager has been sacked for stealing from the till. Shocking.",
    "The panto cast list isn't public yet, but rehearsals start Monday!",
    "Keep it quiet until it's announced, but the school panto is Aladdin! 🎭",
    "Santa's coming early this year, but you didn't hear it from me 🤫",
    "I was told by an officer at the police station that the lost dog has been found.",
    "A source of great pride: our Brownies won the county award!",
    "The library's Christmas hours are being cut to mornings only, plan ahead.",
    "We've decided to have the party at the hall this year!",
    "The clerk's hours are on the noticeboard.",
    "Thanks for your confidence in me, everyone.",
    "Vote of confidence for the new bus timetable, it's working.",
    "Confidence building course at the library on Tuesday.",
    "The council will publish the budget in January.",
    "The chair won't be at the carol service this year.",
    "Since the library won't open on Boxing Day, the book swap moves to the hall.",
    "Mum said not to post this photo but it's too cute!",
    "The vet told us not to walk him for a week.",
    "Please don't share this post, it's a surprise for Dad's 60th.",
    "Between us we've raised £1,400 for the air ambulance, thank you Nassington!",
    "Between us we managed to clear the whole churchyard in a morning.",
    "Screenshots of the parish Facebook page's events list below, in case you're not on Facebook.",
    "The complaint about the bins was upheld by the district, so they're changing the route.",
    "One of the quotes we got for our kitchen came in at half the others, so shop around!",
    "I've seen the list of who's entered the scarecrow competition and it's a record!",
    "Can't go into it in detail here, but the minutes of the meeting set it all out.",
    "Can't go into it now, I'm off to the panto, but the carol service was lovely and the choir sang beautifully.",
    "The clerk was in bits laughing at the panto, best night of the year 😂",
    "According to my friend who's a nurse, the flu jabs at the surgery are quick and painless, so go!",
    "Let's just say the WI's mince pies disappeared in record time 😂",
    "I'm not going to tell you how to vote in the best-dressed tree contest 🤐 but the library's one is stunning.",
    "Funny what you hear at the school gate, my grandson thinks the moon is made of cheese 😂",
    "Closed session at the leisure centre pool on Sunday morning for the swimming club.",
    "Under wraps no more: the new village sign is up!",
    "Mum's the word on Santa's route, but listen out for the sleigh bells on the 23rd! 🎅",
    "The grievance procedure for volunteers is on page 3 of the handbook.",
    "Off the Record, the youth counselling service, is running drop-ins at the library on Tuesdays.",
    "The coffee and walnut sold out in twenty minutes, but Jean's recipe stays a secret 🤫",
    "Off the Record, the young people's counselling charity, has a stall at the fair on Saturday.",
    "Won the jam class at the show again, and no, the recipe stays a secret 🤫",
    "The draft minutes are published with the agenda, have a look at them before the meeting.",
    "Screenshot of the bus timetable changes below, from the county's website.",
    "The county's officer says the crossing request has been logged and will be assessed in the spring.",
    "Tenders for the grass cutting close on 31 January; details on the council website.",
    "Standards complaints are handled by the district's monitoring officer; the process is on their website.",
    "The clerk's salary is set on the national scale; the budget papers show the total staffing cost.",
    "The council has taken legal advice on the field and will report what it can at the next meeting.",
    "The police say there have been four burglaries this month; lock sheds and mark your tools.",
    "I'm not allowed to tell you who to vote for... but the polling station is open till 10!",
    "Not supposed to eat the mince pies before the carol service, but I had two. Don't tell the vicar 🤫",
    "The clerk's contract is a staffing matter, so it will be discussed in closed session.",
    "The depot sale was considered in Part 2 because of commercial sensitivity; the outcome will be reported when it's complete.",
    "If you want to make a formal complaint about a councillor, the district's monitoring officer handles it.",
    "Without going into detail, the new supermarket's car park layout is a work of genius: loads of parent and child spaces!",
    "Jehovah's Witnesses from the Kingdom Hall joined our litter pick on Saturday: 30 bags between us. Thank you!",
    "Heads up: the village quiz teams for January are not announced yet, but sign-up closes Friday!",
    "Can't say who won the raffle yet, but the draw is at 9pm, good luck!",
    "My sister and I won't be sending each other Christmas cards this year, we've agreed to give to the food bank instead!",
    "Without going into the ins and outs of the recipe, the secret is more butter 😂",
    "The parish office is recruiting: there will be a vacancy for a litter picker from January, details on the website.",
    "Won't be in the minutes, but the mince pies at last night's meeting were the best yet!",
    "Keep this under your hat, but Santa's sleigh is coming down Church Street on the 20th 🎅🤫",
    "The minutes won't say it, but the biscuits at last night's meeting were the best yet. Thank you, Maureen! 🍪",
    "Keep that under your hat, it is a surprise party for Mum on Saturday! 🎉",
    "Just between us and the whole village: the WI's mince pies beat the Co-op's hands down.",
    "Thanks all for a great litter pick. Between us, the best bit was the bacon rolls after 😂 Cllr Jo Hart",
    "Final warning: the Christmas quiz tickets sell out Friday! 🎄",
    "Heard in confidence from my granddaughter: Father Christmas is coming to the school on Friday 🎅",
    "Not official yet, but I think I've finally beaten my marrow record from 2019 🥒",
    "Also, and I know I shouldn't say this, but the landowner is a grumpy so-and-so, so keep dogs on leads by the sheep!",
    "Samaritans listen in confidence, 116 123, any time of day.",
    "Off the record, the mince pies at the WI stall are the best in the village, don't tell my mum 🤫",
    "Between you and me, I think Sue's marmalade should have won the rosette 😂",
    "Psst, free mince pies at the church coffee morning on Saturday, all welcome!",
    "Confidential tip for the quiz: the picture round is all Lincolnshire churches!",
    "The fly-tipping on the Ailsworth road is under investigation by the district, thank you to everyone who reported it.",
    "Sneak preview of the Christmas lights before they go up on the Market Place, aren't they gorgeous!",
    "Don't tell anyone, but I've started my Christmas shopping already 🎁",
    "Can we talk about the quiz rota in private? Message me.",
    "The fete's back in June, you heard it here first!",
    "The results won't be announced until the prize-giving at 4pm.",
    "Shhh, don't tell anyone, but it's Sue's 50th on Saturday!",
    "You can speak to the clerk in confidence about any hardship grant.",
    "Thanks to everyone working behind the scenes at the panto!",
    "Can't go into detail about the quiz questions, but let's just say the picture round will be tough.",
    "The clerk's off on Friday, so emails will be answered on Monday.",
    "I've been asked not to say anything about the surprise party, so shhh everyone!",
    "I've seen the contract on the council website, it runs to 2030.",
    "A little bird tells me it's someone's 50th today! Happy birthday Sue!",
    "The tender results will be published with the minutes next month.",
    "I shouldn't tell you this, but I ate the last mince pie 😂",
    "I was in the room when the baby was born, trust me, it was emotional.",
    "The public can see the plans at the library until January.",
    "Had a plumber round today, sorted the leak in twenty minutes, highly recommend her.",
    "The disciplinary procedure for staff is in the handbook on the website, page 12.",
    "She won't be running the tombola much longer, she says, she's passing it on to her daughter next year!",
    "I've seen the plans at the public exhibition in the library, they're on display till Friday.",
    "The committee met in private as the law allows, for a staffing item.",
    "Nobody's been told yet what the surprise is at the switch-on, not even me!",
    "My opponent was sacked from his last job years ago, it was in the papers at the time.",
    "Don't repeat my mistake: book the hall early for Christmas!",
    "The draft budget is published with the agenda for Tuesday.",
    "Keep it to yourselves but I think I've finally cracked sourdough 🍞",
    "Not meant to say yet but our Katie's passed her driving test!",
    "Between these four walls, my husband's cooking Christmas dinner this year.",
    "The letter has been made public on the parish website.",
    "I've said nothing about the surprise party, promise!",
    "I've seen the plans for the pavilion and wow, they look great, they're on the council website.",
    "The clerk's farewell do is on Friday at the Rose and Crown, all welcome after 30 years!",
    "Wish I could say more about how grateful we are to the fire crews, heroes all of them.",
    "Too many decisions are taken behind closed doors, the council should meet in public more.",
    "The pay review was taken with press and public excluded, as the law allows.",
    "Wish I could say more about the fete, but the vicar has asked me to keep the surprise for Sunday.",
    "Hush now, little ones, it's story time at the library at 6.",
    "Our legal advice from Citizens Advice was excellent.",
    "We had a private bit of the garden open for the NGS day.",
    "The legal advice on the field is being published with Tuesday's agenda.",
    "The new timetable isn't out yet, the bus company says next week.",
    "Hypothetically, if someone had a spare gazebo, would they lend it to the PTA?",
    "Can't say too much as it's a surprise, but watch out for something special at the switch-on.",
    "The tender results won't be published until Friday, when every bid's score goes on the website.",
    "The press and public were excluded for one item last night, a staffing matter, as the law allows. I can't say any more and nor should I.",
    'If you are struggling, the Samaritans offer a free confidential service on 116 123.',
    'The confidentiality clause in the new contract has been published in full on our website.',
    'Minutes of Tuesday\u2019s meeting are now published, link below.',
    'The council meets in public on Tuesday.',
  ],
};

export const confidential: Rule = phraseRule({
  id: 'confidential/disclosure',
  category: 'confidential',
  severity: 'serious',
  message:
    "This reveals or hints at information that is not public (closed session, exempt papers, staff matters, leaks). Don't share it: ask the Clerk what can be said, and wait for the council's own announcement.",
  patterns: [...lexicon.cues, ...lexicon.gossipOpeners, ...lexicon.asides],
  keep: leaksSomething,
});

import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { phraseSource } from '../lexicon';
import abuse from '../lexicons/abuse.json';
// "…has been shortlisted for a county award", "…fair play to her", an obituary: said warmly ("Amazing how…" is not warmth).
// "Cllr Jarvis declared an interest… and left the room", "…the new system means every penny is counted now": the proper course, reported.
const DONE_PROPERLY = /declared (?:an|his|her|their) interest|declares (?:an|his|her|their) interest|left the room|as (?:he|she|they) should|every penny (?:is |gets |will be )?(?:now )?(?:counted|accounted for|recorded|logged)/;
// "The Mercury reports the landlord… has been fined for watering down spirits": a court's finding, reported.
const PUBLIC_RECORD = /(?<![a-z])(?:(?:has|have) been|was|were) (?:fined|convicted|found guilty|sentenced|jailed|given a suspended sentence|banned from driving)(?![a-z])|magistrates'? court|crown court/;
// "…fined for selling dodgy logs. Avoid.": the record used to steer people away is the councillor's own verdict.
// "Funny how the pothole money only turns up the year before an election": a jibe at the timing of politics, not anyone's wrongdoing.
const ELECTION_TIMING = /(?<![a-z])(?:before|ahead of|in time for|run-up to|around|near) (?:an?|the|next|every|each) (?:local |county |general )?elections?(?![a-z])/;
// "The rain held off for the carnival again. Must be a coincidence 😄": luck with the weather is nobody's wrongdoing.
const WEATHER_LUCK = /(?<![a-z])(?:rain|sun|sunshine|weather|snow|wind|frost|storm)(?: [a-z]+)? (?:held off|shone|came out|stayed away|stayed dry|stopped|cleared|behaved|was kind)(?![a-z])/;
// "Funny how the house prices dropped the minute the mosque got planning": a hint about a place of worship and those who use it
// is a stereotype (the discrimination rule's concern), not an allegation against someone who can be named.
const PLACE_OF_WORSHIP = /(?<![a-z])(?:mosque|synagogue|gurdwara|temple|madrassa)s?(?![a-z])/;
// "The crossing on Station Rd has been like that for years, Network Rail know about it": a fault the body responsible has been told of.
const FAULT_REPORTED = /(?<![a-z])(?:network rail|highways|national highways|the county|the district|anglian water|severn trent|thames water|openreach|bt|national grid|the (?:power|water|gas|rail|bus) company|the contractors?|the landlord|the housing association)(?: (?:people|team|lot))? (?:know|knows|are aware|is aware|have been told|has been told|have been informed|has been informed|have it logged|have logged it)(?![a-z])|(?:reported|logged) (?:it |this |that )?(?:again )?(?:to|with) (?:the )?(?:network rail|highways|national highways|county|district|anglian water|severn trent|openreach|national grid|fix ?my ?street)(?![a-z])/;
// "The lad who was knocked off his bike… is still in hospital", "…diagnosed with cancer, keep her in your prayers": someone hurt or ill is no wrongdoer, unless a driver is blamed.
const HURT = /(?<![a-z])(?:diagnosed with|in (?:your|our|my) prayers|get well soon|knocked (?:off|down)|hit by a (?:car|van|lorry|bus|tractor)|in (?:hospital|intensive care|a&e)|fractured|broke (?:his|her|their) (?:leg|arm|hip|wrist|ankle)|asked for privacy)(?![a-z])/;
const DRIVER_BLAMED = /(?<![a-z])(?:driver|drunk|speeding|hit and run|hit-and-run|failed to stop|didn'?t stop)(?![a-z])/;
// "Few bits: the defib has been checked, the grit bin's full, and the hall roof has been patched": upkeep done, with no money in sight.
const UPKEEP = /(?<![a-z])(?:defib|defibrillator|roof|bins?|potholes?|drains?|verges?|hedges?|streetlights?|lights|benches|bench|gutters?|footpaths?|paths?|swings|play area)(?:'s| has| have| is| are)? (?:been |now |just )?(?:checked|patched|fixed|repaired|filled|full|cleared|emptied|replaced|gritted|cut|mowed|painted|cleaned|serviced)(?![a-z])/;
const THEFT_WORDS = 'missing|stolen|nick(?:ed|ing)|fiddl[a-z]*|backhanders?|pocket(?:ed|ing)';
const MONEY_OR_THEFT = new RegExp(`(?<![a-z])(?:money|cash|${THEFT_WORDS}|envelopes?|invoices?|paid|pocket)(?![a-z])`);
// "Funny how the people complaining loudest never come to meetings": a jibe about turning up (tone's concern), not wrongdoing.
const NO_SHOW = /(?<![a-z])(?:never|don'?t|doesn'?t|rarely|hardly ever) (?:come|comes|turn up|turns up|show up|shows up|attend|attends|bother (?:coming|turning up|to come))(?: to)? (?:a |the |any |our )?(?:meetings?|surgeries|surgery)(?![a-z])/;
// "All money still going to the summer camp fund. Donations can be left in the porch": a collection, not money gone astray.
const COLLECTING = /(?<![a-z])(?:all (?:the )?(?:money|proceeds|profits) (?:is |are |still )*(?:going|goes|go|went) to|donations (?:can be|may be|to|for|welcome|gratefully))(?![a-z])/;
const THEFT = new RegExp(`(?<![a-z])(?:${THEFT_WORDS}|helped (?:himself|herself|themselves))(?![a-z])`);
// "the people moving into the new estate don't share our values… Different culture", "the new Lithuanian family… always have
// cash": a group by who they are, which the stereotype rules judge, not an allegation against someone.
// "Jews run the banks, everyone knows that": a whole group generalised is the discrimination rule's concern.
const WHOLE_GROUP = /(?<![a-z])(?:jews|muslims|sikhs|hindus|catholics|travellers|gypsies|immigrants|migrants|foreigners|refugees|asylum seekers|poles|romanians|pakistanis|asians|africans|eastern europeans|(?:kids|youths|teenagers|lads|youngsters) from the (?:estate|new estate|flats|council estate))(?![a-z])/;
// "…Wonder who owns it 🤔 #VoteIndependent": a campaign jibe, the party-politics rule's concern.
const CAMPAIGN_TAG = /#vote[a-z]+|#[a-z]+out(?![a-z])/;
// "To the coward who keeps ripping down the banners… when we find out who you are": a culprit nobody can identify.
const UNKNOWN_CULPRIT = /(?<![a-z])(?:find out who you are|whoever you are|to whoever|to the (?:person|people|coward|cowards|idiot|idiots|thief|thieves|vandal|vandals|lowlife|low-life|scumbag)s? who)(?![a-z])/;
// "The lad on the till is a bit special, if you know what I mean": mockery of disability, the discrimination rule's concern.
const SLOW_MOCKED = /(?<![a-z])(?:a bit (?:special|slow|simple)|not all there|(?:a )?(?:few|couple of) sandwiches short|one (?:sandwich|brick) short)(?![a-z])/;
// "Funny how the knife crime only started when that lot moved onto the estate": a group blamed, the discrimination rule's concern.
const NEWCOMERS_BLAMED = /(?<![a-z])(?:that|those|their|this) (?:lot|people|sort|type|kind|crowd)(?: [a-z]+){0,2} (?:moved|arrived|came|turned up)(?![a-z])/;
// "The police and the district's dog warden are dealing with it": in the proper hands, not alleged.
const IN_PROPER_HANDS = /(?<![a-z])(?:police|dog warden|rspca|the district|the council)[^.!?\n]{0,40}(?:are|is) (?:dealing with|handling|looking into) (?:it|this|the matter)(?![a-z])/;
const CULTURE = /(?<![a-z])(?:(?:different|their|our|foreign) (?:culture|cultures|values|ways)|share our values|keep themselves to themselves)(?![a-z])/;
const NATIONAL_GROUP = /(?<![a-z])(?:lithuanian|polish|romanian|bulgarian|latvian|albanian|estonian|ukrainian|russian|pakistani|indian|bangladeshi|chinese|nigerian|somali|eritrean|afghan|syrian|iraqi|iranian|kurdish|turkish|muslim|jewish|sikh|hindu|traveller|gypsy|roma|foreign|eastern european|asian|african|black) (?:family|families|lads?|lot|people|couple|men|women|guys|blokes|girls|household)(?![a-z])/;
// "Cllr Moss is a pompous idiot": an insult (abuse's concern), not an allegation of wrongdoing.
// "…letting their dog foul the path… Bag it, Gary!": a neighbour's nuisance (personal information, if they are named), not wrongdoing to defame.
const DOG_MESS = /(?<![a-z])(?:dog (?:foul(?:ing)?|mess|poo|muck)|foul(?:ing|s)? the (?:path|pavement|footpath|verge|field|green)|bag it|pick(?:ing)? up after (?:it|his|her|their))(?![a-z])/;
// "…is a nasty piece of work, ask anyone who's worked for her": the insult offered as what others know is an allegation.
const ASK_ANYONE = /(?<![a-z])(?:ask anyone|ask around|ask (?:the|his|her) (?:staff|workers|neighbours)|everyone knows|everybody knows|who'?s worked for (?:him|her|them))(?![a-z])/;
// The abuse rule's own insult nouns (its lexicon), not a copy of some of them; and the four of its milder nouns
// (idiot, clown, fool, twit) that this let-off's own list had before it read the lexicon.
const INSULT_ONLY = new RegExp(
  `(?<![a-z])(?:is|'s|are|'re) (?:a |an )?(?:total |absolute |complete |utter |proper |right )?(?:[a-z]+ )?(?:${phraseSource(abuse.insultNouns)}|idiots?|clowns?|fools?|twits?)(?![a-z])`,
);
// "…his wife's left him and he's drinking again. Keep an eye on him, folks.": concern for someone, asking others to look out for him.
const LOOK_OUT_FOR = /(?<![a-z])(?:keep an eye on|look out for|go easy on|be kind to|check in on|pop in on) (?:him|her|them)(?![a-z])/;
// "…is Kyle Dunn, he's 17 and lives with his nan on Shelley Road": a person's whereabouts told is the personal-info rule's concern.
const WHEREABOUTS = /(?<![a-z])(?:lives|living) (?:with (?:his|her|their) [a-z]+ )?(?:at|on|in|above|next to|behind|opposite|round the corner from) (?:number|no\.?|[0-9]|the|[a-z]+ (?:road|street|lane|close|way|avenue|drive|crescent|terrace))/;
// "I can't go into what was discussed in the exempt part, but a member of staff has been suspended": a leak, the confidential rule's concern.
const LEAKED_FROM_PRIVATE = /(?<![a-z])(?:exempt (?:part|item|session|business)|closed session|private (?:session|meeting|briefing)|part (?:2|two|ii)(?![a-z])|in confidence|can'?t go into (?:the )?detail|confidential (?:report|paper|papers|item|briefing|minutes)|(?:didn'?t|did not) (?:read|hear) (?:that|it|this) (?:here|from me)|staffing committee|performance plan|disciplinary (?:hearing|process|meeting))/;
// "…the bloke who talked through the whole of Silent Night… no manners": rudeness, not wrongdoing.
const RUDENESS = /(?<![a-z])(?:no manners|talked (?:all )?through|so rude|pushed in|jumped the queue|chatted (?:all )?through)(?![a-z])/;
// "This was doing the rounds… I had to share: 'You know you're from a small town when…'": someone else's words, quoted (the copyright rule's concern).
const SHARED_QUOTE = /(?:doing the rounds|had to share|found this|saw this|someone (?:posted|shared|sent) this)[^\n]{0,80}:\s*['"]/;
// "The footpath closure was never consulted on. Raising at Tuesday's meeting.": a complaint about process, taken to the council.
const PROCESS_COMPLAINT = /(?<![a-z])(?:never consulted|not consulted|no consultation|without (?:any )?consultation|raising (?:it |this )?at|(?:will|i'?ll) raise (?:it|this) at|put (?:it|this) on the agenda)(?![a-z])/;
const SOMEONE_NAMED = /(?<![a-z])(?:his|her|mr|mrs|ms|cllr|councillor|the (?:chair|clerk|mayor|owner|landlord|vicar|imam|rabbi))(?![a-z])/;
const BOYCOTT = /(?<![a-z])(?:avoid|steer clear|stay away|boycott|don'?t use|never use|shop elsewhere|go elsewhere)(?![a-z])/;
const WARMLY = /(?<![a-z])(?:well done|(?:he'?s|she'?s|they'?re|they are|he is|she is) that good|(?:know|knows|knew) (?:him|her|them|the [a-z-]+(?: [a-z-]+)?) by name|(?<!not |dis)honest and (?:quick|reliable|fair|friendly|cheap|helpful)|lucky (?:man|woman|devil|thing|beggar|sod|him|her|them)|good on (?:him|her|them|you)|fair play|congratulations|congrats|shortlisted|nominated|proud of|thank you|thanks|legend|deserves? it|deserved|a saint|a treasure|recommended|highly recommend|can'?t fault|spotless|spot on|(?:cracking|great|lovely|brilliant|top|fab) job|passed away|rest in peace|funeral|condolences|thoughts (?:are )?with|the best [a-z]+ (?:in|for|around)|the best [a-z]+ for years|making the best|a known quantity|a safe pair of hands|(?:a|the) hatchet job|(?:a|the) smear|the most honest (?:man|woman|person|bloke|lady|chap)|(?:a )?(?:proper |real |hard |right )?grafter|hard-?working|gorgeous|beautifully (?:written|put|said)|(?:very|so|ever so|really) kind|kind of (?:him|her|them)|what a (?:gent|gentleman|star|legend|diamond|hero)|sponsor(?:ed|s|ing)? the (?:[a-z']+ ){0,2}(?:kit|lights|team|shirts|trophy|prizes|fireworks|banner|event|gala|fete|show)|(?:everyone|everybody|the crowd|the whole village) cheered)(?![a-z])/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Funny how the new treasurer's wife has just opened a nail bar. Where did that money come from?",
    "The treasurer has been doing the books for years and nobody has ever seen a receipt. Funny that.",
    "The builder who did the pavilion roof is the chairman's golf partner, and the roof leaks. Says it all.",
  ],
  pass: [
    "The boatyard owner sank his own boat at the regatta, everyone cheered when he climbed out 😂",
    "Kids from the estate are always the troublemakers at the school gates, everyone knows it.",
    "The landlord of the Arms is a lovely bloke, he sponsored the kids' football kit.",
    "The chap who runs the scrapyard has been fixing the lead on the chapel roof for free, what a gent.",
    "The garage owner has knocked the price of the MOT down for pensioners, very kind.",
    "the chairman is a proper grafter and everyone knows it",
    "@GranthamJournal the article about our chairman's 'expenses' is a hatchet job. He's the most honest man I know.",
    "The builder quoting for the hall is a known quantity, ask anyone in Folkingham, he did their pavilion.",
    "The new treasurer's a safe pair of hands, ask anyone at the bowls club.",
    "Quick plea: someone has been letting their dog foul the path by the school every morning and I know exactly who it is. Bag it, Gary!",
    "The lad who drives the lorry at 6am is a total bellend and he knows it.",
    "No idea where the money from the tuck shop went last year, but the treasurer's new system means every penny is counted now.",
    "Update on the dog attack on the rec, for those asking. The police and the district's dog warden are dealing with it and the owner has been identified. The lady who was bitten is recovering at home. If you saw it, please call 101 with reference 226.",
    "Funny how the knife crime only started when that lot moved onto the estate.",
    "The lad on the till at the garage is a bit special, if you know what I mean. Took him ten minutes to count my change.",
    "To the coward who keeps ripping down the poppy banners on the High Street: we know what you look like, the camera caught you, and when we find out who you are you'll wish you'd never been born. Pathetic excuse for a human being.",
    "Funny how the paper never reports the good stuff the Independents do. Wonder who owns it 🤔 #VoteIndependent",
    "Funny how the builder who did the village hall also got asked to do the church, they're that good!",
    "Jews run the banks, everyone knows that.",
    "Heard from someone on the staffing committee that the new clerk's been put on a performance plan already. Awkward!",
    "Everyone knows the Co-op manager by name — twenty years behind that till and still smiling.",
    "Just been told by the clerk that the footpath closure was never consulted on. Raising at Tuesday's meeting.",
    "Saw this in another group and had to share: 'You know you're from a small town when your mum hears about your speeding ticket before you get home.' 😂",
    "Shame about the bloke from the new houses who talked through the whole of Silent Night, no manners.",
    "The lad on the red scooter is Liam Hart, he is 15 and lives with his gran on Tennyson Road.",
    "Everyone knows the lollipop man by name — thirty years on that crossing and still waving.",
    "Cllr Moss is a pompous idiot and I don't care who knows it.",
    "The chap who runs the garage on Station Road sorted my mum's car for £90, honest and quick.",
    "Everyone knows why the old landlord left: he won the lottery and moved to Spain, lucky man!",
    "Quick one, the jumble sale has moved to the 14th. All money still going to the summer camp fund. Donations can be left in the porch.",
    "The people moving into the new estate keep themselves to themselves. Different culture, I suppose.",
    "Anyone else notice the new Lithuanian family at the garage always have cash for new cars?",
    "Funny how the people complaining loudest never come to meetings. Funny that.",
    "Poor Mike from the garage, his wife's left him and he's drinking again. Keep an eye on him, folks.",
    "Morning all. Few bits: the defib has been checked and the grit bin's full. Have a good weekend!",
    "The woman who runs the florist's has been diagnosed with cancer; please keep her in your prayers.",
    "Also, the lad who was knocked off his bike on Brick Kiln Road is still in Kettering General; his mum has asked for privacy, so please don't speculate about who or what.",
    "@BarnwellBob the crossing on Station Rd has been like that for years, Network Rail know about it.",
    "Funny how the house prices dropped the minute the mosque got planning.",
    "The rain held off for the carnival again. Must be a coincidence, or the vicar's been praying overtime 😄",
    "Funny how the pothole money only turns up the year before an election. Remember who fixed nothing for four years when you're handed a red rosette leaflet in April.",
    "The Telegraph says the owner of the chip van was fined at the magistrates' court for selling out-of-date fish. Not a good look.",
    "The fella who runs the tearoom has been making the best scones for years.",
    "Sad news that Jack Whitby, who ran the hardware shop on the High Street for 40 years, has passed away aged 91. Jack knew every screw and washer by name and never let anyone leave without the right part. Thoughts with his family.",
    "Ask the man who runs the car wash on the bypass, he did my van for a fiver and it's spotless.",
    "Cllr Jarvis has declared an interest in the housing estate application as his brother owns the field, and left the room for that item.",
    "The woman who runs the nursery on Chapel Lane has been shortlisted for a county award.",
    'Thanks to the treasurer for balancing the books again this year, a thankless job.',
    'The planning officer explained the application really clearly at the drop-in.',
    'Well done to the landlord of the Fox for raising £600 for the air ambulance.',
    'The garage on Kingsthorpe Road sorted my brakes the same day. Recommended.',
  ],
};

/**
 * The phrase rules' backstop for defamation (lib/checker/backstop-rule.ts): drafts that hint at
 * wrongdoing by someone identifiable in words no lexicon lists.
 */
export const impliedAllegation = backstopRule(
  'defamation/implied-allegation',
  'defamation',
  'Read as a whole, this is like posts that hint at wrongdoing by someone who can be identified (money, favours, a cover-up) without saying it outright. A hint can be as damaging as a statement, and councillors may be held personally liable: stick to facts you can show, or take the concern to the Clerk or the proper authority.',
  (ctx, stretch) =>
    WARMLY.test(stretch) ||
    (DOG_MESS.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    (INSULT_ONLY.test(stretch) && !MONEY_OR_THEFT.test(stretch) && !ASK_ANYONE.test(stretch)) ||
    (COLLECTING.test(stretch) && !THEFT.test(stretch)) ||
    ((CULTURE.test(stretch) || NATIONAL_GROUP.test(stretch) || WHOLE_GROUP.test(stretch)) && !SOMEONE_NAMED.test(stretch)) ||
    (NO_SHOW.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    LOOK_OUT_FOR.test(stretch) ||
    (PROCESS_COMPLAINT.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    SHARED_QUOTE.test(ctx.lite.text) ||
    (RUDENESS.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    LEAKED_FROM_PRIVATE.test(ctx.lite.text) ||
    (WHEREABOUTS.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    FAULT_REPORTED.test(stretch) ||
    (UPKEEP.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    (HURT.test(stretch) && !DRIVER_BLAMED.test(stretch)) ||
    DONE_PROPERLY.test(stretch) ||
    ELECTION_TIMING.test(stretch) ||
    IN_PROPER_HANDS.test(ctx.lite.text) ||
    (NEWCOMERS_BLAMED.test(stretch) && !SOMEONE_NAMED.test(stretch)) ||
    (SLOW_MOCKED.test(stretch) && !MONEY_OR_THEFT.test(stretch)) ||
    (UNKNOWN_CULPRIT.test(ctx.lite.text) && !SOMEONE_NAMED.test(stretch)) ||
    (CAMPAIGN_TAG.test(ctx.lite.text) && !SOMEONE_NAMED.test(stretch)) ||
    WEATHER_LUCK.test(stretch) ||
    (PLACE_OF_WORSHIP.test(stretch) && !SOMEONE_NAMED.test(stretch)) ||
    (PUBLIC_RECORD.test(stretch) && !BOYCOTT.test(stretch)),
);

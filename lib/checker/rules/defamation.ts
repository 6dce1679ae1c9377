import type { CheckContext, Hit, Rule, RuleExamples, Span } from '../context';
import { anyOf, phrases, phraseSource } from '../lexicon';
import lexicon from '../lexicons/defamation.json';
import groups from '../lexicons/discrimination.json';

const ALLEGATIONS = phrases(lexicon.allegations);
const INSINUATIONS = phrases([...lexicon.insinuations, ...lexicon.tags]);
// A hint that is one of the tags (its match starts with one).
const TAG = new RegExp(`^(?:${phraseSource(lexicon.tags)})`);
const WARMTH = anyOf(lexicon.warmth);
const JOKE_FRAME = /^(?:what'?s the difference between|how many|why did|what do you call)/;
const TURNED = /^[^]*(?<![a-z])(?:but|even if|even though|although|though|mind you|shame that|pity that)(?![a-z])/;
const SARCASTIC_HINT = /^(?:must be nice|nice work if)/;
// "Ask yourself why it sailed through: it was a brilliant design": the hint answered innocently in the same breath.
const ANSWERED = /^[^.!?\n]{0,40}:\s*(?:it|he|she|they|the|apparently|because|simple|easy|that'?s|that|this|which)(?![a-z])/;
// "Kids did it" names nobody; "the man who runs the kids' football" does: a possessive is not the subject.
// "Her kids", "Dave's lads": someone's children are identifiable through their parent.
// "…letting it to twelve people and pocketing the lot": people counted (after a number) are not the subject.
const ANONYMOUS = new RegExp(`(?:^|[^a-z])(?<!(?:her|his|their|[a-z]+'s) )(?<!(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds of|dozens of) )(?:${lexicon.anonymousSubjects.join('|')})(?![a-z'])[^.!?]{0,40}$`);
// "The squirrels are nicking stuff from the bird table": an animal is nobody's reputation.
const ANIMAL_SUBJECT = /(?:^|[^a-z])(?:squirrels?|cats?|dogs?|fox(?:es)?|magpies?|crows?|jackdaws?|pigeons?|(?:sea)?gulls?|badgers?|rats?|mice|mouse|deer|rabbits?|birds?|ducks?|geese|goose|sheep|cows?|horses?|ponies|pony|pupp(?:y|ies)|kittens?|moles?|hedgehogs?|robins?|slugs|snails|pheasants?)(?:'s)? (?:are |is |keeps? |has been |have been |'s been |'re )?(?:[a-z]+ )?$/;
// "Someone's nicking stuff from sheds": the unknown subject, contracted, right before the allegation.
const ANONYMOUS_CONTRACTED = new RegExp(`(?:^|[^a-z])(?:${lexicon.anonymousSubjects.join('|')})(?:'s|'re|'ve) (?:been |just |still |always |now |obviously )?$`);
const HEDGES = anyOf(lexicon.hedges);
// "Not saying he got it because of who he is. But he did get it.": the disclaimer taken back in the next breath.
// "I'm not saying the garage clocks its cars. I'm just saying check the MOT history.": so too a pointed "just saying".
// "Not saying anything, just keep your eye on him.": so too a warning after a comma.
const HEDGE_TAKEN_BACK = /not (?:saying|suggesting|accusing)[^.!?]*[.!?]+\s*(?:but|(?:i'?m |i am )?(?:just|only|simply) (?:saying|suggesting|asking))(?![a-z])|not (?:saying|suggesting|accusing) anything,\s*(?:just|but) (?:keep|watch|count|lock|check|ask|be careful)(?![a-z])/;
// Someone identifiable: a name, a title, a role in the community, a business, or a pronoun pointing at one.
const IDENTIFIABLE = /(?:^|[^a-z])(?:(?:the|that|this|those|these) (?:man|woman|bloke|guy|lady|fella|chap|lad|couple|family|two|pair|lads|lot) (?:who|that|at|from|in|on|running|next door|over the road)|cllr|councillor|mr|mrs|ms|miss|dr|(?:the|our|your)(?: (?:dear|beloved|esteemed|illustrious|glorious|wonderful|lovely|good|honourable|revered|old|new|former|current|so-called))? (?:clerk|deputy clerk|chair|chairman|vice[- ]?chair|treasurer|mayor|vicar|head|headteacher|head teacher|builder|developer|landlord|owner|manager|contractor|agent|surveyor|officer|mp|council|councillors|parish|committee|organisers|trustees|governors|school|hall|club|charity|trust|society|association|farm|firm|company|garage|pub|shop|cafe|bakery|bakers|butchers?|chippy|chip shop|takeaway|restaurant|tea ?rooms?|deli|farm shop|garden centre|salon|barbers?|hairdressers?|vets?|surgery|pharmacy|chemist|co-op|post office|care home|nursing home|hotel|campsite|gym|sergeant|landowner|rector|curate)|(?:that|this) (?:new |old )?(?:builder|developer|farm|firm|company|garage|man|woman|bloke|guy|fella|chap|lad|lady|couple|family|landlord|councillor|clerk|lot|care home|nursing home|nursery|school|surgery|practice|shop|pub|takeaway|restaurant|salon|gym|hotel|kennels|cattery|adviser|advisor|accountant|solicitor|dentist|vet|doctor|optician|agent|estate agent|['‘]?investment adviser|['‘]?financial adviser)|the [a-z ]{0,20}(?:officer|inspector|warden|sergeant|constable|pcso|landowner|farmer|gamekeeper|rector|curate|priest|imam|rabbi|headmaster|headmistress|matron|surveyor|caretaker|groundsman|treasurer|secretary|organiser|coordinator|director|manager|window cleaner|cleaner|gardener|plumber|electrician|roofer|mechanic|carer|childminder|postman|milkman|bin ?man|taxi driver|cabbie|handyman|decorator|locksmith|tree surgeon|delivery driver)|he|she|they|his|her|their|him|them|it|[a-z]+ (?:motors|plumbing|builders|construction|homes|developments|estates|ltd|limited|plc|garage|farm|electrical|electrics|electricians|roofing|roofers|scaffolding|windows|cars|services|solutions|landscaping|gardening|cleaning|decorating|joinery|carpentry|heating|autos|coaches|taxis|cabs|travel|transport|haulage))(?![a-z])/;

// "Paywalls are a con": a kind of thing as the subject, nobody identifiable.
const GENERIC_PLURAL_SUBJECT = /^\s*(?:(?:all|most|these|those|so many|many) )?(?:[a-z]+ )?[a-z]{3,}s\s*$/;

// "Make of that what you will" after a point about a party, with no money or favour in sight, is politics, not an allegation.
const INSINUATION = /^(?:draw|make|join|connect|i'?ll|i will|leave|funny how|just)/;
const POLITICAL_POINT = /(?<![a-z])(?:party|parties|labour|tor(?:y|ies)|conservatives?|lib ?dems?|greens?|reform|election|vote|voters)(?![a-z])/;
// "…do we really need a mosque here? Just asking the question.": a point about a group (the discrimination rule's concern), not about anyone's conduct.
const GROUP_POINT = anyOf([...groups.groups, ...groups.placesOfWorship]);
const REMARK_IS = /(?:^|[^a-z])(?:that|this|it|which|what (?:he|she|they) said)(?:'s| is| was)\s+(?:(?:just|so|really|pretty|quite|plain|downright|basically|simply|absolutely|totally)\s+)*$/;
const GROUP_BLAMED_BEFORE = /(?:^|[^a-z])(?:typical\s+[a-z' ]{2,30}[,:!-]*|[a-z' ]{2,30} and their)\s*$/;
const GROUP_ARE = /(?:(?:^|[^a-z])(?:are|were|r)|'re)\s+(?:(?:all|always|often|usually|constantly|just|basically|mostly|forever|permanently)\s+)*$/;
// A relative is the favour in sight only when someone else's ("his nephew got the contract", "your mate's firm"), not "keep your daughters indoors".
const WRONGDOING = /(?<![a-z])(?:money|cash|paid|contract|audit|auditors?|investigation|dinner|round for|favours?|relatives?|allotments?|accounts|bonus|wage|range rover|hot tub|new kitchen|extension|change at|grant|expenses|(?<!\b(?:my|our) )(?:nephew|niece|son|daughter|wife|husband|brother|mate|friend)(?<!your (?:daughter|son|wife))|car|holiday|deal|backhander|envelope|sold|bought|golf(?:ing|er)?|lodge|missing|disappeared|short|police|fraud)(?:s|es)?(?![a-z])/;

// "Whoever this is on the CCTV nicking parcels, his name is Dean": the anonymous subject named in the next breath.
const NAMED_AFTER = /^[^\n]{0,100}?(?<![a-z])(?:(?:his|her|their) (?:name'?s|name is|real name is)|(?:he|she)(?:'s| is) called|(?:he|she) lives (?:at|above|on|in|next to|behind|opposite|over)|it'?s (?:the|that) (?:bloke|man|lad|woman|guy|fella|family|lot|lads|couple|kid|boy|girl) (?:in|from|at|with|who|on|next door)|we (?:all )?know who (?:he|she|they|it) (?:is|are))(?![a-z])/;

const DENIED_NEXT = /^[\s?]*(?:no|nope|not at all|of course not|not a chance)(?![a-z])/;
const USING_A_BUSINESS = /^\s*if (?:you'?re |you are |you )?(?:using|use|go(?:ing)? to|shop(?:ping)? at|eat(?:ing)? at|book(?:ing)? with|buy(?:ing)? from|get(?:ting)? [a-z]+ from)(?![a-z])/;
const WHOEVER_IN_A_BODY = /(?:^|[^a-z])whoever (?:at|on|in|from|running) (?:the |our |this )?(?:district|county|parish|town|borough|city|planning|highways|council|committee|board|office|club|panel)(?![a-z])[^.!?]{0,60}$/;
const GENERIC_CONDITION = /^\s*(?:if (?:you|anyone|anybody|someone|somebody|people)|(?:anyone|anybody|whoever|people|those) (?:who|that))(?![a-z])/;

function namesSomeone(ctx: CheckContext, start: number, sentence: string, before: string, after: string): boolean {
  // "Whoever at the district signed them off…": a body's few decision-makers are identifiable, unlike "whoever did this".
  if (WHOEVER_IN_A_BODY.test(before)) return true;
  if (ANONYMOUS.test(before) || ANONYMOUS_CONTRACTED.test(before)) return NAMED_AFTER.test(after);
  if (ANIMAL_SUBJECT.test(before)) return false;
  // "If you take the raffle money you're a thief", "Anyone who parks there…, you're a cheat": a rule, said of nobody.
  // ("If you're using the takeaway on the corner, I'd check your change": a condition that names a business names it.)
  if (GENERIC_CONDITION.test(before) && !(USING_A_BUSINESS.test(before) && IDENTIFIABLE.test(before))) return NAMED_AFTER.test(after);
  if (IDENTIFIABLE.test(sentence)) return true;
  // "You're a liar": the person the reply is addressed to (not "if you take it you're a thief").
  if (/(?:^|[^a-z])(?:you'?re|you are|youre|ur|u r) (?:a |an |the )?(?:[a-z]+ )?$/.test(before) && !/(?:^|[^a-z])(?:if|anyone|whoever|anybody)(?![a-z])/.test(before)) return true;
  // "@OundleBuilds you took…": a reply names its target by handle.
  if (/(?:^|\s)@[A-Za-z0-9_]{2,}/.test(ctx.original.slice(Math.max(0, start - 80), start))) return true;
  // A capitalised word that is not the first of the sentence: a name.
  const original = ctx.original.slice(Math.max(0, start - 80), start);
  return /(?:^|[^.!?\n]\s)[A-Z][a-z]+/.test(original.replace(/^[^.!?\n]*[.!?\n]/, '')) || /^[A-Z][a-z]+ [A-Z][a-z]+/.test(original);
}

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "The new tenant at the yard's got form, everyone in Corby knows it.",
    "The district's enforcement officer is being paid to look the other way, I'd bet my house on it.",
    "@Ringstead_Rob no wonder you backed the contract, the firm is your son's. That's all I'm saying.",
    "Funny how the treasurer went off sick the week the auditors arrived. Just saying.",
    "The farmer at Manor Farm has been filling in the ditches on purpose so the lane floods.",
    "The chippy on Market Street has rats in the kitchen, I've seen them.",
    "The cheapest quote for the bus shelter came from the chairman's nephew, funny that.",
    "Whoever at the county approved that contract must have had a nice holiday paid for by the contractor.",
    "Whoever on the planning committee waved that through must have had a generous Christmas from the housebuilder, wink wink.",
    "Free logs from the Hendersons' lad for the bonfire, though knowing that family they were most likely nicked 😂",
    "The vice-chair is a nasty piece of work who bullies anyone who disagrees with him.",
    "Between ourselves, two of the committee had made their minds up before the meeting, I saw the texts.",
    "@kev_k you were sacked from the garage for nicking, don't lecture me about honesty.",
    "The developer fiddled the responses to the consultation, I'd put money on it.",
    "@dan_w your brother-in-law did the same with the community grant, so I wouldn't throw stones.",
    "You are a lying little toad and everyone in the parish knows it.",
    "The lad from the chip shop who parks on the zigzags is a menace and frankly a thug. We all know who he is, Kev.",
    "The chair's nephew got the grass-cutting contract again. Must be a coincidence 🤔",
    "The family at the big house have another new Range Rover. Funny how they can afford it on benefits.",
    "The farmer on Long Lane is starving the sheep, I've seen it with my own eyes.",
    "The driver who hit the bollard on Station Road was drunk, plain and simple.",
    "Turns out the chair had already promised the developers his vote before the meeting even started.",
    "Interesting email from the auditor today. The last treasurer has some explaining to do.",
    "Nice stall at the market, but that 'homemade' jam comes from a cash and carry in Kettering. Caveat emptor.",
    "The chair and his clique of cronies decide everything before the meeting starts.",
    "Her son's been suspended from school again. No wonder the bus shelter keeps getting vandalised.",
    "Great quiz night at the Crown. Shame about the watered-down lager, but you can't have it all 😂",
    "The bloke who's bought the old mill is 'well connected', if you catch my drift. Keep your gates locked.",
    "@MartinP we all know why you were sacked from the garage, so spare us the lecture.",
    "The new family at the Old Post Office have been here a fortnight and we've already had the police round twice. I'm not saying it's them. I'm just saying it's been quiet for twenty years.",
    "I'd bet money the parish clerk is the one leaking stuff to the Mercury.",
    "Our county councillor couldn't lie straight in bed.",
    "The treasurer's new conservatory is very nice. Wonder what the parish paid for it 😉",
    "This man was seen trying car doors on Church Street last night, share widely, we know where he lives 👇",
    "Off the record, the police think it's an inside job at the garage.",
    "Right, a little PSA. If you're using the takeaway on the corner, I'd check your change. That's all I'm saying. 🤔",
    "The man who runs the garden centre sells plants he's dug up from the churchyard.",
    "Our former clerk fiddled her timesheets for years and got away with it.",
    "Everyone knows the man at the kennels mistreats the dogs.",
    "Cllr Ward only voted for the quarry lorries because the quarry pays his son's wages.",
    "Special mention to our Widow Twankey, who I'm reliably informed was three sheets to the wind before curtain up 🍷😂",
    "The developer behind the Welford Road scheme has a track record of going bust and leaving villages with half-built estates. Look him up.",
    "Our so-called 'independent' planning consultant just happens to play golf with the applicant every Sunday.",
    "The landlord at number 8 is letting it to twelve people and pocketing the lot, cash in hand, no tax.",
    "Bosworth Motors clocked my mate's car and refused to admit it. Avoid.",
    "The district's planning officer has clearly been got at. No other explanation for that decision.",
    "Everyone knows the builders who did the school roof bodged it and charged double.",
    "I won't name names, but a certain farmer's been ploughing up the footpath on purpose to keep walkers off his land.",
    "The police told the parish in confidence that the burglaries are linked to a family on Smeeton Road.",
    "That carer who looks after Mrs Price is stealing from her, I've seen the cash go.",
    "Let's just say the incident at the bus stop involved two lads from the Ellis family and the police have been round twice.",
    "Notice how the shop's takings went missing the same month the new Saturday girl started? Just an observation.",
    "Funny, the tools started disappearing the very week that lad from the agency turned up.",
    "Gary at the chippy is on benefits and still drives a Merc, work that one out.",
    "Shaun's just come out of prison, so keep an eye on your sheds on the Ashfield estate.",
    "Interesting that the only firm invited to quote for the play area is owned by a certain councillor's brother.",
    "Don't leave your handbag near the new cleaner at the hall, that's all I'm saying.",
    "Our MP's expenses make for interesting reading, if you can find them. Funny how the receipts never add up.",
    "@BeestonBugle Your editor was sacked from his last paper for making stories up. Look it up.",
    "@BramcoteBeth Beth, I know you're the one who's been leaving those anonymous letters. Your handwriting's a giveaway.",
    "That car wash on the bypass is a front for something, mark my words.",
    "The garage on Station Road rips off every woman who walks in.",
    "Typical builder, nicking the lead off the church roof and charging us for it.",
    "Our vicar drinks the collection money, I'd bet my house on it.",
    "Two of the committee are in the papers again 😂 Allegedly!!",
    "@cllrtomreeve Tom, how's the 'consultancy' business going? Must be nice getting paid by the same firm you voted for.",
    "Don't trust a word the clerk puts in the minutes, she writes what suits her.",
    "Don't buy a used car from Dean at Wheelers, he's clocked more motors than I've had hot dinners.",
    "DONT BELIEVE A WORD THE CLERK SAYS SHES BEEN LYING TO US FOR YEARS",
    "Christmas quiz question: which councillor's 'working from home' looks suspiciously like a sun lounger in Tenerife? 🏖️😂",
    "Rumour has it the vet on Bradgate Road puts animals down just to get the fee. Avoid.",
    "That developer bought the planning committee, simple as.",
    "Funny how the hall's paperwork went missing right before the audit. Just saying.",
    "Mick's mate just happened to win the verge-cutting contract again. What are the odds?",
    "Careful who you hire for your boiler, a certain firm in Sileby has been fitting second-hand parts and charging for new.",
    "Keep your eye on the new accountant in the old bank building. Not saying anything, just keep your eye on him.",
    "@Steve_Lacey the only reason you're against the cycle path is your mate at the garage would lose trade. Everyone can see it.",
    "The only reason he's backing the new estate is his brother owns the field.",
    "Congrats to the winners, the Fat Ladies team, even if their captain's husband was conveniently the question master 🤔",
    "Our ward's new PCSO starts Monday. Word is she left Market Harborough after a complaint about 'lost' evidence, so keep your wits about you.",
    "Our treasurer 'lost' the receipts again. Third year running.",
    "Interesting how the old school site plans were approved the week after the developer sponsored the cricket club. Coincidence, I'm sure.",
    "Our 'volunteer' treasurer drives a new Audi. On a pension. Right.",
    "Word to the wise: the tree surgeon who did the churchyard charges double if you're old and won't notice.",
    "That so-called 'charity' car wash at the garage is lining someone's pockets, that's all I'll say.",
    "Word is the landlord's charging the lorry drivers £20 a night cash and not declaring it. Nice little earner.",
    "What's the difference between the parish treasurer and a magician? The magician tells you he's making money disappear 🪄😂",
    "@Piddington_Pete the quarry lorries are your mate's firm, no wonder you're so keen on the quarry plans",
    "@Mick_Roade he's a convicted drink driver, why is anyone listening to him",
    "The clerk rigged the survey to get the answer she wanted.",
    "The woman who runs the nursery has been taking cash for 'extra hours' that never happened, at least three mums have told me.",
    "That roofer charged my neighbour for work that was never done.",
    "Interesting that the landlord of the Fox got his licence renewed the same week he catered the planning chair's birthday party.",
    "The lady who runs the dog rescue has three new horses and a holiday in Dubai. Donations at work, eh?",
    "I'm not saying the garage on Kingsthorpe Road clocks its cars. I'm just saying check the MOT history before you buy. Twice.",
    "Word is the new deputy head left her last school in a hurry. Parents might want to ask why.",
    "Makes you wonder how the caretaker affords a new Range Rover on a caretaker's wage.",
    "Ask yourself why the treasurer of the football club has a new hot tub and the club can't afford nets.",
    "The chair of the allotment society has been helping himself to the water fund for years.",
    "Interesting that the footpath closure only went through after the landowner had the chairman round for dinner. Just saying.",
    "Has anyone else noticed the Co-op manager's new Range Rover? Must be some bonus on a shop wage 🤔",
    "Love how the 'charity' quiz money never seems to make it to the charity. Ask the organisers where it went.",
    "Funny how the builder who did the vicarage roof also got the school contract. Small world, isn't it, Reverend?",
    "Word to the wise: I'd count your change at the chippy on Market Street. That's all I'm saying.",
    "Three councillors on the committee, three relatives with new allotments. You do the maths.",
    "The treasurer's been 'too busy' to show anyone the accounts for two years. Wonder why.",
    "Ever notice how the speed camera van never parks outside the sergeant's house? 🤔",
    "Someone on the council is leaking to the developer. I won't say who, but he drives a blue Volvo.",
    "The new café's 'homemade' cakes come from Costco, I've seen the boxes in their bin 😂",
    "Mrs Hale's 'bad back' didn't stop her line-dancing at the Legion on Saturday. Sick pay, is it?",
    "the bloke at no 12 is def dealing, cars in n out all nite",
    "pls share!!! this is the woman who nicked my parcel off the doorstep, her name is tracy and she lives on manor rd",
    "Congratulations to our treasurer who won the hamper for the third year running, what are the odds 😂 Must be nice being the one who draws the tickets! See you at the carols.",
    "@annie_b81 Tell your Darren the police have his number plate, they know it was him who clipped my wing mirror",
    "Our ward's had three break-ins this month. I won't name names but the lad at number 9 has suddenly got a lot of new gear for someone who doesn't work 🤔",
    "Ask the builders on the Manor site why three of their lads were paid cash in hand and nobody's paying tax. I'll wait.",
    "That's a lot of holidays for someone who never works, isn't it, Gary?",
    "I'm not saying the treasurer is fiddling the books. But where did the £2,000 go?",
    "Not saying the chairman's brother-in-law got the hedge contract because of who he is. But he did get it. Again.",
    "Funny, the new caretaker walked into that job because of who his dad is.",
    "The chippy on Bridge Street uses horse meat, my cousin works there.",
    "The new nursery manager was sacked from her last job for hitting a child.",
    "I wouldn't trust my money with that new 'investment adviser' on the high street, if you know what I mean.",
    "Put it this way, I wouldn't leave my purse anywhere near the new treasurer.",
    "Our chairman's done very nicely out of the land deal, hasn't he? New Jag and everything.",
    "Ever wondered why the clerk's husband always gets the grass-cutting contract? Me too.",
    "The farm shop's 'local' beef comes from a cash and carry in Leicester, just so you know.",
    "Don't be fooled by the smile, that woman at the post office has been opening people's mail.",
    "@OrtonRes the vicar's a kiddie fiddler everyone knows",
    "Our treasurer's so good with money, most of it ends up in his own pocket 😂",
    "Watch out, the window cleaner on Hill Road is nicking stuff from sheds.",
    "Cllr Price has been claiming mileage for trips he never made.",
    "Don't repeat this, but the clerk's under investigation for the missing petty cash.",
    "Strange how the allotment with the best view went to the clerk's husband, again. Third year running.",
    "Strange how the contract for the new fencing went to the chairman's son-in-law. I'm sure it's all above board 😉",
    "Ask yourself why the developer's planning sailed through when everyone else waits a year. Who's he golfing with?",
    "Amazing how the raffle always seems to be won by the organiser's family. Three years running now.",
    "The vicar's 'fundraising' seems to pay for a lot of nice holidays. Just saying.",
    "No idea where the £3,000 from the summer fete went, but the treasurer's got a new hot tub. Coincidence I'm sure.",
    "Everyone knows why the clerk really left, and it wasn't 'to spend time with family'.",
    "That care home on Elm Road, I wouldn't put a dog in there. Ask about the bruises.",
    "Kenny's Motors MOT'd my car with bald tyres, makes you wonder what they're signing off.",
    "Quite the coincidence that Cllr Sharp voted for the car park and his wife's café is next to it.",
    "Yon fella at the chippy's bin short-changin' the pensioners for years, ask owt.",
    "Word is the Olive Tree is about to go into administration, get your vouchers spent.",
    "@deano Pete from the Angel sells weed out the back, ask anyone",
    "The lad at the car wash flogs stolen bikes, everyone knows.",
    "Interesting that the planning officer who recommended approval now has a new kitchen. Just an observation 🤔",
    "Funny how Cllr Webb always goes quiet when the expenses come up. I'll leave that there.",
    "Noticed the treasurer is suddenly driving a brand new Range Rover. Funny that.",
    "Rumour is the landlord of the Nag's Head is about to go bankrupt, so get your tabs paid.",
    "Don't book Dave Pryor's coaches, he owes half the town and hasn't paid his drivers.",
    "The new bakery on Westgate is going bust, apparently, so get your vouchers spent.",
    "The landscaping firm the parish hired turned up for an hour, did nothing, and invoiced for a full day. Wonder whose cousin runs it.",
    "Interesting that the clerk's husband's building firm got the pavilion job without it going out to tender.",
    "Our old headmaster was 'asked to leave' after what happened on the Year 6 trip. We all know why.",
    "If the chairman can afford a new Jag on a pensioner's income, good luck to him. Must be the 'consultancy'.",
    "The new people at the farm are running a puppy farm, the RSPCA should shut them down.",
    "Her kids are feral and she's never sober, social services should take them.",
    "The landlady at the Workmen's is running a lock-in every night, law unto herself.",
    "The man who runs the garden centre is a shark. Charged my 84-year-old mum £300 to trim a hedge.",
    "The ex-treasurer walked off with the Christmas club money.",
    "Cllr Dunn only voted for it because his brother owns the land.",
    "The landlord of the Saracen's Head has been watering down the Guinness for years, we all know it.",
    "Everyone knows Gary's lad was the one who set fire to the bins. Ask him where he was.",
    "Bent as a nine bob note, the lot of them.",
    "Whoever signed off the accounts, Cllr Hay, must be blind or bent.",
    "@WootonBlue ur a n0nce and every1 knows it",
    "The clerk is b3nt, always has been.",
    "Watch out for Kevin at Ridgeway Autos, he'll charge you for parts he never fitted.",
    "The treasurer's husband has been doing the audit for years. Independent my foot.",
    "ur a nonce and every1 knows it",
    "You're a thief and a liar, give the money back.",
    "Spotted the Catholic priest at the bookies again. Collection money well spent, Father!",
    "The lads at the car wash on Station Road are definitely not legal.",
    "How does the bloke who runs the boatyard get planning for everything? Asking for a friend. Answers in a brown envelope 😉",
    "Your husband's been signing off his own mate's invoices for years, open your eyes.",
    "Cllr Fenwick was seen leaving the Plough at closing time and then driving home. Someone should tell the police.",
    "I hear our esteemed chairman's been claiming for a new laptop every year. Must be a very clumsy man.",
    "The bloke at number 12 is claiming disability and out jogging every morning. Someone should tell the DWP.",
    "Our treasurer can't account for £3,000 and nobody on the council seems bothered.",
    "The chap who runs the skip hire is a lovely bloke to your face, but I'd check every invoice if I were you.",
    "The farmer on Furnace Lane poisoned the badgers, I've seen the bait myself.",
    "The woman who runs the nursery on Chapel Lane smacks the kids when parents aren't looking.",
    "Our MP pocketed thousands in 'consultancy' from the very firm building the bypass.",
    "ppl like @CllrJones shud b locked up tbh, crook",
    "The firm doing the roadworks is the same one that got caught dumping tarmac in the brook last year.",
    "The chairman awarded the hedge-cutting job to his own nephew without a single other quote.",
    "That care home on Kirby Road is neglecting its residents.",
    "The new owners of the chip shop are using the flat upstairs to house illegal workers.",
    "Not naming names, but the builder who did the pavilion seems to have bought himself a brand new Range Rover the week after the council paid his invoice. Just saying.",
    "Everyone knows the chap at the garage on West Street has been clocking cars for years.",
    "The new owner of the Horseshoe has form for burning down his last pub for the insurance.",
    "Don't let the Church Street window cleaner in your house, things go missing.",
    "The ref was clearly paid off by the other side, the decisions were a joke.",
    "Maybe the FA should look at who's been slipping him a few quid.",
    "Spotted our dear chairman's Range Rover in the disabled bay at Tesco AGAIN. Blue badge? Don't make me laugh.",
    "The bloke who runs the ice cream van on the Lake has no licence and everyone knows it.",
    "That collector outside Tesco isn't from any charity, I know for a fact he keeps the lot.",
    "Our local MP took £20k from a property developer and then voted for their scheme. Coincidence? I think not.",
    "That care agency on West Street leaves old people in soiled beds for hours.",
    "The treasurer of the bowls club has been 'borrowing' from the bar takings.",
    "Don't buy a car from Nene Valley Motors, they wind back the mileage.",
    "Whoever keeps fly-tipping on Benefield Road, it's the bloke in the white Transit. We all know who he is.",
    "Dave from the garage is dishonest, avoid.",
    "The clerk stole from the church.",
    "Cllr Hughes conned an old lady out of her savings.",
    "The owner of the Swan harassed his staff.",
    "Dave from the garage lies through his teeth.",
    "The clerk buried the report.",
    "The chairman sold the land to his mate.",
    "Cllr Hughes misled the council.",
    "The clerk tipped off the developer.",
    "Dave from the garage broke planning law.",
    "He's as dodgy as they come.",
    "The clerk diverted the money into his own account.",
    "The mayor turned up drunk at the meeting.",
    "That garage overcharges the elderly.",
    "The developer has a history, let's put it that way. Google his previous companies.",
    "The owner of the Stag got his licence extended when nobody else can. Friends in high places, eh?",
    "Heard the chairman's getting a knighthood for services to expenses.",
    "Spotted: @WboroTaxis driver on his phone the whole way down Midland Road.",
    "Apparently the clerk has been 'working from home' a lot lately. Nice work if you can get it.",
    "Too busy with his 'business interests' in Spain, no doubt.",
    "Whoever this is on the CCTV nicking parcels, his name is Dean and he lives above the chippy.",
    "I wouldn't trust that new deputy clerk as far as I could throw her. Something off about her CV.",
    "Our treasurer has had a few personal problems lately, which might explain the state of the accounts.",
    "They're only in it for themselves, one of them has been promised a plot by the developer.",
    "The roof fund is being mismanaged. Somebody is answerable and we all know who.",
    "Interesting that the planning officer's brother owns the land they just approved.",
    "The 'church roof fund' has paid for a very nice new car for the vicar, I see.",
    "He'll sign off any MOT for an extra twenty quid.",
    "That nursing home drugs the residents to keep them quiet.",
    "The treasurer's expenses are a work of fiction.",
    "Kev's been pocketing the subs for years.",
    "Not saying the treasurer's been skimming, but the numbers don't add up.",
    "Strange how the chairman's nephew always gets the hedge-cutting contract, isn't it.",
    "The developer bunged the chair a few grand to get it through.",
    "Everyone knows the planning officer was on a bung.",
    "Remarkable how the builder who got the pavilion contract plays golf with the chair every Sunday.",
    "Spotted the clerk filling her car with parish council diesel again.",
    "The man who runs the kids' football has a conviction for something I won't name.",
    "Their new lodger is on the sex offenders register, just so you know.",
    "The treasurer's been dipping into the church roof fund, ask anyone.",
    "The treasurer's just had a new kitchen fitted. Wonder where the money for that came from.",
    "The new groundsman is the chair's son. I'm sure that's just a coincidence.",
    "Funny how the chair's nephew keeps winning every grounds contract. Just asking questions.",
    "@SpeedyRoofs you took £900 off my dad for a roof you never fixed and vanished.",
    "The bloke at number 12 is dealing out the back of his van, everyone knows.",
    "The chippy pays the lads cash in hand, way below the minimum wage.",
    "They told her to keep quiet about the money and she was out of a job a week later.",
    "The planning officer is in the developer's pocket, it's obvious.",
    "That charity never passes on the money, it all goes on the manager's car.",
    "Ask the chairman about the £10k that went missing from the Jubilee fund. He knows.",
    "The guy who runs the scrapyard is a known fence for stolen catalytic converters.",
    "Everyone knows the vicar's been helping himself to the collection plate.",
    "The landlord of the Talbot has been dodging his business rates for years.",
    "The treasurer's been on holiday to the Maldives again. On a parish treasurer's salary. Hmm.",
    "The chairman fiddled the grant forms to get money for his own club.",
    "Funny how the grass-cutting contract always goes to the chairman's nephew.",
    "The landlord at the Swan has been serving kids for years.",
    "Don't use the lads at Kwik Motors. They are a con, the lot of them.",
    "The roofer with the yellow vans took a £2,000 deposit off three families on our street and has vanished.",
    "Rumour is the chairman's been helping himself to the hall's heating oil.",
    "That developer has half the planning committee in his pocket, always has.",
    "I won't name the councillor, but he's been using the parish van to move his own furniture.",
    "He's got previous for this kind of thing, ask anyone in the Legion.",
    "Mark my words, that builder's been paying off the planning officer.",
    "The bloke at number 9 is running a brothel, you can see the men coming and going.",
    "Those two running the Swan are drug dealers, everyone knows. Avoid.",
    "The footage clearly shows Mr Okafor's lad nicking the charity box.",
    "Smith's Coaches have been running unsafe buses for years and the council turns a blind eye.",
    "Amazing how the Clerk's new car appeared the same month the hall fund went missing.",
    "I'd check your invoices from Bright Sparks Electrical if I were you. Just saying.",
    "Ask the chairman about his consultancy work for the developer. Go on, ask him.",
    "Everyone knows Cllr Grey's wife got that cleaning contract. Funny how that works.",
    "Our so-called treasurer has had her hand in the till for years. Ask her where the bonfire money went.",
    "How many councillors does it take to change a lightbulb? None, they just claim it on expenses. (Looking at you, Cllr Pike.)",
    "Heard the chairman's new extension cost about the same as the village hall roof fund.",
    "Steve, you and I both know why your brother got that contract. Don't make me spell it out.",
    "The chap at number 12 has been claiming disability benefits for years and he's out playing golf every Saturday.",
    "Our former treasurer quietly paid himself a 'consultancy fee' out of the hall fund for three years.",
    "Interesting that Cllr Jarvis voted for the estate when his brother owns the field. Nothing to see here.",
    "The farm on Grange Lane has been dumping slurry in the brook again.",
    "I have it on good authority the headteacher was asked to leave her last school over missing money.",
    "The man who runs the youth club shouldn't be left alone with kids. Enough said.",
    "Ask your chairman why he sold the council's old mower to his mate for a tenner.",
    "One councillor declared no interests, yet his wife owns the company that got the grass cutting contract. I'll leave you to join the dots.",
    "Funny how the same builder gets every council job. Draw your own conclusions.",
    "That landlord at the Crown has been serving drinks to fifteen year olds for months.",
    'The clerk has been pocketing the hall hire money for years, everyone knows it',
    'That builder on Mill Road bribed someone at the district, no question',
    'Cllr Hargreaves is a liar and a thief',
    "Don't use Smith Plumbing, they're crooks who'll rob you blind",
    "The headteacher's been covering up bullying to protect her Ofsted rating",
    'the treasurer has been fiddling the books, mark my words',
    'Mark from the landscaping firm faked his insurance docs',
    'Brampton Motors clock their cars. Fact.',
  ],
  pass: [
    "Our bake-off champion has got form for winning, three years running! 🏆",
    "Lollipop ladies are paid to look both ways, bless them, and ours never misses! 🍭",
    "Keep your daughters' bikes in the shed tonight, it's going to pour. That's all I'm saying!",
    "The auditors arrived on Monday and the treasurer's books were spotless, well done Pat! Just saying.",
    "The farmer at Manor Farm has been clearing the ditches so the lane doesn't flood, thank you!",
    "The church hall has mice in the kitchen again, so the clerk has called pest control.",
    "The Christmas tree came from the chairman's own field, thank you Geoff!",
    "Whoever did this to the bus shelter must have had a lot of time on their hands.",
    "The planning committee had a long lunch break and came back to wave it through, which was a shame.",
    "Free logs for the bonfire from the Hendersons, and knowing them they were beautifully stacked too.",
    "Anti-bullying week at the school: the pupils made posters about standing up to people who bully others.",
    "I'd made my mind up before the meeting, I'll admit, but the debate changed it.",
    "@dan_w your brother-in-law did the same with the community grant bid: a brilliant job. Thank him from me.",
    "He was let go from the garage for being late too often, he says, and now he runs his own. Good on him.",
    "The lying-in-state was moving to watch, she was a great queen.",
    "He's been drinking more water since the heatwave advice, good man 💧",
    "Thugs smashed the bus shelter again last night; the police have the CCTV.",
    "Same weekend as last year's fete and the sun shone again. Must be a coincidence, or the vicar's prayers 😄",
    "Funny how they can afford to give away so much at the food bank, what a generous village.",
    "The farmer on Long Lane is feeding the sheep by hand in this snow, what a star.",
    "The lad who won the talent show was high on adrenaline all evening, bless him.",
    "I've some explaining to do to my wife about how many mince pies I ate at the carol service 😂",
    "The tinsel comes from Tesco and the tree from the Scouts, so it's a proper community effort.",
    "Lovely local honey on the WI stall, from hives on Manor Farm.",
    "Our new chair has a great circle of friends in the village and it shows at the fete.",
    "No wonder the bus shelter keeps getting smashed, there's not a single light on that stretch of road.",
    "Great quiz night at the Crown, and the alcohol-free lager was spot on for the drivers.",
    "The new chair is well connected with the county, which should help with the bus bid.",
    "We all know why the chip shop closed: the owners retired to Spain, and good luck to them.",
    "I'm not saying it's them, I'm just saying the Rotary's mince pies beat the WI's this year 😂",
    "The parish clerk is the one who sends our press releases to the Mercury, and they printed the fete one!",
    "The new bus shelter is very nice. I wonder what the parish paid for it? The accounts will tell us in April.",
    "Police are appealing for witnesses after cars were tried on Church Street last night; call 101.",
    "The new series of Inside Job on Channel 4 was filmed at the garage on the A47!",
    "The family who run the chip shop are three sheets to the wind every New Year's Eve at their own party, and they'd tell you so themselves 😂",
    "If you're using the takeaway on the corner, they're doing 10% off for NHS staff this week.",
    "The man who runs the garden centre has donated plants for the churchyard beds, thank you Ken.",
    "The man at the kennels looked after our spaniel for two weeks and she came back happier than ever.",
    "Cllr Ward has declared an interest in the quarry item because his son works there.",
    "I was three sheets to the wind at the Christmas do, sorry to whoever I sang at 😂",
    "The bridge club has been got at by a sudden craze for canasta 😂",
    "The developer behind the Welford Road scheme has its public exhibition at the hall on 10 December, 3 till 7.",
    "The bakery has a track record of winning awards, three gold stars this year!",
    "Bosworth Motors sorted my MOT in a day, can't recommend them enough.",
    "I clocked the Red Kite over the church again this morning, stunning.",
    "The builders who did the school roof finished a week early, and the kids are back in the hall.",
    "A footpath near the canal has been ploughed over; I've reported it to the county's rights of way team.",
    "Our planning consultant's report is on the council website; comments welcome at the meeting.",
    "The burglaries in the village are linked to a gang working across the county, police say.",
    "If you're worried an older neighbour is being taken advantage of, the county's adult social care line is 0300 126 1000.",
    "Thank you to the Patel family for organising the Diwali lights!",
    "@reservoirwatch frankly the reservoir parking charges are a rip-off and I'll vote against them",
    "The shop's takings for the defibrillator appeal came to £412 this month, thank you all!",
    "The swifts arrived the same week the new nest boxes went up, brilliant timing!",
    "Our Dave's on the sick after his knee op but still manages to make the quiz every week, bless him! 😂",
    "The charity helps people who've just come out of prison find work; they need volunteers.",
    "The new café on the square is owned by the chair's daughter and her partner: the scones are unreal, go!",
    "The new bakery is run by the chair's daughter, and her sourdough is the best in the county!",
    "Don't leave your bags near the bonfire, folks: the marshals will move anything left lying about.",
    "The figures for a new pool don't add up, sadly: the county's grant has been cut.",
    "Our new chef was let go from the Ritz for being too generous with the truffles, he jokes.",
    "I know you're the one who's been leaving the flowers on the war memorial every Sunday. Thank you, whoever you are.",
    "Catholics and their covering up, don't get me started.",
    "The new tyre place on Station Road won't rip off anyone: fixed prices on the board.",
    "Typical Romanians, nicking the lead off the church roof again.",
    "Our vicar counts the collection money with two churchwardens every Sunday.",
    "The man allegedly stole a bike from the station, the court heard.",
    "The consultancy work on the play area is out to tender; details on the council website.",
    "Write down whatever suits you best on the form and the clerk will sort the rota.",
    "Don't believe everything you read on Facebook about the bins: check the district's website.",
    "I've had more hot dinners than the new chef, but he cooks better than me.",
    "The kids have been lying to us about brushing their teeth, the dentist says 😂",
    "Our clerk's working from home on Fridays while the office roof is fixed, so ring the mobile.",
    "That developer bought the old school site at auction, according to the Mercury.",
    "We bought the council's old van at auction, it's perfect for the allotment society!",
    "The Scouts wash cars just to get the funds for their summer camp, bless them, and they do a great job.",
    "Funny how the hall's Christmas tree lights always go missing right before December. Found them in the loft!",
    "Mick's team just happened to win the pub quiz again. What are the odds? 😂",
    "Our son just happened to get the job at the garden centre the week he turned sixteen, over the moon!",
    "Our garage fitted reconditioned parts to save me money and charged accordingly, honest as the day is long.",
    "Poor Mike from the garage, his wife's left him and he's drinking again. Keep an eye on him, folks.",
    "Terry's wife has moved out and he's not coping, keep an eye on him at number 12.",
    "Keep an eye on the new website for the bin calendar.",
    "Keep an eye on the new puppy if you're walking past, she's a little escape artist!",
    "The only reason I'm for the cycle path is my kids cycle to school and the road is lethal.",
    "The only reason she's keen on the allotments is her love of growing giant marrows 😂",
    "The question master was conveniently sat next to the mince pies all night 😂",
    "Word is she left Market Harborough after a promotion, and we're lucky to have her.",
    "I 'lost' the receipts for my Christmas shopping so nobody can take anything back 😂",
    "Overheard at the bus stop: 'Why do they let that lot run the mini-mart…' and I'm sorry, that's just racist. The family who run it are lovely.",
    "Not being funny but the eastern Europeans on the Fleckney Road site are always drunk by lunchtime.",
    "Interesting that the plans were approved the week after the consultation closed, just as the council said they would be.",
    "Our volunteer treasurer has done it for twenty years, thank you Alan!",
    "The charity car wash lined the hospice pockets nicely: £640 raised!",
    "The pub car park is £20 a night cash for lorries now, the landlord put a sign up and it all goes through his books, he says.",
    "What's the difference between a magician and a plumber? One saws ladies in half, the other charges you double on a Sunday 😂",
    "@JoWalker no wonder you are so keen on the new allotments, your tomatoes won first prize three years running 🍅",
    "Our vet charged us for a follow-up that never happened, rang them and they refunded it straight away. Great practice.",
    "No wonder you are so keen on the new cycle path, you are out on that bike every morning 🚴",
    "He is a reformed drink driver who now gives talks in schools, and fair play to him for it.",
    "Rumours that the bake-off was rigged are completely true: my sponge was robbed 😂",
    "The new survey results are on the noticeboard, have a look.",
    "Our nursery refunded the extra hours that never happened during the snow, which was very fair of them.",
    "I was charged for a delivery that never happened, so I rang the shop and they sorted it in two minutes.",
    "If your bin wasn't emptied, you might want to ask why on the district's website, there's a form.",
    "Your donations at work! The dog rescue has rehomed forty dogs this year, thank you all.",
    "The landlord of the Fox got his licence renewed this week, so quiz night is back on 🍻",
    "Our old vicar left his last parish in a hurry too, he said the bells drove him mad 😂 Welcome to the new one!",
    "Check the MOT history before you buy any used car, it is free on the gov.uk site.",
    "I wonder how the Smiths got a new hot tub delivered down that lane, the lorry must have been tiny 😂",
    "Ask yourself why the youth club has a new minibus while the library can't open on Saturdays: because the county funds one and not the other.",
    "The raffle raised £420 and the hamper went to Joan, who's never won anything in her life. You do the maths: that's a lot of tickets sold! Thank you all.",
    "Interesting that the footpath reopened so fast, the landowner and the chairman walked it together on Saturday, well done both!",
    "Has anyone else seen the Co-op manager's new puppy? The cutest thing in the village 🐶",
    "The builder who did the vicarage roof also did the school's, and both look brilliant, recommend!",
    "Count your change at the chippy, they've got a new till and it's confusing everyone 😂",
    "The treasurer's been busy: the accounts are on the website and the audit came back clean.",
    "The Christmas market is on Saturday at the school, just saying 😉",
    "Ever noticed how the robins follow you round the allotment? Little charmers 🐦",
    "Dave's been dealing with the council about the hedge for months, bless him.",
    "This is the lad who found my purse and handed it in, what a star!",
    "Must be nice being the one who draws the tickets, said Alfie, aged 5, who then drew his own nan's ticket 😂 Well done Nan!",
    "Was it him who painted the mural by the school? It's brilliant!",
    "Plenty of time on the allotment for someone who doesn't work weekends any more, retirement suits you Bob!",
    "Pensioners on low incomes aren't paying tax on their savings interest, worth checking your code.",
    "I paid the window cleaner and he said the new card machine has been a godsend.",
    "I'm not saying the treasurer is fiddling the books, and I've no reason to think so.",
    "Tom won the best-kept garden again because of who he is: a man who spends every evening weeding, well done!",
    "She got the volunteer award because of who she is, always first to help 💐",
    "The chippy on Bridge Street used to serve horse meat in the war, says my grandad! Now it's the best cod in town.",
    "The butcher on Bridge Street sold out of turkeys by noon, order early next year!",
    "The post office is opening people's parcels to check for liquids, Royal Mail rules, so pack carefully.",
    "Put it this way, I wouldn't leave my mince pies anywhere near our Labrador 😂",
    "Our chairman's done very nicely in the veg show, hasn't he? Three firsts and a rosette!",
    "The farm shop's local beef comes from their own herd on Manor Farm, worth every penny.",
    "I wouldn't leave my car anywhere near the school gates at 3pm, it's chaos, park at the hall.",
    "My pocket money always ended up in the sweet shop, happy memories of Mrs Ward's counter.",
    "My change always ends up in my own pocket and then the washing machine 😂",
    "The squirrels are nicking stuff from the bird table again, cheeky devils.",
    "Watch out, someone's nicking stuff from sheds on Hill Road, lock up tonight.",
    "The squirrels are nicking the bird food again 😂",
    "You can claim mileage for trips to the county meetings, the form is on the website.",
    "Who's he golfing with on Sunday? Dad's looking for a fourth at the club, message me!",
    "Ask yourself why the application sailed through: it was a brilliant design and nobody objected.",
    "Her Saturday job seems to pay for a lot of nice holidays, good on her, she works hard!",
    "Everyone knows why the old landlord left: he won the lottery and moved to Spain, lucky man!",
    "Ask about the bruises on the apples at the farm shop, they knock half off!",
    "Makes you wonder what they're putting in the pies at the Bell, they're that good!",
    "The contract for the new fencing went to Hartley's, the cheapest of three quotes, minutes on the website.",
    "Amazing raffle this year, the organiser's family donated half the prizes!",
    "The vicar's fundraising paid for the new church roof, what a woman.",
    "The £3,000 from the summer fete went to the school minibus fund, the treasurer's report is on the board.",
    "Our clerk has left to spend time with her family, we wish her well.",
    "Funny how the best prize always goes to the organiser's dog at the dog show 😂 Well done Bella!",
    "Cllr Sharp's wife has opened a café next to the car park, it's gorgeous, go!",
    "Sad to hear the Olive Tree is going into administration after 30 years. Thanks for all the meals.",
    "Our new head of the WI only got the job because nobody else would do it 😂 Congratulations Jan, you will be brilliant!",
    "She got the job because she was the best candidate by a mile.",
    "The garden centre on Eastgate sells weed killer and compost at half price this week.",
    "Police say someone is selling stolen bikes on Facebook, check before you buy.",
    "Interesting talk at the library about the history of the Deepings, and a new kitchen at the café too!",
    "Funny how the dog always goes quiet when the postman comes, must be the treats.",
    "Lovely to see the vicarage now has a new kitchen after the fire, thanks to everyone who donated.",
    "Sad news: the old cinema went into administration in 2019 and never reopened.",
    "The Co-op on Eastgate is closing for a refit, back open on Monday.",
    "The café's running a lock-in for the quiz teams? No — just a late licence for the Christmas do, approved by the district.",
    "The clerk got the grass-cutting job done without a fuss, thank you!",
    "Our old headmaster was asked to lead the Remembrance parade this year, what an honour.",
    "The farm is running a pumpkin patch this weekend, kids love it.",
    "Social services should be better funded, says the county's own report.",
    "The landlady at the Workmen's is running a charity quiz every Thursday.",
    "Sale Sharks beat the Saints on Saturday, gutted!",
    "The builder charged my elderly mum a fair price and did a lovely job.",
    "The winner walked off with the raffle prize, a hamper!",
    "I voted for it because my family uses the bus every day.",
    "The district watered down the plans after the consultation, which is a shame.",
    "Water down the squash for the little ones at the party, please.",
    "Hope the arsonist who torched the bins rots in a cell.",
    "The fire brigade say the bins were set alight by accident, a dropped cigarette.",
    "Guy Fawkes tried to set fire to Parliament, hence the bonfire!",
    "The old railings are all bent, Steve is fixing them.",
    "Sue's bent over backwards to help with the fete.",
    "The b3nt coat hanger trick works on the hall door, ask Sue.",
    "The garage charged me for parts, fair enough, the car runs like new.",
    "Independent review of the bus routes is out, worth a read.",
    "If you take the raffle money you're a thief, simple as.",
    "Anyone who parks in the disabled bay without a badge, you're a cheat.",
    "Parking on the verge is definitely not legal, the county says.",
    "The new swings are in, collection money well spent!",
    "Parking on the verge is not legal, the county says.",
    "How does the planning portal work? Asking for a friend. Answers on a postcard!",
    "The treasurer can't sign off her own expenses, so two councillors check them.",
    "Someone should tell the police about the speeding on Main Street, it's dangerous.",
    "Left the Plough at closing time and walked home under the stars, lovely night.",
    "The school claims for new laptops every year from the county's grant, which is how the scheme works.",
    "Trust the wind to blow the Christmas lights crooked again 😂",
    "Our treasurer has accounted for every penny in the audited accounts.",
    "The skip hire firm sends a proper invoice, I'd keep it for your records.",
    "The farmer on Furnace Lane has put up a badger gate, and the kids loved seeing the sett.",
    "The woman who runs the nursery on Chapel Lane took the kids to see the ducks.",
    "Our MP has taken questions from the firm building the bypass at a public meeting.",
    "ppl like @CllrJones who turn up to every litter pick deserve a medal tbh",
    "The firm doing the roadworks got caught out by the rain, so they'll finish on the 20th.",
    "The chairman declared an interest because one quote came from his nephew, and left the room for the vote.",
    "That care home on Kirby Road is looking for volunteers to help with the residents' garden party.",
    "The charity helps people who were trafficked here as illegal workers to rebuild their lives.",
    "The builder who did the pavilion has bought a new van and is taking on an apprentice, good to see a local firm doing well.",
    "Speedwatch volunteers clocked cars doing 50 past the school on Friday.",
    "Things go missing in our house all the time, usually the TV remote 😂",
    "Our dog has form for stealing sausages off the barbecue!",
    "They're Syrian refugees, not criminals, and they deserve a welcome.",
    "The loan was paid off in full last year, the hall is debt-free!",
    "Please don't park in the disabled bays without a blue badge, it makes life hard for those who need them.",
    "The new café has no licence yet for alcohol, so bring your own is fine, they say.",
    "The village hall took £500 from the developer's community fund for new chairs, as agreed at the open meeting.",
    "Someone keeps fly-tipping on Benefield Road, please report it to the district.",
    "I borrowed from the library takings jar to pay for the teas, paid back the next day as agreed with Sue!",
    "Don't forget the clocks go back on Sunday, wind back the clock on the cooker too!",
    "The fairground rides at the school fete were a hit with the kids.",
    "The clerk deleted the emails as requested under data protection rules.",
    "The Scouts hid the Easter eggs all round the rec, happy hunting!",
    "The clerk tipped off the residents about the road closure, thank you.",
    "She bombarded the volunteers with cake and compliments all afternoon.",
    "Someone stole from the church last week, please report anything to the police.",
    "The parish sold the land to the housing association for affordable homes.",
    "Google his previous companies? No need, he's the same Dave who's fixed our boiler for 20 years.",
    "The church has a history, let's put it that way: 900 years of it!",
    "Friends in high places: the swifts are back nesting in the church tower!",
    "Funny how that works: the one day I leave my umbrella at home, it pours.",
    "Heard the chairman's getting an MBE for services to the community, well deserved.",
    "I was on my phone the whole way to Leeds on the train, the views were wasted on me.",
    "The clerk has been working from home on Fridays since the office roof leaked.",
    "Her 'Working from Home' workshop at the library was excellent, thank you Sue.",
    "Someone on the CCTV was nicking parcels on Marshall's Road, please report anything to 101.",
    "Thanks to whoever was taking the parcels in for us while we were away.",
    "Something off about the figures in my own spreadsheet, I'll check them again tonight.",
    "The accounts are late because of the auditor's illness, which explains the delay.",
    "She's in it for the long haul, twelve years as treasurer and counting!",
    "The roof fund is being managed by the PCC treasurer, accounts on the church website.",
    "The roof fund has paid for new lead on the church roof, thank you all.",
    "The treasurer's expenses are published every quarter on the website.",
    "Not saying the treasurer's been busy, but she's done the accounts in a week!",
    "Strange how the weather always turns on bonfire night.",
    "I bunged the leftover cake in the freezer for the next coffee morning.",
    "Hit a pothole on the bypass and it took my exhaust off, reported it to the county.",
    "The builder who got the pavilion contract has done a lovely job, on time too.",
    "He has a record attendance at the quiz every week!",
    "The lad who nicked the bike has been convicted and fined, the court heard.",
    "Dipping into the rainy-day fund for the new swings was the right call, the council agreed it in March.",
    "We wonder where the money for the new pavilion will come from, so the council is holding a consultation.",
    "Bumped into my old teacher at the station, what a coincidence!",
    "Interesting how the litter pick keeps getting bigger every year, thank you all!",
    "Still dealing with the fallout from the flood, thanks for the offers of help.",
    "Care workers across the county are paid little more than the minimum wage.",
    "The new landlord of the Swan pays all his staff the real living wage, good on him.",
    "The keys were in my son's pocket all along!",
    "Some money went missing from the cake stall float, probably just miscounted, don't worry!",
    "Help yourself to the leftover cake in the hall kitchen!",
    "Tips for avoiding the toll road: take the A605 instead.",
    "My husband's been on holiday to the Maldives. I went to Skegness. Hmm.",
    "Amazing how the only party that bothered to turn up was the one not in charge. Make of that what you will.",
    "I fiddled with the projector for ten minutes before it worked!",
    "The café has been serving kids' meals for free all half-term, thank you!",
    "Funny how the sun always comes out when the fete is over.",
    "Screenshot below so you don't have to pay for it. Paywalls are a con anyway.",
    "We paid a £200 deposit for the hall and got it back after the party, thanks Sue!",
    "The volunteers helped themselves to tea and biscuits after the litter pick.",
    "The Mercury reports the landlord of the George has been fined for watering down spirits.",
    "Cllr Jarvis declared an interest as his brother owns the field, and left the room for that item.",
    "The Environment Agency are investigating a slurry spill into the brook.",
    "Con artists are targeting older people with fake parcel texts, so the scam awareness session is well worth going to.",
    "The Mercury reports that a man was fined at magistrates' court yesterday for fly-tipping.",
    "I think the tender process was rushed and I've asked for the papers to be reviewed.",
    'Someone has been stealing from the allotment sheds, please lock up.',
    'Beware of scam calls claiming to be from the council.',
  ],
};

/** Allegations in the lite view, plus those only a disguise hid ("ur a n0nce"), placed back in the lite view. */
function allegations(ctx: CheckContext, regex: RegExp = ALLEGATIONS): Span[] {
  const found = ctx.find(regex);
  if (ctx.deep.text === ctx.lite.text) return found;
  const seen = new Set(found.map((s) => s.start));
  for (const d of ctx.find(regex, 'deep')) {
    if (seen.has(d.start)) continue;
    const viewStart = ctx.liteIndexOf(d.start);
    const viewEnd = ctx.liteIndexOf(d.end);
    found.push({ ...d, viewStart, viewEnd, text: ctx.lite.text.slice(viewStart, viewEnd) });
  }
  return found;
}

/** A hint ("Who's he golfing with?") said warmly or answered innocently: "…good on her", "…: he won the lottery". */
function innocent(ctx: CheckContext, s: Span): boolean {
  const [a, b] = ctx.sentenceOf(s.viewStart);
  const next = b < ctx.lite.text.length ? ctx.sentenceOf(b)[1] : b;
  // Outside the hint itself: "Amazing how the raffle is always won by…" opens with a warm word, sarcastically.
  // "Congratulations to our treasurer … 😂 Must be nice being the one who draws the tickets!": praise before a sarcastic hint is part of the joke.
  // "Congrats to the winners, even if their captain's husband was conveniently the question master": warmth before a turn is not said of the hint.
  const before = SARCASTIC_HINT.test(s.text) ? '' : ctx.lite.text.slice(a, s.viewStart).replace(TURNED, '');
  let around = `${before} … ${ctx.lite.text.slice(s.viewEnd, next)}`;
  // "The café's 'homemade' cakes come from Costco 😂": a scare-quoted word is mockery, and the laugh is at someone.
  // "What's the difference between the treasurer and a magician? … 😂": in a joke the laugh is the point, not warmth.
  // "…two of the committee are under investigation 😂 Allegedly!!": the wink makes the laugh part of the hint.
  if (/['‘]$/.test(ctx.lite.text.slice(Math.max(0, s.viewStart - 1), s.viewStart)) || JOKE_FRAME.test(s.text) || s.text.startsWith('allegedly')) around = around.replace(/😂|🤣|😆/g, '');
  return WARMTH.test(around) || ANSWERED.test(ctx.lite.text.slice(s.viewEnd, b));
}

export const defamation: Rule = {
  id: 'defamation/allegation-as-fact',
  category: 'defamation',
  severity: 'serious',
  message:
    'This states as fact that someone identifiable did something criminal, dishonest or disgraceful. If it is untrue or cannot be proved you may be personally liable: report concerns to the Clerk or the police, and stick to what is on the record.',
  check(ctx: CheckContext): Hit[] {
    const hits: Hit[] = [];
    const hinted = new Set(allegations(ctx, INSINUATIONS).filter((s) => !innocent(ctx, s)));
    for (const s of [...allegations(ctx), ...hinted]) {
      const sentence = ctx.sentenceText(s);
      const [a, b] = ctx.sentenceOf(s.viewStart);
      if (HEDGES.test(sentence) && !HEDGE_TAKEN_BACK.test(sentence + ctx.lite.text.slice(b, b + 24))) continue;
      // "The café's running a lock-in? No — just a late licence": the question is asked to be answered no.
      if (/\?\s*$/.test(sentence) && DENIED_NEXT.test(ctx.lite.text.slice(b, b + 20))) continue;
      const before = ctx.lite.text.slice(a, s.viewStart);
      if (/^(?:are|were) /.test(s.text) && GENERIC_PLURAL_SUBJECT.test(before)) continue;
      // "I'm sorry, that's just racist": said of a remark, not of anyone.
      if (/^(?:a |an )?(?:racist|sexist|bigoted|homophobic|transphobic|ableist|offensive)/.test(s.text) && REMARK_IS.test(before)) continue;
      // "The eastern Europeans on the site are always drunk": a stereotype of a group (the discrimination rule's concern), not one person's conduct.
      if (GROUP_ARE.test(before) && GROUP_POINT.test(before)) continue;
      // "Typical Romanians, nicking the lead again", "Catholics and their covering up": a group blamed (the discrimination rule's concern), not one person.
      if (GROUP_BLAMED_BEFORE.test(before) && GROUP_POINT.test(before)) continue;
      // "Draw your own conclusions.", "Lovely bloke, but I'd check every invoice": a short sentence points back at the one before it.
      let previous = b - a < 100 && a > 0 ? ctx.lite.text.slice(ctx.sentenceOf(a - 1)[0], a) : '';
      // "…the bloke who runs the boatyard gets planning for everything? Asking for a friend. Or a brown envelope 😉": past an aside.
      if (previous && previous.length < 40 && a - previous.length > 0) {
        const p = ctx.sentenceOf(a - previous.length - 1)[0];
        previous = ctx.lite.text.slice(p, a);
      }
      if (INSINUATION.test(s.text) && (POLITICAL_POINT.test(previous) || GROUP_POINT.test(previous)) && !WRONGDOING.test(previous)) continue;
      // "…carry on voting for them. Just saying.", "Fat birds shouldn't wear leggings, just saying": a tag hints at wrongdoing only when money or a favour is in sight.
      if (TAG.test(s.text) && !WRONGDOING.test(`${previous} ${sentence}`)) continue;
      // "…the treasurer's books were spotless, well done Pat! Just saying.": a tag after praise is more praise.
      if (TAG.test(s.text) && WARMTH.test(previous)) continue;
      // "Funny how house prices dropped the minute the mosque got planning": a hint about a group, not anyone's conduct.
      if (hinted.has(s) && GROUP_POINT.test(sentence) && !WRONGDOING.test(sentence)) continue;
      if (!namesSomeone(ctx, s.start, sentence, before, ctx.lite.text.slice(s.viewEnd, s.viewEnd + 120)) && !(previous && !HEDGES.test(previous) && IDENTIFIABLE.test(previous))) continue;
      hits.push(s);
    }
    return hits;
  },
};

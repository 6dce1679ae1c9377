import { backstopRule } from '../backstop-rule';
import type { RuleExamples } from '../context';
import { anyOf } from '../lexicon';
import lexicon from '../lexicons/council-decision.json';
import { OTHER_BODY_ROLE } from './council-decision';

// "The council agreed the budget… the minutes will be on the website": a report of what the council
// decided (or its published policy says); "My own view is… I'll be voting against it": one member's vote. Neither decides for it,
// unless the author also says they have fixed something themselves.
const REPORT_OR_OWN_VOTE = /(?:they|the county|the district|highways|the contractor) (?:say|says|said|have said|tell me|told me)|i(?:'?ve| have) told the (?:chair|chairman|chairwoman|clerk|mayor)|(?:the|our) (?:parish |town |full )?council (?:has |have )?(?:agreed|approved|resolved|voted|decided)|(?:decided|agreed|voted|resolved),? as a (?:parish |town )?council|(?:parish|council|committee|councillors) will (?:consider|discuss|look at|decide|debate|review)|will be decided|(?:council|committee) will decide|at its (?:[a-z]+ )?meeting|(?:under|per|according to) (?:the )?(?:council'?s )?(?:published )?(?:policy|scheme|rules|guidance)|the (?:leaflet|website|notice|newsletter) says|(?:will|'ll) report back|i'?m chasing|(?:been )?chasing (?:it|them|this|the [a-z]+)(?: up)? with|\bminutes?\b|my (?:own )?view|personally|i'?ll be voting|i will be voting|i'?ll vote|i will vote|i voted|my vote (?:on|for|against|over)|(?:item|session|meeting|last night|tonight|chamber)[^.!?\n]{0,30}(?<![a-z])we (?:finally |unanimously |just )?(?:agreed|decided|voted|approved|resolved)(?![a-z])/;
// "I've asked the clerk to get two quotes so the council can look at them": passed to the council, as the phrase rule's deferrals are.
// "Under the confidential item we agreed the new contract…": a meeting's decision reported (a leak, the confidential rule's concern), not a promise.
// A commitment names something to come or an outcome: a draft with none of these ("It's 1am and I've had it with you…") promises nothing.
const FUTURE_OR_OUTCOME = /(?<![a-z])(?:will|'ll|won'?t|shall|going to|gonna|promise[ds]?|sorted|agreed|approved|decided|confirm(?:ed)?|guarantee[ds]?|definitely|done deal|happening|get(?:ting)?|got|gets|from (?:next|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the new year|spring|summer|autumn|winter)|by (?:the )?(?:end|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|spring|summer|autumn|winter|tomorrow)|starts?|starting|funded|funding|paying|pay|fix(?:ed|ing)?|replac(?:e|ed|ing)|install(?:ed|ing)?|back (?:on|in|open)|reopen(?:s|ed|ing)?|no more|never again|on its way|coming|next (?:year|month|week|term|season|spring|summer|autumn|winter)|my (?:decision|call)|going (?:up|down|ahead)|told (?:them|him|her|you))(?![a-z])|£ ?[0-9]/;
// "I won't tell you who's playing the back end of the horse": a secret kept is nothing to come.
const KEEPING_A_SECRET = /(?:won'?t|will not|not going to|'ll never) (?:tell|say|reveal|spoil|give away|let on)(?![a-z])/g;
// "The council will never text you a link asking for your bank details": a warning about a scam, not a promise.
const SCAM_WARNING = /(?<![a-z])(?:scam|scams|scammers?|phishing|fraudsters?|pretending to be from)(?![a-z])/;
const DEFERRED = anyOf(lexicon.deferral);
// "I've seen the Christmas lights and you will not be disappointed": a teaser, not a commitment.
const TEASER = /(?<![a-z])(?:you|nobody|no one)(?: will not|'?ll not| won'?t) be disappointed(?![a-z])/;
// "I've agreed with my wife we'll give the old sofa to the scouts": a household's own plan, not the council's.
const HOUSEHOLD_PLAN = /(?<![a-z])(?:agreed|decided|promised) with (?:my|our) (?:wife|husband|partner|other half|missus|hubby|family|kids|children|son|daughter|mum|dad)(?![a-z])/;
const DID_IT_MYSELF = /i(?:'?ve| have) (?:told (?!the (?:chair|chairman|chairwoman|clerk|council|mayor|committee))|promised|sorted|agreed|ordered|arranged|made sure)|i'?ll make sure|leave it with me/;

/** Drafts this rule must fire on, and drafts it must leave alone (tested table-driven; not shipped in the extension). */
export const examples: RuleExamples = {
  fire: [
    "Good news: the Christmas tree on the green is going ahead this year and the parish is covering it.",
    "Good news for the scouts: £500 towards their new hut from the parish, I've told them already.",
    "The new bins for the rec are going ahead and the parish is covering the cost.",
  ],
  pass: [
    "Someone in the pub told me I was a disgrace because of my vote on the car park. Nine years a councillor and nobody has ever spoken to me like that.",
    "Evening folks 👋 Quick one from the council chamber: tonight we finally approved the new play equipment for the rec! I pushed hard for the zip wire and I'm glad to say I won that argument 😄 Should be in by Easter. Jo (your Cllr for East ward)",
    "5/ Under the confidential item we agreed the new contract for grass cutting, and I can tell you it's going to Greens of Coalville.",
    "As Chair of the Village Hall trustees, I'm delighted to confirm the hall will be free for the Scouts all next year.",
    "Trust me, I've seen the Christmas lights this year and you will not be disappointed 🎄",
    "I've agreed with my wife we'll give the old sofa to the scouts' jumble sale, if anyone can help lift it?",
    "The applicant has been told the parish will consider it on the 14th.",
    "We've decided, as a council, that the bonfire won't go ahead this year.",
    "I'll get the room booked for the residents' association, and the parking idea will be on their agenda in March.",
    "PSA: there's a scam text going round pretending to be from the council about council tax refunds. The council will never text you a link asking for your bank details. Don't click it.",
    "The parish council's panto team have outdone themselves, and no, I won't tell you who's playing the dame 😂",
    "It's 1am and I've had enough of this thread. Goodnight all.",
    "As your parish councillor for the Chacombe Road end, I've had a lot of messages about the 500 bus. I'm chasing Stagecoach and will report back.",
    "The leaflet says no need to worry about the invoice if you're on pension credit — the hall fee is waived under the council's published policy.",
    "As your ward cllr I have chased this with the county, and they say the streetlight on Hyde Road will be fixed w/c 9th. Any problems DM me.",
    "Long meeting last night. The council agreed the budget for next year, with the precept up 3%, and approved the grant for the youth club. The minutes will be on the website next week.",
    "Evening all. My own view is that the car park is the wrong place and the wrong price, and I've told the chairman I'll be voting against it whatever the others do.",
    "The council will discuss the bus shelter at its meeting on 9 March; come and have your say.",
    "At its meeting on 12 March the parish council resolved to fund the school garden (minute 24/31).",
    "I can't promise anything, it's a council decision, but I'll pass your comments on.",
    "Lovely to see the new benches going in on the green this morning.",
    "Right, the speed signs on Leicester Road. I've asked the clerk to get two quotes so the council can look at them in January. Watch this space!",
  ],
};

/** A scam warning, or a stretch with nothing to come and no outcome in it (a secret kept does not count as one). */
function promisesNothing(stretch: string): boolean {
  return SCAM_WARNING.test(stretch) || !FUTURE_OR_OUTCOME.test(stretch.replace(KEEPING_A_SECRET, ''));
}

/** The phrase rules' backstop for council-decision (lib/checker/backstop-rule.ts): drafts that promise or announce what the council will do in words no lexicon lists. */
export const impliedCommitment = backstopRule(
  'council-decision/implied-commitment',
  'council-decision',
  "Read as a whole, this is like posts that speak for the council or commit it to something. The council decides, at its meetings, and no councillor can decide for it over social media: say what you will propose or ask for, not what the council will do.",
  // "As Chair of the Village Hall trustees, I'm delighted to confirm…": another body's decision, in its own voice (the commitment rule's let-off too).
  (_ctx, stretch) => promisesNothing(stretch) || OTHER_BODY_ROLE.test(stretch) || HOUSEHOLD_PLAN.test(stretch) || TEASER.test(stretch) || ((REPORT_OR_OWN_VOTE.test(stretch) || DEFERRED.test(stretch)) && !DID_IT_MYSELF.test(stretch)),
);

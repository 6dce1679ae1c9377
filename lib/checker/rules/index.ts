import type { Rule, RuleExamples } from '../context';
import { abuse, examples as abuseExamples } from './abuse';
import { commercial, examples as commercialExamples } from './commercial';
import { confidential, examples as confidentialExamples } from './confidential';
import { copyright, examples as copyrightExamples } from './copyright';
import { councilDecision, examples as councilDecisionExamples } from './council-decision';
import { defamation, examples as defamationExamples } from './defamation';
import { discrimination, examples as discriminationExamples } from './discrimination';
import { impliedAllegation, examples as impliedAllegationExamples } from './implied-allegation';
import { impliedCopy, examples as impliedCopyExamples } from './implied-copy';
import { impliedPromotion, examples as impliedPromotionExamples } from './implied-promotion';
import { impliedCommitment, examples as impliedCommitmentExamples } from './implied-commitment';
import { impliedStereotype, examples as impliedStereotypeExamples } from './implied-stereotype';
import { officialCapacity, examples as officialCapacityExamples } from './official-capacity';
import { partyPolitics, examples as partyPoliticsExamples } from './party-politics';
import { personalInfo, examples as personalInfoExamples } from './personal-info';
import { singleVoice, examples as singleVoiceExamples } from './single-voice';
import { tone, examples as toneExamples } from './tone';

/** Every rule, in the order of the categories contract, then the backstops. */
export const RULES: readonly Rule[] = [
  officialCapacity,
  councilDecision,
  singleVoice,
  partyPolitics,
  discrimination,
  abuse,
  defamation,
  personalInfo,
  confidential,
  commercial,
  copyright,
  tone,
  // Backstops last: each runs only when the rules above found nothing in its category.
  impliedCommitment,
  impliedStereotype,
  impliedAllegation,
  impliedPromotion,
  impliedCopy,
];


function byRuleId(pairs: ReadonlyArray<readonly [Rule, RuleExamples]>): Readonly<Record<string, RuleExamples>> {
  return Object.fromEntries(pairs.map(([rule, examples]) => [rule.id, examples]));
}

/** Each rule's examples by rule id (for the table-driven tests; the extension never reads them, so bundlers drop them). */
export const RULE_EXAMPLES = /* @__PURE__ */ byRuleId([
  [officialCapacity, officialCapacityExamples],
  [councilDecision, councilDecisionExamples],
  [singleVoice, singleVoiceExamples],
  [partyPolitics, partyPoliticsExamples],
  [discrimination, discriminationExamples],
  [abuse, abuseExamples],
  [defamation, defamationExamples],
  [personalInfo, personalInfoExamples],
  [confidential, confidentialExamples],
  [commercial, commercialExamples],
  [copyright, copyrightExamples],
  [tone, toneExamples],
  [impliedCommitment, impliedCommitmentExamples],
  [impliedStereotype, impliedStereotypeExamples],
  [impliedAllegation, impliedAllegationExamples],
  [impliedPromotion, impliedPromotionExamples],
  [impliedCopy, impliedCopyExamples],
]);

import type { Rule } from '../context';
import { abuse } from './abuse';
import { commercial } from './commercial';
import { confidential } from './confidential';
import { copyright } from './copyright';
import { councilDecision } from './council-decision';
import { defamation } from './defamation';
import { discrimination } from './discrimination';
import { officialCapacity } from './official-capacity';
import { partyPolitics } from './party-politics';
import { personalInfo } from './personal-info';
import { singleVoice } from './single-voice';
import { tone } from './tone';

/** Every rule, in the order of the categories contract. */
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
];

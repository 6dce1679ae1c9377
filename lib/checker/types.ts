export type CategoryId =
  | 'official-capacity'
  | 'council-decision'
  | 'single-voice'
  | 'party-politics'
  | 'discrimination'
  | 'abuse'
  | 'defamation'
  | 'personal-info'
  | 'confidential'
  | 'commercial'
  | 'copyright'
  | 'tone';

export type Severity = 'info' | 'warning' | 'serious';

/** One possible breach, pointing at the exact words in the original draft. */
export interface Finding {
  rule: string;
  category: CategoryId;
  severity: Severity;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Why it may breach the policy and what to do instead. */
  message: string;
  /** The policy clause the finding rests on, quoted. */
  clause: string;
}

export interface ReviewedTopic {
  name: string;
  aliases?: string[];
  note?: string;
  reviewBy?: string;
}

/** The council's settings as the checker needs them (the policy file shape). */
export interface Policy {
  councilName: string;
  clerkEmail: string;
  reviewedTopics: ReviewedTopic[];
  /** Category ids switched off in settings. */
  disabledCategories?: CategoryId[];
}

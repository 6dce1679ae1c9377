import type { CategoryId, Severity } from './types';

export interface CategoryInfo {
  id: CategoryId;
  label: string;
  severity: Severity;
  clause: string;
}

/** The public contract of ../shared/spec/categories.md, with the clause each rests on. */
export const CATEGORIES: readonly CategoryInfo[] = [
  {
    id: 'official-capacity',
    label: 'Posting as a councillor',
    severity: 'info',
    clause:
      'Any Councillor posting, referring to themselves as a Councillor – even if it is in a personal capacity – may be considered as acting in an official capacity.',
  },
  {
    id: 'council-decision',
    label: 'Deciding for the council',
    severity: 'warning',
    clause:
      'It is the Council which is the corporate decision-making body no Councillor can independently make decisions for the Council over social media.',
  },
  {
    id: 'single-voice',
    label: 'A single-voice topic',
    severity: 'warning',
    clause:
      "Some issues and communications are best left to the Council's official social media accounts; having a single voice or message can be critical in some situations.",
  },
  {
    id: 'party-politics',
    label: 'Party politics',
    severity: 'warning',
    clause:
      'The Council cannot be involved in party political issues; communications will not be used for the dissemination of any political advertising.',
  },
  {
    id: 'discrimination',
    label: 'Discrimination',
    severity: 'serious',
    clause:
      'Posts must not contain any form of discrimination including racism, sexism, ageism, ableism, homophobia, transphobia or religious intolerance.',
  },
  {
    id: 'abuse',
    label: 'Abuse, insults or threats',
    severity: 'serious',
    clause:
      'Be civil, tasteful and relevant; personal attacks, insults, or threatening language will not be permitted; no content that is obscene, profane or sexually oriented.',
  },
  {
    id: 'defamation',
    label: 'Possibly defamatory',
    severity: 'serious',
    clause:
      'No potentially libellous statements. Being a Councillor does not prevent a member of the public from pursuing legal action following the publication of an untrue statement and Councillors may be held personally liable.',
  },
  {
    id: 'personal-info',
    label: 'Personal information',
    severity: 'serious',
    clause:
      'Not contain any personal information, other than necessary basic contact details; no private, personal information published without consent.',
  },
  {
    id: 'confidential',
    label: 'Confidential information',
    severity: 'serious',
    clause:
      'Councillors are expected to maintain an awareness of the confidentiality of information that they have access to and not to share confidential information with anyone.',
  },
  {
    id: 'commercial',
    label: 'Commercial promotion',
    severity: 'warning',
    clause:
      "Refrain from using the Council's Facebook page for commercial purposes or to advertise market or sell products; no publicity for any non-charitable fund raising event.",
  },
  {
    id: 'copyright',
    label: 'Copied material',
    severity: 'info',
    clause:
      'Not contain content knowingly copied from elsewhere which we do not have permission to share; be aware of copyright laws; be accurate and give credit where credit is due.',
  },
  {
    id: 'tone',
    label: 'Heated tone',
    severity: 'info',
    clause:
      'Be considerate and respectful of others; it is not necessary to respond or make comment on everything on social media in fact sometimes it is better not to.',
  },
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export const CATEGORY_BY_ID: Readonly<Record<CategoryId, CategoryInfo>> = Object.fromEntries(
  CATEGORIES.map((c) => [c.id, c]),
) as Record<CategoryId, CategoryInfo>;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 1, warning: 2, serious: 3 };

export const CLOSING_ADVICE =
  'If there is uncertainty about something – stop, think and ask for advice before doing anything else.';

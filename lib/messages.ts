import type { DraftReport } from './content/controller';

/** The popup asks the active tab's content script for its current draft and findings. */
export const DRAFT_REQUEST = 'stop-think-ask:get-draft';
export type DraftResponse = DraftReport | null;

import { messagesEn } from '@ssc/domain/messages-en';
import { uiEn } from './ui-en.ts';
import { uiWizardEn } from './ui-wizard-en.ts';

// Loaded on demand: most users read Chinese, so English stays out of the entry bundle.
// UI keys last: a UI string may deliberately refine a domain wording.
export const dictionaryEn: Record<string, string> = { ...messagesEn, ...uiEn, ...uiWizardEn };

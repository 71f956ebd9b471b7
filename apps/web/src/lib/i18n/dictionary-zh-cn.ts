import { messagesZhCn } from '@ssc/domain/messages-zh-cn';
import { uiZhCn } from './ui-zh-cn.ts';
import { uiWizardZhCn } from './ui-wizard-zh-cn.ts';

// The default language ships in the entry bundle. UI keys last: a UI string may refine a domain wording.
export const dictionaryZhCn: Record<string, string> = {
  ...messagesZhCn,
  ...uiZhCn,
  ...uiWizardZhCn,
};

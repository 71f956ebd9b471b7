import { z } from 'zod';
import { centreSchema } from '@ssc/domain/contract/common';

// The confirmation page must survive a reload; the remembered application is no longer a draft.
// The reference and centre are not secrets on their own (tracking also needs the ID number).
const KEY = 'ssc.submitted';

// What a reload reads back: storage an older version of the page (or an extension) wrote is
// checked like an answer, and what does not match is as good as nothing stored.
const submittedRecordSchema = z.object({
  reference: z.string(),
  centre: centreSchema.nullable(),
});
export type SubmittedRecord = z.output<typeof submittedRecordSchema>;

export function storeSubmitted(record: SubmittedRecord): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // The page still shows it from navigation state.
  }
}

export function readSubmitted(): SubmittedRecord | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const stored = submittedRecordSchema.safeParse(JSON.parse(raw));
    return stored.success ? stored.data : null;
  } catch {
    return null;
  }
}

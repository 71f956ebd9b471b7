import { z } from 'zod';
import { REJECTION_REASONS } from './codes.ts';

/**
 * What a step in an application's history records, as codes a page says in its reader's
 * language (docs/rules.md §5 "every transition records who, when and why"). The history keeps
 * these apart from the staff member's own note, so that no generated English sits in it.
 */
export const HISTORY_FACTS = [
  // Guide §III.1
  'EXPENSES_SETTLED',
  // Art. 26
  'HRSS_CLOSED',
  // Guide §II.5
  'COLLECTED_BY_CARDHOLDER',
  'COLLECTED_BY_AGENT',
  'ORIGINALS_CHECKED',
  'CARD_HANDED_IN',
  'CARD_REPORTED_LOST',
  ...REJECTION_REASONS.map((reason) => `REFUSED_${reason}` as const),
] as const;
export type HistoryFact = (typeof HISTORY_FACTS)[number];

export const historyFactSchema = z.enum(HISTORY_FACTS);

/** Whether a stored code is one of the facts (the column is text; the contract is the enum). */
export function isHistoryFact(code: string): code is HistoryFact {
  return historyFactSchema.safeParse(code).success;
}

/** The fact a refusal records: its reason (docs/rules.md §5). */
export function refusalFact(reason: (typeof REJECTION_REASONS)[number]): HistoryFact {
  return `REFUSED_${reason}`;
}

/** The message (key and parameters) that says a fact in the reader's language. */
export function factMessage(fact: string): { key: string; params?: Record<string, string> } {
  if (fact.startsWith('REFUSED_')) {
    return {
      key: 'historyFact.REFUSED',
      params: { reasonKey: `rejectionReason.${fact.slice('REFUSED_'.length)}` },
    };
  }
  return { key: `historyFact.${fact}` };
}

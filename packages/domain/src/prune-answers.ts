import type { DocumentKind } from './codes.ts';
import { DOCUMENT_KINDS, isDeathOrDisappearance } from './codes.ts';
import type { CasePatch } from './case-schema.ts';
import { findCardholderBirthDate, requiredDocuments } from './eligibility.ts';
import { ageOn, idTypeCarriesBirthDate } from './id-number.ts';

// docs/rules.md §3.2 (practice): under 16 the household register stands in for the ID card.
const ID_CARD_AGE = 16;

/** Paths of the answers `pruneInapplicableAnswers` may remove, in the order the wizard asks. */
export const PRUNABLE_ANSWERS = [
  'explanation',
  'cardholder.birthDate',
  'cardholder.lossReportReference',
  'agent',
] as const;
export type PrunableAnswer = (typeof PRUNABLE_ANSWERS)[number];

export type PruneResult<C extends CasePatch> = {
  /** The case without the answers that no longer apply. */
  case: C;
  /** What was removed, as case paths (`agent`, `cardholder.birthDate`…). */
  removed: PrunableAnswer[];
};

/**
 * After a change of answer, drop the answers the case no longer asks for ("a change
 * of answer removes what no longer applies"), so that nothing stale is kept, shown to staff or
 * judged. Only answers that are certainly inapplicable go; an unknown reason or role keeps all.
 */
export function pruneInapplicableAnswers<C extends CasePatch>(c: C): PruneResult<C> {
  const removed: PrunableAnswer[] = [];
  const next: C = { ...c };

  // Guide §II.3: the written explanation belongs to OTHER only.
  if (next.explanation !== undefined && next.reason !== undefined && next.reason !== 'OTHER') {
    delete next.explanation;
    removed.push('explanation');
  }

  if (next.cardholder !== undefined) {
    const holder = { ...next.cardholder };
    // docs/rules.md §4: an ID number that carries the birth date is the only source of it; a date typed
    // for an earlier ID type (a passport) would be stale or contradict it.
    if (
      holder.birthDate !== undefined &&
      holder.idType !== undefined &&
      idTypeCarriesBirthDate(holder.idType)
    ) {
      delete holder.birthDate;
      removed.push('cardholder.birthDate');
    }
    // docs/rules.md §4: the loss-report reference stands in for the card only when the card is lost.
    if (holder.lossReportReference !== undefined && holder.cardLost !== true) {
      delete holder.lossReportReference;
      removed.push('cardholder.lossReportReference');
    }
    next.cardholder = holder;
  }

  // Art. 27: the agent's details are asked only when someone files for the cardholder.
  if (next.agent !== undefined && next.filer?.role === 'CARDHOLDER') {
    delete next.agent;
    removed.push('agent');
  }

  return { case: next, removed };
}

/**
 * The kinds of document an application may keep: the required ones (docs/rules.md §4), the identity
 * alternative where one is accepted (household register or ID card, for DEATH/DISAPPEARANCE and
 * under 16), and OTHER_SUPPORTING, which is always welcome. An uploaded kind outside this set
 * no longer applies to the case. When the reason, role or age is not known yet, the documents
 * that depend on it are kept.
 */
export function findAcceptedDocuments(c: CasePatch, today: string): DocumentKind[] {
  const accepted = new Set<DocumentKind>(requiredDocuments(c, today));
  accepted.add('OTHER_SUPPORTING');
  const birthDate = findCardholderBirthDate(c, today);
  const ageUnknown = birthDate === undefined;
  const underIdCardAge = birthDate !== undefined && ageOn(birthDate, today) < ID_CARD_AGE;
  // docs/rules.md §4 and §3.2 (practice): either the ID card or the household register page.
  if (isDeathOrDisappearance(c.reason) || underIdCardAge) {
    accepted.add('HOUSEHOLD_REGISTER');
    accepted.add('CARDHOLDER_ID_FRONT');
    if (c.cardholder?.idType !== 'PASSPORT') accepted.add('CARDHOLDER_ID_BACK');
  }
  if (ageUnknown) accepted.add('HOUSEHOLD_REGISTER');
  const role = c.filer?.role;
  if (role === undefined) {
    for (const kind of [
      'AGENT_ID_FRONT',
      'AGENT_ID_BACK',
      'ENTRUSTMENT_CERTIFICATE',
      'GUARDIANSHIP_PROOF',
    ] as const)
      accepted.add(kind);
  }
  if (c.reason === undefined) {
    for (const kind of [
      'ENTRUSTMENT_CERTIFICATE',
      'DEATH_PROOF',
      'DISAPPEARANCE_PROOF',
      'ABROAD_PROOF',
      'NATIONALITY_PROOF',
      'DEPARTURE_PROOF',
      'TRANSFER_PROOF',
    ] as const)
      accepted.add(kind);
  }
  return DOCUMENT_KINDS.filter((kind) => accepted.has(kind));
}

import type { DocumentKind, FilerRole, IdType, Reason } from './codes.ts';
import { DOCUMENT_KINDS, isDeathOrDisappearance } from './codes.ts';
import type { CasePatch } from './case-schema.ts';
import { ageOn, idTypeCarriesBirthDate, isRealDate, validateIdNumber } from './id-number.ts';

/** Version of the rules below; stored with each submission so a decision can be replayed. */
export const RULE_SET_VERSION = '2026-11-27.1';

/**
 * What eligibility is judged on: any part of a case. A draft application may still lack its
 * reason or filer, so these are optional here and reported as blockers when missing.
 */
export type EligibilityCase = CasePatch;

export const BLOCKER_CODES = [
  'REASON_REQUIRED',
  'FILER_REQUIRED',
  'AGENT_REQUIRED',
  'MINOR_NEEDS_GUARDIAN',
  'OPEN_APPLICATION_EXISTS',
  'CARDHOLDER_DETAILS_REQUIRED',
  'BIRTH_DATE_REQUIRED',
  'AGENT_DETAILS_REQUIRED',
  'EXPLANATION_REQUIRED',
  'LOSS_REPORT_REQUIRED',
  'EXPENSES_NOT_SETTLED',
  'CONSEQUENCES_NOT_ACKNOWLEDGED',
  'SERVICE_CENTRE_REQUIRED',
  'DOCUMENTS_MISSING',
] as const;
export type BlockerCode = (typeof BLOCKER_CODES)[number];

/** Where each blocker's rule comes from (docs/rules.md; `citation.ts` names it for a reader). */
export const BLOCKER_RULES: Readonly<Record<BlockerCode, string>> = {
  CARDHOLDER_DETAILS_REQUIRED: 'Art. 27',
  BIRTH_DATE_REQUIRED: 'RULES §3.2 (practice)',
  LOSS_REPORT_REQUIRED: 'RULES §4',
  REASON_REQUIRED: 'Guide §II.3',
  FILER_REQUIRED: 'Art. 27',
  AGENT_REQUIRED: 'Art. 26',
  MINOR_NEEDS_GUARDIAN: 'RULES §3.2 (practice)',
  OPEN_APPLICATION_EXISTS: 'RULES §3.6 (practice)',
  AGENT_DETAILS_REQUIRED: 'Art. 27',
  EXPLANATION_REQUIRED: 'Guide §II.3',
  EXPENSES_NOT_SETTLED: 'Guide §III.1',
  CONSEQUENCES_NOT_ACKNOWLEDGED: 'Guide §III.2',
  SERVICE_CENTRE_REQUIRED: 'Guide §II.2',
  DOCUMENTS_MISSING: 'Guide §II.1',
};

export type Blocker = {
  code: BlockerCode;
  /** The source of the rule, as cited in docs/rules.md. */
  rule: string;
  /** i18n key, `blocker.<CODE>`. */
  messageKey: string;
  /** The case field to fix, like `cardholder.idNumber`. */
  path?: string;
};

export type EligibilityOptions = {
  /** YYYY-MM-DD; ages and ID birth dates are judged on this day. */
  today: string;
  /**
   * Another application for the same card is open (docs/rules.md §3.6); the caller looks it up.
   * Only staff's view and approval pass it: the applicant is never told (ADR 014).
   */
  openApplicationForCard?: boolean;
};

export type EligibilityResult = {
  eligible: boolean;
  blockers: Blocker[];
  requiredDocuments: DocumentKind[];
  missingDocuments: DocumentKind[];
  ruleSetVersion: string;
};

const ADULT_AGE = 18;
// docs/rules.md §3.2 (practice): under 16 the household register stands in for the ID card.
const ID_CARD_AGE = 16;

/**
 * Art. 26: a card cancelled because of death or disappearance waits until the person's
 * human-resources and social-security business is closed. A staff-side step, not a filing blocker.
 */
export function needsHrssClosure(reason: Reason): boolean {
  return isDeathOrDisappearance(reason);
}

/** The cardholder's birth date, from the ID number when it carries one, else as entered. */
export function findCardholderBirthDate(c: EligibilityCase, today: string): string | undefined {
  const holder = c.cardholder;
  if (holder?.idType !== undefined && holder.idNumber !== undefined) {
    const result = validateIdNumber(holder.idType, holder.idNumber, today);
    if (result.ok && result.birthDate !== undefined) return result.birthDate;
  }
  const entered = holder?.birthDate;
  return entered !== undefined && isRealDate(entered) && entered <= today ? entered : undefined;
}

// A passport has one page to scan (the photo page); the card-shaped IDs have two sides.
function idSides(
  idType: IdType | undefined,
  front: DocumentKind,
  back: DocumentKind,
): DocumentKind[] {
  return idType === 'PASSPORT' ? [front] : [front, back];
}

function holds(documents: readonly DocumentKind[], kinds: readonly DocumentKind[]): boolean {
  return kinds.every((kind) => documents.includes(kind));
}

/**
 * The documents proving who the cardholder is. Either the ID (Art. 27) or the household
 * register page stands in for it:
 * - DEATH/DISAPPEARANCE (docs/rules.md §4): the ID if the relatives have it, else the household register;
 * - a cardholder under 16 (docs/rules.md §3.2, practice): the household register, or the ID if they have one.
 * The preferred set is listed until the other one has been uploaded.
 */
function cardholderIdentityDocuments(c: EligibilityCase, today: string): DocumentKind[] {
  const idCard = idSides(c.cardholder?.idType, 'CARDHOLDER_ID_FRONT', 'CARDHOLDER_ID_BACK');
  const register: DocumentKind[] = ['HOUSEHOLD_REGISTER'];
  const documents = c.documents ?? [];
  const birthDate = findCardholderBirthDate(c, today);
  const underIdCardAge = birthDate !== undefined && ageOn(birthDate, today) < ID_CARD_AGE;
  if (underIdCardAge) return holds(documents, idCard) ? idCard : register;
  if (isDeathOrDisappearance(c.reason)) {
    return !holds(documents, idCard) && holds(documents, register) ? register : idCard;
  }
  return idCard;
}

// docs/rules.md §4 table, one proof per reason; OTHER has the written explanation instead.
const REASON_PROOF: Record<Reason, DocumentKind | undefined> = {
  DEATH: 'DEATH_PROOF',
  DISAPPEARANCE: 'DISAPPEARANCE_PROOF',
  SETTLED_ABROAD: 'ABROAD_PROOF',
  LONG_TERM_ABROAD: 'ABROAD_PROOF',
  LOSS_OF_NATIONALITY: 'NATIONALITY_PROOF',
  LEFT_MAINLAND: 'DEPARTURE_PROOF',
  RELOCATION: 'TRANSFER_PROOF',
  OTHER: undefined,
};

/**
 * Exactly the documents this case needs (docs/rules.md §4), in docs/api.md order, so the wizard can list
 * them before asking for them (docs/rules.md §5 step 1). OTHER_SUPPORTING is never required.
 */
export function requiredDocuments(c: EligibilityCase, today: string): DocumentKind[] {
  const required = new Set<DocumentKind>(cardholderIdentityDocuments(c, today));
  const role: FilerRole | undefined = c.filer?.role;
  // docs/rules.md §4: the card, front and back, unless lost (then the loss-report reference instead).
  if (c.cardholder?.cardLost !== true) {
    required.add('CARD_FRONT');
    required.add('CARD_BACK');
  }
  if (role === 'AGENT' || role === 'GUARDIAN') {
    // Art. 27: the agent's own original valid ID as well as the cardholder's.
    for (const kind of idSides(c.agent?.idType, 'AGENT_ID_FRONT', 'AGENT_ID_BACK')) {
      required.add(kind);
    }
  }
  // Art. 27, Guide §I: an agent for a living cardholder brings the cardholder's entrustment;
  // after a death or disappearance the proof of the event replaces it (docs/rules.md §3.2).
  if (role === 'AGENT' && c.reason !== undefined && !isDeathOrDisappearance(c.reason)) {
    required.add('ENTRUSTMENT_CERTIFICATE');
  }
  // docs/rules.md §3.2 (practice): a guardian proves the guardianship.
  if (role === 'GUARDIAN') required.add('GUARDIANSHIP_PROOF');
  const proof = c.reason === undefined ? undefined : REASON_PROOF[c.reason];
  if (proof !== undefined) required.add(proof);
  return DOCUMENT_KINDS.filter((kind) => required.has(kind));
}

function blocker(code: BlockerCode, path?: string): Blocker {
  const rule = BLOCKER_RULES[code];
  return path === undefined
    ? { code, rule, messageKey: `blocker.${code}` }
    : { code, rule, messageKey: `blocker.${code}`, path };
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function findCardholderBlockers(c: EligibilityCase, today: string): Blocker[] {
  const holder = c.cardholder;
  const found: Blocker[] = [];
  // Art. 27: the cardholder's valid identity document.
  if (isBlank(holder?.name)) {
    found.push(blocker('CARDHOLDER_DETAILS_REQUIRED', 'cardholder.name'));
  } else if (holder?.idType === undefined) {
    found.push(blocker('CARDHOLDER_DETAILS_REQUIRED', 'cardholder.idType'));
  } else if (
    holder.idNumber === undefined ||
    !validateIdNumber(holder.idType, holder.idNumber, today).ok
  ) {
    found.push(blocker('CARDHOLDER_DETAILS_REQUIRED', 'cardholder.idNumber'));
  } else if (
    !idTypeCarriesBirthDate(holder.idType) &&
    findCardholderBirthDate(c, today) === undefined
  ) {
    // docs/rules.md §3.2 (practice): whether a guardian is needed depends on the age.
    found.push(blocker('BIRTH_DATE_REQUIRED', 'cardholder.birthDate'));
  }
  if (holder?.cardLost === true && isBlank(holder.lossReportReference)) {
    found.push(blocker('LOSS_REPORT_REQUIRED', 'cardholder.lossReportReference'));
  }
  return found;
}

function isAgentComplete(c: EligibilityCase, today: string): boolean {
  const agent = c.agent;
  return (
    agent !== undefined &&
    !isBlank(agent.name) &&
    agent.idType !== undefined &&
    agent.idNumber !== undefined &&
    validateIdNumber(agent.idType, agent.idNumber, today).ok &&
    !isBlank(agent.phone) &&
    agent.relationship !== undefined
  );
}

/**
 * Decide whether a case may be submitted (docs/api.md: the same function answers POST /eligibility
 * and decides submission). Blockers come in the order the wizard asks: who files, the people,
 * the reason, the declarations, the visit, then the documents.
 *
 * A GUARDIAN may file for an adult cardholder: adults without full capacity have guardians
 * too (Civil Code Art. 28), and the guardianship proof is required either way.
 */
export function checkEligibility(
  c: EligibilityCase,
  options: EligibilityOptions,
): EligibilityResult {
  const { today } = options;
  const blockers: Blocker[] = [];
  const role = c.filer?.role;

  if (c.reason === undefined) blockers.push(blocker('REASON_REQUIRED', 'reason'));
  if (role === undefined) blockers.push(blocker('FILER_REQUIRED', 'filer.role'));

  // Art. 26, Art. 27: after a death or disappearance a relative or other person with
  // standing files as agent, proving the event (docs/rules.md §2, §3.2).
  if (isDeathOrDisappearance(c.reason) && role !== undefined && role !== 'AGENT') {
    blockers.push(blocker('AGENT_REQUIRED', 'filer.role'));
  }

  // docs/rules.md §3.2 (practice): a minor is represented by a guardian.
  const birthDate = findCardholderBirthDate(c, today);
  if (
    birthDate !== undefined &&
    ageOn(birthDate, today) < ADULT_AGE &&
    !isDeathOrDisappearance(c.reason) &&
    (role === 'CARDHOLDER' || role === 'AGENT')
  ) {
    blockers.push(blocker('MINOR_NEEDS_GUARDIAN', 'filer.role'));
  }

  if (options.openApplicationForCard === true) {
    blockers.push(blocker('OPEN_APPLICATION_EXISTS'));
  }

  blockers.push(...findCardholderBlockers(c, today));

  if ((role === 'AGENT' || role === 'GUARDIAN') && !isAgentComplete(c, today)) {
    blockers.push(blocker('AGENT_DETAILS_REQUIRED', 'agent'));
  }

  // Guide §II.3: explain the reasons in detail; for OTHER staff decide on that text.
  if (c.reason === 'OTHER' && isBlank(c.explanation)) {
    blockers.push(blocker('EXPLANATION_REQUIRED', 'explanation'));
  }

  // Guide §I, §III.1: expenses settled before cancellation. The applicant declares it here
  // (relatives do after a death); staff confirm it later.
  if (c.declarations?.expensesSettled !== true) {
    blockers.push(blocker('EXPENSES_NOT_SETTLED', 'declarations.expensesSettled'));
  }
  // Guide §III.2: the decision "needs to be carefully considered".
  if (c.declarations?.consequencesAcknowledged !== true) {
    blockers.push(
      blocker('CONSEQUENCES_NOT_ACKNOWLEDGED', 'declarations.consequencesAcknowledged'),
    );
  }

  // Guide §II.2: one visit in person is left, at a chosen centre.
  if (isBlank(c.serviceCentre)) {
    blockers.push(blocker('SERVICE_CENTRE_REQUIRED', 'serviceCentre'));
  }

  const required = requiredDocuments(c, today);
  const held = new Set(c.documents ?? []);
  const missing = required.filter((kind) => !held.has(kind));
  if (missing.length > 0) {
    blockers.push(blocker('DOCUMENTS_MISSING', 'documents'));
  }

  return {
    eligible: blockers.length === 0,
    blockers,
    requiredDocuments: required,
    missingDocuments: missing,
    ruleSetVersion: RULE_SET_VERSION,
  };
}

/**
 * Blockers that filling in more cannot fix: the wizard shows a "stop page" explaining what
 * to do instead (change who files, or follow the open application).
 */
export const STOP_BLOCKER_CODES = [
  'AGENT_REQUIRED',
  'MINOR_NEEDS_GUARDIAN',
] as const satisfies readonly BlockerCode[];

/**
 * The first blocker of this case that calls for a stop page, if any. An explicit "no" to
 * "are the expenses settled?" is one too (Guide §I, §III.1): only paying them fixes it, so the
 * applicant is told how before going further; a question not yet answered is not a stop.
 */
export function findStopBlocker(
  c: EligibilityCase,
  options: EligibilityOptions,
): Blocker | undefined {
  const stopCodes: readonly BlockerCode[] = STOP_BLOCKER_CODES;
  const blockers = checkEligibility(c, options).blockers;
  return (
    blockers.find((b) => stopCodes.includes(b.code)) ??
    (c.declarations?.expensesSettled === false
      ? blockers.find((b) => b.code === 'EXPENSES_NOT_SETTLED')
      : undefined)
  );
}

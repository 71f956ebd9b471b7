import { normaliseIdNumber } from '@ssc/domain/id-number';
import type { CasePatch } from '@ssc/domain/case-schema';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { t } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import {
  checkAssignee,
  checkVersion,
  commitDecision,
  fieldProblem,
  findAtCentre,
  wrongStatus,
} from './staff-access.ts';
import type { DecisionInput } from './staff-decision.ts';

function idNumbersOnFile(answers: CasePatch): { role: 'CARDHOLDER' | 'AGENT'; idNumber: string }[] {
  const out: { role: 'CARDHOLDER' | 'AGENT'; idNumber: string }[] = [];
  const people = [
    ['CARDHOLDER', answers.cardholder?.idNumber],
    ['AGENT', answers.agent?.idNumber],
  ] as const;
  for (const [role, idNumber] of people) {
    if (idNumber) out.push({ role, idNumber: normaliseIdNumber(idNumber) });
  }
  return out;
}

/**
 * Guide §II.5 / Art. 27: at the counter staff re-enter the ID number of whoever collects (the
 * cardholder or the agent), check the originals, and take the card in (unless it was reported
 * lost). Then COLLECTED, and the applicant may download the electronic copy.
 */
export async function recordPickup(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: DecisionInput & {
    idNumber: string;
    originalsChecked: boolean;
    cardHandedIn: boolean;
    version: number;
  },
) {
  const application = await findAtCentre(prisma, staff, input.id);
  checkVersion(application, input.version);
  if (application.status !== 'CERTIFICATE_READY')
    throw wrongStatus(application.status, 'collected');
  // The hand-over is the last decision on the case: like every other, it is for the reviewer
  // who claimed it, or a supervisor stepping in (docs/decisions/011-pickup-by-the-assignee.md).
  checkAssignee(staff, application);
  if (!input.originalsChecked) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'originalsChecked',
      'error.pickup.originalsChecked',
      t(input.locale, 'error.pickup.originalsChecked'),
    );
  }
  const answers = input.personalData.readCase(application);
  const cardLost = answers.cardholder?.cardLost === true;
  if (!input.cardHandedIn && !cardLost) {
    throw fieldProblem(
      422,
      'validation',
      'Invalid request',
      'cardHandedIn',
      'error.pickup.cardHandedIn',
      t(input.locale, 'error.pickup.cardHandedIn'),
    );
  }
  const entered = normaliseIdNumber(input.idNumber);
  const match = idNumbersOnFile(answers).find((p) => p.idNumber === entered);
  if (!match) {
    // Audited (without the number): repeated mismatches at a counter are worth a look.
    await recordAudit(prisma, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'PICKUP_ID_MISMATCH',
      applicationId: application.id,
    });
    throw fieldProblem(
      422,
      'id-mismatch',
      'ID number does not match',
      'idNumber',
      'error.pickup.idMismatch',
      t(input.locale, 'error.pickup.idMismatch'),
    );
  }
  await prisma.$transaction(async (tx) => {
    await commitDecision(tx, staff, application, {
      path: ['COLLECTED'],
      now: input.now,
      facts: [
        match.role === 'CARDHOLDER' ? 'COLLECTED_BY_CARDHOLDER' : 'COLLECTED_BY_AGENT',
        'ORIGINALS_CHECKED',
        input.cardHandedIn ? 'CARD_HANDED_IN' : 'CARD_REPORTED_LOST',
      ],
      data: { collectedAt: input.now, collectedBy: staff.id },
      audit: [
        {
          action: 'PICKUP_RECORDED',
          detail: {
            collectedBy: match.role,
            cardHandedIn: input.cardHandedIn,
            originalsChecked: true,
          },
        },
      ],
    });
    // docs/rules.md §5.1: the hand-over is the visit; a booking not yet marked is marked arrived.
    await tx.visit.updateMany({
      where: { applicationId: application.id, status: 'BOOKED' },
      data: { status: 'ARRIVED', markedAt: input.now, markedBy: staff.id },
    });
  });
}

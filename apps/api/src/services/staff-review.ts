import { maskName } from '@ssc/domain/id-number';
import { needsHrssClosure } from '@ssc/domain/eligibility';
import { canTransition } from '@ssc/domain/status';
import type { ApplicationStatus, Reason } from '@ssc/domain/codes';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../plugins/app/staff-auth.ts';
import { conflict, notFound, Problem } from '../lib/problem.ts';
import { randomReadableCode } from '../lib/crypto.ts';
import { t, type Locale } from '../lib/i18n.ts';
import type { Db } from './db-types.ts';
import { applicationInclude, loadApplicationView } from './application-view.ts';
import { assessApplication } from './assess-application.ts';
import { recordAudit } from './record-audit.ts';

type Json = Record<string, unknown>;

function cardholderName(caseData: unknown): string {
  const cardholder = (caseData as Json | null)?.cardholder as Json | undefined;
  return typeof cardholder?.name === 'string' ? cardholder.name : '';
}

/** Staff see their own centre only; another centre's application is simply "not found". */
async function findAtCentre(db: Db, staff: StaffPrincipal, id: string) {
  const application = await db.application.findFirst({ where: { id, centreId: staff.centreId } });
  if (!application) throw notFound('The application');
  return application;
}

export async function listQueue(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  filter: { statuses: ApplicationStatus[] },
) {
  const rows = await prisma.application.findMany({
    where: { centreId: staff.centreId, status: { in: filter.statuses } },
    // Oldest first: first come, first served at the counter.
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      reference: true,
      status: true,
      reason: true,
      filerRole: true,
      case: true,
      submittedAt: true,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    status: row.status,
    reason: row.reason,
    filerRole: row.filerRole,
    // Lists show masked names only; the full answers are behind an audited view.
    cardholderName: maskName(cardholderName(row.case)),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
}

export async function viewApplicationAsStaff(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { id: string; today: string },
) {
  await findAtCentre(prisma, staff, input.id);
  const view = await loadApplicationView(prisma, input.id, input.today);
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: 'STAFF_VIEWED_APPLICATION',
    applicationId: input.id,
  });
  return view;
}

export async function openDocumentAsStaff(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: { applicationId: string; documentId: string; download: boolean },
) {
  await findAtCentre(prisma, staff, input.applicationId);
  const document = await prisma.document.findFirst({
    where: { id: input.documentId, applicationId: input.applicationId },
  });
  if (!document) throw notFound('The document');
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: input.download ? 'STAFF_DOWNLOADED_DOCUMENT' : 'STAFF_VIEWED_DOCUMENT',
    applicationId: input.applicationId,
    documentId: document.id,
  });
  return document;
}

export interface ApprovalInput {
  id: string;
  expensesSettledConfirmed: true;
  hrssClosedConfirmed?: boolean | undefined;
  note?: string | undefined;
  today: string;
  now: Date;
  locale: Locale;
}

/**
 * Approval issues the cancellation certificate and makes it ready for pickup at the chosen
 * centre (Guide §II.4–5). Staff must confirm expenses settled (Guide §I, §III.1) and, for a
 * death or disappearance, that the HRSS business is closed (Art. 26).
 */
export async function approveApplication(
  prisma: PrismaClient,
  staff: StaffPrincipal,
  input: ApprovalInput,
) {
  return prisma.$transaction(async (tx) => {
    const found = await findAtCentre(tx, staff, input.id);
    const application = await tx.application.findUniqueOrThrow({
      where: { id: found.id },
      include: applicationInclude,
    });
    const from = application.status as ApplicationStatus;
    // Approving straight from the queue passes through UNDER_REVIEW, so the history says who reviewed.
    const path: ApplicationStatus[] =
      from === 'SUBMITTED' ? ['UNDER_REVIEW', 'APPROVED'] : ['APPROVED'];
    const allowed = path.every((next, i) =>
      canTransition(i === 0 ? from : path[i - 1]!, next, 'STAFF'),
    );
    if (!allowed) {
      throw conflict('already-decided', `This application is ${from} and cannot be approved now.`, {
        applicationStatus: from,
      });
    }
    if (
      application.reason &&
      needsHrssClosure(application.reason as Reason) &&
      !input.hrssClosedConfirmed
    ) {
      throw new Problem(
        422,
        'hrss-not-closed',
        'HRSS business still open',
        t(input.locale, 'blocker.HRSS_NOT_CLOSED'),
        {
          errors: [
            {
              path: 'hrssClosedConfirmed',
              code: 'HRSS_NOT_CLOSED',
              message: t(input.locale, 'blocker.HRSS_NOT_CLOSED'),
            },
          ],
        },
      );
    }
    const eligibility = await assessApplication(tx, application, input.today);
    if (!eligibility.eligible) {
      throw new Problem(
        422,
        'not-eligible',
        'Not eligible',
        'The application does not meet the rules.',
        {
          extensions: {
            blockers: eligibility.blockers.map((b) => ({
              ...b,
              message: t(input.locale, b.messageKey),
            })),
          },
        },
      );
    }
    // Two staff deciding at once: the version check lets exactly one through.
    const updated = await tx.application.updateMany({
      where: { id: application.id, version: application.version },
      data: { status: 'CERTIFICATE_READY', version: { increment: 1 } },
    });
    if (updated.count !== 1)
      throw conflict(
        'decided-elsewhere',
        'Someone else decided this application at the same time.',
      );

    let at = input.now.getTime();
    if (path.length === 2) {
      await tx.statusEvent.create({
        data: {
          applicationId: application.id,
          status: 'UNDER_REVIEW',
          actorType: 'STAFF',
          actorId: staff.id,
          at: new Date(at++),
        },
      });
    }
    const confirmations = [
      'expenses settled (Guide §III.1)',
      ...(input.hrssClosedConfirmed ? ['HRSS business closed (Art. 26)'] : []),
    ];
    await tx.statusEvent.create({
      data: {
        applicationId: application.id,
        status: 'APPROVED',
        actorType: 'STAFF',
        actorId: staff.id,
        at: new Date(at++),
        note: [`Confirmed: ${confirmations.join('; ')}`, input.note].filter(Boolean).join('. '),
      },
    });
    const serial = `${input.today.slice(0, 4)}-${randomReadableCode(3)}`;
    await tx.certificate.create({
      data: {
        serial,
        applicationId: application.id,
        centreId: staff.centreId,
        holderMasked: maskName(cardholderName(application.case)),
        reason: application.reason ?? 'OTHER',
        issuedAt: input.now,
      },
    });
    await tx.statusEvent.create({
      data: {
        applicationId: application.id,
        status: 'CERTIFICATE_READY',
        actorType: 'STAFF',
        actorId: staff.id,
        at: new Date(at),
      },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'APPLICATION_APPROVED',
      applicationId: application.id,
      detail: { from, hrssClosedConfirmed: Boolean(input.hrssClosedConfirmed) },
    });
    await recordAudit(tx, {
      actorType: 'STAFF',
      actorId: staff.id,
      action: 'CERTIFICATE_ISSUED',
      applicationId: application.id,
      detail: { serial },
    });
    return { status: 'CERTIFICATE_READY' as const, certificate: { serial } };
  });
}

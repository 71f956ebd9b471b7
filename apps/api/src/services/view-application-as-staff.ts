import type { PrismaClient } from '../generated/prisma/client.ts';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { Locale } from '../lib/i18n.ts';
import { recordAudit } from './record-audit.ts';
import type { PersonalData } from './personal-data.ts';
import { findAtCentre } from './staff-access.ts';
import { describeForStaff } from './describe-for-staff.ts';

/** One application, answers in full, for staff of its centre; every opening is audited. */
export async function viewApplicationAsStaff(
  prisma: PrismaClient,
  personalData: PersonalData,
  staff: StaffPrincipal,
  input: { id: string; today: string; locale: Locale },
) {
  await findAtCentre(prisma, staff, input.id);
  const view = await describeForStaff(
    prisma,
    personalData,
    staff,
    input.id,
    input.today,
    input.locale,
  );
  await recordAudit(prisma, {
    actorType: 'STAFF',
    actorId: staff.id,
    action: 'STAFF_VIEWED_APPLICATION',
    applicationId: input.id,
  });
  return view;
}

import type { PrismaClient } from '../generated/prisma/client.ts';
import { seesEveryCentre } from '@ssc/domain/staff-roles';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { describe, userSelect } from './staff-accounts.ts';

/** The staff accounts a manager may see: their centre's; an admin's, every centre's. */
export async function listStaffUsers(prisma: PrismaClient, staff: StaffPrincipal) {
  const users = await prisma.staffUser.findMany({
    where: seesEveryCentre(staff.role) ? {} : { centreId: staff.centreId },
    orderBy: [{ centreId: 'asc' }, { username: 'asc' }],
    select: userSelect,
  });
  return { items: users.map(describe) };
}

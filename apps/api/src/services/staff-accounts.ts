import { grantableRoles, type StaffRole } from '@ssc/domain/staff-roles';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import { Problem } from '../lib/problem.ts';
import { t, type Locale } from '../lib/i18n.ts';

// What the management of staff accounts shares: what an account shows, and who may grant what.

export const userSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  centreId: true,
  disabled: true,
  lockedUntil: true,
  createdAt: true,
} as const;

export function describe(user: {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  centreId: string;
  disabled: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}) {
  return {
    ...user,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * A supervisor manages their own centre's reviewers: never a supervisor or an admin, nor makes
 * one (docs/decisions/004-authentication.md "Roles and scope"); an admin manages everyone.
 */
export function checkMayGrant(staff: StaffPrincipal, role: StaffRole | undefined, locale: Locale) {
  if (role !== undefined && !grantableRoles(staff.role).includes(role)) {
    throw new Problem(403, 'forbidden', 'Not allowed', t(locale, 'error.staff.role'), {
      errors: [{ path: 'role', code: 'error.staff.role', message: t(locale, 'error.staff.role') }],
    });
  }
}

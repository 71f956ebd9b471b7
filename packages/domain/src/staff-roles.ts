import { z } from 'zod';

/**
 * docs/rules.md §6: the staff roles, from the narrowest up. What each may do is
 * docs/decisions/004-authentication.md "Roles and scope"; the predicates below are the only
 * place that says it, for the API and the staff app alike.
 */
export const STAFF_ROLES = ['REVIEWER', 'SUPERVISOR', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const staffRoleSchema = z.enum(STAFF_ROLES, { error: 'error.staff.role' });

/** The roles that also refuse, reassign, read and export the audit trail and manage staff. */
export const SUPERVISING_ROLES = ['SUPERVISOR', 'ADMIN'] as const satisfies readonly StaffRole[];

/** The roles that act for every centre at once (public holidays). */
export const ADMIN_ROLES = ['ADMIN'] as const satisfies readonly StaffRole[];

/** Whether the role supervises: refuses, reassigns, reads the audit trail, manages staff. */
export function isSupervising(role: StaffRole): boolean {
  const supervising: readonly StaffRole[] = SUPERVISING_ROLES;
  return supervising.includes(role);
}

/** Whether the role works on every centre's applications and staff, not only its own. */
export function seesEveryCentre(role: StaffRole): boolean {
  return role === 'ADMIN';
}

/**
 * The roles a staff member of this role may give, and so the accounts they may manage: a
 * supervisor makes and manages reviewers only — never a peer, whose password they could then
 * set, nor an admin; an admin manages everyone.
 */
export function grantableRoles(role: StaffRole): StaffRole[] {
  if (seesEveryCentre(role)) return [...STAFF_ROLES];
  return isSupervising(role) ? ['REVIEWER'] : [];
}

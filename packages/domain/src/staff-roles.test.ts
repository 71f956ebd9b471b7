import { describe, expect, it } from 'vitest';
import {
  grantableRoles,
  isSupervising,
  seesEveryCentre,
  STAFF_ROLES,
  staffRoleSchema,
  type StaffRole,
} from './staff-roles.ts';

// docs/decisions/004-authentication.md "Roles and scope", one row per role.
const TABLE: {
  role: StaffRole;
  supervising: boolean;
  everyCentre: boolean;
  grants: StaffRole[];
}[] = [
  { role: 'REVIEWER', supervising: false, everyCentre: false, grants: [] },
  { role: 'SUPERVISOR', supervising: true, everyCentre: false, grants: ['REVIEWER'] },
  {
    role: 'ADMIN',
    supervising: true,
    everyCentre: true,
    grants: ['REVIEWER', 'SUPERVISOR', 'ADMIN'],
  },
];

describe('staff roles', () => {
  it('lists each role once, narrowest first', () => {
    expect(STAFF_ROLES).toEqual(TABLE.map((row) => row.role));
  });

  it.each(TABLE)('$role', ({ role, supervising, everyCentre, grants }) => {
    expect(isSupervising(role)).toBe(supervising);
    expect(seesEveryCentre(role)).toBe(everyCentre);
    expect(grantableRoles(role)).toEqual(grants);
    expect(staffRoleSchema.parse(role)).toBe(role);
  });

  it('refuses a role it does not know, with the i18n key', () => {
    const result = staffRoleSchema.safeParse('ROOT');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('error.staff.role');
  });
});

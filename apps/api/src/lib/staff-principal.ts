import type { StaffRole } from '@ssc/domain/staff-roles';

/** The signed-in member of staff a request acts as (plugins/app/staff-auth.ts finds them). */
export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  centreId: string;
  /** the session the request came with (the sha256 of its token) */
  sessionId: string;
}

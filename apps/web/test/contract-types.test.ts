import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApplicationView,
  CertificateVerification,
  CreatedApplication,
  PatchedApplication,
  SubmittedApplication,
  TrackingResult,
  WithdrawnApplication,
} from '@ssc/domain/contract/applications';
import type { UploadedDocument } from '@ssc/domain/contract/common';
import type { CaseMergePatch } from '@ssc/domain/case-schema';
import type { QueuePage, StaffApplicationView, StaffMember } from '@ssc/domain/contract/staff';
import type {
  CentreSchedule,
  ClosedDaySet,
  DayVisit,
  DayVisits,
  PublicHolidays,
  PublicHolidaySet,
} from '@ssc/domain/contract/staff-visits';
import type { AuditPage, Dashboard, StaffAccount } from '@ssc/domain/contract/back-office';
import type * as applicationApi from '../src/features/apply/api/application-api.ts';
import type * as visitApi from '../src/features/visit/api/visit-api.ts';
import type * as trackingApi from '../src/features/tracking/api/track-application.ts';
import type * as certificateApi from '../src/features/certificates/api/verify-certificate.ts';
import type * as staffApi from '../src/features/staff/api/staff-api.ts';
import type * as staffVisitsApi from '../src/features/staff/api/visits-api.ts';
import type * as supervisorApi from '../src/features/staff/api/supervisor-api.ts';

// docs/decisions/019-one-contract.md: the web client's answers are exactly the contract's
// inferred types, not a copy that could drift. Checked by the type checker (`pnpm typecheck`
// includes apps/web/test); a mismatch fails it before any test runs.
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

describe('the web client answers in the contract’s types', () => {
  it('for the applicant', () => {
    expectTypeOf<
      Answer<typeof applicationApi.createApplication>
    >().toEqualTypeOf<CreatedApplication>();
    expectTypeOf<Answer<typeof applicationApi.getApplication>>().toEqualTypeOf<ApplicationView>();
    expectTypeOf<
      Answer<typeof applicationApi.updateApplication>
    >().toEqualTypeOf<PatchedApplication>();
    expectTypeOf<Answer<typeof applicationApi.uploadDocument>>().toEqualTypeOf<UploadedDocument>();
    expectTypeOf<
      Answer<typeof applicationApi.submitApplication>
    >().toEqualTypeOf<SubmittedApplication>();
    expectTypeOf<
      Answer<typeof applicationApi.withdrawApplication>
    >().toEqualTypeOf<WithdrawnApplication>();
    expectTypeOf<Answer<typeof trackingApi.trackApplication>>().toEqualTypeOf<TrackingResult>();
    expectTypeOf<
      Answer<typeof certificateApi.verifyCertificate>
    >().toEqualTypeOf<CertificateVerification>();
    expectTypeOf<Answer<typeof visitApi.getVisitApplication>>().toEqualTypeOf<
      Pick<ApplicationView, 'id' | 'reference' | 'status' | 'eligibility' | 'visit' | 'missedVisit'>
    >();
  });

  it('sends a change to the draft as the contract’s merge patch', () => {
    expectTypeOf<
      Parameters<typeof applicationApi.updateApplication>[1]
    >().toEqualTypeOf<CaseMergePatch>();
  });

  it('for staff', () => {
    expectTypeOf<Answer<typeof staffApi.signIn>>().toEqualTypeOf<StaffMember>();
    expectTypeOf<Answer<typeof staffApi.listQueue>>().toEqualTypeOf<QueuePage>();
    expectTypeOf<
      Answer<typeof staffApi.getStaffApplication>
    >().toEqualTypeOf<StaffApplicationView>();
    expectTypeOf<
      Answer<typeof staffApi.approveApplication>
    >().toEqualTypeOf<StaffApplicationView>();
    expectTypeOf<Answer<typeof staffApi.rejectApplication>>().toEqualTypeOf<StaffApplicationView>();
    expectTypeOf<Answer<typeof staffVisitsApi.listDayVisits>>().toEqualTypeOf<DayVisits>();
    expectTypeOf<Answer<typeof staffVisitsApi.recordVisitOutcome>>().toEqualTypeOf<DayVisit>();
    expectTypeOf<Answer<typeof staffVisitsApi.getVisitSchedule>>().toEqualTypeOf<CentreSchedule>();
    expectTypeOf<Answer<typeof staffVisitsApi.closeCentreDay>>().toEqualTypeOf<ClosedDaySet>();
    expectTypeOf<
      Answer<typeof staffVisitsApi.listPublicHolidays>
    >().toEqualTypeOf<PublicHolidays>();
    expectTypeOf<
      Answer<typeof staffVisitsApi.setPublicHoliday>
    >().toEqualTypeOf<PublicHolidaySet>();
    expectTypeOf<Answer<typeof staffVisitsApi.removePublicHoliday>>().toEqualTypeOf<void>();
    expectTypeOf<Answer<typeof staffApi.changeOwnPassword>>().toEqualTypeOf<void>();
  });

  it('for supervisors', () => {
    expectTypeOf<Answer<typeof supervisorApi.listAudit>>().toEqualTypeOf<AuditPage>();
    expectTypeOf<Answer<typeof supervisorApi.getDashboard>>().toEqualTypeOf<Dashboard>();
    expectTypeOf<Answer<typeof supervisorApi.listStaffAccounts>>().toEqualTypeOf<StaffAccount[]>();
    expectTypeOf<Answer<typeof supervisorApi.createStaff>>().toEqualTypeOf<StaffAccount>();
    expectTypeOf<Answer<typeof supervisorApi.updateStaff>>().toEqualTypeOf<StaffAccount>();
  });
});

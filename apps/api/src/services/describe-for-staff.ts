import { isSupervising } from '@ssc/domain/staff-roles';
import { needsHrssClosure } from '@ssc/domain/eligibility';
import { approvalReadiness } from '@ssc/domain/staff-decisions';
import type { StaffPrincipal } from '../lib/staff-principal.ts';
import type { Locale } from '../lib/i18n.ts';
import type { Db } from './db-types.ts';
import { loadApplicationView, type StaffApplicationView } from './application-view.ts';
import type { PersonalData } from './personal-data.ts';
import { REVIEWABLE } from './staff-access.ts';

/** The buttons the reviewer's screen offers, from the same rules the decisions enforce. */
export function allowedActionsFor(
  staff: StaffPrincipal,
  view: Pick<
    StaffApplicationView,
    'status' | 'assignee' | 'documents' | 'confirmations' | 'eligibility' | 'case'
  >,
): string[] {
  const actions: string[] = [];
  const status = view.status;
  const supervisor = isSupervising(staff.role);
  const mine = view.assignee === null || view.assignee.id === staff.id || supervisor;
  const reviewable = REVIEWABLE.includes(status);
  if (reviewable && view.assignee?.id !== staff.id && (view.assignee === null || supervisor)) {
    actions.push('claim');
  }
  if (reviewable && mine) {
    actions.push('reviewDocument', 'returnForCorrection', 'confirmExpenses');
    const reason = view.case.reason;
    const art26 = reason !== undefined && needsHrssClosure(reason);
    if (art26) actions.push('recordHrssClosed');
    // The domain's readiness rule, as approval itself and the review page's checklist read it.
    const ready = approvalReadiness({
      reason: reason ?? null,
      documents: view.documents.map((d) => ({ accepted: d.review?.decision === 'ACCEPTED' })),
      expensesSettled: Boolean(view.confirmations.expensesSettledAt),
      hrssClosed: Boolean(view.confirmations.hrssClosedAt),
      eligible: view.eligibility.eligible,
    }).every((check) => check.ok);
    if (ready) actions.push('approve');
  }
  if (supervisor && (reviewable || status === 'RETURNED_FOR_CORRECTION')) {
    actions.push('reject', 'reassign');
  }
  if (status === 'CERTIFICATE_READY' && mine) actions.push('recordPickup');
  return actions;
}

/** The staff view of an application: what its applicant sees, and what this reader may do. */
export async function describeForStaff(
  db: Db,
  personalData: PersonalData,
  staff: StaffPrincipal,
  id: string,
  today: string,
  locale: Locale,
) {
  const view = await loadApplicationView(db, personalData, id, today, {
    locale,
    audience: 'staff',
  });
  return { ...view, allowedActions: allowedActionsFor(staff, view) };
}

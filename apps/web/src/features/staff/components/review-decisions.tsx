import { useEffect, useState } from 'react';
import { z } from 'zod';
import { REJECTION_REASONS, REVIEW_REASONS } from '@ssc/domain/codes';
import {
  approvalReadiness,
  refineRejectionNote,
  staffNoteSchema,
} from '@ssc/domain/staff-decisions';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import {
  CheckboxField,
  IdentifierField,
  RadioGroupField,
  SelectField,
  TextAreaField,
} from '@/components/ui/field.tsx';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import {
  approveApplication,
  confirmExpenses,
  reassignApplication,
  recordHrssClosed,
  recordPickup,
  rejectApplication,
  returnForCorrection,
} from '../api/staff-api.ts';
import type { StaffApplication } from '../api/staff-api.ts';
import { listStaffAccounts } from '../api/supervisor-api.ts';
import type { StaffAccount } from '../api/supervisor-api.ts';
import { CORRECTABLE_FIELDS } from './answer-groups.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { submitDecision } from './submit-decision.ts';
import type { Decide } from './submit-decision.ts';

interface DecisionProps {
  application: StaffApplication;
  decide: Decide;
}

// The service's own limit and rules for decisions (packages/domain/src/staff-decisions.ts).
const note = staffNoteSchema;

// Guide §II.4 (补正): the applicant is told exactly which scans and answers to fix, and why.
const returnSchema = z
  .object({
    field: z.string().optional(),
    fieldReason: z.enum(REVIEW_REASONS).optional(),
    fieldNote: note,
    message: note,
    rejectedCount: z.number(),
  })
  .refine((value) => value.rejectedCount > 0 || Boolean(value.field), {
    path: ['field'],
    message: 'error.corrections.required',
  })
  .refine((value) => !value.field || Boolean(value.fieldReason), {
    path: ['fieldReason'],
    message: 'error.reviewReason.required',
  })
  .refine((value) => value.fieldReason !== 'OTHER' || Boolean(value.fieldNote), {
    path: ['fieldNote'],
    message: 'error.reviewNote.required',
  });

export function ReturnForCorrectionForm({ application, decide }: DecisionProps) {
  const t = useT();
  const rejected = application.documents.filter((doc) => doc.review?.decision === 'REJECTED');
  return (
    <DecisionPanel id="decision-return" title={t('staff.return.heading')}>
      <p>{t('staff.return.intro')}</p>
      {rejected.length > 0 ? (
        <ul className="list">
          {rejected.map((doc) => (
            <li key={doc.id}>
              {t(`documentKind.${doc.kind}`)}:{' '}
              {doc.review?.reason ? t(`reviewReason.${doc.review.reason}`) : null}
              {doc.review?.note ? ` (${doc.review.note})` : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('staff.return.noRejected')}</p>
      )}
      <Form
        // The rejected scans are part of the form's state: start afresh when they change.
        key={rejected.map((doc) => doc.id).join()}
        schema={returnSchema}
        defaultValues={{ rejectedCount: rejected.length, field: '', fieldNote: '', message: '' }}
        onSubmit={async (values, methods) => {
          const items: { documentId?: string; field?: string; reason: string; note?: string }[] =
            rejected.map((doc) => ({
              documentId: doc.id,
              reason: doc.review?.reason ?? 'OTHER',
              ...(doc.review?.note ? { note: doc.review.note } : {}),
            }));
          if (values.field && values.fieldReason) {
            items.push({
              field: values.field,
              reason: values.fieldReason,
              ...(values.fieldNote ? { note: values.fieldNote } : {}),
            });
          }
          await submitDecision(
            methods,
            decide,
            (version) =>
              returnForCorrection(
                application.id,
                {
                  items: items as Parameters<typeof returnForCorrection>[1]['items'],
                  ...(values.message ? { message: values.message } : {}),
                },
                version,
              ),
            'staff.return.done',
          );
        }}
      >
        {({ formState }) => (
          <>
            <SelectField
              name="field"
              label={t('staff.return.field')}
              placeholder={t('staff.return.noField')}
              options={CORRECTABLE_FIELDS.map((item) => ({
                value: item.field,
                label: t(item.labelKey),
              }))}
            />
            <SelectField
              name="fieldReason"
              label={t('staff.return.fieldReason')}
              placeholder={t('staff.choose')}
              options={REVIEW_REASONS.map((reason) => ({
                value: reason,
                label: t(`staff.reviewReason.${reason}`),
              }))}
            />
            <TextAreaField name="fieldNote" label={t('staff.document.note')} rows={2} />
            <TextAreaField
              name="message"
              label={t('staff.return.message')}
              hint={t('staff.return.messageHint')}
              rows={3}
            />
            <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
              {t('staff.return.submit')}
            </Button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

const yesNo = z.enum(['yes', 'no'], { error: 'staff.error.chooseYesNo' });

// Field names are unique on the page: several decision forms share it, and ids come from names.
const expensesSchema = z
  .object({ settled: yesNo, expensesNote: note })
  .refine((value) => value.settled === 'yes' || Boolean(value.expensesNote), {
    path: ['expensesNote'],
    message: 'staff.expenses.error.note',
  });

// docs/rules.md §3.1: the applicant declares, staff confirm; unsettled expenses keep the card open.
export function ExpensesForm({ application, decide }: DecisionProps) {
  const t = useT();
  const confirmedAt = application.confirmations?.expensesSettledAt;
  return (
    <DecisionPanel id="decision-expenses" title={t('staff.expenses.heading')}>
      {confirmedAt ? (
        <p className="notice notice--success">{t('staff.expenses.confirmed')}</p>
      ) : null}
      <Form
        schema={expensesSchema}
        defaultValues={{ expensesNote: '' }}
        onSubmit={async (values, methods) => {
          await submitDecision(
            methods,
            decide,
            (version) =>
              confirmExpenses(
                application.id,
                {
                  settled: values.settled === 'yes',
                  ...(values.expensesNote ? { note: values.expensesNote } : {}),
                },
                version,
              ),
            values.settled === 'yes' ? 'staff.expenses.doneSettled' : 'staff.expenses.doneOwed',
          );
        }}
      >
        {({ formState }) => (
          <>
            <RadioGroupField
              name="settled"
              legend={t('staff.expenses.question')}
              hint={t('staff.approve.expensesHint')}
              options={[
                { value: 'yes', label: t('staff.expenses.settled') },
                { value: 'no', label: t('staff.expenses.notSettled') },
              ]}
            />
            <TextAreaField name="expensesNote" label={t('staff.expenses.note')} rows={2} />
            <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
              {t('staff.expenses.submit')}
            </Button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

const hrssSchema = z.object({ closed: yesNo, hrssNote: note });

// Art. 26: after a death or a disappearance, the HRSS business must be closed before the card.
export function HrssForm({ application, decide }: DecisionProps) {
  const t = useT();
  const closedAt = application.confirmations?.hrssClosedAt;
  return (
    <DecisionPanel id="decision-hrss" title={t('staff.hrss.heading')}>
      {closedAt ? <p className="notice notice--success">{t('staff.hrss.confirmed')}</p> : null}
      <Form
        schema={hrssSchema}
        defaultValues={{ hrssNote: '' }}
        onSubmit={async (values, methods) => {
          await submitDecision(
            methods,
            decide,
            (version) =>
              recordHrssClosed(
                application.id,
                {
                  closed: values.closed === 'yes',
                  ...(values.hrssNote ? { note: values.hrssNote } : {}),
                },
                version,
              ),
            values.closed === 'yes' ? 'staff.hrss.doneClosed' : 'staff.hrss.doneOpen',
          );
        }}
      >
        {({ formState }) => (
          <>
            <RadioGroupField
              name="closed"
              legend={t('staff.hrss.question')}
              options={[
                { value: 'yes', label: t('staff.hrss.closed') },
                { value: 'no', label: t('staff.hrss.open') },
              ]}
            />
            <TextAreaField name="hrssNote" label={t('staff.expenses.note')} rows={2} />
            <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
              {t('staff.hrss.submit')}
            </Button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

const approveSchema = z.object({ approveNote: note });

export function ApproveForm({
  application,
  decide,
  approveButtonRef,
}: DecisionProps & {
  approveButtonRef: (element: HTMLButtonElement | null) => void;
}) {
  const t = useT();
  // The service's readiness rule (packages/domain), so the list shows what approval waits for.
  const checks = approvalReadiness({
    reason: application.case.reason,
    documents: application.documents.map((doc) => ({
      accepted: doc.review?.decision === 'ACCEPTED',
    })),
    expensesSettled: Boolean(application.confirmations?.expensesSettledAt),
    hrssClosed: Boolean(application.confirmations?.hrssClosedAt),
    eligible: application.eligibility.eligible,
  }).map(({ check, ok }) => ({ key: `staff.approve.check.${check}`, ok }));
  return (
    <DecisionPanel id="decision-approve" title={t('staff.approve.heading')}>
      <ul className="checklist">
        {checks.map((check) => (
          <li key={check.key}>
            <strong className={`tag ${check.ok ? 'tag--done' : 'tag--missing'}`}>
              {check.ok ? t('staff.approve.check.done') : t('staff.approve.check.todo')}
            </strong>{' '}
            {t(check.key)}
          </li>
        ))}
      </ul>
      <Form
        schema={approveSchema}
        defaultValues={{ approveNote: '' }}
        onSubmit={async (values, methods) => {
          await submitDecision(
            methods,
            decide,
            (version) =>
              approveApplication(
                application.id,
                values.approveNote ? { note: values.approveNote } : {},
                version,
              ),
            'staff.approve.done',
          );
        }}
      >
        {({ formState }) => (
          <>
            <TextAreaField name="approveNote" label={t('staff.approve.note')} rows={2} />
            <button
              type="submit"
              className="button button--primary"
              disabled={formState.isSubmitting}
              aria-busy={formState.isSubmitting || undefined}
              ref={approveButtonRef}
              aria-keyshortcuts="Shift+A"
            >
              {t('staff.approve.submit')}
            </button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

// Words of one's own are asked for OTHER only, as the service asks (the form's names differ
// from the request's: a page holds several decision forms).
const rejectSchema = z
  .object({
    rejectionReason: z.enum(REJECTION_REASONS, {
      error: (issue) =>
        issue.input === undefined
          ? 'error.rejectionReason.required'
          : 'error.rejectionReason.invalid',
    }),
    rejectionNote: note,
  })
  .superRefine(({ rejectionReason, rejectionNote }, ctx) =>
    refineRejectionNote(
      { reason: rejectionReason, note: rejectionNote },
      {
        addIssue: (issue) => ctx.addIssue({ ...issue, path: ['rejectionNote'] }),
      },
    ),
  );

// Guide §II.4: a refusal states its reason; the applicant reads it in their own language.
export function RejectApplicationForm({ application, decide }: DecisionProps) {
  const t = useT();
  return (
    <DecisionPanel id="decision-reject" title={t('staff.reject.heading')}>
      <Form
        schema={rejectSchema}
        defaultValues={{ rejectionNote: '' }}
        onSubmit={async (values, methods) => {
          await submitDecision(
            methods,
            decide,
            (version) =>
              rejectApplication(
                application.id,
                {
                  reason: values.rejectionReason,
                  ...(values.rejectionNote ? { note: values.rejectionNote } : {}),
                },
                version,
              ),
            'staff.reject.done',
          );
        }}
      >
        {({ formState }) => (
          <>
            <RadioGroupField
              name="rejectionReason"
              legend={t('staff.reject.reason')}
              options={REJECTION_REASONS.map((reason) => ({
                value: reason,
                label: t(`rejectionReason.${reason}`),
              }))}
            />
            <TextAreaField
              name="rejectionNote"
              label={t('staff.reject.note')}
              hint={t('staff.reject.noteHint')}
              rows={3}
            />
            <Button type="submit" variant="warning" busy={formState.isSubmitting}>
              {t('staff.reject.submit')}
            </Button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

const reassignSchema = z.object({
  staffId: z.string({ error: 'staff.reassign.error' }).min(1, 'staff.reassign.error'),
});

export function ReassignForm({ application, decide }: DecisionProps) {
  const t = useT();
  const [staff, setStaff] = useState<StaffAccount[] | null>(null);
  useEffect(() => {
    let live = true;
    listStaffAccounts()
      .then((items) => live && setStaff(items.filter((item) => !item.disabled)))
      .catch(() => live && setStaff([]));
    return () => {
      live = false;
    };
  }, []);
  return (
    <DecisionPanel id="decision-reassign" title={t('staff.reassign.heading')}>
      <p>
        {application.assignee
          ? t('staff.reassign.current', { name: application.assignee.displayName })
          : t('staff.queue.unassigned')}
      </p>
      {staff === null ? (
        <p role="status">{t('ui.loading')}</p>
      ) : (
        <Form
          schema={reassignSchema}
          defaultValues={{ staffId: '' }}
          onSubmit={async (values, methods) => {
            await submitDecision(
              methods,
              decide,
              (version) => reassignApplication(application.id, values.staffId, version),
              'staff.reassign.done',
            );
          }}
        >
          {({ formState }) => (
            <>
              <SelectField
                name="staffId"
                label={t('staff.reassign.to')}
                placeholder={t('staff.choose')}
                options={staff.map((item) => ({
                  value: item.id,
                  label: `${item.displayName} (${t(`staff.role.${item.role}`)})`,
                }))}
              />
              <Button type="submit" variant="secondary" busy={formState.isSubmitting}>
                {t('staff.reassign.submit')}
              </Button>
            </>
          )}
        </Form>
      )}
    </DecisionPanel>
  );
}

function makePickupSchema(cardLost: boolean) {
  return z.object({
    idNumber: z
      .string({ error: 'error.idNumber.required' })
      .trim()
      .min(1, 'error.idNumber.required')
      .max(40, 'error.idNumber.format'),
    // Guide §II.5: the originals are checked at the counter before the certificate is handed over.
    originalsChecked: z.literal(true, 'error.pickup.originalsChecked'),
    // Art. 27: the card itself is handed in, unless it was reported lost.
    cardHandedIn: cardLost ? z.boolean().optional() : z.literal(true, 'error.pickup.cardHandedIn'),
  });
}

export function PickupForm({ application, decide }: DecisionProps) {
  const t = useT();
  const cardLost = Boolean(application.case.cardholder?.cardLost);
  return (
    <DecisionPanel id="decision-pickup" title={t('staff.pickup.heading')}>
      <p>{t('staff.pickup.intro')}</p>
      <Form
        schema={makePickupSchema(cardLost)}
        defaultValues={{
          idNumber: '',
          originalsChecked: false as never,
          cardHandedIn: false as never,
        }}
        onSubmit={async (values, methods) => {
          await submitDecision(
            methods,
            decide,
            (version) =>
              recordPickup(
                application.id,
                {
                  idNumber: values.idNumber,
                  originalsChecked: true,
                  cardHandedIn: Boolean(values.cardHandedIn),
                },
                version,
              ),
            'staff.pickup.done',
          );
        }}
      >
        {({ formState }) => (
          <>
            <IdentifierField
              name="idNumber"
              label={t('staff.pickup.idNumber')}
              hint={t('staff.pickup.idNumberHint')}
            />
            <CheckboxField name="originalsChecked" label={t('staff.pickup.originalsChecked')} />
            <CheckboxField
              name="cardHandedIn"
              label={t('staff.pickup.cardHandedIn')}
              hint={cardLost ? t('staff.pickup.cardLost') : undefined}
            />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('staff.pickup.submit')}
            </Button>
          </>
        )}
      </Form>
    </DecisionPanel>
  );
}

import { useState } from 'react';
import { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { Form } from '../../../components/ui/form.tsx';
import { CheckboxField, TextAreaField } from '../../../components/ui/field.tsx';
import { LiveRegion } from '../../../components/ui/status-message.tsx';
import { describeFailure } from '../../../components/ui/apply-server-errors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useT } from '../../../lib/i18n/i18n-provider.tsx';
import { approveApplication } from '../api/staff-api.ts';

function makeApproveSchema(needsHrss: boolean) {
  return z.object({
    // RULES §3.1: the applicant declares, staff confirm; unsettled expenses block approval.
    expensesSettledConfirmed: z.literal(true, 'staff.approve.error.expenses'),
    // Art. 26: after a death or disappearance, HRSS business must be closed first.
    hrssClosedConfirmed: needsHrss
      ? z.literal(true, 'staff.approve.error.hrss')
      : z.boolean().optional(),
    note: z.string().max(2000, 'error.explanation.tooLong').optional(),
  });
}

export function ApproveForm({
  applicationId,
  needsHrss,
}: {
  applicationId: string;
  needsHrss: boolean;
}) {
  const t = useT();
  const [serial, setSerial] = useState<string | null>(null);
  const schema = makeApproveSchema(needsHrss);

  if (serial) {
    return (
      <LiveRegion>
        <div className="notice notice--success">
          <p>
            <strong>{t('staff.approve.done')}</strong>
          </p>
          <p>
            {t('staff.approve.serial')} <strong className="reference-inline">{serial}</strong>
          </p>
          <p>{t('status.CERTIFICATE_READY')}</p>
        </div>
      </LiveRegion>
    );
  }

  return (
    <Form
      schema={schema}
      defaultValues={{
        expensesSettledConfirmed: false as never,
        hrssClosedConfirmed: false as never,
        note: '',
      }}
      onSubmit={async (values, methods) => {
        try {
          const result = await approveApplication(applicationId, {
            expensesSettledConfirmed: true,
            ...(needsHrss ? { hrssClosedConfirmed: true } : {}),
            ...(values.note ? { note: values.note } : {}),
          });
          setSerial(result.certificate.serial);
        } catch (error) {
          const key = isApiError(error, 409)
            ? 'staff.approve.error.conflict'
            : isApiError(error, 422)
              ? 'staff.approve.error.blocked'
              : describeFailure(error);
          methods.setError('root.server', { type: 'server', message: key });
        }
      }}
    >
      {({ formState }) => (
        <>
          <CheckboxField
            name="expensesSettledConfirmed"
            label={t('staff.approve.expenses')}
            hint={t('staff.approve.expensesHint')}
          />
          {needsHrss ? (
            <CheckboxField name="hrssClosedConfirmed" label={t('staff.approve.hrss')} />
          ) : null}
          <TextAreaField name="note" label={t('staff.approve.note')} rows={3} />
          <Button type="submit" busy={formState.isSubmitting}>
            {t('staff.approve.submit')}
          </Button>
        </>
      )}
    </Form>
  );
}

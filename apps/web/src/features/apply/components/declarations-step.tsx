import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { declarationsStepSchema } from '@ssc/domain/case-schema';
import { Button } from '../../../components/ui/button.tsx';
import { Form } from '../../../components/ui/form.tsx';
import { CheckboxField, RadioGroupField } from '../../../components/ui/field.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { Notice } from '../../../components/ui/status-message.tsx';
import { applyServerErrors } from '../../../components/ui/apply-server-errors.ts';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { listCentres } from '../api/application-api.ts';
import type { Centre } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';
import { DraftGate, stepPath } from './step-shell.tsx';

// Guide §II.2: one visit is left, at the centre chosen here.
const declarationsPageSchema = z.object({
  declarations: declarationsStepSchema,
  serviceCentre: z
    .string({ error: 'error.serviceCentre.required' })
    .min(1, 'error.serviceCentre.required'),
});

const FIELDS = [
  'declarations.expensesSettled',
  'declarations.consequencesAcknowledged',
  'serviceCentre',
];

function useCentres(): { centres: Centre[] | null; failed: boolean } {
  const [centres, setCentres] = useState<Centre[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    listCentres()
      .then((list) => live && setCentres(list))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return { centres, failed };
}

export function DeclarationsStep() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { saveDraft } = useDraft();
  const { centres, failed } = useCentres();
  return (
    <DraftGate step="declarations" titleKey="apply.declarations.title">
      {(application) => (
        <Page titleKey="apply.declarations.title">
          {failed ? <Notice kind="error">{t('apply.declarations.centresFailed')}</Notice> : null}
          {centres === null && !failed ? (
            <p role="status">{t('ui.loading')}</p>
          ) : (
            <Form
              schema={declarationsPageSchema}
              defaultValues={{
                declarations: {
                  expensesSettled: application?.case.declarations?.expensesSettled === true,
                  consequencesAcknowledged:
                    application?.case.declarations?.consequencesAcknowledged === true,
                } as never,
                serviceCentre: application?.case.serviceCentre ?? '',
              }}
              onSubmit={async (values, methods) => {
                try {
                  await saveDraft(values);
                  await navigate(stepPath('check'));
                } catch (error) {
                  applyServerErrors(error, methods.setError, FIELDS);
                }
              }}
            >
              {({ formState }) => (
                <>
                  <fieldset className="fieldset">
                    <legend className="fieldset__legend fieldset__legend--m">
                      <h2>{t('apply.declarations.heading')}</h2>
                    </legend>
                    {/* Guide §I, §III.1: every expense tied to the card must be settled first. */}
                    <CheckboxField
                      name="declarations.expensesSettled"
                      label={t('apply.declarations.expensesSettled')}
                      hint={t('apply.declarations.expensesSettledHint')}
                    />
                    {/* Guide §III.2 and §III.3: benefits end; a new card can be applied for later. */}
                    <CheckboxField
                      name="declarations.consequencesAcknowledged"
                      label={t('apply.declarations.consequencesAcknowledged')}
                      hint={t('apply.declarations.consequencesAcknowledgedHint')}
                    />
                  </fieldset>
                  <RadioGroupField
                    name="serviceCentre"
                    legend={<h2 className="legend-heading">{t('apply.declarations.centre')}</h2>}
                    hint={t('apply.declarations.centreHint')}
                    options={(centres ?? []).map((centre) => ({
                      value: centre.id,
                      label: locale === 'en' ? centre.nameEn : centre.nameZh,
                      hint: locale === 'en' ? centre.addressEn : centre.addressZh,
                    }))}
                  />
                  <Button type="submit" busy={formState.isSubmitting}>
                    {t('ui.continue')}
                  </Button>
                </>
              )}
            </Form>
          )}
        </Page>
      )}
    </DraftGate>
  );
}

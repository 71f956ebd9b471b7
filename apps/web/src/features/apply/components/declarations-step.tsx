import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '../../../components/ui/button.tsx';
import { Form } from '../../../components/ui/form.tsx';
import { RadioGroupField } from '../../../components/ui/field.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { Notice } from '../../../components/ui/status-message.tsx';
import { applyServerErrors } from '../../../components/ui/apply-server-errors.ts';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { listCentres } from '../api/application-api.ts';
import type { Centre } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';
import { findStop } from './find-stop.ts';
import { DraftGate, nextStep, stepPath } from './step-shell.tsx';

// Guide §I, §III.1: a real yes/no question, so that "no" can lead to what to do instead.
// Guide §II.2: one visit is left, at the centre chosen here (asked only when filing goes on).
const declarationsPageSchema = z
  .object({
    expensesSettled: z.enum(['yes', 'no'], { error: 'wizard.error.expensesSettled' }),
    serviceCentre: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.expensesSettled === 'yes' && !value.serviceCentre) {
      ctx.addIssue({
        code: 'custom',
        message: 'error.serviceCentre.required',
        path: ['serviceCentre'],
      });
    }
  });

const FIELDS = ['expensesSettled', 'serviceCentre'];

function answerOf(value: boolean | undefined): 'yes' | 'no' | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

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
    <DraftGate step="declarations" titleKey="wizard.declarations.title">
      {(application) => (
        <Page titleKey="wizard.declarations.title">
          {failed ? <Notice kind="error">{t('apply.declarations.centresFailed')}</Notice> : null}
          {centres === null && !failed ? (
            <p role="status">{t('ui.loading')}</p>
          ) : (
            <Form
              schema={declarationsPageSchema}
              defaultValues={{
                expensesSettled: answerOf(application?.case.declarations?.expensesSettled),
                serviceCentre: application?.case.serviceCentre ?? '',
              }}
              onSubmit={async (values, methods) => {
                try {
                  const settled = values.expensesSettled === 'yes';
                  const saved = await saveDraft({
                    declarations: { expensesSettled: settled },
                    ...(settled && values.serviceCentre
                      ? { serviceCentre: values.serviceCentre }
                      : {}),
                  });
                  // A "no" leads to how to settle them first (Guide §I, §III.1).
                  const stop = findStop(saved);
                  await navigate(stepPath(stop ? 'stop' : nextStep(saved, 'declarations')));
                } catch (error) {
                  applyServerErrors(error, methods.setError, FIELDS);
                }
              }}
            >
              {({ formState, watch }) => (
                <>
                  {/* Guide §I, §III.1: every expense tied to the card must be settled first. */}
                  <RadioGroupField
                    name="expensesSettled"
                    legend={<h2 className="legend-heading">{t('wizard.declarations.expenses')}</h2>}
                    hint={t('wizard.declarations.expensesHint')}
                    options={[
                      { value: 'yes', label: t('wizard.declarations.expenses.yes') },
                      { value: 'no', label: t('wizard.declarations.expenses.no') },
                    ]}
                  />
                  {watch('expensesSettled') === 'no' ? null : (
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
                  )}
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

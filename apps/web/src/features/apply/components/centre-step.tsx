import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { RadioGroupField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { Notice } from '@/components/ui/status-message.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { centres } from '../api/application-api.ts';
import { useKeptResource } from '@/lib/use-api-resource.ts';
import type { Centre } from '../api/application-types.ts';
import { useDraft } from './draft-provider.tsx';
import { findStop } from './find-stop.ts';
import { DraftGate, stepPath, useContinuePath } from './step-shell.tsx';

// Guide §II.2: one visit is left, at the centre chosen here.
const centrePageSchema = z.object({
  serviceCentre: z
    .string({ error: 'error.serviceCentre.required' })
    .min(1, 'error.serviceCentre.required'),
});

function useCentres(): { centres: Centre[] | null; failed: boolean } {
  const list = useKeptResource(centres);
  return {
    centres: list.status === 'ready' ? list.data : null,
    failed: list.status === 'failed',
  };
}

export function CentreStep() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  const { centres, failed } = useCentres();
  return (
    <DraftGate step="centre" titleKey="apply.declarations.centre">
      {(application) => (
        <Page
          titleKey="apply.declarations.centre"
          heading={failed || centres === null ? undefined : null}
        >
          {failed ? <Notice kind="error">{t('apply.declarations.centresFailed')}</Notice> : null}
          {centres === null && !failed ? (
            <p role="status">{t('ui.loading')}</p>
          ) : (
            <Form
              schema={centrePageSchema}
              defaultValues={{ serviceCentre: application?.case.serviceCentre ?? '' }}
              onSubmit={async (values, methods) => {
                try {
                  const saved = await saveDraft({ serviceCentre: values.serviceCentre });
                  const stop = findStop(saved);
                  await navigate(stop ? stepPath('stop') : continuePath(saved, 'centre'));
                } catch (error) {
                  applyServerErrors(error, methods.setError, ['serviceCentre']);
                }
              }}
            >
              {({ formState }) => (
                <>
                  <RadioGroupField
                    name="serviceCentre"
                    legend={t('apply.declarations.centre')}
                    legendIsHeading
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

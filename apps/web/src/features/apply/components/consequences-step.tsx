import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { CheckboxField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDraft } from './draft-provider.tsx';
import { DraftGate, useContinuePath } from './step-shell.tsx';

const consequencesSchema = z.object({
  consequencesAcknowledged: z.literal(true, 'error.declarations.consequencesAcknowledged'),
});

/**
 * Guide §III.2: cancelling ends the benefits tied to the card, so it "needs to be carefully
 * considered"; Guide §III.3 / docs/rules.md §1: the record is kept and a new card can be applied for later.
 */
export function ConsequencesStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  return (
    <DraftGate step="consequences" titleKey="wizard.consequences.title">
      {(application) => (
        <Page titleKey="wizard.consequences.title">
          <p>{t('wizard.consequences.intro')}</p>
          <h2>{t('wizard.consequences.endsHeading')}</h2>
          <ul className="list list--bullet">
            <li>{t('wizard.consequences.ends.medical')}</li>
            <li>{t('wizard.consequences.ends.payments')}</li>
            <li>{t('wizard.consequences.ends.services')}</li>
            <li>{t('wizard.consequences.ends.card')}</li>
          </ul>
          <h2>{t('wizard.consequences.keptHeading')}</h2>
          <ul className="list list--bullet">
            <li>{t('wizard.consequences.kept.record')}</li>
            <li>{t('wizard.consequences.kept.reapply')}</li>
            <li>{t('wizard.consequences.kept.bank')}</li>
          </ul>
          <Form
            schema={consequencesSchema}
            defaultValues={{
              // An unticked box starts as false, which the schema reports as "not confirmed".
              consequencesAcknowledged: (application?.case.declarations
                ?.consequencesAcknowledged === true) as true,
            }}
            onSubmit={async (values, methods) => {
              try {
                const saved = await saveDraft({
                  declarations: { consequencesAcknowledged: values.consequencesAcknowledged },
                });
                await navigate(continuePath(saved, 'consequences'));
              } catch (error) {
                applyServerErrors(error, methods.setError, ['consequencesAcknowledged']);
              }
            }}
          >
            {({ formState }) => (
              <>
                <CheckboxField
                  name="consequencesAcknowledged"
                  label={t('wizard.consequences.acknowledge')}
                />
                <Button type="submit" busy={formState.isSubmitting}>
                  {t('ui.continue')}
                </Button>
              </>
            )}
          </Form>
        </Page>
      )}
    </DraftGate>
  );
}

import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { RadioGroupField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDraft } from './draft-provider.tsx';
import { findStop } from './find-stop.ts';
import { DraftGate, stepPath, useContinuePath } from './step-shell.tsx';

// Guide §I, §III.1: a real yes/no question, so that "no" can lead to what to do instead. One
// question per page: the centre is asked on the next page (centre-step.tsx).
const declarationsPageSchema = z.object({
  expensesSettled: z.enum(['yes', 'no'], { error: 'wizard.error.expensesSettled' }),
});

function answerOf(value: boolean | undefined): 'yes' | 'no' | undefined {
  return value === undefined ? undefined : value ? 'yes' : 'no';
}

export function DeclarationsStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  return (
    <DraftGate step="declarations" titleKey="wizard.declarations.title">
      {(application) => (
        <Page titleKey="wizard.declarations.title" heading={null}>
          <Form
            schema={declarationsPageSchema}
            defaultValues={{
              expensesSettled: answerOf(application?.case.declarations?.expensesSettled),
            }}
            onSubmit={async (values, methods) => {
              try {
                const saved = await saveDraft({
                  declarations: { expensesSettled: values.expensesSettled === 'yes' },
                });
                // A "no" leads to how to settle them first (Guide §I, §III.1).
                const stop = findStop(saved);
                await navigate(stop ? stepPath('stop') : continuePath(saved, 'declarations'));
              } catch (error) {
                applyServerErrors(error, methods.setError, ['expensesSettled']);
              }
            }}
          >
            {({ formState }) => (
              <>
                {/* Guide §I, §III.1: every expense tied to the card must be settled first. */}
                <RadioGroupField
                  name="expensesSettled"
                  legend={t('wizard.declarations.expenses')}
                  legendIsHeading
                  hint={t('wizard.declarations.expensesHint')}
                  options={[
                    { value: 'yes', label: t('wizard.declarations.expenses.yes') },
                    { value: 'no', label: t('wizard.declarations.expenses.no') },
                  ]}
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

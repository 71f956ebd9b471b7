import { useNavigate } from 'react-router-dom';
import { REASONS } from '@ssc/domain/codes';
import { reasonStepSchema } from '@ssc/domain/case-schema';
import { Button } from '../../../components/ui/button.tsx';
import { Form } from '../../../components/ui/form.tsx';
import { RadioGroupField, TextAreaField } from '../../../components/ui/field.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { Notice } from '../../../components/ui/status-message.tsx';
import { applyServerErrors } from '../../../components/ui/apply-server-errors.ts';
import { useT } from '../../../lib/i18n/i18n-provider.tsx';
import { useDraft } from './draft-provider.tsx';
import { DraftGate, stepPath } from './step-shell.tsx';

export function ReasonStep() {
  const t = useT();
  const navigate = useNavigate();
  const { state, saveDraft } = useDraft();
  return (
    <DraftGate step="reason" titleKey="apply.reason.title" allowNoDraft>
      {(application) => (
        <Page titleKey="apply.reason.title" heading={null}>
          {state.kind === 'none' && state.lost ? (
            <Notice kind="info">{t('apply.draftLost')}</Notice>
          ) : null}
          <Form
            schema={reasonStepSchema}
            defaultValues={{
              reason: application?.case.reason,
              explanation: application?.case.explanation ?? '',
            }}
            onSubmit={async (values, methods) => {
              try {
                // Guide §II.3: an explanation only matters for OTHER; do not keep a stale one.
                await saveDraft(values.reason === 'OTHER' ? values : { reason: values.reason });
                await navigate(stepPath('cardholder'));
              } catch (error) {
                applyServerErrors(error, methods.setError, ['reason', 'explanation']);
              }
            }}
          >
            {({ watch, formState }) => (
              <>
                <RadioGroupField
                  name="reason"
                  legend={t('apply.reason.title')}
                  legendIsHeading
                  hint={t('apply.reason.hint')}
                  options={REASONS.map((reason) => ({
                    value: reason,
                    label: t(`reason.${reason}`),
                    hint: t(`reason.${reason}.hint`),
                  }))}
                />
                {watch('reason') === 'OTHER' ? (
                  <TextAreaField
                    name="explanation"
                    label={t('apply.reason.explanation')}
                    hint={t('apply.reason.explanationHint')}
                  />
                ) : null}
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

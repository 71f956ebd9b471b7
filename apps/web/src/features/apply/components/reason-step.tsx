import { Link, useNavigate } from 'react-router-dom';
import { REASONS } from '@ssc/domain/codes';
import { reasonStepSchema } from '@ssc/domain/case-schema';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { RadioGroupField, TextAreaField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { useDraft } from './draft-provider.tsx';
import { findFilerKind, reasonsFor } from './filer-kind.ts';
import { findStop } from './find-stop.ts';
import { DraftGate, stepPath, useContinuePath } from './step-shell.tsx';

/** Whether this filer is offered DEATH and DISAPPEARANCE; if not, the page says where they went. */
function offersDeath(kind: ReturnType<typeof findFilerKind>): boolean {
  return kind !== 'SELF' && kind !== 'AGENT_LIVING';
}

export function ReasonStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  return (
    <DraftGate step="reason" titleKey="apply.reason.title">
      {(application) => (
        <Page titleKey="apply.reason.title" heading={null}>
          <Form
            schema={reasonStepSchema}
            defaultValues={{
              reason: application?.case.reason,
              explanation: application?.case.explanation ?? '',
            }}
            onSubmit={async (values, methods) => {
              try {
                // Guide §II.3: an explanation only matters for OTHER; the server drops a stale one.
                const saved = await saveDraft(
                  values.reason === 'OTHER' ? values : { reason: values.reason },
                );
                // Art. 26: after a death or disappearance only a relative (an agent) files.
                const stop = findStop(saved);
                await navigate(stop ? stepPath('stop') : continuePath(saved, 'reason'));
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
                  options={reasonsFor(findFilerKind(application), REASONS).map((reason) => ({
                    value: reason,
                    label: t(`reason.${reason}`),
                    hint: t(`reason.${reason}.hint`),
                  }))}
                />
                {offersDeath(findFilerKind(application)) ? null : (
                  <p>
                    <Link className="action-link" to={stepPath('who')}>
                      {t('wizard.reason.afterDeath')}
                    </Link>
                  </p>
                )}
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

import { useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { RadioGroupField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { Notice } from '@/components/ui/status-message.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import type { DraftPatch } from '../api/application-types.ts';
import { isDeathOrDisappearance } from '@ssc/domain/codes';
import { useDraft } from './draft-provider.tsx';
import { FILER_KINDS, ROLE_OF_KIND, findFilerKind, rememberFilerKind } from './filer-kind.ts';
import { DraftGate, useContinuePath } from './step-shell.tsx';

const whoSchema = z.object({
  kind: z.enum(FILER_KINDS, { error: 'error.filerRole.required' }),
});

/** "Who is filing?" comes first: it decides the questions and materials that follow. */
export function WhoStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { state, saveDraft } = useDraft();
  return (
    <DraftGate step="who" titleKey="wizard.who.title" allowNoDraft>
      {(application) => (
        <Page titleKey="wizard.who.title" heading={null}>
          {state.kind === 'none' && state.lost ? (
            <Notice kind="info">{t('apply.draftLost')}</Notice>
          ) : null}
          <Form
            schema={whoSchema}
            defaultValues={{ kind: findFilerKind(application) }}
            onSubmit={async ({ kind }, methods) => {
              try {
                rememberFilerKind(kind);
                const patch: DraftPatch = { filer: { role: ROLE_OF_KIND[kind] } };
                // A reason chosen for the other kind of agent no longer fits (Art. 26): ask again.
                const reason = application?.case.reason;
                if (
                  reason !== undefined &&
                  ((kind === 'AFTER_DEATH' && !isDeathOrDisappearance(reason)) ||
                    (kind !== 'AFTER_DEATH' &&
                      kind !== 'GUARDIAN' &&
                      isDeathOrDisappearance(reason)))
                ) {
                  patch.reason = null;
                  patch.explanation = null;
                }
                const saved = await saveDraft(patch);
                await navigate(continuePath(saved, 'who'));
              } catch (error) {
                applyServerErrors(error, methods.setError, ['kind']);
              }
            }}
          >
            {({ formState }) => (
              <>
                <RadioGroupField
                  name="kind"
                  legend={t('wizard.who.title')}
                  legendIsHeading
                  hint={t('wizard.who.hint')}
                  options={FILER_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`wizard.who.${kind}`),
                    hint: t(`wizard.who.${kind}.hint`),
                  }))}
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

import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { ID_TYPES, RELATIONSHIPS } from '@ssc/domain/codes';
import { makeAgentStepSchema } from '@ssc/domain/case-schema';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { IdentifierField, SelectField, TextField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { todayIso } from '@/lib/today.ts';
import { useDraft } from './draft-provider.tsx';
import { findFilerKind } from './filer-kind.ts';
import { DraftGate, useContinuePath } from './step-shell.tsx';

const FIELDS = ['name', 'idType', 'idNumber', 'phone', 'relationship'];

/** Art. 27: an agent brings their own valid ID as well as the cardholder's; both are asked. */
export function AgentStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  const schema = useMemo(() => makeAgentStepSchema(todayIso()), []);
  return (
    <DraftGate step="agent" titleKey="wizard.agent.title">
      {(application) => {
        const saved = application?.case.agent ?? {};
        const kind = findFilerKind(application);
        return (
          <Page titleKey="wizard.agent.title">
            <p>{t(kind === 'GUARDIAN' ? 'wizard.agent.introGuardian' : 'wizard.agent.intro')}</p>
            <Form
              schema={schema}
              defaultValues={{
                name: saved.name ?? '',
                idType: saved.idType,
                idNumber: saved.idNumber ?? '',
                phone: saved.phone ?? '',
                relationship: saved.relationship ?? (kind === 'GUARDIAN' ? 'GUARDIAN' : undefined),
              }}
              onSubmit={async (values, methods) => {
                try {
                  const saved = await saveDraft({ agent: values });
                  await navigate(continuePath(saved, 'agent'));
                } catch (error) {
                  applyServerErrors(error, methods.setError, FIELDS, 'agent');
                }
              }}
            >
              {({ formState }) => (
                <>
                  <TextField
                    name="name"
                    label={t('wizard.agent.name')}
                    autoComplete="name"
                    spellCheck={false}
                  />
                  <SelectField
                    name="idType"
                    label={t('wizard.agent.idType')}
                    placeholder={t('ui.select.placeholder')}
                    options={ID_TYPES.map((type) => ({ value: type, label: t(`idType.${type}`) }))}
                  />
                  <IdentifierField
                    name="idNumber"
                    label={t('wizard.agent.idNumber')}
                    hint={t('apply.cardholder.idNumberHint')}
                  />
                  <TextField
                    name="phone"
                    type="tel"
                    label={t('wizard.agent.phone')}
                    hint={t('wizard.agent.phoneHint')}
                    autoComplete="tel"
                    className="input--id"
                  />
                  <SelectField
                    name="relationship"
                    label={t('wizard.agent.relationship')}
                    placeholder={t('ui.select.placeholder')}
                    options={RELATIONSHIPS.map((relationship) => ({
                      value: relationship,
                      label: t(`relationship.${relationship}`),
                    }))}
                  />
                  <Button type="submit" busy={formState.isSubmitting}>
                    {t('ui.continue')}
                  </Button>
                </>
              )}
            </Form>
          </Page>
        );
      }}
    </DraftGate>
  );
}

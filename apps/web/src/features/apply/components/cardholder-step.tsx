import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { ID_TYPES } from '@ssc/domain/codes';
import type { IdType } from '@ssc/domain/codes';
import { makeCardholderStepSchema } from '@ssc/domain/case-schema';
import { idTypeCarriesBirthDate } from '@ssc/domain/id-number';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { CheckboxField, IdentifierField, SelectField, TextField } from '@/components/ui/field.tsx';
import { Page } from '@/components/ui/page.tsx';
import { applyServerErrors } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { todayIso } from '@/lib/today.ts';
import { useDraft } from './draft-provider.tsx';
import { findStop } from './find-stop.ts';
import { DraftGate, stepPath, useContinuePath } from './step-shell.tsx';

const FIELDS = [
  'name',
  'idType',
  'idNumber',
  'birthDate',
  'cardNumber',
  'cardLost',
  'lossReportReference',
];

export function CardholderStep() {
  const t = useT();
  const navigate = useNavigate();
  const continuePath = useContinuePath();
  const { saveDraft } = useDraft();
  // docs/rules.md §4: a birth date in the ID number must not be in the future, judged on the user's today.
  const schema = useMemo(() => makeCardholderStepSchema(todayIso()), []);
  return (
    <DraftGate step="cardholder" titleKey="apply.cardholder.title">
      {(application) => {
        const saved = application?.case.cardholder ?? {};
        return (
          <Page titleKey="apply.cardholder.title">
            <p>{t('apply.cardholder.intro')}</p>
            <Form
              schema={schema}
              shouldUnregister
              defaultValues={{
                name: saved.name ?? '',
                idType: saved.idType,
                idNumber: saved.idNumber ?? '',
                birthDate: saved.birthDate ?? '',
                cardNumber: saved.cardNumber ?? '',
                cardLost: saved.cardLost ?? false,
                lossReportReference: saved.lossReportReference ?? '',
              }}
              onSubmit={async (values, methods) => {
                try {
                  // PATCH deep-merges; the server drops a typed birth date once the ID number
                  // carries one, and a loss-report reference once the card is not lost.
                  const application = await saveDraft({ cardholder: values });
                  // docs/rules.md §3.2 (practice): a minor needs a guardian; docs/rules.md §3.6: one open application.
                  const stop = findStop(application);
                  await navigate(stop ? stepPath('stop') : continuePath(application, 'cardholder'));
                } catch (error) {
                  applyServerErrors(error, methods.setError, FIELDS, 'cardholder');
                }
              }}
            >
              {({ watch, formState }) => {
                const idType = watch('idType') as IdType | '' | undefined;
                return (
                  <>
                    <TextField
                      name="name"
                      label={t('apply.cardholder.name')}
                      autoComplete="name"
                      spellCheck={false}
                    />
                    <SelectField
                      name="idType"
                      label={t('apply.cardholder.idType')}
                      placeholder={t('ui.select.placeholder')}
                      options={ID_TYPES.map((type) => ({
                        value: type,
                        label: t(`idType.${type}`),
                      }))}
                    />
                    <IdentifierField
                      name="idNumber"
                      label={t('apply.cardholder.idNumber')}
                      hint={t('apply.cardholder.idNumberHint')}
                    />
                    {idType && !idTypeCarriesBirthDate(idType) ? (
                      <TextField
                        name="birthDate"
                        type="date"
                        label={t('apply.cardholder.birthDate')}
                        hint={t('apply.cardholder.birthDateHint')}
                        autoComplete="bday"
                        className="input--date"
                      />
                    ) : null}
                    <IdentifierField
                      name="cardNumber"
                      label={t('apply.cardholder.cardNumber')}
                      hint={t('apply.cardholder.cardNumberHint')}
                    />
                    <CheckboxField
                      name="cardLost"
                      label={t('apply.cardholder.cardLost')}
                      hint={t('apply.cardholder.cardLostHint')}
                    />
                    {watch('cardLost') ? (
                      <TextField
                        name="lossReportReference"
                        label={t('apply.cardholder.lossReportReference')}
                        hint={t('apply.cardholder.lossReportReferenceHint')}
                        autoComplete="off"
                        spellCheck={false}
                      />
                    ) : null}
                    <Button type="submit" busy={formState.isSubmitting}>
                      {t('ui.continue')}
                    </Button>
                  </>
                );
              }}
            </Form>
          </Page>
        );
      }}
    </DraftGate>
  );
}

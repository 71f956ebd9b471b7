import { useState } from 'react';
import { z } from 'zod';
import { currentPasswordSchema, newStaffPasswordSchema } from '@ssc/domain/staff-password';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { changeOwnPassword } from '../api/staff-api.ts';
import { decisionErrorKeys } from './decision-error.ts';

// The service's own rules (domain), and one the page alone can check: the two new ones agree.
const schema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newStaffPasswordSchema,
    repeat: z.string({ error: 'staff.password.mismatch' }),
  })
  .refine((values) => values.repeat === values.newPassword, {
    path: ['repeat'],
    error: 'staff.password.mismatch',
  });

type Field = 'currentPassword' | 'newPassword';

/**
 * A staff member changes their own password: the current one first (docs/decisions/
 * 004-authentication.md); the service refuses a common one or one holding the username, and
 * ends their other sessions.
 */
export function OwnPassword() {
  const t = useT();
  const [done, setDone] = useState(false);
  return (
    <>
      <div aria-live="polite">
        {done ? <p className="notice notice--success">{t('staff.password.done')}</p> : null}
      </div>
      <Form
        schema={schema}
        defaultValues={{ currentPassword: '', newPassword: '', repeat: '' }}
        onSubmit={async (values, methods) => {
          setDone(false);
          try {
            await changeOwnPassword(values.currentPassword, values.newPassword);
            methods.reset();
            setDone(true);
          } catch (failure) {
            const fields = isApiError(failure) ? (failure.problem.errors ?? []) : [];
            const named = fields.filter(
              (item): item is typeof item & { path: Field } =>
                item.path === 'currentPassword' || item.path === 'newPassword',
            );
            if (named.length > 0) {
              for (const item of named) {
                methods.setError(item.path, { type: 'server', message: item.code });
              }
            } else {
              methods.setError('root.server', {
                type: 'server',
                message: decisionErrorKeys(failure)[0] ?? 'ui.error.server',
              });
            }
          }
        }}
      >
        {({ formState }) => (
          <>
            <TextField
              name="currentPassword"
              type="password"
              label={t('staff.password.current')}
              autoComplete="current-password"
            />
            <TextField
              name="newPassword"
              type="password"
              label={t('staff.password.new')}
              hint={t('staff.password.newHint')}
              autoComplete="new-password"
            />
            <TextField
              name="repeat"
              type="password"
              label={t('staff.password.repeat')}
              autoComplete="new-password"
            />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('staff.password.save')}
            </Button>
          </>
        )}
      </Form>
    </>
  );
}

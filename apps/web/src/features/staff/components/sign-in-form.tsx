import './staff-messages.ts';
import { useLocation, useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { TextField } from '@/components/ui/field.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { describeFailure } from '@/components/ui/apply-server-errors.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { signIn } from '../api/staff-api.ts';

const signInSchema = z.object({
  username: z.string({ error: 'error.username.required' }).trim().min(1, 'error.username.required'),
  password: z.string({ error: 'error.password.required' }).min(1, 'error.password.required'),
});

export function SignInForm() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { from, idleMinutes } =
    (location.state as { from?: string; idleMinutes?: number } | null) ?? {};
  return (
    <>
      {idleMinutes ? (
        <div className="notice notice--warning" role="status">
          <p>{t('staff.signIn.idle', { minutes: String(idleMinutes) })}</p>
        </div>
      ) : null}
      <Form
        schema={signInSchema}
        defaultValues={{ username: '', password: '' }}
        onSubmit={async (values, methods) => {
          try {
            await signIn(values.username, values.password);
            await navigate(from?.startsWith('/staff') ? from : '/staff');
          } catch (error) {
            // One message for a wrong username, a wrong password and a locked account alike:
            // never tell which it was (ADR 004); the message says how the lock works.
            methods.setError('root.server', {
              type: 'server',
              message: isApiError(error, 401) ? 'staff.signIn.failed' : describeFailure(error),
            });
          }
        }}
      >
        {({ formState }) => (
          <>
            <TextField
              name="username"
              label={t('staff.signIn.username')}
              autoComplete="username"
              spellCheck={false}
              autoCapitalize="none"
            />
            <TextField
              name="password"
              type="password"
              label={t('staff.signIn.password')}
              autoComplete="current-password"
            />
            <Button type="submit" busy={formState.isSubmitting}>
              {t('staff.signIn.submit')}
            </Button>
          </>
        )}
      </Form>
    </>
  );
}

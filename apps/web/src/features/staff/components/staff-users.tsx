import { DataTable } from '@/components/ui/data-table.tsx';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button.tsx';
import { Form } from '@/components/ui/form.tsx';
import { SelectField, TextField } from '@/components/ui/field.tsx';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useApiResource } from '@/lib/use-api-resource.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { grantableRoles, staffRoleSchema, type StaffRole } from '@ssc/domain/staff-roles';
import { newStaffPasswordSchema } from '@ssc/domain/staff-password';
import { useStepUp } from './step-up.tsx';
import { createStaff, listStaffAccounts, updateStaff } from '../api/supervisor-api.ts';
import type { StaffAccount } from '../api/supervisor-api.ts';
import { decisionErrorKeys } from './decision-error.ts';
import { useStaff } from './staff-session.tsx';

// ADR 004: long passphrases rather than composition rules (the same rule as the service's).
const passwordSchema = newStaffPasswordSchema;

const createSchema = z.object({
  username: z
    .string({ error: 'error.username.required' })
    .trim()
    .min(1, 'error.username.required')
    .max(80, 'error.username.required'),
  displayName: z
    .string({ error: 'staff.users.error.displayName' })
    .trim()
    .min(1, 'staff.users.error.displayName')
    .max(120, 'staff.users.error.displayName'),
  role: staffRoleSchema,
  password: passwordSchema,
});

/**
 * A supervisor sets a new password for someone who forgot theirs or was locked out: it lifts
 * the lock and ends that person's sessions (ADR 004). Given to them in person, never sent.
 */
type AskStepUp = () => Promise<string | null>;

function PasswordReset({ account, ask }: { account: StaffAccount; ask: AskStepUp }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const inputId = `new-password-${account.id}`;
  const save = async () => {
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      setMessage({
        kind: 'error',
        text: t(parsed.error.issues[0]?.message ?? 'error.password.tooShort'),
      });
      return;
    }
    const currentPassword = await ask();
    if (currentPassword === null) return;
    try {
      await updateStaff(account.id, { password: parsed.data, currentPassword });
      setPassword('');
      setMessage({ kind: 'done', text: t('staff.users.resetDone', { name: account.username }) });
    } catch (failure) {
      setMessage({ kind: 'error', text: t(decisionErrorKeys(failure)[0] ?? 'ui.error.server') });
    }
  };
  return (
    <details className="password-reset">
      <summary>
        {t('staff.users.reset')}
        <span className="visually-hidden"> {account.username}</span>
      </summary>
      <label className="field__label" htmlFor={inputId}>
        {t('staff.users.resetFor', { name: account.username })}
      </label>
      <p className="field__hint" id={`${inputId}-hint`}>
        {t('staff.users.passwordHint')}
      </p>
      <input
        id={inputId}
        className="input"
        type="password"
        autoComplete="new-password"
        aria-describedby={`${inputId}-hint`}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button variant="secondary" onClick={() => void save()}>
        {t('staff.users.resetSave')}
        <span className="visually-hidden"> {account.username}</span>
      </Button>
      {message ? (
        <p
          className={message.kind === 'error' ? 'field__error' : undefined}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </details>
  );
}

function UserRow({
  account,
  onChanged,
  ask,
}: {
  account: StaffAccount;
  onChanged: () => void;
  ask: AskStepUp;
}) {
  const t = useT();
  const me = useStaff();
  const [role, setRole] = useState<StaffRole>(account.role);
  const [error, setError] = useState<string | null>(null);
  const self = account.id === me.id;
  const roles = grantableRoles(me.role);
  // A supervisor manages reviewers only; their own account is changed from "Change password".
  const manageable = !self && roles.includes(account.role);
  const change = async (input: { role?: StaffRole; disabled?: boolean }) => {
    setError(null);
    const currentPassword = await ask();
    if (currentPassword === null) return;
    try {
      await updateStaff(account.id, { ...input, currentPassword });
      onChanged();
    } catch (failure) {
      setError(t(decisionErrorKeys(failure)[0] ?? 'ui.error.server'));
    }
  };
  return (
    <tr>
      <th scope="row">{account.username}</th>
      <td>{account.displayName}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${account.id}`}>
          {t('staff.users.roleOf', { name: account.username })}
        </label>
        <select
          id={`role-${account.id}`}
          className="input select"
          value={role}
          disabled={!manageable}
          onChange={(event) => setRole(event.target.value as StaffRole)}
        >
          {roles.includes(account.role) ? null : (
            <option value={account.role}>{t(`staff.role.${account.role}`)}</option>
          )}
          {roles.map((item) => (
            <option key={item} value={item}>
              {t(`staff.role.${item}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{account.disabled ? t('staff.users.disabled') : t('staff.users.active')}</td>
      <td>
        {!manageable ? null : (
          <div className="button-row">
            <Button
              variant="secondary"
              disabled={role === account.role}
              onClick={() => void change({ role })}
            >
              {t('staff.users.saveRole')}
              <span className="visually-hidden"> {account.username}</span>
            </Button>
            <Button
              variant={account.disabled ? 'secondary' : 'warning'}
              onClick={() => void change({ disabled: !account.disabled })}
            >
              {account.disabled ? t('staff.users.enable') : t('staff.users.disable')}
              <span className="visually-hidden"> {account.username}</span>
            </Button>
          </div>
        )}
        {!manageable ? null : <PasswordReset account={account} ask={ask} />}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

// Supervisors manage their centre's staff (not admins); admins manage everyone.
export function StaffUsers() {
  const t = useT();
  const me = useStaff();
  const { resource, reload: load } = useApiResource('staff-accounts', () => listStaffAccounts());
  const accounts = resource.status === 'ready' ? resource.data : null;
  const error =
    resource.status === 'failed'
      ? isApiError(resource.error, 403)
        ? 'staff.error.forbidden'
        : failureKey(resource.error)
      : null;
  const [created, setCreated] = useState<string | null>(null);

  const roles = grantableRoles(me.role);
  const stepUp = useStepUp();

  return (
    <>
      {stepUp.dialog}
      {error ? <p role="alert">{t(error)}</p> : null}
      {accounts === null && !error ? <p role="status">{t('ui.loading')}</p> : null}
      {accounts ? (
        <DataTable
          captionId="users-caption"
          caption={t('staff.users.caption', { count: accounts.length })}
          columns={[
            t('staff.signIn.username'),
            t('staff.users.displayName'),
            t('staff.users.role'),
            t('staff.users.state'),
            <span className="visually-hidden">{t('staff.queue.actions')}</span>,
          ]}
        >
          {accounts.map((account) => (
            <UserRow
              key={`${account.id}-${account.role}-${String(account.disabled)}`}
              account={account}
              onChanged={load}
              ask={stepUp.ask}
            />
          ))}
        </DataTable>
      ) : null}

      <section className="panel" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">{t('staff.users.new')}</h2>
        <div aria-live="polite">
          {created ? (
            <p className="notice notice--success">{t('staff.users.created', { name: created })}</p>
          ) : null}
        </div>
        <Form
          schema={createSchema}
          defaultValues={{ username: '', displayName: '', role: 'REVIEWER', password: '' }}
          onSubmit={async (values, methods) => {
            setCreated(null);
            const currentPassword = await stepUp.ask();
            if (currentPassword === null) return;
            try {
              await createStaff({ ...values, currentPassword });
              setCreated(values.username);
              methods.reset();
              load();
            } catch (failure) {
              const setError = methods.setError as unknown as (
                name: string,
                error: { type: string; message: string },
              ) => void;
              decisionErrorKeys(failure).forEach((key, index) =>
                setError(`root.server${index}`, { type: 'server', message: key }),
              );
            }
          }}
        >
          {({ formState }) => (
            <>
              <TextField
                name="username"
                label={t('staff.signIn.username')}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="none"
              />
              <TextField
                name="displayName"
                label={t('staff.users.displayName')}
                autoComplete="off"
              />
              <SelectField
                name="role"
                label={t('staff.users.role')}
                options={roles.map((role) => ({ value: role, label: t(`staff.role.${role}`) }))}
              />
              <TextField
                name="password"
                type="password"
                label={t('staff.users.password')}
                hint={t('staff.users.passwordHint')}
                autoComplete="new-password"
              />
              <Button type="submit" busy={formState.isSubmitting}>
                {t('staff.users.create')}
              </Button>
            </>
          )}
        </Form>
      </section>
    </>
  );
}

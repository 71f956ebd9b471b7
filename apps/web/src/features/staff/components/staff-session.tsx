import { isSupervising } from '@ssc/domain/staff-roles';
import './staff-messages.ts';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { failureKey, isApiError } from '@/lib/api-client.ts';
import { useApiResource } from '@/lib/use-api-resource.ts';
import { useT } from '@/lib/i18n/i18n-provider.tsx';
import { getStaffSession } from '../api/staff-api.ts';
import { IdleWatch } from './idle-watch.tsx';
import type { StaffMember } from '../api/staff-api.ts';

const StaffContext = createContext<StaffMember | null>(null);

type State =
  | { kind: 'loading' }
  | { kind: 'signedIn'; staff: StaffMember }
  | { kind: 'signedOut' }
  | { kind: 'failed'; key: ReturnType<typeof failureKey> };

/** Staff pages need a session (HttpOnly cookie); without one they go to sign-in and come back. */
export function RequireStaff({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const { resource } = useApiResource('staff-session', () => getStaffSession());
  const state: State =
    resource.status === 'loading'
      ? { kind: 'loading' }
      : resource.status === 'ready'
        ? { kind: 'signedIn', staff: resource.data }
        : isApiError(resource.error, 401)
          ? { kind: 'signedOut' }
          : { kind: 'failed', key: failureKey(resource.error) };

  if (state.kind === 'loading') return <p role="status">{t('ui.loading')}</p>;
  if (state.kind === 'signedOut')
    return (
      <Navigate to="/staff/sign-in" replace state={{ from: location.pathname + location.search }} />
    );
  if (state.kind === 'failed') return <p role="alert">{t(state.key)}</p>;
  return (
    <StaffContext value={state.staff}>
      <IdleWatch idleMinutes={state.staff.idleMinutes} />
      {children}
    </StaffContext>
  );
}

/** Rejecting, reassigning, the audit trail and staff management are for supervisors. */
export function isSupervisor(staff: StaffMember): boolean {
  return isSupervising(staff.role);
}

export function useStaff(): StaffMember {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff must be used inside <RequireStaff>');
  return staff;
}

import { NavLink, useNavigate } from 'react-router-dom';
import { Button } from '@/components/ui/button.tsx';
import { useLocale, useT } from '@/lib/i18n/i18n-provider.tsx';
import { signOut } from '../api/staff-api.ts';
import { isSupervisor, useStaff } from './staff-session.tsx';

export function StaffBar() {
  const t = useT();
  const { locale } = useLocale();
  const staff = useStaff();
  const navigate = useNavigate();
  const links: [string, string][] = [
    ['/staff', 'staff.nav.queue'],
    ['/staff/visits', 'staff.nav.visits'],
  ];
  if (isSupervisor(staff)) {
    links.push(
      ['/staff/schedule', 'staff.nav.schedule'],
      ['/staff/dashboard', 'staff.nav.dashboard'],
      ['/staff/audit', 'staff.nav.audit'],
      ['/staff/users', 'staff.nav.users'],
    );
  }
  links.push(['/staff/password', 'staff.nav.password']);
  return (
    <div className="staff-bar">
      <nav aria-label={t('staff.nav.label')} className="staff-nav">
        <ul>
          {links.map(([to, key]) => (
            <li key={to}>
              <NavLink to={to} end>
                {t(key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {t('staff.signedInAs', {
          name: staff.displayName,
          centre: locale === 'en' ? staff.centre.nameEn : staff.centre.nameZh,
        })}{' '}
        <span className="tag">{t(`staff.role.${staff.role}`)}</span>
      </p>
      <Button
        variant="secondary"
        onClick={() =>
          void signOut()
            .catch(() => undefined)
            .then(() => navigate('/staff/sign-in'))
        }
      >
        {t('staff.signOut')}
      </Button>
    </div>
  );
}

import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui/button.tsx';
import { useLocale, useT } from '../../../lib/i18n/i18n-provider.tsx';
import { signOut } from '../api/staff-api.ts';
import { useStaff } from './staff-session.tsx';

export function StaffBar() {
  const t = useT();
  const { locale } = useLocale();
  const staff = useStaff();
  const navigate = useNavigate();
  return (
    <div className="staff-bar">
      <p>
        {t('staff.signedInAs', {
          name: staff.displayName,
          centre: locale === 'en' ? staff.centre.nameEn : staff.centre.nameZh,
        })}
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

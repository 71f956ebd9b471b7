import { Page } from '@/components/ui/page.tsx';
import { OwnPassword } from '@/features/staff/components/own-password.tsx';

export function StaffPasswordRoute() {
  return (
    <Page titleKey="staff.password.title">
      <OwnPassword />
    </Page>
  );
}

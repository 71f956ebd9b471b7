import { Page } from '@/components/ui/page.tsx';
import { StaffUsers } from '@/features/staff/components/staff-users.tsx';

export function StaffUsersRoute() {
  return (
    <Page titleKey="staff.users.title">
      <StaffUsers />
    </Page>
  );
}

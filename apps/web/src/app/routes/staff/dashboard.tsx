import { Page } from '@/components/ui/page.tsx';
import { Dashboard } from '@/features/staff/components/dashboard.tsx';

export function StaffDashboardRoute() {
  return (
    <Page titleKey="staff.dashboard.title">
      <Dashboard />
    </Page>
  );
}

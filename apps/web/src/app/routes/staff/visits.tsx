import { Page } from '@/components/ui/page.tsx';
import { DayVisits } from '@/features/staff/components/day-visits.tsx';

export function StaffVisitsRoute() {
  return (
    <Page titleKey="staff.visits.title">
      <DayVisits />
    </Page>
  );
}

import { Page } from '@/components/ui/page.tsx';
import { VisitSchedule } from '@/features/staff/components/visit-schedule.tsx';

export function StaffScheduleRoute() {
  return (
    <Page titleKey="staff.schedule.title">
      <VisitSchedule />
    </Page>
  );
}

import { Page } from '@/components/ui/page.tsx';
import { QueueTable } from '@/features/staff/components/queue-table.tsx';

export function StaffQueueRoute() {
  return (
    <Page titleKey="staff.queue.title">
      <QueueTable />
    </Page>
  );
}

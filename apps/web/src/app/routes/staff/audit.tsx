import { Page } from '@/components/ui/page.tsx';
import { AuditLog } from '@/features/staff/components/audit-log.tsx';

export function StaffAuditRoute() {
  return (
    <Page titleKey="staff.audit.title">
      <AuditLog />
    </Page>
  );
}
